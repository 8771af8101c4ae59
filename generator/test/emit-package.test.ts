import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILDS, emitPackageJson, emitTsconfig } from '../src/emit/emit-package.js';
import { generate } from '../src/generate.js';
import { writeOutput } from '../src/write/output.js';
import { TEST_DIR, tempDirs } from './support/temp.js';

const run = promisify(execFile);
const HEADER = '// header\n';
const PACKAGE = {
  header: 'header',
  packageName: '@example/pkg',
  clientName: 'ExampleApi',
  version: '1.2.3',
  description: 'Example',
  openapiFetchVersion: '^0.17.0',
  typescriptVersion: '^5.9.3',
};

/** tsconfig.json as TypeScript reads it (JSON with comments: the header). */
function compilerOptions(text: string): Record<string, unknown> {
  const { config, error } = ts.parseConfigFileTextToJson('tsconfig.json', text);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return (config as { compilerOptions: Record<string, unknown> }).compilerOptions;
}

describe('the generated package maps dist/ back to src/', () => {
  const options = compilerOptions(emitTsconfig(HEADER));
  const manifest = JSON.parse(emitPackageJson(PACKAGE)) as { files: string[]; scripts: Record<string, string> };

  const cases: [string, { given: () => unknown; want: unknown }][] = [
    ['source maps for the JavaScript', { given: () => options.sourceMap, want: true }],
    ['declaration maps for go-to-definition', { given: () => options.declarationMap, want: true }],
    ['declarations', { given: () => options.declaration, want: true }],
    ['sources under src/, the ES build under dist/esm', { given: () => [options.rootDir, options.outDir], want: ['src', 'dist/esm'] }],
    ['the published files hold both ends of the maps', { given: () => [BUILDS.esm, BUILDS.cjs, 'src'].every((dir) => manifest.files.includes(dir)), want: true }],
    ['prepack runs the build', { given: () => manifest.scripts.prepack, want: 'npm run build' }],
    ['the build compiles both tsconfigs', { given: () => manifest.scripts.build?.match(/tsc -p \S+/g), want: ['tsc -p tsconfig.json', 'tsc -p tsconfig.cjs.json'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(given()).toEqual(want);
  });
});

describe('building the generated seed package writes .js.map and .d.ts.map files that point into src/', () => {
  const temp = tempDirs();
  let out: string;
  let sources: string[];

  beforeAll(async () => {
    // Inside the repository, so `openapi-fetch` resolves from the workspace's node_modules.
    const root = await temp.make('maps-', { inRepo: true });
    out = path.join(root, 'out');
    const result = await generate({
      specPath: path.join(TEST_DIR, 'fixtures', 'seed', 'periskope.yaml'),
      packageName: '@periskope/periskope-client',
      clientName: 'PeriskopeApi',
    });
    await writeOutput(out, result.files);
    // The package's own build script (what `prepack` runs), with TypeScript from this workspace on the PATH.
    const bin = path.resolve(createRequire(import.meta.url).resolve('typescript/bin/tsc'), '..', '..', '..', '.bin');
    await run('npm', ['run', 'build'], { cwd: out, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    sources = (await readdir(path.join(out, 'src'))).filter((file) => file.endsWith('.ts')).sort();
  }, 180_000);
  afterAll(() => temp.cleanup());

  const builds = Object.values(BUILDS);
  test.each(builds)('%s: every source has its four outputs', async (build) => {
    expect(sources).toEqual(['body.ts', 'client.ts', 'debug-log.ts', 'index.ts', 'logging.ts', 'response.ts', 'retry.ts', 'runtime.ts', 'schema.ts', 'wire.ts']);
    const want = sources.flatMap((file) => ['.js', '.js.map', '.d.ts', '.d.ts.map'].map((ext) => file.replace(/\.ts$/, ext)));
    expect((await readdir(path.join(out, build))).sort()).toEqual(expect.arrayContaining(want));
  });

  const formats: [string, { given: string; want: { type: string; syntax: RegExp } }][] = [
    ['ES build', { given: BUILDS.esm, want: { type: 'module', syntax: /^export \{/m } }],
    ['CommonJS build', { given: BUILDS.cjs, want: { type: 'commonjs', syntax: /^Object\.defineProperty\(exports, "__esModule"/m } }],
  ];
  test.each(formats)('%s: its nearest package.json type matches the syntax tsc wrote', async (_name, { given, want }) => {
    const own = path.join(out, given, 'package.json');
    const type = existsSync(own) ? (JSON.parse(await readFile(own, 'utf8')) as { type: string }).type : (JSON.parse(await readFile(path.join(out, 'package.json'), 'utf8')) as { type: string }).type;
    expect(type).toBe(want.type);
    expect(await readFile(path.join(out, given, 'index.js'), 'utf8')).toMatch(want.syntax);
  });

  const kinds: [string, { given: string; want: { comment: string } }][] = builds.flatMap((build) => [
    [`${build}: JavaScript source map`, { given: `${build}|.js`, want: { comment: '//# sourceMappingURL=' } }],
    [`${build}: declaration map`, { given: `${build}|.d.ts`, want: { comment: '//# sourceMappingURL=' } }],
  ] as [string, { given: string; want: { comment: string } }][]);
  test.each(kinds)('%s: each output names its map, and the map names its src/ file', async (_name, { given, want }) => {
    const [build, ext] = given.split('|') as [string, string];
    for (const source of sources) {
      const output = path.join(out, build, source.replace(/\.ts$/, ext));
      const text = await readFile(output, 'utf8');
      expect(text.trimEnd().split('\n').at(-1), output).toBe(`${want.comment}${path.basename(output)}.map`);
      const map = JSON.parse(await readFile(`${output}.map`, 'utf8')) as { sources: string[]; mappings: string };
      expect(map.sources, output).toEqual([`../../src/${source}`]);
      expect(existsSync(path.resolve(path.dirname(output), map.sources[0]!)), output).toBe(true);
      // schema.js holds no code (types only), so its map maps nothing.
      if (ext === '.d.ts' || source !== 'schema.ts') expect(map.mappings.length, output).toBeGreaterThan(0);
    }
  });
});
