import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { GeneratorError } from '../../src/errors.js';
import { generate } from '../../src/generate.js';
import { generateInto, tmpDir, typeCheck } from '../features/harness.js';

afterEach(() => vi.restoreAllMocks());

const HEAD = { openapi: '3.1.0', info: { title: 'Limits', version: '1' }, servers: [{ url: 'https://api.example.test' }] };

/** A spec whose `Deep` schema nests `levels` object schemas (two JSON levels each), written as text. */
function deepJson(levels: number): string {
  const open = '{"type":"object","properties":{"a":'.repeat(levels);
  const close = '}}'.repeat(levels);
  const paths = { '/deep': { get: { operationId: 'getDeep', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Deep' } } } } } } } };
  const head = JSON.stringify({ ...HEAD, paths }).slice(0, -1);
  return `${head},"components":{"schemas":{"Deep":${open}{"type":"string"}${close}}}}`;
}

function deepYaml(levels: number): string {
  return [
    'openapi: 3.1.0',
    'info: { title: Limits, version: "1" }',
    'paths: {}',
    'components:',
    '  schemas:',
    `    Deep: ${'{type: object, properties: {a: '.repeat(levels)}{type: string}${'}}'.repeat(levels)}`,
    '',
  ].join('\n');
}

async function specFile(name: string, text: string): Promise<string> {
  const dir = await tmpDir(`limits-${name}`);
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

async function failure(specPath: string, options: { maxDepth?: number; maxSpecBytes?: number } = {}): Promise<GeneratorError> {
  const error = await generate({ specPath, packageName: 'x', clientName: 'XApi', ...options }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GeneratorError);
  return error as GeneratorError;
}

/** Runs the CLI in-process; returns the exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; errors: string[]; logs: string[] }> {
  const errors: string[] = [];
  const logs: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void errors.push(parts.join(' ')));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void logs.push(parts.join(' ')));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, errors, logs };
}

function expectOneLine(message: string): void {
  expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(message).not.toMatch(/\bat .*:\d+:\d+\)?$/m);
}

describe('nesting depth', () => {
  // No timing here (speed lives in the benches); the test timeout is what catches a hang.
  test('5,000 levels of JSON are refused with a one-line error naming the file', async () => {
    const file = await specFile('deep5000.json', deepJson(5000));
    const error = await failure(file);
    expect(error.message).toMatch(
      /deep5000\.json:1:\d+ \(#\/components\/schemas\/Deep\/properties\/a\/properties\/a\/properties\): objects and arrays nest more than 256 levels deep below here \(the limit; raise it with --max-depth\)$/,
    );
    expectOneLine(error.message);
  });

  test('5,000 levels of YAML are refused (the YAML parser itself would overflow)', async () => {
    const file = await specFile('deep5000.yaml', deepYaml(5000));
    const error = await failure(file);
    expect(error.message).toMatch(/deep5000\.yaml: (the document nests too deeply for the YAML parser|objects and arrays nest more than 256 levels)/);
    expectOneLine(error.message);
  });

  test('100 levels generate and compile; --max-depth lowers the limit, and the CLI prints one line and exits 1', async () => {
    const file = await specFile('deep100.json', deepJson(100));
    const generated = await generateInto('limits-deep100-out', file);
    expect(await typeCheck(generated, `import type { components } from './src/schema.js';\nexport const x: components['schemas']['Deep'] = { a: { a: {} } };\n`)).toBe('');

    const out = await tmpDir('limits-deep100-cli');
    const result = await cli(['--spec', file, '--out', out, '--max-depth', '64']);
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^error: .*deep100\.json:1:\d+ \(#[^)]*\): objects and arrays nest more than 64 levels deep/);
    expectOneLine(result.errors[0]!);
  });

  test.each([['0'], ['-3'], ['1.5'], ['many']])('--max-depth %s is refused', async (value) => {
    const result = await cli(['--spec', 'x.yaml', '--out', 'x', `--max-depth=${value}`]);
    expect(result).toMatchObject({ code: 1, errors: ['error: --max-depth must be a positive whole number'] });
  });
});

describe('circular and misplaced $refs', () => {
  const withSchemas = (schemas: Record<string, unknown>) =>
    JSON.stringify({ ...HEAD, paths: { '/x': { get: { operationId: 'x', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } } } } }, components: { schemas } });

  test.each([
    ['two schemas that are only references to each other', { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } }, '#/components/schemas/A → #/components/schemas/B → #/components/schemas/A'],
    ['a schema that is a reference to itself', { A: { $ref: '#/components/schemas/A' } }, '#/components/schemas/A → #/components/schemas/A'],
    ['a longer ring', { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/C' }, C: { $ref: '#/components/schemas/A' } }, '#/components/schemas/A → #/components/schemas/B → #/components/schemas/C → #/components/schemas/A'],
  ])('%s: cut with a warning naming the circle, typed unknown, instead of a crash in Redocly', async (_name, schemas, cycle) => {
    const file = await specFile('circular.json', withSchemas(schemas));
    const generated = await generateInto('limits-circular-out', file);
    const warning = generated.result.warnings.find((line) => line.includes('circular $ref'));
    expect(warning).toContain(`circular $ref: ${cycle}`);
    expect(warning).toMatch(/circular\.json:1:\d+ \(#\/components\/schemas\/[ABC]\): circular \$ref/);
    expect(generated.result.files.find((f) => f.path === 'src/schema.ts')?.content).toMatch(/[ABC]: unknown;/);
    expect(await typeCheck(generated, 'export {};\n')).toBe('');
  });

  test('recursion through properties, items and allOf still generates (see features/schemas)', async () => {
    const file = await specFile(
      'recursive.json',
      withSchemas({
        A: { type: 'object', properties: { self: { $ref: '#/components/schemas/A' }, list: { type: 'array', items: { $ref: '#/components/schemas/A' } } } },
      }),
    );
    const generated = await generateInto('limits-recursive-out', file);
    expect(await typeCheck(generated, 'export {};\n')).toBe('');
  });

  test('a $ref outside components, paths and webhooks is refused: openapi-typescript would write it as code', async () => {
    const document = {
      ...HEAD,
      "x-evil;require('child_process').execSync('touch pwned')": { S: { type: 'string' } },
      paths: { '/x': { get: { operationId: 'x', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: "#/x-evil;require('child_process').execSync('touch pwned')/S" } } } } } } } },
    };
    const error = await failure(await specFile('outside.json', JSON.stringify(document)));
    expect(error.message).toContain(
      `$ref "#/x-evil;require('child_process').execSync('touch pwned')/S" points outside components, paths, webhooks and $defs`,
    );
    expect(error.message).toMatch(/outside\.json:1:\d+ \(#\/paths\/~1x\/get\/responses\/200\/content\/application~1json\/schema\/\$ref\)/);
  });

  test('a YAML alias bomb is refused', async () => {
    const lines = ['openapi: 3.1.0', 'info: { title: Bomb, version: "1" }', 'paths: {}', 'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) lines.push(`x-${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const error = await failure(await specFile('bomb.yaml', lines.join('\n') + '\n'));
    expect(error.message).toMatch(/bomb\.yaml: cannot expand the YAML document: .*alias/i);
  });
});

describe('a 50 MB document', () => {
  let big: string | undefined;
  afterAll(async () => {
    if (big) await rm(path.dirname(big), { recursive: true, force: true });
  });
  /** 50 MiB of JSON: 500 operations and as many schemas (with 1 KB descriptions) as it takes. Not committed. */
  async function bigSpec(): Promise<string> {
    if (big) return big;
    const target = 50 * 1024 * 1024;
    const description = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(18);
    const paths: Record<string, unknown> = {};
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) {
      paths[`/resources${i}/{id}`] = {
        get: {
          operationId: `getResource${i}`,
          tags: [`group${i % 20}`],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/S${i}` } } } } },
        },
      };
    }
    let size = 0;
    for (let i = 0; size < target; i++) {
      const properties: Record<string, unknown> = {};
      for (let p = 0; p < 10; p++) properties[`p${p}`] = { type: p % 2 ? 'string' : 'integer', description };
      const schema = { type: 'object', description, properties };
      schemas[`S${i}`] = schema;
      size += JSON.stringify(schema).length + 16;
    }
    const file = path.join(await tmpDir('limits-50mb'), 'big.json');
    await writeFile(file, JSON.stringify({ ...HEAD, paths, components: { schemas } }));
    expect((await stat(file)).size).toBeGreaterThanOrEqual(target);
    big = file;
    return file;
  }

  test('with the limit lowered, it is refused with the size in the message', async () => {
    const file = await bigSpec();
    const out = await tmpDir('limits-50mb-refused');
    const result = await cli(['--spec', file, '--out', out, '--max-spec-mb', '10']);
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^error: .*big\.json: the spec is 50\.\d MiB, above the 10\.0 MiB limit \(raise it with --max-spec-mb\)$/)]);
  });

  test('under the default limit (64 MiB), it generates', async () => {
    const file = await bigSpec();
    const started = performance.now();
    const result = await generate({ specPath: file, packageName: 'big', clientName: 'BigApi' });
    const seconds = (performance.now() - started) / 1000;
    expect(result.model.operations).toHaveLength(500);
    expect(result.model.groups).toHaveLength(20);
    console.log(`50 MiB spec generated in ${seconds.toFixed(1)} s (${Object.entries({ ...result.timings.main, ...result.timings.worker }).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')})`);
  }, 180_000);
});
