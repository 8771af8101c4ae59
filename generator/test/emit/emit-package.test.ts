import { parse, type ParseError } from 'jsonc-parser';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { emitIndex, emitPackageJson, emitTsconfig, type PackageEmitOptions } from '../../src/emit/emit-package.js';

const OPTIONS: PackageEmitOptions = {
  header: 'Generated from shop.yaml (sha256 abc) by @periskope-tools/generator. Do not edit.',
  packageName: '@acme/shop-client',
  clientName: 'ShopApi',
  version: '2.1.0',
  description: 'Typed client for Shop',
  openapiFetchVersion: '^0.17.0',
  typescriptVersion: '^5.9.3',
};

describe('emitPackageJson', () => {
  const manifest = JSON.parse(emitPackageJson(OPTIONS)) as Record<string, unknown>;
  const cases: [string, { given: string; want: unknown }][] = [
    ["the header is npm's comment key, first (write/output recognises the file by it)", { given: '//', want: OPTIONS.header }],
    ['name', { given: 'name', want: '@acme/shop-client' }],
    ['version', { given: 'version', want: '2.1.0' }],
    ['description', { given: 'description', want: 'Typed client for Shop' }],
    ['ESM', { given: 'type', want: 'module' }],
    ['the one runtime dependency, at the given range', { given: 'dependencies', want: { 'openapi-fetch': '^0.17.0' } }],
    ['TypeScript to build it', { given: 'devDependencies', want: { typescript: '^5.9.3' } }],
    ['what the tarball holds', { given: 'files', want: ['dist', 'src', 'openapi.snapshot.json', 'README.md'] }],
    ['the build runs before packing', { given: 'scripts', want: { build: 'tsc -p tsconfig.json', typecheck: 'tsc -p tsconfig.json --noEmit', prepack: 'tsc -p tsconfig.json' } }],
    [
      'the exports map: the client, the raw schema types, the snapshot',
      {
        given: 'exports',
        want: {
          '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
          './schema': { types: './dist/schema.d.ts', import: './dist/schema.js', default: './dist/schema.js' },
          './openapi.snapshot.json': './openapi.snapshot.json',
          './package.json': './package.json',
        },
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(manifest[given]).toEqual(want);
  });

  test('the header is the first key, and the text ends with a newline', () => {
    const text = emitPackageJson(OPTIONS);
    expect(Object.keys(manifest)[0]).toBe('//');
    expect(text.startsWith('{\n  "//": "Generated from ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('spec text with quotes stays inside its JSON string', () => {
    const parsed = JSON.parse(emitPackageJson({ ...OPTIONS, description: 'a "quoted" \\ name\n' })) as { description: string };
    expect(parsed.description).toBe('a "quoted" \\ name\n');
  });
});

describe('emitTsconfig', () => {
  const HEADER = '// Generated from shop.yaml (sha256 abc) by @periskope-tools/generator.\n// Do not edit.\n';
  const text = emitTsconfig(HEADER);
  const errors: ParseError[] = [];
  const config = parse(text, errors) as { compilerOptions: Record<string, unknown>; include: string[]; extends?: string };
  const cases: [string, { given: string; want: unknown }][] = [
    ['emits to dist/ (what package.json exports)', { given: 'outDir', want: 'dist' }],
    ['from src/', { given: 'rootDir', want: 'src' }],
    ['with declarations', { given: 'declaration', want: true }],
    ['strict', { given: 'strict', want: true }],
    ['NodeNext modules (ESM with .js imports)', { given: 'module', want: 'NodeNext' }],
    ['DOM types (fetch, Blob)', { given: 'lib', want: ['ES2022', 'DOM'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(config.compilerOptions[given]).toEqual(want);
  });

  test('starts with the header, is valid JSON with comments, and stands alone (no extends)', () => {
    expect(text.startsWith(HEADER)).toBe(true);
    expect(errors).toEqual([]);
    expect(config.extends).toBeUndefined();
    expect(config.include).toEqual(['src']);
  });

  test('TypeScript reads it with the same options', () => {
    const { config: read, error } = ts.parseConfigFileTextToJson('tsconfig.json', text);
    expect(error).toBeUndefined();
    expect(read).toEqual(config);
  });
});

describe('emitIndex', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['the client class by its name', { given: 'ShopApi', want: "export { ShopApi, ApiError, DEFAULT_BASE_URL } from './client.js';" }],
    ['another name', { given: 'PeriskopeApi', want: "export { PeriskopeApi, ApiError, DEFAULT_BASE_URL } from './client.js';" }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(emitIndex(given).split('\n')[0]).toBe(want);
  });

  test('re-exports the runtime errors and the raw types, and parses as a module', () => {
    const text = emitIndex('ShopApi');
    expect(text).toContain("export { ArgumentError, ResponseBodyError, UnexpectedResponseError } from './runtime.js';");
    expect(text).toContain("export type { paths, components, operations } from './schema.js';");
    const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
    expect(diagnostics).toEqual([]);
    expect(text.endsWith(';\n')).toBe(true);
  });
});
