import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { GENERATOR_DIR, tempDirs } from './support/temp.js';

const spec = (operationId: string) => `openapi: 3.1.0
info: { title: Tiny, version: 1.0.0 }
paths:
  /items/{id}:
    get:
      tags: [items]
      operationId: ${operationId}
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } }
`;

const temp = tempDirs();
let child: ChildProcess | undefined;

afterAll(async () => {
  // Stopped by its own pid, also when an assertion failed first.
  if (child?.exitCode === null) child.kill('SIGKILL');
  await temp.cleanup();
});

test('--watch regenerates on every save and reports the change against where it started', async () => {
  const dir = await temp.make('watch-', { inRepo: true });
  const specFile = path.join(dir, 'tiny.yaml');
  await writeFile(specFile, spec('getItem'));
  child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(GENERATOR_DIR, 'test', 'support', 'run-cli.ts'), '--watch', '--spec', specFile, '--out', path.join(dir, 'out'), '--name', 'tiny-client', '--client', 'TinyApi'],
    { cwd: GENERATOR_DIR, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const until = async (pattern: RegExp, count: number) => {
    const deadline = Date.now() + 90_000;
    while ((output.match(new RegExp(pattern.source, 'g')) ?? []).length < count) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} x${count}; output so far:\n${output}`);
      if (child!.exitCode !== null) throw new Error(`the watcher exited (${child!.exitCode}):\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  await until(/watching .*tiny\.yaml/, 1);
  expect(output).toContain('version:    1.0.0 (first generation in this folder)');

  await writeFile(specFile, spec('fetchItem'));
  await until(/watching .*tiny\.yaml/, 2);
  expect(output).toContain('version:    1.0.0 → 2.0.0 (major');
  expect(output).toMatch(/operation-id-changed .*operationId changed from "getItem" to "fetchItem"/);

  // Another breaking save in the same session: still one release from where watching began.
  await writeFile(specFile, spec('readItem'));
  await until(/watching .*tiny\.yaml/, 3);
  expect(output).toMatch(/operationId changed from "getItem" to "readItem"/);
  expect(output).not.toContain('→ 3.0.0');

  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child!.once('exit', (exitCode) => resolve(exitCode)));
  expect(code).toBe(0);
}, 240_000);
