import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { generate, inputHash, isUpToDate, sha256, writeManifest, writeOutput } from '@periskope-tools/generator';
import { REPOSITORY_ROOT } from '../paths.js';
import type { ClientUnderTest } from './client-under-test.js';
import { ClientRefused, loadGeneratedClient } from './generated-package.js';

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
 * regenerated, rewritten or recompiled: the generator's own manifest (spec bytes, options, generator code) says so,
 * as it does for `npm run generate` (GitHub's spec: about 6 s of CPU saved on every run but the first). The
 * generator's refusal of the spec is thrown as it is (a GeneratorError naming the line).
 */
export async function generateClient(specPath: string, options: GenerateClientOptions = {}): Promise<ClientUnderTest & { dir: string }> {
  const sha = sha256(await readFile(specPath));
  const dir = options.dir ?? path.join(SCRATCH_CLIENTS, sha.slice(0, 16));
  const clientName = options.clientName ?? 'ContractApi';
  const packageName = options.packageName ?? '@contract-tests/spec-client';
  const entry = path.join(dir, 'dist', 'index.js');
  const input = await inputHash({ specSha256: sha, specName: path.basename(specPath), packageName, clientName });
  if (existsSync(entry) && (await isUpToDate(dir, input))) return { ...(await loadGeneratedClient({ dir, className: clientName, specPath })), dir };
  const generated = await generate({ specPath, packageName, clientName });
  const written = await writeOutput(dir, generated.files);
  if (written.written.length > 0 || written.removed.length > 0 || !existsSync(entry)) {
    try {
      await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], { maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const output = String((error as { stdout?: unknown }).stdout ?? '').split('\n').find((line) => line.includes('error TS'));
      throw new ClientRefused(`the client generated from ${path.basename(specPath)} does not compile: ${output ?? (error as Error).message}`);
    }
  }
  // Written once the client compiled, so a client that did not is generated and compiled again next time.
  const files = Object.fromEntries(generated.files.map((file) => [file.path, sha256(file.content)]));
  await writeManifest(dir, { input: await inputHash({ specSha256: generated.spec.source.sha256, specName: path.basename(specPath), packageName, clientName }), files, warnings: generated.warnings });
  return { ...(await loadGeneratedClient({ dir, className: clientName, specPath })), dir };
}
