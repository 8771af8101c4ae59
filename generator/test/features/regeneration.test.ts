import { execFile } from 'node:child_process';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { MANIFEST_FILE } from '../../src/write/manifest.js';
import { FEATURE_FIXTURES, tmpDir } from './harness.js';

const run = promisify(execFile);
const GENERATOR_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let dir: string;
let spec: string;
let out: string;

beforeEach(async () => {
  dir = await tmpDir('regeneration');
  spec = path.join(dir, 'api.yaml');
  out = path.join(dir, 'client');
  await copyFile(path.join(FEATURE_FIXTURES, 'naming.yaml'), spec);
});
afterEach(() => vi.restoreAllMocks());

async function cli(...extra: string[]): Promise<{ code: number; log: string; error: string }> {
  const logs: string[] = [];
  const errors: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void logs.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void errors.push(parts.join(' ')));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const code = await main(['--spec', spec, '--out', out, '--name', '@test/regeneration', '--client', 'RegenApi', ...extra]);
  vi.restoreAllMocks();
  return { code, log: logs.join('\n'), error: errors.join('\n') };
}

/** Contents and modification times of every file in the output folder. */
async function snapshot(): Promise<Record<string, string>> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(out, file)] = `${(await stat(file)).mtimeMs} ${await readFile(file, 'utf8')}`;
  }
  return result;
}

test('a second run with nothing changed says `up to date` and touches nothing', async () => {
  expect((await cli()).code).toBe(0);
  const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8'));
  expect(Object.keys(manifest.files)).toEqual(['package.json', 'CHANGELOG.md', 'README.md', 'tsconfig.json', 'tsconfig.cjs.json', 'openapi.snapshot.json', 'src/client.ts', 'src/index.ts', 'src/body.ts', 'src/debug-log.ts', 'src/logging.ts', 'src/response.ts', 'src/retry.ts', 'src/runtime.ts', 'src/wire.ts', 'src/schema.ts']);
  expect(manifest.warnings.length).toBeGreaterThan(0);
  const before = await snapshot();
  const second = await cli();
  expect(second.code).toBe(0);
  expect(second.log).toMatch(/ is up to date with .*api\.yaml \(nothing to do, \d+ ms; --force regenerates\)$/);
  expect(await snapshot()).toEqual(before);
});

test('a hand-edited file is caught: the next run rewrites it, and --check reports it', async () => {
  await cli();
  const client = path.join(out, 'src', 'client.ts');
  const original = await readFile(client, 'utf8');
  await writeFile(client, original.replace('export class', '// edited by hand\nexport class'));

  const check = await cli('--check');
  expect(check.code).toBe(1);
  expect(check.error).toMatch(/stale: .*src\/client\.ts/);

  const again = await cli();
  expect(again.log).toMatch(/^Generated @test\/regeneration/);
  expect(again.log).toMatch(/1 written, 15 unchanged/);
  expect(await readFile(client, 'utf8')).toBe(original);
  expect((await cli('--check')).code).toBe(0);
});

test('a deleted file is restored', async () => {
  await cli();
  await writeFile(path.join(out, 'src', 'index.ts'), '');
  expect((await cli()).log).toMatch(/1 written/);
});

test('--force regenerates anyway', async () => {
  await cli();
  const forced = await cli('--force');
  expect(forced.log).toMatch(/^Generated @test\/regeneration/);
  expect(forced.log).toMatch(/0 written, 16 unchanged/);
});

test.each([
  ['the spec changes', async () => writeFile(spec, (await readFile(spec, 'utf8')).replace('title: Naming', 'title: Naming 2'))],
  ['the package name changes', async () => ['--name', '@test/other']],
  ['the client name changes', async () => ['--client', 'OtherApi']],
])('it regenerates when %s', async (_name, change) => {
  await cli();
  const extra = await change();
  const args = Array.isArray(extra) ? extra : [];
  const logs: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void logs.push(parts.join(' ')));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const base = ['--spec', spec, '--out', out, '--name', '@test/regeneration', '--client', 'RegenApi'];
  expect(await main([...base, ...args])).toBe(0);
  expect(logs.join('\n')).toMatch(/^Generated /);
});

test('the manifest is deterministic and not part of --check', async () => {
  await cli();
  const first = await readFile(path.join(out, MANIFEST_FILE), 'utf8');
  await cli('--force');
  expect(await readFile(path.join(out, MANIFEST_FILE), 'utf8')).toBe(first);
  expect((await cli('--check')).code).toBe(0);
});

// How fast the skip is, is measured by `npm run bench` (section 2); here: that it really skips the work.
test('the skip path loads neither TypeScript, ts-morph nor Redocly', async () => {
  const args = ['--spec', spec, '--out', out, '--name', '@test/regeneration', '--client', 'RegenApi'];
  const probe = async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/features/support/cli-probe.ts', ...args], { cwd: GENERATOR_DIR });
    return JSON.parse(stdout.trim().split('\n').pop()!) as { code: number; ms: number; loaded: string[] };
  };
  const full = await probe();
  expect(full.code).toBe(0);
  expect(full.loaded.length).toBeGreaterThan(0);
  const skipped = await probe();
  expect(skipped).toMatchObject({ code: 0, loaded: [] });
});
