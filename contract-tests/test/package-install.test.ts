import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const generatedDir = path.resolve(here, '..', '..', 'generated');

const CONSUMER = `import { ApiError, PeriskopeApi, type CancelBroadcastResult } from '@periskope/periskope-client';
import type { paths } from '@periskope/periskope-client';

const client = new PeriskopeApi({ authToken: 'token', baseUrl: 'http://127.0.0.1:9' });
export async function cancel(): Promise<CancelBroadcastResult['status']> {
  try {
    const result = await client.message.cancelBroadcast({ broadcast_id: 'b25192d5-2370-4a69-b844-aae5e2bfae92' });
    return result.status;
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) return e.body?.message === 'x' ? 'stopped' : undefined;
    throw e;
  }
}
export type Path = keyof paths;
`;

/**
 * The generated package as another repo gets it: `npm pack`, installed from the tarball into a fresh project
 * outside this workspace (so nothing resolves through the monorepo), type-checked there and imported by Node.
 */
describe('the generated package installs from a tarball into a fresh project', () => {
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'consumer-'));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  test('npm pack, npm install <tarball>, tsc --strict, import', async () => {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: generatedDir });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    const project = path.join(workDir, 'consumer');
    await mkdir(project, { recursive: true });
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // Offline-first: openapi-fetch and TypeScript are already in npm's cache after `npm ci`.
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(workDir, filename), 'typescript@5.9.3'], {
      cwd: project,
    });
    const installed = await readdir(path.join(project, 'node_modules', '@periskope', 'periskope-client'));
    expect(installed).toEqual(expect.arrayContaining(['dist', 'package.json', 'openapi.snapshot.json', 'README.md']));

    await writeFile(path.join(project, 'index.ts'), CONSUMER);
    await writeFile(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true }, files: ['index.ts'] }),
    );
    const tsc = path.join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    await expect(run(process.execPath, [tsc, '-p', project], { cwd: project })).resolves.toBeDefined();

    // A wrong argument type must fail there too, or the check above proves nothing.
    await writeFile(path.join(project, 'index.ts'), CONSUMER.replace("broadcast_id: 'b25192d5-2370-4a69-b844-aae5e2bfae92'", 'broadcast_id: 42'));
    await expect(run(process.execPath, [tsc, '-p', project], { cwd: project })).rejects.toMatchObject({ stdout: expect.stringContaining('TS2322') });

    const imported = await run(process.execPath, ['--input-type=module', '-e', "const m = await import('@periskope/periskope-client'); console.log(typeof m.PeriskopeApi, typeof m.ApiError)"], { cwd: project });
    expect(imported.stdout.trim()).toBe('function function');
  }, 180_000);
});
