import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ClientRefused, loadConfiguredClient, loadGeneratedClient, parseGeneratedFrom, readGeneratedPackage } from '../src/client/generated-package.js';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'generated-package-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const header = (sha: string) => `Generated from api.yaml (sha256 ${sha}) by @periskope-tools/generator. Do not edit.`;
const specText = 'openapi: 3.0.3\n';
const specSha = createHash('sha256').update(specText).digest('hex');
const otherSha = 'f'.repeat(64);
const specFile = path.join(scratch, 'api.yaml');
await writeFile(specFile, specText);

interface FakePackage {
  packageJson?: Record<string, unknown> | string;
  /** dist/index.js; absent: not built. */
  entry?: string;
  snapshot?: boolean;
  /** src/index.ts; absent: none (then nothing is compared). */
  index?: string;
}

const goodModule = (sha: string) => `// ${header(sha)}\nexport class AcmeApi { constructor(options) { this.options = options; } }\nexport class ApiError extends Error {}\nexport class UnexpectedResponseError extends Error {}\n`;
const goodJson = (sha = specSha) => ({ '//': header(sha), name: '@acme/client', type: 'module', exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } } });

async function fakePackage(name: string, fake: FakePackage): Promise<string> {
  const dir = path.join(scratch, name);
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  if (fake.packageJson !== undefined) await writeFile(path.join(dir, 'package.json'), typeof fake.packageJson === 'string' ? fake.packageJson : JSON.stringify(fake.packageJson));
  if (fake.entry !== undefined) await writeFile(path.join(dir, 'dist', 'index.js'), fake.entry);
  if (fake.snapshot !== false) await writeFile(path.join(dir, 'openapi.snapshot.json'), '{"openapi":"3.0.3","paths":{}}');
  if (fake.index !== undefined) {
    await mkdir(path.join(dir, 'src'), { recursive: true });
    await writeFile(path.join(dir, 'src', 'index.ts'), fake.index);
  }
  return dir;
}

/** [name, { given: the package folder and the class asked for, want: the one-line refusal (or null: it loads) }] */
const cases: [string, { given: FakePackage & { className?: string }; want: RegExp | null }][] = [
  ['a good package loads', { given: { packageJson: goodJson(), entry: goodModule(specSha) }, want: null }],
  ['no package.json', { given: { entry: goodModule(specSha) }, want: /^no generated package in .*no-package-json \(no package\.json\): run `npm run generate`$/ }],
  ['a package.json that is not JSON', { given: { packageJson: '{', entry: goodModule(specSha) }, want: /^no generated package in .*JSON/ }],
  ['no generator header', { given: { packageJson: { name: 'x', main: 'dist/index.js' }, entry: goodModule(specSha) }, want: /package\.json has no "Generated from <spec> \(sha256 <hash>\)" header/ }],
  ['generated from another spec', { given: { packageJson: goodJson(otherSha), entry: goodModule(otherSha) }, want: /\(@acme\/client\) was generated from api\.yaml \(sha256 ffffffffffff…\), not from .*api\.yaml \(sha256 [0-9a-f]{12}…\): generate its client first/ }],
  ['not built', { given: { packageJson: goodJson() }, want: /is not built \(.*dist\/index\.js is missing\): run `npm run build`$/ }],
  ['a stale build (dist/ of another spec)', { given: { packageJson: goodJson(), entry: goodModule(otherSha) }, want: /dist\/index\.js is a stale build \(of sha256 ffffffffffff…, the sources are of [0-9a-f]{12}…\): run `npm run build`$/ }],
  ['a stale build (the same spec generated again with another class: the sources export another one)', { given: { packageJson: goodJson(), entry: goodModule(specSha), index: "export { OtherApi, ApiError, type Args } from './client.js';\nexport type * from './client.js';\nexport { UnexpectedResponseError } from './runtime.js';\n" }, want: /dist\/index\.js is a stale build \(src\/index\.ts exports OtherApi, the build does not; the build exports AcmeApi, src\/index\.ts does not\): run `npm run build`$/ }],
  ['sources and build that export the same values load', { given: { packageJson: goodJson(), entry: goodModule(specSha), index: "export { AcmeApi, ApiError } from './client.js';\nexport type { X } from './client.js';\nexport { UnexpectedResponseError } from './runtime.js';\n" }, want: null }],
  ['no snapshot', { given: { packageJson: goodJson(), entry: goodModule(specSha), snapshot: false }, want: /has no readable openapi\.snapshot\.json/ }],
  ['the class asked for is missing: the refusal names what is exported', { given: { packageJson: goodJson(), entry: goodModule(specSha), className: 'PeriskopeApi' }, want: /exports no client class PeriskopeApi \(clientName in test\); it exports AcmeApi: pass --client <Class>, or regenerate$/ }],
  ['the refusal lists classes only, not the functions of the operations', { given: { packageJson: goodJson(), entry: goodModule(specSha) + 'export function cancelBroadcast() {}\nexport class AcmeApiCore {}\n', className: 'PeriskopeApi' }, want: /it exports AcmeApi, AcmeApiCore: pass --client <Class>, or regenerate$/ }],
  ['no error classes', { given: { packageJson: goodJson(), entry: `// ${header(specSha)}\nexport class AcmeApi {}\n` }, want: /does not export ApiError and UnexpectedResponseError/ }],
  ['a dual build: nested import and require conditions, main on the CommonJS build', { given: { packageJson: { ...goodJson(), main: './dist/cjs/index.js', exports: { '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' } } } }, entry: goodModule(specSha) }, want: null }],
  ['main instead of exports', { given: { packageJson: { '//': header(specSha), name: 'y', main: './dist/index.js' }, entry: goodModule(specSha) }, want: null }],
];

describe('loadGeneratedClient: the client under test, from its folder, or a one-line refusal', () => {
  test.each(cases)('%s', async (name, { given, want }) => {
    const dir = await fakePackage(name.replace(/\W+/g, '-'), given);
    const loading = loadGeneratedClient({ dir, className: given.className ?? 'AcmeApi', classSource: 'clientName in test', specPath: specFile });
    if (want === null) {
      const client = await loading;
      expect(client.label).toMatch(/^AcmeApi of /);
      expect(client.create({ baseUrl: 'http://127.0.0.1:9', fetch })).toHaveProperty('options');
      expect(client.snapshot).toEqual({ openapi: '3.0.3', paths: {} });
      return;
    }
    const error = await loading.then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClientRefused);
    expect((error as Error).message).toMatch(want);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('the generator header', () => {
  const sha = 'a'.repeat(64);
  const cases: [string, { given: string; want: ReturnType<typeof parseGeneratedFrom> }][] = [
    ['package.json', { given: header(sha), want: { specName: 'api.yaml', sha256: sha } }],
    ['a source file', { given: `// Generated from periskope.yaml (sha256 ${sha}) by @periskope-tools/generator.\n// Do not edit`, want: { specName: 'periskope.yaml', sha256: sha } }],
    ['a spec name with spaces and parentheses', { given: `Generated from my api (v2).yaml (sha256 ${sha}) by @periskope-tools/generator.`, want: { specName: 'my api (v2).yaml', sha256: sha } }],
    ['no header', { given: 'export {};', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(parseGeneratedFrom(given)).toEqual(want));
});

describe("the generator config's client (generated/)", () => {
  test('loads, built from the config spec, with the generated error classes', async () => {
    const client = await loadConfiguredClient();
    expect(client.label).toBe('PeriskopeApi of generated/ (@periskope/periskope-client)');
    const instance = client.create({ baseUrl: 'http://127.0.0.1:9', fetch });
    expect(typeof (instance.message as Record<string, unknown>).cancelBroadcast).toBe('function');
    const generated = await readGeneratedPackage(path.resolve(import.meta.dirname, '..', '..', 'generated'));
    expect(generated.name).toBe('@periskope/periskope-client');
    expect(generated.entry.endsWith(path.join('dist', 'esm', 'index.js'))).toBe(true);
  });

  test('another class name is refused, naming the one the package exports', async () => {
    await expect(loadConfiguredClient({ className: 'OtherApi' })).rejects.toThrow(/exports no client class OtherApi \(--client\); it exports PeriskopeApi/);
  });

  test('another spec than the one generated/ was generated from is refused', async () => {
    await expect(loadConfiguredClient({ specPath: specFile })).rejects.toThrow(/generated\/ \(@periskope\/periskope-client\) was generated from periskope\.yaml/);
  });
});
