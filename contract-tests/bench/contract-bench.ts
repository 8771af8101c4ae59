/**
 * `npm run bench:contract`: one table, one run, on this machine.
 *
 *   spec/periskope.yaml: Prism CLI start-up (the baseline: what `npm run contract` pays), in-process Prism load
 *   (cold, then the median of warm loads), the full contract suite (drift, example gate, replay of every
 *   documented response, inventory) with its replay wall time, and the whole mutation run.
 *
 *   GitHub's REST spec (@octokit/openapi api.github.com.json): Prism CLI start-up, in-process Prism load, and a
 *   replay of its documented responses through a client generated into contract-tests/.tmp/github-client:
 *   all of them by default (about 3,600, a minute or two), or the first BENCH_GITHUB_TUPLES in inventory order
 *   (paths, methods and statuses as written) for a quicker, still deterministic run. Every response that did
 *   not pass is listed with the reason, grouped by kind.
 *
 * Nothing here asserts; timings are printed, never tested. Environment: BENCH_GITHUB_TUPLES=<n> (subset),
 * BENCH_ONLY=periskope|github (one half), BENCH_GITHUB_SPEC=<file> (another large spec in GitHub's place).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, writeOutput } from '@periskope-tools/generator';
import { ApiError, PeriskopeApi, UnexpectedResponseError } from '@periskope/periskope-client';
import type { ErrorClasses } from '../src/oracles/response-oracles.js';
import { operators } from '../src/mutation/operators.js';
import { runMutations, table } from '../src/mutation/run-mutations.js';
import { startPrismInProcess } from '../src/call/prism-in-process.js';
import { startPrism } from '../src/call/prism-cli.js';
import type { ClientFactory } from '../src/call/mock-call.js';
import { runSuite, type SuiteResult } from '../src/run-suite.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.dirname(here);
const repositoryRoot = path.dirname(packageDir);
const require = createRequire(import.meta.url);
const PERISKOPE_SPEC = path.join(repositoryRoot, 'spec', 'periskope.yaml');
const GITHUB_SPEC = process.env.BENCH_GITHUB_SPEC
  ? path.resolve(process.env.BENCH_GITHUB_SPEC)
  : path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
/** `periskope` or `github` to run one half only; both by default. */
const ONLY = process.env.BENCH_ONLY;
const GITHUB_CLIENT_DIR = path.join(packageDir, '.tmp', 'github-client');
const GITHUB_TUPLES = process.env.BENCH_GITHUB_TUPLES ? Math.max(1, Number(process.env.BENCH_GITHUB_TUPLES)) : Infinity;
const WARM_LOADS = 5;
const CLI_TIMEOUT_MS = 300_000;

type Row = [measurement: string, spec: string, value: string, notes: string];
const rows: Row[] = [];
const notes: string[] = [];
const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** Runs one measurement; a failure becomes a row saying why instead of ending the run. */
async function measure(label: string, spec: string, work: () => Promise<{ value: string; notes?: string }>): Promise<void> {
  progress(`${spec}: ${label}...`);
  try {
    const { value, notes: detail = '' } = await work();
    rows.push([label, spec, value, detail]);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split(repositoryRoot + path.sep).join('');
    rows.push([label, spec, 'failed', truncate(message.split('\n')[0]!.replace(/ \(#[^)]*\)/, ''), 160)]);
    notes.push('', `${spec}: ${label} failed:`, ...message.split('\n').slice(0, 10).map((line) => `  ${line}`));
  }
}

// ------------------------------------------------------------------------------------------ spec/periskope.yaml

const periskopeClient = {
  create: ((options) => new PeriskopeApi(options) as unknown as Record<string, unknown>) as ClientFactory,
  errors: { ApiError, UnexpectedResponseError } as ErrorClasses,
};
const periskopeSnapshot = JSON.parse(readFileSync(require.resolve('@periskope/periskope-client/openapi.snapshot.json'), 'utf8')) as unknown;

let periskopeSuite: SuiteResult | undefined;

async function benchPeriskope(): Promise<void> {
  await measure('Prism CLI start-up (baseline)', 'periskope', async () => {
    const prism = await startPrism(PERISKOPE_SPEC, { timeoutMs: CLI_TIMEOUT_MS });
    await prism.stop();
    return { value: seconds(prism.startupMs), notes: 'spawn until "Prism is listening"' };
  });

  await measure('in-process Prism load', 'periskope', async () => {
    const loads: number[] = [];
    let operations = 0;
    for (let run = 0; run <= WARM_LOADS; run++) {
      const prism = await startPrismInProcess(PERISKOPE_SPEC);
      loads.push(prism.loadMs);
      operations = prism.operations;
      await prism.close();
    }
    const [cold, ...warm] = loads;
    return { value: seconds(median(warm)), notes: `median of ${WARM_LOADS} warm loads; first (cold) load ${seconds(cold!)}; ${operations} operations` };
  });

  await measure('full replay wall time', 'periskope', async () => {
    periskopeSuite = await runSuite({ specPath: PERISKOPE_SPEC, snapshot: periskopeSnapshot, client: periskopeClient });
    const suite = periskopeSuite;
    const t = suite.timings;
    return {
      value: seconds(t.replayMs),
      notes:
        `${suite.replayed}/${suite.documented} responses passed + security probes, ${suite.passed ? 'suite passes' : `suite FAILS (${suite.failures.length})`}; ` +
        `whole suite ${seconds(t.totalMs)} (load ${seconds(t.loadMs)}, drift ${seconds(t.driftMs)}, examples ${seconds(t.examplesMs)}, Prism ${seconds(t.prismLoadMs)})`,
    };
  });

  await measure('mutation run wall time', 'periskope', async () => {
    const run = await runMutations({ specPath: PERISKOPE_SPEC, snapshot: periskopeSnapshot, client: periskopeClient });
    const survivors = run.reports.filter((report) => report.outcome === 'survived').map((report) => report.operator.name);
    const alarms = run.reports.filter((report) => report.outcome === 'alarm').map((report) => report.operator.name);
    return {
      value: seconds(run.wallMs),
      notes:
        `${operators.length} mutants + baseline, ${seconds(run.wallMs / (operators.length + 1))} each; killed ${run.breaking.killed}/${run.breaking.total}, ` +
        `false alarms ${run.harmless.alarms}/${run.harmless.total}` +
        (survivors.length ? `; survived: ${survivors.join(', ')}` : '') +
        (alarms.length ? `; alarms: ${alarms.join(', ')}` : ''),
    };
  });
}

// ------------------------------------------------------------------------------------------------ GitHub's spec

const githubLabel = 'github';
const githubSize = `${(statSync(GITHUB_SPEC).size / 1024 / 1024).toFixed(1)} MiB`;
let githubClient: { create: ClientFactory; errors: ErrorClasses } | undefined;
let githubSuite: SuiteResult | undefined;
let ajvWarnings = 0;

async function benchGithub(): Promise<void> {
  await measure('Prism CLI start-up (baseline)', githubLabel, async () => {
    const prism = await startPrism(GITHUB_SPEC, { timeoutMs: CLI_TIMEOUT_MS });
    await prism.stop();
    return { value: seconds(prism.startupMs), notes: `${githubSize} JSON; timeout ${seconds(CLI_TIMEOUT_MS)}` };
  });

  await measure('in-process Prism load', githubLabel, async () => {
    const prism = await startPrismInProcess(GITHUB_SPEC, { timeoutMs: CLI_TIMEOUT_MS });
    await prism.close();
    return { value: seconds(prism.loadMs), notes: `one (cold) load; ${prism.operations} operations` };
  });

  await measure('generate + compile the client', githubLabel, async () => {
    const started = performance.now();
    const generated = await generate({ specPath: GITHUB_SPEC, packageName: '@bench/github-client', clientName: 'GitHubApi' });
    const generatedMs = performance.now() - started;
    const written = await writeOutput(GITHUB_CLIENT_DIR, generated.files);
    const entry = path.join(GITHUB_CLIENT_DIR, 'dist', 'index.js');
    const compileStarted = performance.now();
    const upToDate = written.written.length === 0 && written.removed.length === 0 && existsSync(entry);
    if (!upToDate) {
      // The generated package's own tsconfig; tsc from this workspace.
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', GITHUB_CLIENT_DIR], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    }
    const compileMs = performance.now() - compileStarted;
    const module = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
    const Client = module.GitHubApi as new (options: unknown) => Record<string, unknown>;
    githubClient = {
      create: (options) => new Client(options),
      errors: { ApiError: module.ApiError, UnexpectedResponseError: module.UnexpectedResponseError } as ErrorClasses,
    };
    return {
      value: seconds(generatedMs + compileMs),
      notes: `${generated.model.operations.length} operations; generate ${seconds(generatedMs)}, tsc ${upToDate ? 'skipped (unchanged output, dist/ present)' : seconds(compileMs)}; ${path.relative(repositoryRoot, GITHUB_CLIENT_DIR)}`,
    };
  });

  const subsetLabel = Number.isFinite(GITHUB_TUPLES) ? `replay of the first ${GITHUB_TUPLES} documented responses` : 'replay of every documented response';
  await measure(subsetLabel, githubLabel, async () => {
    if (!githubClient) throw new Error('no generated client (see the row above)');
    const snapshot = JSON.parse(readFileSync(path.join(GITHUB_CLIENT_DIR, 'openapi.snapshot.json'), 'utf8')) as unknown;
    // Ajv warns once per schema about formats it does not know (GitHub uses `repo.nwo`, `timestamp`...): counted, not printed.
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (/unknown format/.test(String(args[0]))) ajvWarnings++;
      else warn(...args);
    };
    try {
      githubSuite = await runSuite({
        specPath: GITHUB_SPEC,
        snapshot,
        client: githubClient,
        selectTuples: Number.isFinite(GITHUB_TUPLES) ? (tuples) => tuples.slice(0, GITHUB_TUPLES) : undefined,
        requestTimeoutMs: 30_000,
        prismTimeoutMs: CLI_TIMEOUT_MS,
      });
    } finally {
      console.warn = warn;
    }
    const suite = githubSuite;
    const t = suite.timings;
    const count = (check: string) => suite.failures.filter((failure) => failure.check === check).length;
    const selected = Math.min(GITHUB_TUPLES, suite.documented);
    return {
      value: seconds(t.replayMs),
      notes:
        `${selected === suite.documented ? 'all' : `subset: first ${selected} of`} ${suite.documented} documented responses (inventory order); ` +
        `${suite.replayed} passed every oracle, ${count('replay')} did not (listed below); ` +
        `whole suite ${seconds(t.totalMs)} (load ${seconds(t.loadMs)}, drift ${seconds(t.driftMs)}: ${count('drift')} breaking, ` +
        `examples ${seconds(t.examplesMs)}: ${count('examples')} problems in ${suite.examplesChecked} examples, Prism ${seconds(t.prismLoadMs)})`,
    };
  });
}

if (ONLY !== 'github') await benchPeriskope();
if (ONLY !== 'periskope') await benchGithub();

// --------------------------------------------------------------------------------------------------- the table

console.log(`contract bench, ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`);
console.log(`specs: periskope = spec/periskope.yaml; github = ${path.relative(repositoryRoot, GITHUB_SPEC)} (${githubSize}; @octokit/openapi ${packageVersion('@octokit/openapi')})`);
console.log('');
console.log(table(['measurement', 'spec', 'value', 'notes'], rows));

if (githubSuite) {
  const replayFailures = githubSuite.failures.filter((failure) => failure.check === 'replay');
  const byKind = new Map<string, string[]>();
  for (const failure of replayFailures) {
    const { title, reason } = splitReplayFailure(failure.message);
    const kind = kindOf(reason);
    byKind.set(kind, [...(byKind.get(kind) ?? []), `${title}: ${reason}`]);
  }
  notes.push('', `github: ${replayFailures.length} replayed responses did not pass, by kind (each with its first reason):`);
  for (const [kind, entries] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
    notes.push(`  ${kind} (${entries.length}):`);
    for (const entry of entries) notes.push(`    ${truncate(entry, 200)}`);
  }
  const inventory = githubSuite.failures.filter((failure) => failure.check === 'inventory');
  if (inventory.length > 0) {
    notes.push('', `github: inventory (${inventory.length}):`);
    for (const failure of inventory) notes.push(`  ${truncate(failure.message, 200)}`);
  }
  const drift = githubSuite.failures.filter((failure) => failure.check === 'drift');
  if (drift.length > 0) {
    notes.push('', `github: breaking drift between the generated client's snapshot and the spec it was generated from (${drift.length}; should be 0):`);
    for (const failure of drift.slice(0, 10)) notes.push(`  ${truncate(failure.message, 200)}`);
    if (drift.length > 10) notes.push(`  ... and ${drift.length - 10} more`);
  }
  if (ajvWarnings > 0) notes.push('', `github: ${ajvWarnings} Ajv warnings about unknown string formats were suppressed`);
}
if (periskopeSuite && !periskopeSuite.passed) {
  notes.push('', 'periskope: the suite failed:');
  for (const failure of periskopeSuite.failures.slice(0, 20)) notes.push(`  ${failure.check}: ${truncate(failure.message, 200)}`);
}
if (notes.length > 0) console.log(notes.join('\n'));

/** runSuite's replay messages read `<title> (#<pointer>): <problem>; <problem>...`. */
function splitReplayFailure(message: string): { title: string; reason: string } {
  const match = /^(.*?) \(#[^)]*\): (.*)$/s.exec(message);
  return match ? { title: match[1]!, reason: match[2]! } : { title: '(unknown)', reason: message };
}

function kindOf(reason: string): string {
  if (/aborted|timeout/i.test(reason)) return 'timed out (no answer from the mock within 30 s)';
  if (/^no HTTP exchange.*fetch failed/.test(reason)) return 'the HTTP call failed (a 3xx: fetch follows the redirect, and the mock sends no Location)';
  if (/^no HTTP exchange/.test(reason)) return 'no request was made';
  if (/^the generated client has no method/.test(reason)) return 'the generated client has no method for the operation';
  if (/^status 422, expected \d+/.test(reason)) return "Prism rejected the suite's sample request (422: the arguments built from the spec fail its request validation)";
  if (/^status \d+, expected \d+/.test(reason)) return 'Prism served another status than the one asked for (could not be mocked)';
  if (/^Prism reported violations/.test(reason)) return "Prism served the response, but it violates the spec's own schema (sl-violations)";
  if (/^Prism sent a Warning/.test(reason)) return 'Prism sent a Warning header';
  if (/^media type/.test(reason)) return 'another media type than documented';
  if (/^body/.test(reason)) return 'the body does not match the documented schema or example';
  if (/header/.test(reason)) return 'response headers';
  if (/did not return the parsed body/.test(reason)) return "the client's result is not the body as the oracle parses it (non-JSON media types)";
  return 'other';
}

function truncate(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > length ? `${line.slice(0, length - 3)}...` : line;
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}
