import { execFile } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import {
  compileAndImport,
  generateInto,
  HOSTILE_FIXTURES,
  json,
  newClient,
  rejection,
  startServer,
  tmpDir,
  typeCheck,
  type Generated,
  type TestServer,
} from '../features/harness.js';

const run = promisify(execFile);
const spec = path.join(HOSTILE_FIXTURES, 'injection.yaml');
const source = parse(await readFile(spec, 'utf8')) as {
  servers: { url: string }[];
  paths: Record<string, Record<string, { operationId: string }>>;
};
const EVIL_ID = source.paths['/items/{id}']!.get!.operationId;

const CONSUMER = `
import { DEFAULT_BASE_URL, TestApi } from './src/index.js';
import type { components } from './src/schema.js';

const client = new TestApi({ baseUrl: DEFAULT_BASE_URL });
type Evil = components['schemas']['"]; process.exit(1); //'];
export async function use(): Promise<void> {
  const result = await client.requireChildProcessExecSyncTouchPwnedBySpec.processExit1({
    id: 'i', '"]; process.exit(1); //': 'v', constructor: 'c', __proto__: 'p', 'x-evil\\'\`*|~': 'h', '*/ cookie /*': 'k',
    // A parameter named after an Object.prototype member must be given (undefined will do): TypeScript
    // otherwise checks the inherited method against it.
    toString: undefined,
  });
  await client.proto.proto({ constructor: 'c' });
  await client.constructor_.constructor_();
  await client.prototype_.prototype_();
  await client.tag.xY();
  await client.template.processExit1();
  const kind: Evil['kind'] = '*/';
  const other: Evil['kind'] = '\${process.exit(1)}';
  const field: Evil['"]; process.exit(1); //'] = 'still a string';
  void result; void kind; void other; void field;
}
`;

let generated: Generated;
let server: TestServer;

beforeAll(async () => {
  generated = await generateInto('hostile-injection', spec);
  server = await startServer((request) => {
    if (request.url.startsWith('/items/teapot')) return { status: 418, headers: { 'content-type': 'text/x-*/-evil' }, body: '*/ process.exit(1) /*' };
    if (request.url.startsWith('/items/')) return json({ kind: '*/' });
    return { status: 204 };
  });
});
afterAll(async () => {
  await server?.close();
});
afterEach(() => vi.restoreAllMocks());

test('the generated client and a consumer type-check under strict', async () => {
  expect(await typeCheck(generated, CONSUMER)).toBe('');
});

test('the generated sources hold only the statements the generator writes', () => {
  const allowed: Record<string, ts.SyntaxKind[]> = {
    'src/schema.ts': [ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration],
    'src/client.ts': [ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration, ts.SyntaxKind.VariableStatement, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.FunctionDeclaration],
  };
  for (const [file, kinds] of Object.entries(allowed)) {
    const text = generated.result.files.find((f) => f.path === file)!.content;
    const parsed = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    expect(parsed.statements.map((node) => ts.SyntaxKind[node.kind]).filter((kind) => !kinds.map((k) => ts.SyntaxKind[k]).includes(kind))).toEqual([]);
    // No call expressions anywhere in the types file; in the client only the transport call (in each operation's
    // function), the group methods' calls of those functions, the client's `super(options)` and the constructors' `new`.
    const functions = parsed.statements.filter(ts.isFunctionDeclaration).map((node) => node.name!.text);
    const calls: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) calls.push(node.expression.getText(parsed));
      ts.forEachChild(node, visit);
    };
    visit(parsed);
    expect(new Set(calls)).toEqual(file === 'src/schema.ts' ? new Set() : new Set(['client.transport.call', ...functions, 'super']));
  }
});

test('importing the compiled client in a fresh process runs nothing from the spec', async () => {
  await compileAndImport(generated);
  const cwd = await tmpDir('hostile-injection-cwd');
  const entry = pathToFileURL(path.join(generated.dir, 'dist', 'index.js')).href;
  const script = `
    const api = await import(${JSON.stringify(entry)});
    const client = new api.TestApi();
    const groups = Object.keys(client).filter((key) => key !== 'transport');
    const methods = groups.flatMap((group) => Object.getOwnPropertyNames(Object.getPrototypeOf(client[group])));
    console.log('imported ' + groups.length + ' groups, ' + methods.length + ' members; ' + api.DEFAULT_BASE_URL);
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd });
  expect(stdout.trim()).toBe(`imported 6 groups, 12 members; ${source.servers[0]!.url}`);
  expect(await readdir(cwd)).toEqual([]);
});

test('calls send every hostile name and value as data, and nothing calls process.exit', async () => {
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`process.exit(${code}) was called`);
  }) as typeof process.exit);
  const module = await compileAndImport(generated);
  expect(module.DEFAULT_BASE_URL).toBe(source.servers[0]!.url);
  const client = newClient(module, server.baseUrl);
  const items = client.requireChildProcessExecSyncTouchPwnedBySpec!;

  // Parameters named after Object.prototype members are never read from the prototype.
  await items.processExit1!({ id: 'i' });
  expect(server.last().url).toBe('/items/i');
  expect(server.last().headers.cookie).toBeUndefined();

  await items.processExit1!(
    Object.fromEntries([
      ['id', 'a/b'],
      [EVIL_ID, '"]; process.exit(1); //'],
      ['__proto__', 'p'],
      ['constructor', 'c'],
      ['toString', 't'],
      ["x-evil'`*|~", '${process.exit(1)}'],
      ['*/ cookie /*', '*/ value /*'],
    ]),
  );
  const request = server.last();
  const evil = encodeURIComponent(EVIL_ID);
  expect(request.url).toBe(`/items/a%2Fb?${evil}=${evil}&__proto__=p&constructor=c&toString=t`);
  expect(request.headers["x-evil'`*|~"]).toBe('${process.exit(1)}');
  expect(request.headers.cookie).toBe(`${encodeURIComponent('*/ cookie /*')}=${encodeURIComponent('*/ value /*')}`);

  const error = await rejection(items.processExit1!({ id: 'teapot' }));
  // A text answer: no parsed body, the text kept as data.
  expect({ name: error.name, operation: error.operation, status: error.status, body: error.body, text: error.text }).toEqual({
    name: 'ApiError',
    operation: EVIL_ID,
    status: 418,
    body: undefined,
    text: '*/ process.exit(1) /*',
  });

  await client.proto!.proto!(Object.fromEntries([['constructor', 'c'], ['__proto__', 'p']]));
  expect(server.last().body.toString()).toBe('{"constructor":"c","__proto__":"p"}');
  await client.tag!.xY!();
  expect(server.last().url).toBe('/comment*/close');
  await client.template!.processExit1!();
  expect(server.last().url).toBe('/template/$%7Bprocess.exit(1)%7D');
  expect(exit).not.toHaveBeenCalled();
});

test('a spec file name with line breaks cannot end the header comment', async () => {
  const dir = await tmpDir('hostile-file-name');
  // Unescaped, the line break would end the `//` comment and put `process.exit(1);` on a line of its own.
  const weird = path.join(dir, 'evil\nprocess.exit(1);\u2028x.yaml');
  await copyFile(spec, weird);
  const renamed = await generateInto('hostile-file-name-out', weird);
  const client = renamed.result.files.find((file) => file.path === 'src/client.ts')!.content;
  expect(client.split('\n')[0]).toBe(
    `// Generated from evil?process.exit(1);?x.yaml (sha256 ${renamed.result.spec.source.sha256}) by @periskope-tools/generator.`,
  );
  expect(await typeCheck(renamed, 'export {};\n')).toBe('');
});
