import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PeriskopeApi } from '@periskope/periskope-client';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { loadContractContext } from '../src/spec/context.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** operationId → `METHOD /path`, read from the official npm client's openapi-typescript `paths` type. */
function officialOperations(): Map<string, string> {
  const typesFile = path.join(path.dirname(require.resolve('periskope-official-client/package.json')), 'dist', 'types', 'types.d.ts');
  const source = ts.createSourceFile(typesFile, readFileSync(typesFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const result = new Map<string, string>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'paths') return;
    for (const pathMember of node.members) {
      if (!ts.isPropertySignature(pathMember) || !pathMember.type || !ts.isTypeLiteralNode(pathMember.type)) continue;
      const route = (pathMember.name as ts.StringLiteral).text;
      for (const methodMember of pathMember.type.members) {
        if (!ts.isPropertySignature(methodMember) || !methodMember.type) continue;
        // `get: operations["getContacts"]`; `patch?: never` and friends are not operations.
        const match = /operations\[['"]([^'"]+)['"]\]/.exec(methodMember.type.getText(source));
        if (match) result.set(match[1]!, `${(methodMember.name as ts.Identifier).text.toUpperCase()} ${route}`);
      }
    }
  });
  return result;
}

describe('parity with the official @periskope/periskope-client 1.1.3', async () => {
  const official = officialOperations();
  const { model } = await loadContractContext();
  const client = new PeriskopeApi({ authToken: 'unused' }) as unknown as Record<string, Record<string, unknown>>;
  const readme = readFileSync(path.join(here, '..', '..', 'README.md'), 'utf8');

  test('the official client types 70 operations', () => {
    expect(official.size).toBe(70);
  });

  test.each([...official.keys()])('%s: same method and path in our spec, a method on our client, a README row', (operationId) => {
    const ours = model.operations.find((operation) => operation.operationId === operationId);
    expect(ours, `spec/periskope.yaml has operationId ${operationId}`).toBeDefined();
    expect(`${ours!.method.toUpperCase()} ${ours!.path}`).toBe(official.get(operationId));
    expect(typeof client[ours!.group]?.[ours!.name], `client.${ours!.group}.${ours!.name}`).toBe('function');
    const row = readme.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${operationId}\``));
    expect(row, `README parity table row for ${operationId}`).toBeDefined();
    expect(row).toContain(`client.${ours!.group}.${ours!.name}(`);
  });
});
