import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { generate, writeOutput } from '@periskope-tools/generator';
import { REPOSITORY_ROOT } from '../paths.js';
import type { ClientUnderTest } from './client-under-test.js';
import { ClientRefused, loadGeneratedClient, readGeneratedPackage } from './generated-package.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * Scratch clients live under contract-tests/.tmp/ (ignored by git): inside the workspace, so the generated package
 * resolves openapi-fetch and TypeScript from the repository's node_modules.
 */
export const SCRATCH_CLIENTS = path.join(REPOSITORY_ROOT, 'contract-tests', '.tmp', 'spec-clients');

export interface GenerateClientOptions {
  /** Default: contract-tests/.tmp/spec-clients/<first 16 hex digits of the spec's sha256>. */
  dir?: string;
  packageName?: string;
  clientName?: string;
}

/**
 * Generates the spec's client with the generator (as `npm run generate -- --spec … --out …` would), compiles it with
 * the package's own tsconfig, and loads it like any generated package. Output that is already up to date is not
 * rewritten or recompiled. The generator's refusal of the spec is thrown as it is (a GeneratorError naming the line).
 */
export async function generateClient(specPath: string, options: GenerateClientOptions = {}): Promise<ClientUnderTest & { dir: string }> {
  const sha = createHash('sha256').update(await readFile(specPath)).digest('hex');
  const dir = options.dir ?? path.join(SCRATCH_CLIENTS, sha.slice(0, 16));
  const clientName = options.clientName ?? 'ContractApi';
  const generated = await generate({ specPath, packageName: options.packageName ?? '@contract-tests/spec-client', clientName });
  const written = await writeOutput(dir, generated.files);
  // The ES build (what `import` resolves to), which the package's own tsconfig.json compiles.
  const { entry } = await readGeneratedPackage(dir);
  if (written.written.length > 0 || written.removed.length > 0 || !existsSync(entry)) {
    try {
      await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], { maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const output = String((error as { stdout?: unknown }).stdout ?? '').split('\n').find((line) => line.includes('error TS'));
      throw new ClientRefused(`the client generated from ${path.basename(specPath)} does not compile: ${output ?? (error as Error).message}`);
    }
  }
  return { ...(await loadGeneratedClient({ dir, className: clientName, specPath })), dir };
}
