import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { checkClientName, checkPackageName, DEFAULT_CONFIG_FILE, loadConfig } from '../src/config.js';
import { GeneratorError } from '../src/errors.js';
import { tempDirs } from './support/temp.js';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const VALID = { spec: '../spec/api.yaml', out: 'out', packageName: '@acme/client', clientName: 'AcmeApi' };

/** What a call threw, as `message (#pointer)`; undefined when it did not throw. */
async function refusal(step: () => unknown): Promise<{ message: string; pointer?: string } | undefined> {
  try {
    await step();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(GeneratorError);
    const { reason, location } = error as GeneratorError;
    return { message: reason, ...(location?.pointer === undefined ? {} : { pointer: location.pointer }) };
  }
}

describe('loadConfig', () => {
  test('paths are resolved against the config file, names kept as written', async () => {
    const dir = await temp.make('config-');
    const file = path.join(dir, 'generator.config.json');
    await writeFile(file, JSON.stringify(VALID));
    expect(await loadConfig(file)).toEqual({ spec: path.resolve(dir, '../spec/api.yaml'), out: path.join(dir, 'out'), packageName: '@acme/client', clientName: 'AcmeApi' });
  });

  test('pagination declarations are kept as written (false turns one off)', async () => {
    const dir = await temp.make('config-');
    const file = path.join(dir, 'c.json');
    const pagination = { listPets: { style: 'offset', items: 'data', limit: 'size' }, listAll: false };
    await writeFile(file, JSON.stringify({ ...VALID, pagination }));
    expect((await loadConfig(file)).pagination).toEqual(pagination);
  });

  test('extra keys are ignored', async () => {
    const dir = await temp.make('config-');
    const file = path.join(dir, 'c.json');
    await writeFile(file, JSON.stringify({ ...VALID, $schema: 'x', comment: 1 }));
    expect(Object.keys(await loadConfig(file))).toEqual(['spec', 'out', 'packageName', 'clientName']);
  });

  const cases: [string, { given: string; want: { message: string | RegExp; pointer?: string } }][] = [
    ['not JSON', { given: '{ spec: ', want: { message: /^cannot read the generator config: / } }],
    ['null', { given: 'null', want: { message: 'the config must be a JSON object' } }],
    ['a string', { given: '"spec.yaml"', want: { message: 'the config must be a JSON object' } }],
    ['a missing key names its pointer', { given: JSON.stringify({ ...VALID, out: undefined }), want: { message: '"out" must be a non-empty string', pointer: '/out' } }],
    ['an empty string', { given: JSON.stringify({ ...VALID, clientName: '' }), want: { message: '"clientName" must be a non-empty string', pointer: '/clientName' } }],
    ['not a string', { given: JSON.stringify({ ...VALID, packageName: 7 }), want: { message: '"packageName" must be a non-empty string', pointer: '/packageName' } }],
    ['the first bad key, in spec, out, packageName, clientName order', { given: JSON.stringify({ clientName: 1, spec: 1 }), want: { message: '"spec" must be a non-empty string', pointer: '/spec' } }],
    ['an array has none of the keys', { given: '[]', want: { message: '"spec" must be a non-empty string', pointer: '/spec' } }],
    ['pagination not an object', { given: JSON.stringify({ ...VALID, pagination: [] }), want: { message: /^"pagination" must be an object/, pointer: '/pagination' } }],
    ['a pagination style we do not know', { given: JSON.stringify({ ...VALID, pagination: { listPets: { style: 'scroll' } } }), want: { message: /^"style" must be one of offset, page, link, cursor/, pointer: '/pagination/listPets/style' } }],
    ['a pagination key we do not know', { given: JSON.stringify({ ...VALID, pagination: { listPets: { style: 'offset', item: 'data' } } }), want: { message: /^unknown key "item"/, pointer: '/pagination/listPets/item' } }],
  ];
  test.each(cases)('refused: %s', async (_name, { given, want }) => {
    const dir = await temp.make('config-');
    const file = path.join(dir, 'generator.config.json');
    await writeFile(file, given);
    const got = await refusal(() => loadConfig(file));
    expect(got?.message).toMatch(want.message);
    expect(got?.pointer).toBe(want.pointer);
  });

  test('a file that does not exist is refused, naming it', async () => {
    const file = path.join(await temp.make('config-'), 'missing.json');
    const error = await loadConfig(file).then(() => undefined, (caught: unknown) => caught as GeneratorError);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error?.location?.file).toBe(file);
    expect(error?.reason).toMatch(/^cannot read the generator config: ENOENT/);
  });
});

describe('checkClientName', () => {
  const cases: [string, { given: string; want: boolean }][] = [
    ['PascalCase', { given: 'PeriskopeApi', want: true }],
    ['one capital letter', { given: 'A', want: true }],
    ['digits and underscores after the first letter', { given: 'Api_2', want: true }],
    ['camelCase is refused', { given: 'periskopeApi', want: false }],
    ['a dash is refused', { given: 'Periskope-Api', want: false }],
    ['a leading digit is refused', { given: '2Api', want: false }],
    ['a leading $ is refused (not a capital)', { given: '$Api', want: false }],
    ['a non-ASCII capital is refused', { given: 'Ärzte', want: false }],
    ['empty is refused', { given: '', want: false }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const got = await refusal(() => checkClientName(given));
    expect(got).toEqual(want ? undefined : { message: `--client "${given}" must be a PascalCase identifier, such as PeriskopeApi` });
  });
});

describe('checkPackageName', () => {
  const cases: [string, { given: string; want: boolean }][] = [
    ['a plain name', { given: 'shop-client', want: true }],
    ['a scoped name', { given: '@periskope/periskope-client', want: true }],
    ['dots, tildes and underscores inside', { given: 'a.b~c_d', want: true }],
    ['214 characters (the limit)', { given: 'a'.repeat(214), want: true }],
    ['215 characters', { given: 'a'.repeat(215), want: false }],
    ['capitals', { given: 'Shop', want: false }],
    ['a space', { given: 'shop client', want: false }],
    ['a leading dot', { given: '.shop', want: false }],
    ['a leading underscore', { given: '_shop', want: false }],
    ['a scope without a name', { given: '@acme/', want: false }],
    ['two slashes', { given: '@acme/a/b', want: false }],
    ['a slash without a scope', { given: 'acme/client', want: false }],
    ['empty', { given: '', want: false }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const got = await refusal(() => checkPackageName(given));
    expect(got).toEqual(want ? undefined : { message: `--name "${given}" is not a valid npm package name` });
  });
});

describe('DEFAULT_CONFIG_FILE', () => {
  test('is the repository job, generator/generator.config.json, and loads', async () => {
    expect(path.relative(path.resolve(import.meta.dirname, '..'), DEFAULT_CONFIG_FILE)).toBe('generator.config.json');
    expect(existsSync(DEFAULT_CONFIG_FILE)).toBe(true);
    expect((await loadConfig(DEFAULT_CONFIG_FILE)).clientName).toMatch(/^[A-Z]/);
  });
});
