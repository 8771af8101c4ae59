// The compiled CLI lints the spec, builds the model and emits the wrapper on a worker thread while the main
// thread emits the types (src/pipeline/). Every other test runs from TypeScript sources, where there is no
// compiled worker and the same tasks run on one thread; these run the compiled CLI (rebuilt first with
// `tsc -b`, which is incremental) to check the two-thread path itself against the one-thread path.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../src/generate.js';
import { FEATURE_FIXTURES, HOSTILE_FIXTURES, tmpDir } from './features/harness.js';
import { GENERATOR_DIR, TEST_DIR } from './support/temp.js';

const run = promisify(execFile);
const CLI = path.join(GENERATOR_DIR, 'bin', 'generate.js');
const TSC = path.join(GENERATOR_DIR, '..', 'node_modules', 'typescript', 'bin', 'tsc');
const PACKAGE_NAME = '@test/two-threads';
const CLIENT_NAME = 'TwoThreadsApi';

beforeAll(async () => {
  await run(process.execPath, [TSC, '-b', GENERATOR_DIR], { timeout: 180_000 });
}, 200_000);

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(spec: string, out: string): Promise<CliRun> {
  const args = [CLI, '--spec', spec, '--out', out, '--name', PACKAGE_NAME, '--client', CLIENT_NAME, '--force'];
  try {
    // A worker left running would keep the process alive: the timeout turns that into a failure.
    const { stdout, stderr } = await run(process.execPath, args, { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; killed?: boolean; stdout: string; stderr: string };
    if (failed.killed || typeof failed.code !== 'number') throw new Error(`the CLI did not exit by itself: ${String(error)}`);
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function filesIn(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '.generator-manifest.json') continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = await readFile(full, 'utf8');
  }
  return files;
}

/** A spec whose response schema lives in a second file: the types need Redocly's bundle from the worker. */
async function writeSpecWithExternalRef(dir: string): Promise<string> {
  const spec = path.join(dir, 'external.yaml');
  await writeFile(
    spec,
    [
      'openapi: 3.0.3',
      "info: { title: External, version: '1' }",
      'servers: [{ url: "https://example.test" }]',
      'paths:',
      '  /things/{id}:',
      '    get:',
      '      operationId: getThing',
      '      tags: [things]',
      '      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      "            application/json: { schema: { $ref: './schemas.yaml#/Thing' } }",
      '',
    ].join('\n'),
  );
  await writeFile(path.join(dir, 'schemas.yaml'), 'Thing:\n  type: object\n  required: [id]\n  properties:\n    id: { type: string, description: "the thing\'s id" }\n');
  return spec;
}

describe('the compiled CLI (two threads) writes the same bytes as generate() on one thread', () => {
  const fixtures: [name: string, spec: () => Promise<string>][] = [
    ['the seed spec', async () => path.join(TEST_DIR, 'fixtures', 'seed', 'periskope.yaml')],
    ['naming edge cases', async () => path.join(FEATURE_FIXTURES, 'naming.yaml')],
    ['bodies', async () => path.join(FEATURE_FIXTURES, 'bodies.yaml')],
    ['hostile names and texts', async () => path.join(HOSTILE_FIXTURES, 'injection.yaml')],
    ['a spec with an external $ref', async () => writeSpecWithExternalRef(await tmpDir('two-threads-external'))],
  ];

  test.each(fixtures)('%s', async (_name, specOf) => {
    const spec = await specOf();
    const dir = await tmpDir('two-threads');
    const out = path.join(dir, 'out');
    const result = await cli(spec, out);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('error'))).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/time: .*main thread: .*types .*; worker: .*client/);

    const oneThread = await generate({ specPath: spec, packageName: PACKAGE_NAME, clientName: CLIENT_NAME });
    const expected = Object.fromEntries(oneThread.files.map((file) => [file.path, file.content]));
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(await filesIn(out)).toEqual(expected);
  });

  test('the external $ref is really inlined into the types', async () => {
    const dir = await tmpDir('two-threads-external-types');
    const spec = await writeSpecWithExternalRef(dir);
    const out = path.join(dir, 'out');
    expect((await cli(spec, out)).code).toBe(0);
    expect(await readFile(path.join(out, 'src', 'schema.ts'), 'utf8')).toMatch(/Thing: \{[^}]*id: string;/);
  });
});

describe('a spec the worker refuses: its error, at its line, and nothing written', () => {
  const broken: [name: string, yaml: string, expected: RegExp][] = [
    [
      // The main thread's openapi-typescript fails first here ("parameters is not iterable"); the lint's error wins.
      'parameters is a number, which also breaks the types step',
      "openapi: 3.0.3\ninfo: { title: Bad, version: '1' }\npaths:\n  /x:\n    get:\n      operationId: getX\n      parameters: 5\n      responses:\n        '200': { description: ok }\n",
      /^error: .*broken\.yaml:7:7 \(#\/paths\/~1x\/get\/parameters\): Expected type `ParameterList` \(array\) but got `integer`$/m,
    ],
    [
      'a dangling $ref',
      "openapi: 3.0.3\ninfo: { title: Bad, version: '1' }\npaths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Missing' }\n",
      /^error: .*broken\.yaml:12:25 .*dangling \$ref/m,
    ],
  ];

  test.each(broken)('%s', async (_name, yaml, expected) => {
    const dir = await tmpDir('two-threads-broken');
    const spec = path.join(dir, 'broken.yaml');
    await writeFile(spec, yaml);
    const out = path.join(dir, 'out');
    await mkdir(out);
    const result = await cli(spec, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readdir(out)).toEqual([]);
  });
});
