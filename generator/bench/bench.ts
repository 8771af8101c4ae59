/**
 * `npm run bench`: prints one report, on GitHub's REST spec (@octokit/openapi, ~1,100 operations):
 *
 *   1. full generation, each tool in a fresh child process, median of RUNS runs (rounds interleaved so that
 *      background load hits every tool alike): our CLI (with its compile cache filled by one unmeasured run
 *      first, and with the cache off) vs openapi-typescript's CLI vs oazapfts' CLI; the ratio to oazapfts is the
 *      target (≤ 1.0×);
 *   2. regeneration with an unchanged spec (our CLI again into the same output folder);
 *   3. where our generation time goes (the CLI's own stage timings, and a V8 CPU profile by module);
 *   4. type-checking cost for a consumer: 100 calls to 100 different operations through our generated client
 *      vs through raw openapi-fetch over openapi-typescript's types (`tsc --extendedDiagnostics`).
 *
 * Peak memory is the child's maximum resident set size (/usr/bin/time, or process.resourceUsage() through a
 * preloaded module where /usr/bin/time is missing). Nothing here asserts: targets are printed as met/MISSED.
 * Scratch files go to bench/.tmp/ (gitignored). Needs a built generator (`npx tsc -b generator`; the root
 * `npm run bench` does that first). Takes about a minute on 2 cores.
 *
 * Environment: BENCH_RUNS=n (default 3) runs per measurement; BENCH_OUR_CLI=<file> measures another build of our
 * CLI (for instance a patched copy) instead of generator/bin/generate.js.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, derefObject, getAtPointer, sampleSchema, type OperationModel } from '../src/index.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const GENERATOR_DIR = path.dirname(BENCH_DIR);
const REPO_DIR = path.dirname(GENERATOR_DIR);
const TMP = path.join(BENCH_DIR, '.tmp');
const GITHUB_SPEC = path.join(REPO_DIR, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
const OUR_CLI = process.env.BENCH_OUR_CLI ?? path.join(GENERATOR_DIR, 'bin', 'generate.js');
const OTS_CLI = path.join(REPO_DIR, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const TSC = path.join(REPO_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CALLS = 100;
const CLIENT_NAME = 'GitHubApi';
const PACKAGE_NAME = '@bench/github';

// ---------------------------------------------------------------------------------------------------------------
// Running a child process and measuring it

interface Measured {
  wallMs: number;
  /** Peak resident set size of the child, in bytes. */
  maxRss: number | undefined;
  /** CPU time of the child (user + system, every thread), in ms. */
  cpuMs: number | undefined;
  status: number | null;
  stdout: string;
  stderr: string;
}

const TIME_BIN = ['/usr/bin/time', '/bin/time'].find((file) => existsSync(file) && spawnSync(file, ['-f', '%M', 'true']).status === 0);
const RSS_MARKER = '__bench_max_rss_kb=';
let rssPreload: string | undefined;

/** Runs `node <args>` in a fresh process; wall time from spawn to exit, peak RSS of the node process. */
async function runNode(args: string[], options: { cwd?: string; nodeOptions?: string[]; env?: Record<string, string> } = {}): Promise<Measured> {
  const nodeArgs = [...(options.nodeOptions ?? []), ...args];
  let command: string;
  let commandArgs: string[];
  if (TIME_BIN) {
    command = TIME_BIN;
    commandArgs = ['-f', `${RSS_MARKER}%M %U %S`, process.execPath, ...nodeArgs];
  } else {
    rssPreload ??= await writeRssPreload();
    command = process.execPath;
    commandArgs = ['--import', rssPreload, ...nodeArgs];
  }
  const started = performance.now();
  const env = options.env ? { ...process.env, ...options.env } : process.env;
  const child = spawnSync(command, commandArgs, { cwd: options.cwd ?? REPO_DIR, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (child.error) throw child.error;
  let stderr = child.stderr;
  let maxRss: number | undefined;
  let cpuMs: number | undefined;
  const markerAt = stderr.lastIndexOf(RSS_MARKER);
  if (markerAt >= 0) {
    const [rssKb, userS, systemS] = stderr.slice(markerAt + RSS_MARKER.length).trim().split(/\s+/).map(Number) as [number, number, number];
    maxRss = rssKb * 1024;
    cpuMs = (userS + systemS) * 1000;
    stderr = stderr.slice(0, markerAt).replace(/^Command exited with non-zero status \d+\n?/m, '');
  }
  return { wallMs, maxRss, cpuMs, status: child.status, stdout: child.stdout, stderr };
}

/** Fallback when /usr/bin/time is missing: the child reports its own process.resourceUsage() (max RSS in KiB, CPU in s). */
async function writeRssPreload(): Promise<string> {
  const file = path.join(TMP, 'report-max-rss.mjs');
  await writeFile(
    file,
    `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n${RSS_MARKER}' + u.maxRSS + ' ' + u.userCPUTime / 1e6 + ' ' + u.systemCPUTime / 1e6 + '\\n'); });\n`,
  );
  return file;
}

function check(measured: Measured, what: string): Measured {
  if (measured.status !== 0) {
    throw new Error(`${what} exited with ${measured.status}:\n${(measured.stderr + measured.stdout).split('\n').slice(-20).join('\n')}`);
  }
  return measured;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

function sec(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function mib(bytes: number | undefined): string {
  return bytes === undefined ? '-' : `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

function table(header: string[], rows: string[][], right: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

function ratio(a: number, b: number): string {
  const value = a / b;
  return `${value >= 0.01 ? value.toFixed(2) : value.toPrecision(2)}×`;
}

function target(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile())
    .reduce((total, file) => total + statSync(file).size, 0);
}

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(REPO_DIR, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

function log(text = ''): void {
  console.log(text);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Full generation

function ourArgs(out: string, quiet = true): string[] {
  return [OUR_CLI, '--spec', GITHUB_SPEC, '--out', out, '--name', PACKAGE_NAME, '--client', CLIENT_NAME, ...(quiet ? ['--quiet'] : [])];
}

function oazapftsCli(): string {
  // Not require.resolve: oazapfts' `exports` does not expose its package.json.
  const manifestFile = path.join(REPO_DIR, 'node_modules', 'oazapfts', 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.oazapfts;
  if (!bin) throw new Error('oazapfts declares no `oazapfts` bin');
  return path.join(path.dirname(manifestFile), bin);
}

interface Tool {
  name: string;
  run(round: number): Promise<Measured>;
  outputBytes(round: number): number;
}

async function benchGeneration(): Promise<{ samples: Map<string, Measured[]>; failures: Map<string, string>; tools: Tool[] }> {
  const oazapfts = oazapftsCli();
  const tools: Tool[] = [
    {
      name: 'ours (types + wrapper + package)',
      run: async (round) => {
        const out = path.join(TMP, `ours-${round}`);
        await rm(out, { recursive: true, force: true });
        return check(await runNode(ourArgs(out)), 'our generator');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `ours-${round}`)),
    },
    {
      // What the first run after an install or an upgrade costs: every module compiled from source.
      name: 'ours, compile cache off (first run after install)',
      run: async (round) => {
        const out = path.join(TMP, `ours-cold-${round}`);
        await rm(out, { recursive: true, force: true });
        return check(await runNode(ourArgs(out), { env: { PERISKOPE_NO_COMPILE_CACHE: '1' } }), 'our generator (compile cache off)');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `ours-cold-${round}`)),
    },
    {
      name: `openapi-typescript ${versionOf('openapi-typescript')} (types only)`,
      run: async (round) => {
        const out = path.join(TMP, `ots-${round}`);
        await rm(out, { recursive: true, force: true });
        await mkdir(out, { recursive: true });
        return check(await runNode([OTS_CLI, GITHUB_SPEC, '-o', path.join(out, 'schema.ts')]), 'openapi-typescript');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `ots-${round}`)),
    },
    {
      name: `oazapfts ${versionOf('oazapfts')} (types + functions)`,
      run: async (round) => {
        const out = path.join(TMP, `oazapfts-${round}`);
        await rm(out, { recursive: true, force: true });
        await mkdir(out, { recursive: true });
        return check(await runNode([oazapfts, GITHUB_SPEC, path.join(out, 'api.ts')]), 'oazapfts');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `oazapfts-${round}`)),
    },
  ];
  const samples = new Map<string, Measured[]>(tools.map((tool) => [tool.name, []]));
  const failures = new Map<string, string>();
  // One run first, not measured, fills our compile cache (pipeline/compile-cache.ts) as any earlier run would have.
  process.stderr.write('  generation: one unmeasured run of ours to fill its compile cache\n');
  try {
    await tools[0]!.run(0);
  } catch (error) {
    failures.set(tools[0]!.name, (error as Error).message);
  }
  for (let round = 1; round <= RUNS; round++) {
    for (const tool of tools) {
      if (failures.has(tool.name)) continue;
      process.stderr.write(`  generation round ${round}/${RUNS}: ${tool.name}\n`);
      try {
        samples.get(tool.name)!.push(await tool.run(round));
      } catch (error) {
        failures.set(tool.name, (error as Error).message);
      }
    }
  }
  return { samples, failures, tools };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Regeneration with an unchanged spec

interface Regeneration {
  first: Measured;
  again: Measured[];
  untouched: boolean;
  output: string;
}

async function benchRegeneration(): Promise<Regeneration> {
  const out = path.join(TMP, 'regen');
  await rm(out, { recursive: true, force: true });
  const first = check(await runNode(ourArgs(out)), 'our generator (first run)');
  const mtimes = () => (readdirSync(out, { recursive: true }) as string[]).map((f) => `${f}:${statSync(path.join(out, f)).mtimeMs}`).join('\n');
  const before = mtimes();
  const again: Measured[] = [];
  for (let run = 1; run <= RUNS; run++) {
    process.stderr.write(`  regeneration ${run}/${RUNS}\n`);
    again.push(check(await runNode(ourArgs(out)), 'our generator (unchanged spec)'));
  }
  // One more, not quiet, to show what the CLI says about an unchanged spec.
  const loud = check(await runNode(ourArgs(out, false)), 'our generator (unchanged spec, not quiet)');
  return { first, again, untouched: mtimes() === before, output: loud.stdout.trim() };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Where our time goes

interface Breakdown {
  wallMs: number;
  cliTotalMs: number | undefined;
  /** [thread, stage, ms] from the CLI's `time:` line: `(main thread: a 1 ms, b 2 ms; worker: c 3 ms)`. */
  stages: [string, string, number][];
  timeLine: string | undefined;
}

async function stageBreakdown(): Promise<Breakdown> {
  const out = path.join(TMP, 'stages');
  await rm(out, { recursive: true, force: true });
  const run = check(await runNode(ourArgs(out, false)), 'our generator (stage timings)');
  const timeLine = run.stdout.split('\n').find((line) => /^\s*time:/.test(line));
  const stages: [string, string, number][] = [];
  let cliTotalMs: number | undefined;
  if (timeLine) {
    const total = /time:\s+([\d.]+) (ms|s)/.exec(timeLine);
    if (total) cliTotalMs = Number(total[1]) * (total[2] === 's' ? 1000 : 1);
    const inner = /\((.*)\)/.exec(timeLine)?.[1] ?? '';
    for (const group of inner.split(';')) {
      const [thread, list] = group.split(':', 2) as [string, string | undefined];
      for (const part of (list ?? '').split(',')) {
        const match = /^\s*([\w-]+) ([\d.]+) ms/.exec(part);
        if (match) stages.push([thread.trim(), match[1]!, Number(match[2])]);
      }
    }
  }
  return { wallMs: run.wallMs, cliTotalMs, stages, timeLine: timeLine?.trim() };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function moduleOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const inModules = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (inModules >= 0) {
    const parts = file.slice(inModules + '/node_modules/'.length).split(path.sep);
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith(GENERATOR_DIR)) return `generator: ${path.relative(GENERATOR_DIR, file)}`;
  return path.relative(REPO_DIR, file);
}

async function cpuProfile(): Promise<{ byModule: [string, number][]; byFunction: [string, number][]; threads: [string, number][]; totalMs: number; wallMs: number }> {
  const out = path.join(TMP, 'profile-out');
  const dir = path.join(TMP, 'profile');
  await rm(out, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
  const run = check(await runNode(ourArgs(out), { nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${dir}`] }), 'our generator (--cpu-prof)');
  // One profile per thread (CPU.<date>.<pid>.<thread id>.<seq>.cpuprofile; thread 0 is the main one), summed.
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).sort();
  if (files.length === 0) throw new Error('no .cpuprofile written');
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  const threads: [string, number][] = [];
  let totalUs = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfUs = new Map<number, number>();
    profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
    let threadUs = 0;
    for (const [id, us] of selfUs) {
      const node = byId.get(id);
      if (!node) continue;
      threadUs += us;
      const module = moduleOf(node.callFrame.url, node.callFrame.functionName);
      modules.set(module, (modules.get(module) ?? 0) + us);
      const fn = `${node.callFrame.functionName || '(anonymous)'}  [${module}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}]`;
      functions.set(fn, (functions.get(fn) ?? 0) + us);
    }
    totalUs += threadUs;
    const threadId = file.split('.').at(-3);
    threads.push([threadId === '0' ? 'main thread' : `worker thread ${threadId}`, threadUs / 1000]);
  }
  const sorted = (map: Map<string, number>) => [...map].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { byModule: sorted(modules), byFunction: sorted(functions), threads, totalMs: totalUs / 1000, wallMs: run.wallMs };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Type-checking cost for a consumer

type Json = Record<string, unknown>;

/** The document layer's sampler, without examples: any value valid for the types will do (GitHub's examples are not always). */
function sample(document: unknown, schema: unknown): unknown {
  return sampleSchema(document, schema, { useExamples: false }) ?? 'x';
}

function literal(value: unknown): string {
  return JSON.stringify(value);
}

function objectLiteral(entries: [string, unknown][]): string {
  return `{ ${entries.map(([key, value]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${literal(value)}`).join(', ')} }`;
}

interface Call {
  operation: OperationModel;
  ours: string;
  raw: string;
}

/** 100 operations spread evenly over the spec (sorted by path and method), each with valid required arguments. */
function buildCalls(document: unknown): Call[] {
  const model = buildModel(document as Parameters<typeof buildModel>[0], { clientName: CLIENT_NAME });
  const sorted = [...model.operations].sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path < b.path ? -1 : 1));
  const chosen = Array.from({ length: Math.min(CALLS, sorted.length) }, (_, i) => sorted[Math.floor((i * sorted.length) / CALLS)]!);
  return chosen.map((operation) => {
    const byLocation = new Map<string, [string, unknown][]>();
    for (const parameter of operation.parameters.filter((p) => p.required)) {
      const resolved = derefObject(document, getAtPointer(document, parameter.pointer));
      const schema = resolved.schema ?? Object.values((resolved.content ?? {}) as Json).map((media) => (media as Json).schema)[0];
      const list = byLocation.get(parameter.in) ?? [];
      list.push([parameter.name, sample(document, schema)]);
      byLocation.set(parameter.in, list);
    }
    let body: unknown;
    const requestBody = operation.requestBody;
    if (requestBody?.required) {
      const media = (derefObject(document, getAtPointer(document, requestBody.pointer)).content as Json)[requestBody.mediaType] as Json;
      body = sample(document, media.schema);
    }

    // Ours: one arguments object (flat: parameters and body properties side by side; nested: by location).
    let args = '';
    if (operation.argumentShape === 'nested') {
      const members = [...byLocation].map(([location, entries]) => `${location}: ${objectLiteral(entries)}`);
      if (body !== undefined) members.push(`body: ${literal(body)}`);
      if (members.length > 0) args = `{ ${members.join(', ')} }`;
    } else {
      const entries = [...byLocation.values()].flat();
      if (body !== undefined) {
        if (requestBody?.propertyNames && body && typeof body === 'object' && !Array.isArray(body)) entries.push(...Object.entries(body as Json));
        else entries.push(['body', body]);
      }
      if (entries.length > 0) args = objectLiteral(entries);
    }
    const group = /^[A-Za-z_$][\w$]*$/.test(operation.group) ? `.${operation.group}` : `[${literal(operation.group)}]`;
    const method = /^[A-Za-z_$][\w$]*$/.test(operation.name) ? `.${operation.name}` : `[${literal(operation.name)}]`;
    const ours = `github${group}${method}(${args})`;

    // Raw openapi-fetch: client.GET('/path', { params: { path, query, header }, body }).
    const init: string[] = [];
    if (byLocation.size > 0) init.push(`params: { ${[...byLocation].map(([location, entries]) => `${location}: ${objectLiteral(entries)}`).join(', ')} }`);
    if (body !== undefined) init.push(`body: ${literal(body)}`);
    const raw = `client.${operation.method.toUpperCase()}(${literal(operation.path)}${init.length > 0 ? `, { ${init.join(', ')} }` : ''})`;
    return { operation, ours, raw };
  });
}

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  files: ['index.ts'],
};

async function writeConsumer(dir: string, source: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true, type: 'module' }, null, 2) + '\n');
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG, null, 2) + '\n');
  await writeFile(path.join(dir, 'index.ts'), source);
}

interface Diagnostics {
  instantiations: number;
  types: number;
  checkMs: number;
  totalMs: number;
  memoryKb: number;
  errors: number;
  errorText: string;
  maxRss: number | undefined;
  wallMs: number;
}

function parseDiagnostics(run: Measured): Diagnostics {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)(s|K)?\\s*$`, 'm').exec(run.stdout);
    return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN;
  };
  const errorLines = run.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  return {
    instantiations: field('Instantiations'),
    types: field('Types'),
    checkMs: field('Check time'),
    totalMs: field('Total time'),
    memoryKb: field('Memory used'),
    errors: errorLines.length,
    errorText: errorLines.slice(0, 5).join('\n'),
    maxRss: run.maxRss,
    wallMs: run.wallMs,
  };
}

async function tscDiagnostics(dir: string): Promise<Diagnostics> {
  return parseDiagnostics(await runNode([TSC, '--noEmit', '--extendedDiagnostics', '-p', dir]));
}

interface ConsumerResult {
  name: string;
  runs: Diagnostics[];
}

async function benchConsumers(
  ourPackage: string,
  otsSchema: string,
): Promise<{ results: ConsumerResult[]; build: Measured; calls: Call[]; groups: number }> {
  // Our package as a consumer gets it: built to dist/ (.d.ts), installed under node_modules.
  const pkg = path.join(TMP, 'consumer-pkg');
  await rm(pkg, { recursive: true, force: true });
  await cp(ourPackage, pkg, { recursive: true });
  process.stderr.write('  building our generated package (tsc -p, declarations)\n');
  const build = check(await runNode([TSC, '-p', path.join(pkg, 'tsconfig.json')]), 'building the generated package');

  const document = JSON.parse(await readFile(GITHUB_SPEC, 'utf8')) as unknown;
  const calls = buildCalls(document);
  const groups = new Set(calls.map((call) => call.operation.group)).size;
  const comment = (call: Call, index: number) => `  // ${index + 1}. ${call.operation.method.toUpperCase()} ${call.operation.path} (${call.operation.id})`;

  const oursDir = path.join(TMP, 'consumer-ours');
  await writeConsumer(
    oursDir,
    [
      `import { ${CLIENT_NAME} } from '${PACKAGE_NAME}';`,
      '',
      `const github = new ${CLIENT_NAME}({ authToken: 'token' });`,
      '',
      'export async function calls(): Promise<void> {',
      ...calls.flatMap((call, i) => [comment(call, i), `  const r${i + 1} = await ${call.ours};`]),
      '}',
      '',
    ].join('\n'),
  );
  await mkdir(path.join(oursDir, 'node_modules', '@bench'), { recursive: true });
  await symlink(pkg, path.join(oursDir, 'node_modules', '@bench', 'github'), 'dir');

  const rawDir = path.join(TMP, 'consumer-raw');
  await writeConsumer(
    rawDir,
    [
      `import createClient from 'openapi-fetch';`,
      `import type { paths } from './schema.js';`,
      '',
      `const client = createClient<paths>({ baseUrl: 'https://api.github.com', headers: { Authorization: 'Bearer token' } });`,
      '',
      'export async function calls(): Promise<void> {',
      ...calls.flatMap((call, i) => [comment(call, i), `  const r${i + 1} = await ${call.raw};`]),
      '}',
      '',
    ].join('\n'),
  );
  // openapi-typescript's output is declarations only; as a .d.ts it is what a published types package ships.
  await cp(otsSchema, path.join(rawDir, 'schema.d.ts'));

  // Baselines: the same imports and client construction, no calls (the fixed cost of loading the types).
  const oursBase = path.join(TMP, 'consumer-ours-0');
  await writeConsumer(oursBase, `import { ${CLIENT_NAME} } from '${PACKAGE_NAME}';\n\nexport const github = new ${CLIENT_NAME}({ authToken: 'token' });\n`);
  await mkdir(path.join(oursBase, 'node_modules', '@bench'), { recursive: true });
  await symlink(pkg, path.join(oursBase, 'node_modules', '@bench', 'github'), 'dir');
  const rawBase = path.join(TMP, 'consumer-raw-0');
  await writeConsumer(
    rawBase,
    `import createClient from 'openapi-fetch';\nimport type { paths } from './schema.js';\n\nexport const client = createClient<paths>({ baseUrl: 'https://api.github.com' });\n`,
  );
  await cp(otsSchema, path.join(rawBase, 'schema.d.ts'));

  const consumers: [string, string][] = [
    [`ours: ${calls.length} calls`, oursDir],
    [`raw openapi-fetch: ${calls.length} calls`, rawDir],
    ['ours: import + new client, 0 calls', oursBase],
    ['raw openapi-fetch: import + createClient, 0 calls', rawBase],
  ];
  const results: ConsumerResult[] = consumers.map(([name]) => ({ name, runs: [] }));
  for (let round = 1; round <= RUNS; round++) {
    for (const [index, [name, dir]] of consumers.entries()) {
      process.stderr.write(`  tsc round ${round}/${RUNS}: ${name}\n`);
      results[index]!.runs.push(await tscDiagnostics(dir));
    }
  }
  return { results, build, calls, groups };
}

// ---------------------------------------------------------------------------------------------------------------
// The report

/** Runs one section of the report; a failure is printed in its place (exit code 1) and the next section runs. */
async function section(title: string, body: () => Promise<void>): Promise<void> {
  process.stderr.write(`${title}\n`);
  try {
    await body();
  } catch (error) {
    log(`${title.replace(/^(\d)\/4/, '$1.')}: FAILED\n${String((error as Error).message ?? error).split('\n').map((l) => `    ${l}`).join('\n')}`);
    log('');
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(GENERATOR_DIR, 'dist', 'cli.js'))) {
    throw new Error('generator/dist is missing: run `npx tsc -b generator` from the repository root first (npm run bench does)');
  }
  await mkdir(TMP, { recursive: true });
  const startedAt = new Date();
  const benchStarted = performance.now();
  const cpus = os.cpus();
  const specOps = (() => {
    const doc = JSON.parse(readFileSync(GITHUB_SPEC, 'utf8')) as { paths: Record<string, Json>; openapi: string; info: { version: string } };
    const ops = Object.values(doc.paths).reduce(
      (n, item) => n + ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].filter((m) => item[m]).length,
      0,
    );
    return { ops, openapi: doc.openapi, version: doc.info.version };
  })();

  log(`Benchmark: GitHub REST spec (@octokit/openapi ${versionOf('@octokit/openapi')}: OpenAPI ${specOps.openapi}, ${specOps.ops} operations, ${(fileSize(GITHUB_SPEC) / 1024 / 1024).toFixed(1)} MiB)`);
  log(`date:     ${startedAt.toISOString()}`);
  log(`machine:  ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at start`);
  log(`node:     ${process.version}; typescript ${versionOf('typescript')}, openapi-typescript ${versionOf('openapi-typescript')}, openapi-fetch ${versionOf('openapi-fetch')}, oazapfts ${versionOf('oazapfts')}`);
  log(`method:   every tool in a fresh child process; median of ${RUNS} runs (rounds interleaved); wall time = spawn to exit;`);
  log(`          ours runs once, unmeasured, before the rounds: that fills its compile cache, as any earlier run would;`);
  log(`          CPU = user + system time of the child, all threads; peak memory = max RSS of the child (${TIME_BIN ? `${TIME_BIN} -f '%M %U %S'` : 'process.resourceUsage() via --import'})`);
  log('');

  // 1.
  process.stderr.write('1/4 full generation\n');
  const { samples, failures, tools } = await benchGeneration();
  const med = (name: string) => median(samples.get(name)!.map((m) => m.wallMs));
  const medRss = (name: string) => median(samples.get(name)!.map((m) => m.maxRss ?? NaN));
  const medCpu = (name: string) => median(samples.get(name)!.map((m) => m.cpuMs ?? NaN));
  const [ours, oursCold, ots, oaz] = tools.map((tool) => tool.name) as [string, string, string, string];
  log(`1. Full generation (fresh process each run; median of ${RUNS})`);
  log(
    table(
      ['tool', 'runs (wall)', 'median wall', 'median CPU', 'median peak RSS', 'output'],
      tools.map((tool) =>
        failures.has(tool.name)
          ? [tool.name, 'FAILED (below)', '-', '-', '-', '-']
          : [
              tool.name,
              samples.get(tool.name)!.map((m) => sec(m.wallMs)).join(', '),
              sec(med(tool.name)),
              sec(medCpu(tool.name)),
              mib(medRss(tool.name)),
              `${(tool.outputBytes(1) / 1024 / 1024).toFixed(1)} MiB`,
            ],
      ),
      [false, false, true, true, true, true],
    ),
  );
  if (failures.size > 0) {
    for (const [name, message] of failures) log(`  ${name} failed:\n${message.trim().split('\n').map((l) => `    ${l}`).join('\n')}`);
    log('');
    log('Sections 2-4 need every tool\'s output on this spec; not run. Exit code 1.');
    process.exitCode = 1;
    return;
  }
  const oursVsOts = med(ours) / med(ots);
  const oursVsOaz = med(ours) / med(oaz);
  log(`  ours / oazapfts:           ${ratio(med(ours), med(oaz))} wall (target ≤ 1.00×: ${target(oursVsOaz <= 1)}), ${ratio(medRss(ours), medRss(oaz))} peak RSS`);
  log(`  ours / openapi-typescript: ${ratio(med(ours), med(ots))} wall (target ≤ 1.20×: ${target(oursVsOts <= 1.2)}), ${ratio(medRss(ours), medRss(ots))} peak RSS`);
  log(`  ours with the compile cache off / oazapfts: ${ratio(med(oursCold), med(oaz))} wall (a first run after install or upgrade)`);
  log(`  CPU time ours / oazapfts: ${ratio(medCpu(ours), medCpu(oaz))}; ours ran on ${(medCpu(ours) / med(ours)).toFixed(2)} cores on average (2 threads),`);
  log(`  oazapfts on ${(medCpu(oaz) / med(oaz)).toFixed(2)} (1 thread): on a loaded machine the wall ratio drifts towards the CPU ratio`);
  log('');

  // 2.
  await section('2/4 regeneration with an unchanged spec', async () => {
    const regen = await benchRegeneration();
    const regenMs = median(regen.again.map((m) => m.wallMs));
    log(`2. Regeneration with an unchanged spec (our CLI again into the same folder; median of ${RUNS})`);
    log(
      table(
        ['run', 'wall', 'peak RSS'],
        [
          ['first run (empty folder)', sec(regen.first.wallMs), mib(regen.first.maxRss)],
          ...regen.again.map((m, i) => [`again #${i + 1} (unchanged spec)`, sec(m.wallMs), mib(m.maxRss)]),
          ['median of the unchanged runs', sec(regenMs), mib(median(regen.again.map((m) => m.maxRss ?? NaN)))],
        ],
        [false, true, true],
      ),
    );
    log(`  target < 0.5 s: ${target(regenMs < 500)}; output files left untouched (mtimes): ${regen.untouched ? 'yes' : 'NO'}`);
    log(`  the CLI says: ${regen.output.split('\n').filter((l) => /files:|time:|unchanged|skip/i.test(l)).map((l) => l.trim()).join(' | ') || regen.output.split('\n')[0]}`);
    log('');
  });

  // 3.
  await section('3/4 where the time goes (stage timings, CPU profile)', async () => {
    const stages = await stageBreakdown();
    const profile = await cpuProfile();
    const otsShare = med(ots) / med(ours);
    log(`3. Where our generation time goes (one run without --quiet: ${sec(stages.wallMs)} wall; one run with --cpu-prof: ${sec(profile.wallMs)} wall)`);
    log(`  openapi-typescript alone takes ${(otsShare * 100).toFixed(0)}% of our median wall time${otsShare >= 0.5 ? ' (it dominates ours, so here is the profile)' : ''}.`);
    if (stages.timeLine && stages.cliTotalMs !== undefined) {
      // The two threads run at once: each stage is its own thread's elapsed time, so only the main thread's add up.
      const startup = stages.wallMs - stages.cliTotalMs;
      const share = (ms: number) => `${((ms / stages.wallMs) * 100).toFixed(0)}%`;
      const rows: string[][] = [['', 'process start/exit, static imports (outside the CLI timer)', sec(startup), share(startup)]];
      for (const [thread, stage, ms] of stages.stages) rows.push([thread, stage, sec(ms), share(ms)]);
      const mainStaged = stages.stages.filter(([thread]) => thread === 'main thread').reduce((sum, [, , ms]) => sum + ms, 0);
      const rest = stages.cliTotalMs - mainStaged;
      rows.push(['main thread', 'rest: waiting for the worker, locating warnings, write, summary', sec(rest), share(rest)]);
      log(table(['thread', 'stage (CLI timings)', 'time', 'of wall'], rows, [false, false, true, true]));
      log(`  (CLI line: ${stages.timeLine})`);
    } else {
      log('  the CLI printed no `time:` line; stage timings unavailable');
    }
    log('');
    log(`  CPU time by thread (sampled): ${profile.threads.map(([thread, ms]) => `${thread} ${sec(ms)}`).join(', ')}`);
    log(`  CPU profile, self time by module (${sec(profile.totalMs)} sampled):`);
    log(
      table(
        ['module', 'self time', 'share'],
        profile.byModule.slice(0, 12).map(([module, ms]) => [module, sec(ms), `${((ms / profile.totalMs) * 100).toFixed(1)}%`]),
        [false, true, true],
      ),
    );
    log('');
    log('  top functions by self time:');
    log(
      table(
        ['function [module:line]', 'self time'],
        profile.byFunction.slice(0, 15).map(([fn, ms]) => [fn.length > 110 ? `${fn.slice(0, 109)}…` : fn, sec(ms)]),
        [false, true],
      ),
    );
    log('');
  });

  // 4.
  await section('4/4 consumer type-checking cost', async () => {
    const consumer = await benchConsumers(path.join(TMP, 'ours-1'), path.join(TMP, 'ots-1', 'schema.ts'));
    const [ours100, raw100, ours0, raw0] = consumer.results as [ConsumerResult, ConsumerResult, ConsumerResult, ConsumerResult];
    const m = (result: ConsumerResult, pick: (d: Diagnostics) => number) => median(result.runs.map(pick));
    log(
      `4. Type-checking cost for a consumer: ${consumer.calls.length} calls to ${consumer.calls.length} different operations (${consumer.groups} groups; every ${(specOps.ops / CALLS).toFixed(1)}th operation by path), required arguments only`,
    );
    log('   `tsc --noEmit --extendedDiagnostics -p <dir>` (strict, NodeNext, skipLibCheck); median of ' + RUNS);
    log(`   ours: ${PACKAGE_NAME} built to dist/*.d.ts and installed in node_modules; raw: createClient<paths>() over openapi-typescript's types as schema.d.ts`);
    log(
      table(
        ['consumer', 'errors', 'Instantiations', 'Types', 'Check time', 'Total time', 'Memory used', 'peak RSS'],
        consumer.results.map((result) => [
          result.name,
          String(result.runs[0]!.errors),
          m(result, (d) => d.instantiations).toLocaleString('en-US'),
          m(result, (d) => d.types).toLocaleString('en-US'),
          sec(m(result, (d) => d.checkMs)),
          sec(m(result, (d) => d.totalMs)),
          `${(m(result, (d) => d.memoryKb) / 1024).toFixed(0)} MiB`,
          mib(m(result, (d) => d.maxRss ?? NaN)),
        ]),
        [false, true, true, true, true, true, true, true],
      ),
    );
    const instOurs = m(ours100, (d) => d.instantiations);
    const instRaw = m(raw100, (d) => d.instantiations);
    const perCallOurs = instOurs - m(ours0, (d) => d.instantiations);
    const perCallRaw = instRaw - m(raw0, (d) => d.instantiations);
    log(`  instantiations ours / raw openapi-fetch: ${ratio(instOurs, instRaw)} (1/${(instRaw / instOurs).toFixed(1)}; target ≤ 1/4: ${target(instOurs * 4 <= instRaw)})`);
    log(`  instantiations caused by the calls alone (minus the 0-call baseline): ours ${perCallOurs.toLocaleString('en-US')}, raw ${perCallRaw.toLocaleString('en-US')} (${ratio(perCallOurs, perCallRaw)})`);
    log(
      `  check time ours / raw: ${ratio(m(ours100, (d) => d.checkMs), m(raw100, (d) => d.checkMs))}; memory ours / raw: ${ratio(m(ours100, (d) => d.memoryKb), m(raw100, (d) => d.memoryKb))}`,
    );
    log(`  building our package for publishing (tsc -p, declarations, once): ${sec(consumer.build.wallMs)}, peak RSS ${mib(consumer.build.maxRss)}`);
    for (const result of consumer.results) {
      if (result.runs[0]!.errors === 0) continue;
      log(`  ${result.name}: ${result.runs[0]!.errors} type errors, so its numbers do not measure valid code (exit code 1):\n${result.runs[0]!.errorText}`);
      process.exitCode = 1;
    }
    log(`  sources: ${path.relative(REPO_DIR, path.join(TMP, 'consumer-ours', 'index.ts'))}, ${path.relative(REPO_DIR, path.join(TMP, 'consumer-raw', 'index.ts'))}`);
    log('');
  });
  log(`bench finished in ${sec(performance.now() - benchStarted)}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
}

await main();
