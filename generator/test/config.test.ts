import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../src/config.js';

const dir = await mkdtemp(path.join(os.tmpdir(), 'generator-config-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const valid = { spec: '../spec/api.yaml', out: 'out', packageName: '@acme/api', clientName: 'AcmeApi' };

const cases: [string, { given: string; want: RegExp | Record<string, string> }][] = [
  ['paths are resolved against the config file', { given: JSON.stringify(valid), want: { spec: path.resolve(dir, '..', 'spec', 'api.yaml'), out: path.join(dir, 'out'), packageName: '@acme/api', clientName: 'AcmeApi' } }],
  ['a missing key is named with its pointer', { given: JSON.stringify({ ...valid, clientName: undefined }), want: /"clientName" must be a non-empty string/ }],
  ['an empty string counts as missing', { given: JSON.stringify({ ...valid, out: '' }), want: /"out" must be a non-empty string/ }],
  ['not an object', { given: '[]', want: /"spec" must be a non-empty string|must be a JSON object/ }],
  ['not JSON', { given: '{ spec: ', want: /cannot read the generator config/ }],
];

describe('loadConfig', () => {
  test.each(cases)('%s', async (name, { given, want }) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.json`);
    await writeFile(file, given);
    if (want instanceof RegExp) await expect(loadConfig(file)).rejects.toThrow(want);
    else expect(await loadConfig(file)).toEqual(want);
  });

  test('DEFAULT_CONFIG_FILE is the repository job, generator/generator.config.json', async () => {
    expect(path.relative(path.resolve(import.meta.dirname, '..'), DEFAULT_CONFIG_FILE)).toBe('generator.config.json');
    expect(existsSync(DEFAULT_CONFIG_FILE)).toBe(true);
    expect((await loadConfig(DEFAULT_CONFIG_FILE)).clientName).toMatch(/^[A-Z]/);
  });
});
