import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const generatedDir = path.resolve(here, '..', '..', 'generated');
const require = createRequire(import.meta.url);
/** A package's CLI (its package.json `bin`), run with this Node; the versions are pinned in devDependencies. */
async function cliOf(name: string): Promise<string> {
  // Found through npm's own layout: a CLI package may export neither its package.json nor a main file.
  const dir = require.resolve.paths(name)!.map((root) => path.join(root, name)).find((candidate) => existsSync(path.join(candidate, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed`);
  const { bin } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return path.join(dir, typeof bin === 'string' ? bin : Object.values(bin)[0]!);
}

/** The oldest TypeScript the package promises (5.0) and the one this repository builds with. */
const TYPESCRIPTS = { '5.0': 'typescript@5.0.4', '5.9': 'typescript@5.9.3' } as const;
type TypeScriptVersion = keyof typeof TYPESCRIPTS;
const tscOf = (project: string, version: TypeScriptVersion) => path.join(project, 'node_modules', `typescript-${version}`, 'bin', 'tsc');

const CONSUMER = `import { ApiError, PeriskopeApi, type CancelBroadcastResult } from '@periskope/periskope-client';
import type { paths } from '@periskope/periskope-client';

const client = new PeriskopeApi({ authToken: 'token', baseUrl: 'http://127.0.0.1:9' });
export async function cancel(): Promise<CancelBroadcastResult['status']> {
  try {
    const result = await client.message.cancelBroadcast({ broadcast_id: 'b25192d5-2370-4a69-b844-aae5e2bfae92' });
    return result.status;
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) return e.body?.message === 'x' ? 'stopped' : undefined;
    throw e;
  }
}
export type Path = keyof paths;
`;

/**
 * One program for every module system: both entry points (the schema's types through `/schema`), a call that
 * succeeds and one that throws the typed 409, against the test's server. No top-level await and no Node types, so
 * the same text compiles to CommonJS and to ES modules under TypeScript 5.0 with `skipLibCheck` off.
 */
const program = (baseUrl: string, tag: string) => `import { ApiError, PeriskopeApi, type CancelBroadcastResult } from '@periskope/periskope-client';
import type { paths } from '@periskope/periskope-client/schema';

type Cancel = paths['/message/broadcast/{broadcast_id}']['delete'];
const id: Cancel['parameters']['path']['broadcast_id'] = '${tag}';
const client = new PeriskopeApi({ authToken: 'token', baseUrl: '${baseUrl}' });
// @ts-expect-error: the result is typed ('deleted' | 'stopped'), not any, so this must not compile.
const wrong: CancelBroadcastResult['status'] = 'nope';
void wrong;

async function main(): Promise<string[]> {
  const result: CancelBroadcastResult = await client.message.cancelBroadcast({ broadcast_id: id });
  try {
    await client.message.cancelBroadcast({ broadcast_id: '${tag}-stopped' });
    return [String(result.status), 'no error'];
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) return [String(result.status), String(e.body?.message)];
    throw e;
  }
}
main().then((lines) => console.log(lines.join(' | ')), (e: unknown) => { console.error(e); throw e; });
`;

interface Cell {
  /** The consumer project's `type`, which decides whether TypeScript emits (and Node runs) CommonJS or ES modules. */
  type: 'module' | 'commonjs';
  compilerOptions: Record<string, string>;
  /** The build whose declarations TypeScript must read. */
  build: 'esm' | 'cjs';
}

const CELLS: Record<string, Cell> = {
  'nodenext, ES module project': { type: 'module', compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' }, build: 'esm' },
  'nodenext, CommonJS project': { type: 'commonjs', compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' }, build: 'cjs' },
  'node16, ES module project': { type: 'module', compilerOptions: { module: 'Node16', moduleResolution: 'Node16' }, build: 'esm' },
  'node16, CommonJS project': { type: 'commonjs', compilerOptions: { module: 'Node16', moduleResolution: 'Node16' }, build: 'cjs' },
  bundler: { type: 'module', compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' }, build: 'esm' },
  // `node` is TypeScript 5.0's name for node10 (ignores `exports`: `main`, `types` and `typesVersions` instead).
  'node10, CommonJS project': { type: 'commonjs', compilerOptions: { module: 'CommonJS', moduleResolution: 'Node' }, build: 'cjs' },
};

/** Node with require(esm) off, so a CommonJS consumer proves the whole chain (openapi-fetch too) is CommonJS. */
const NODE_FLAGS = { module: [], commonjs: ['--no-experimental-require-module'] } as const;

/** A broadcast API that answers 200, or 409 for an id ending in `-stopped`; it records what it was asked. */
function startServer() {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url} ${request.headers.authorization}`);
    const stopped = request.url?.endsWith('-stopped');
    response.writeHead(stopped ? 409 : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(stopped ? { status: 'CONFLICT_ERROR', message: 'Broadcast is already stopped', code: 409 } : { broadcast_id: 'b25192d5', status: 'deleted' }));
  });
  return { server, seen };
}

/**
 * The generated package as another repo gets it: `npm pack`, installed from the tarball into a fresh project
 * outside this workspace (so nothing resolves through the monorepo), linted as a published package, type-checked
 * there under every module system and TypeScript 5.0 and 5.9, and run by Node through `import` and `require`.
 */
describe('the generated package installs from a tarball into a fresh project', () => {
  let workDir: string;
  let project: string;
  let tarball: string;
  const { server, seen } = startServer();
  let baseUrl: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'consumer-'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;

    // prepack builds both dist/esm and dist/cjs.
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: generatedDir });
    tarball = path.join(workDir, (JSON.parse(stdout) as [{ filename: string }])[0].filename);
    project = path.join(workDir, 'consumer');
    await mkdir(project, { recursive: true });
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // Offline-first: openapi-fetch and TypeScript 5.9 are in npm's cache after `npm ci`; 5.0 after the first run.
    const typescripts = Object.entries(TYPESCRIPTS).map(([version, spec]) => `typescript-${version}@npm:${spec}`);
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...typescripts], { cwd: project });
  }, 300_000);
  afterAll(async () => {
    server.close();
    await rm(workDir, { recursive: true, force: true });
  });

  test('the tarball holds both builds, the CommonJS one marked as such', async () => {
    const installed = path.join(project, 'node_modules', '@periskope', 'periskope-client');
    expect(await readdir(installed)).toEqual(expect.arrayContaining(['dist', 'package.json', 'openapi.snapshot.json', 'README.md']));
    expect((await readdir(path.join(installed, 'dist'))).sort()).toEqual(['cjs', 'esm']);
    const marker = JSON.parse(await readFile(path.join(installed, 'dist', 'cjs', 'package.json'), 'utf8')) as { type: string };
    expect(marker.type).toBe('commonjs');
  });

  test('tsc --strict accepts the consumer and refuses a wrong argument', async () => {
    const dir = path.join(project, 'strict');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.ts'), CONSUMER);
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true }, files: ['index.ts'] }),
    );
    const tsc = tscOf(project, '5.9');
    await expect(run(process.execPath, [tsc, '-p', dir], { cwd: dir })).resolves.toBeDefined();
    // A wrong argument type must fail there too, or the check above proves nothing.
    await writeFile(path.join(dir, 'index.ts'), CONSUMER.replace("broadcast_id: 'b25192d5-2370-4a69-b844-aae5e2bfae92'", 'broadcast_id: 42'));
    await expect(run(process.execPath, [tsc, '-p', dir], { cwd: dir })).rejects.toMatchObject({ stdout: expect.stringContaining('TS2322') });
  }, 120_000);

  const linters: [string, { given: { cli: string; args: string[] }; want: RegExp }][] = [
    ['publint --strict (warnings fail too)', { given: { cli: 'publint', args: ['--strict'] }, want: /All good!/ }],
    // Offline: the package has no @types counterpart to look up.
    ['@arethetypeswrong/cli, every entry point under node10, node16 (CJS and ESM) and bundler', { given: { cli: '@arethetypeswrong/cli', args: ['--no-definitely-typed', '--no-emoji', '--no-color'] }, want: /No problems found/ }],
  ];
  test.each(linters)('%s: clean on the packed tarball', async (_name, { given, want }) => {
    // Both exit non-zero on a problem, so `run` rejects with their report.
    const { stdout } = await run(process.execPath, [await cliOf(given.cli), tarball, ...given.args], { cwd: workDir });
    expect(stdout).toMatch(want);
  }, 120_000);

  const resolutions: [string, { given: string[]; want: RegExp }][] = [
    ['require() resolves to the CommonJS build', { given: ['-p', "require.resolve('@periskope/periskope-client')"], want: /dist[\\/]cjs[\\/]index\.js$/ }],
    ['import resolves to the ES build', { given: ['--input-type=module', '-e', "console.log(import.meta.resolve('@periskope/periskope-client'))"], want: /dist\/esm\/index\.js$/ }],
    ['require() of /schema loads without require(esm)', { given: ['--no-experimental-require-module', '-p', "Object.keys(require('@periskope/periskope-client/schema')).join()"], want: /^\s*$/ }],
  ];
  test.each(resolutions)('%s', async (_name, { given, want }) => {
    const { stdout } = await run(process.execPath, given, { cwd: project, timeout: 20_000 });
    expect(stdout.trim()).toMatch(want);
  });

  const matrix: [string, { given: { version: TypeScriptVersion; cell: Cell }; want: { build: Cell['build']; output: string } }][] = (
    Object.keys(TYPESCRIPTS) as TypeScriptVersion[]
  ).flatMap((version) =>
    Object.entries(CELLS).map(([name, cell]): (typeof matrix)[number] => [`TypeScript ${version}, ${name}`, { given: { version, cell }, want: { build: cell.build, output: 'deleted | Broadcast is already stopped' } }]),
  );
  // Concurrent (maxConcurrency in vitest.static.config.ts): each is one tsc and one node process; its own ids keep its requests apart.
  test.concurrent.each(matrix)('%s: compiles (skipLibCheck off) against its build, and runs with Node', async (name, { given, want }) => {
    const tag = name.replace(/\W+/g, '-').toLowerCase();
    const dir = path.join(project, 'cells', tag);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'cell', private: true, type: given.cell.type }));
    await writeFile(path.join(dir, 'index.ts'), program(baseUrl, tag));
    const compilerOptions = { ...given.cell.compilerOptions, strict: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false, skipDefaultLibCheck: true, outDir: 'out' };
    // The modules the program does not reach through types are listed too, so tsc checks every .d.ts the build ships:
    // body.ts and wire.ts (imported only by a client with an operation that needs them, and only by its values) and
    // debug-log.ts (a dynamic import at run time).
    const built = path.join(project, 'node_modules', '@periskope', 'periskope-client', 'dist', want.build);
    const unreached = ['body', 'wire', 'debug-log'].map((name) => path.join(built, `${name}.d.ts`));
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts', ...unreached] }));

    const compiled = await run(process.execPath, [tscOf(project, given.version), '-p', dir, '--listFiles'], { cwd: dir }).catch((e: { stdout: string }) => {
      throw new Error(`tsc failed:\n${e.stdout}`);
    });
    const ours = compiled.stdout.split('\n').filter((file) => file.includes('/@periskope/periskope-client/'));
    expect(ours.map((file) => file.replace(/.*\/periskope-client\//, '')).sort()).toEqual(
      // Every module the package ships in src/ (client, index, schema and the runtime's), each as its build's .d.ts.
      (await readdir(path.join(generatedDir, 'src'))).filter((file) => file.endsWith('.ts')).sort().map((file) => `dist/${want.build}/${file.replace(/\.ts$/, '')}.d.ts`),
    );

    const { stdout } = await run(process.execPath, [...NODE_FLAGS[given.cell.type], path.join(dir, 'out', 'index.js')], { cwd: dir, timeout: 20_000 });
    expect(stdout.trim()).toBe(want.output);
    expect(seen.filter((line) => line.includes(`/${tag}`))).toEqual([`DELETE /v1/message/broadcast/${tag} Bearer token`, `DELETE /v1/message/broadcast/${tag}-stopped Bearer token`]);
  }, 120_000);
});
