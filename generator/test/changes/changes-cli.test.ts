import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/changes-cli.js';
import { tempDirs, writeTree } from '../support/temp.js';

const spec = (extra: string) => `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - { name: limit, in: query, schema: { type: integer } }${extra}
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: array, items: { type: string } } } }
`;

/** A Swagger 2.0 document whose 200 body is an object with `id`, required or not. */
const swagger = (required: string) => `swagger: '2.0'
info: { title: Pets, version: 1.0.0 }
host: api.example.com
basePath: /v1
schemes: [https]
produces: [application/json]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          schema: { type: object, properties: { id: { type: string } }, ${required} }
`;

const optionalCursor = '\n        - { name: cursor, in: query, schema: { type: string } }';
const requiredCursor = '\n        - { name: cursor, in: query, required: true, schema: { type: string } }';

const execFileAsync = promisify(execFile);
const temp = tempDirs();
let dir: string;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: unknown) => void out.push(String(text)));
  const error = vi.spyOn(console, 'error').mockImplementation((text: unknown) => void err.push(String(text)));
  try {
    return { code: await main(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(async () => {
  dir = await temp.make('changes-cli-');
  await writeTree(dir, {
    'a.yaml': spec(''),
    'feature.yaml': spec(optionalCursor),
    'breaking.yaml': spec(requiredCursor),
    'swagger.yaml': swagger('required: [id]'),
    'swagger-optional.yaml': swagger('required: []'),
    'swagger-unquoted.yaml': swagger('required: []').replace("swagger: '2.0'", 'swagger: 2.0'),
    'migrated.yaml': `openapi: 3.0.0
info: { title: Pets, version: 1.0.0 }
servers: [{ url: 'https://api.example.com/v1' }]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { id: { type: string } }, required: [id] } } }
`,
    'not-openapi.yaml': 'title: a list of things\n',
    'v32.yaml': spec('').replace('openapi: 3.0.3', 'openapi: 3.2.0'),
    'v32-breaking.yaml': spec(requiredCursor).replace('openapi: 3.0.3', 'openapi: 3.2.0'),
  });
});
afterAll(() => temp.cleanup());

describe('npm run changes', () => {
  const cases: [string, { given: string; want: { bump: string; rules: string[] } }][] = [
    ['the same document: none', { given: 'a.yaml', want: { bump: 'none', rules: [] } }],
    ['an optional parameter: minor', { given: 'feature.yaml', want: { bump: 'minor', rules: ['parameter-added'] } }],
    ['a required parameter: major', { given: 'breaking.yaml', want: { bump: 'major', rules: ['parameter-added'] } }],
  ];
  test.each(cases)('--json, %s', async (_name, { given, want }) => {
    const { code, out } = await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, given), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { bump: string; changes: { rule: string; level: string; operation: string; pointer: string; message: string }[] };
    expect({ bump: report.bump, rules: report.changes.map((change) => change.rule) }).toEqual(want);
    for (const change of report.changes) expect(Object.keys(change).sort()).toEqual(['level', 'message', 'operation', 'pointer', 'rule']);
  });

  test('the text report ends with the bump', async () => {
    const { code, out } = await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, 'breaking.yaml')]);
    expect(code).toBe(0);
    expect(out).toMatch(/breaking +parameter-added +listPets \(GET \/pets\): query cursor parameter added as required/);
    expect(out.trim().split('\n').at(-1)).toBe('1 change (1 breaking): bump major');
  });

  test('a base that cannot be read: exit 1 and one line naming it', async () => {
    const { code, err } = await run(['--base', path.join(dir, 'missing.yaml'), '--spec', path.join(dir, 'a.yaml')]);
    expect(code).toBe(1);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(/cannot read the base document .*missing\.yaml/);
  });

  test('--fail-on breaking: exit 3 after the report for a breaking change, 0 for a feature', async () => {
    const breaking = await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, 'breaking.yaml'), '--fail-on', 'breaking']);
    expect(breaking.code).toBe(3);
    expect(breaking.out).toContain('bump major');
    expect(breaking.err).toContain('--fail-on breaking');
    const feature = await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, 'feature.yaml'), '--fail-on', 'breaking', '--json']);
    expect(feature.code).toBe(0);
    expect(JSON.parse(feature.out).bump).toBe('minor');
  });

  test('--fail-on feature: a feature reaches it, and so does anything more serious', async () => {
    for (const given of ['feature.yaml', 'breaking.yaml']) {
      expect((await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, given), '--fail-on', 'feature', '--json'])).code).toBe(3);
    }
    expect((await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, 'a.yaml'), '--fail-on', 'docs', '--json'])).code).toBe(0);
  });

  test('--fail-on with a level that does not exist: exit 2, naming the levels', async () => {
    const { code, err } = await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, 'a.yaml'), '--fail-on', 'major']);
    expect(code).toBe(2);
    expect(err).toContain('--fail-on takes one of breaking, feature, fix, docs, not "major"');
  });

  test('Swagger 2.0 documents are converted to OpenAPI 3.0 and compared', async () => {
    const { code, out } = await run(['--base', path.join(dir, 'swagger.yaml'), '--spec', path.join(dir, 'swagger-optional.yaml'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { bump: string; changes: { rule: string; pointer: string }[] };
    expect(report.bump).toBe('major');
    expect(report.changes.map((c) => [c.rule, c.pointer])).toEqual([['property-required-removed', '/paths/~1pets/get/responses/200/content/application~1json/schema/properties/id']]);
  });

  test('swagger: 2.0 unquoted (a YAML number) is Swagger 2.0 too', async () => {
    const { code, out } = await run(['--base', path.join(dir, 'swagger.yaml'), '--spec', path.join(dir, 'swagger-unquoted.yaml'), '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { changes: { rule: string }[] }).changes.map((c) => c.rule)).toEqual(['property-required-removed']);
  });

  test('a Swagger 2.0 document against its OpenAPI 3.0 migration: nothing changed for callers', async () => {
    const { code, out } = await run(['--base', path.join(dir, 'swagger.yaml'), '--spec', path.join(dir, 'migrated.yaml'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ bump: 'none', changes: [] });
  });

  test('OpenAPI 3.2 documents are compared (as 3.1: the same shape, with keywords the report does not read)', async () => {
    const { code, out } = await run(['--base', path.join(dir, 'v32.yaml'), '--spec', path.join(dir, 'v32-breaking.yaml'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).bump).toBe('major');
  });

  test('a document that is not OpenAPI: exit 1 naming the file, not an empty report', async () => {
    const { code, err } = await run(['--base', path.join(dir, 'a.yaml'), '--spec', path.join(dir, 'not-openapi.yaml')]);
    expect(code).toBe(1);
    expect(err).toMatch(/not-openapi\.yaml:1: not an OpenAPI 3\.x document/);
  });

  test('an unknown option: exit 2 with the usage', async () => {
    const { code, err } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(err).toContain('Usage: npm run changes');
  });
});

describe('npm run changes, as a caller types it at the repository root', () => {
  // The real command through npm: its stdout must be the JSON alone (npm's `> changes` banner went there too), with
  // relative paths read from where npm was started. Builds the generator first, as the script does.
  const root = path.resolve(import.meta.dirname, '../../..');
  /** `npm run changes -- <args>` started in `cwd`, as a caller's shell would (no npm settings of this run passed on). */
  const npmChanges = async (cwd: string, args: string[]) =>
    (await execFileAsync('npm', ['run', 'changes', '--', ...args], { cwd, env: { ...process.env, npm_config_loglevel: undefined, INIT_CWD: undefined } })).stdout;

  test('--json: stdout parses as the report', async () => {
    const stdout = await npmChanges(root, ['--base', 'spec/periskope.yaml', '--spec', 'spec/periskope.yaml', '--json']);
    expect(JSON.parse(stdout)).toEqual({ bump: 'none', changes: [] });
  }, 120_000);

  test('paths are the caller\'s: from spec/, `--base periskope.yaml` is spec/periskope.yaml (npm runs the script at the root)', async () => {
    const stdout = await npmChanges(path.join(root, 'spec'), ['--base', 'periskope.yaml', '--spec', 'periskope.yaml', '--json']);
    expect(JSON.parse(stdout)).toEqual({ bump: 'none', changes: [] });
  }, 120_000);
});

describe('npm run changes -- --base-ref <rev>: the spec as it is at a git revision', () => {
  const repoTemp = tempDirs();
  let repo: string;
  const git = (...args: string[]) => execFileAsync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
  beforeAll(async () => {
    repo = await repoTemp.make('changes-git-');
    // The body schema lives in a file beside the spec: the revision's copy must resolve it as it was then.
    await writeTree(repo, {
      'api/openapi.yaml': spec('').replace(
        "content: { application/json: { schema: { type: array, items: { type: string } } } }",
        "content: { application/json: { schema: { $ref: './pet.yaml' } } }",
      ),
      'api/pet.yaml': 'type: object\nproperties: { id: { type: string } }\nrequired: [id]\n',
    });
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-qm', 'first');
    await writeTree(repo, { 'api/pet.yaml': 'type: object\nproperties: { id: { type: string } }\n' });
  });
  afterAll(() => repoTemp.cleanup());

  test('a change in a file the spec refers to, against HEAD: found', async () => {
    const { code, out } = await run(['--base-ref', 'HEAD', '--spec', path.join(repo, 'api/openapi.yaml'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { bump: string; changes: { rule: string }[] };
    expect({ bump: report.bump, rules: report.changes.map((c) => c.rule) }).toEqual({ bump: 'major', rules: ['property-required-removed'] });
  });

  test('a revision git does not know: exit 1 naming it', async () => {
    const { code, err } = await run(['--base-ref', 'no-such-branch', '--spec', path.join(repo, 'api/openapi.yaml')]);
    expect(code).toBe(1);
    expect(err).toContain('--base-ref no-such-branch: api/openapi.yaml is not in that revision');
  });

  test('--base and --base-ref together: exit 2', async () => {
    const { code, err } = await run(['--base', 'a.yaml', '--base-ref', 'HEAD']);
    expect(code).toBe(2);
    expect(err).toContain('give --base or --base-ref, not both');
  });
});
