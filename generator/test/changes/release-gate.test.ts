/**
 * The release gate `npm test` relies on: a breaking edit to the Periskope spec fails `generate --check` until the
 * output is regenerated with a major version, and a version lowered by hand afterwards fails it again.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { GENERATOR_DIR, tempDirs } from '../support/temp.js';

const REPO = path.dirname(GENERATOR_DIR);
const temp = tempDirs();
let dir: string;
let args: string[];

async function run(extra: string[] = []): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const capture = (...values: unknown[]) => void lines.push(values.map(String).join(' '));
  const spies = [vi.spyOn(console, 'log').mockImplementation(capture), vi.spyOn(console, 'error').mockImplementation(capture), vi.spyOn(console, 'warn').mockImplementation(() => {})];
  try {
    const code = await main([...args, ...extra]);
    return { code, text: lines.join('\n') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

beforeAll(async () => {
  dir = await temp.make('release-gate-', { inRepo: true });
  const out = path.join(dir, 'out');
  await cp(path.join(REPO, 'generated'), out, { recursive: true, filter: (source) => !/[\\/](node_modules|dist)$/.test(source) });
  const spec = await readFile(path.join(REPO, 'spec', 'periskope.yaml'), 'utf8');
  // Breaking for callers: the method is renamed.
  const edited = spec.replace('operationId: cancelBroadcast\n', 'operationId: cancelBroadcastNow\n');
  expect(edited).not.toBe(spec);
  await writeFile(path.join(dir, 'periskope.yaml'), edited);
  args = ['--spec', path.join(dir, 'periskope.yaml'), '--out', out, '--name', '@periskope/periskope-client', '--client', 'PeriskopeApi', '--force'];
}, 60_000);

afterAll(() => temp.cleanup());

describe('a breaking spec edit and the version', () => {
  test('--check fails and says the version lags: 1.0.0 → 2.0.0', async () => {
    const { code, text } = await run(['--check']);
    expect(code).toBe(1);
    expect(text).toMatch(/stale: .*package\.json/);
    expect(text).toMatch(/The version lags the spec: 1\.0\.0 → 2\.0\.0 \(major/);
  }, 120_000);

  test('generate releases 2.0.0 with the report in CHANGELOG.md, and --check then passes', async () => {
    const generated = await run();
    expect(generated.code, generated.text).toBe(0);
    expect(generated.text).toContain('version:    1.0.0 → 2.0.0 (major');
    const out = path.join(dir, 'out');
    expect(JSON.parse(await readFile(path.join(out, 'package.json'), 'utf8')).version).toBe('2.0.0');
    const changelog = await readFile(path.join(out, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/## 2\.0\.0 \(major\)[\s\S]*### Breaking changes[\s\S]*operationId changed from "cancelBroadcast" to "cancelBroadcastNow"[\s\S]*## 1\.0\.0 \(initial\)/);
    expect((await run(['--check'])).code).toBe(0);
  }, 120_000);

  test('a version lowered by hand after the major release fails --check', async () => {
    const manifest = path.join(dir, 'out', 'package.json');
    const text = await readFile(manifest, 'utf8');
    await writeFile(manifest, text.replace('"version": "2.0.0"', '"version": "1.1.0"'));
    const { code, text: output } = await run(['--check']);
    expect(code).toBe(1);
    expect(output).toMatch(/package\.json says version 1\.1\.0, but CHANGELOG\.md's latest release is 2\.0\.0/);
    await rm(manifest);
  }, 120_000);
});
