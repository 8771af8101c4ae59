/**
 * `npm run bench:contract`: one table, one run, on this machine.
 *
 *   spec/periskope.yaml: Prism CLI start-up (the baseline: what `npm run contract` pays), in-process Prism load
 *   (cold, then the median of warm loads), the full contract suite (drift, example gate, replay of every
 *   documented response, inventory) with its replay wall time, and the whole mutation run.
 *
 *   GitHub's REST spec (@octokit/openapi api.github.com.json): Prism CLI start-up, in-process Prism load, and the
 *   whole suite (drift, example gate, replay of its documented responses through a client generated into
 *   contract-tests/.tmp/github-client) once per Prism worker count (BENCH_GITHUB_WORKERS, default 0,1,2; 0, Prism
 *   on the suite's own thread, is the baseline), each row with its whole, gate and replay times, its CPU time and
 *   the load average: all responses by default (about 3,600), or the first BENCH_GITHUB_TUPLES in inventory order
 *   (paths, methods and statuses as written) for a quicker, still deterministic run. Every response that did
 *   not pass is listed with the reason, grouped by kind.
 *
 * Nothing here asserts; timings are printed, never tested. Environment: BENCH_GITHUB_TUPLES=<n> (subset),
 * BENCH_ONLY=periskope|github (one half), BENCH_GITHUB_SPEC=<file> (another large spec in GitHub's place).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPrismInProcess } from '../src/call/prism-in-process.js';
import { startPrism } from '../src/call/prism-cli.js';
import type { ClientUnderTest } from '../src/client/client-under-test.js';
import { generateClient } from '../src/client/generate-client.js';
import { loadConfiguredClient } from '../src/client/generated-package.js';
import { formatFinding, stageOf, type Finding } from '../src/findings.js';
import { operators } from '../src/mutation/operators/index.js';
import { runMutations, table } from '../src/mutation/run-mutations.js';
import { runPlan, type RunPlanResult } from '../src/pipeline/run-plan.js';

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
/** Prism worker counts to run GitHub's whole suite with (BENCH_GITHUB_WORKERS=0,1,2 by default; 0 = this thread). */
const GITHUB_WORKERS = (process.env.BENCH_GITHUB_WORKERS ?? '0,1,2').split(',').map((value) => Math.max(0, Number(value) || 0));
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

/** The client of the generator config's job (generated/), loaded as `npm run contract` loads it. */
const periskopeClient = await loadConfiguredClient({ specPath: PERISKOPE_SPEC });

let periskopeSuite: RunPlanResult | undefined;

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
    periskopeSuite = await runPlan({ specPath: PERISKOPE_SPEC, client: periskopeClient, mode: { kind: 'mock', server: 'in-process' } });
    const suite = periskopeSuite;
    const t = suite.timings;
    return {
      value: seconds(t.callsMs),
      notes:
        `${suite.passed}/${suite.documented} responses passed + security probes, ${suite.findings.length === 0 ? 'suite passes' : `suite FAILS (${suite.findings.length} findings)`}; ` +
        `whole pipeline ${seconds(t.totalMs)} (load ${seconds(t.loadMs)}, drift ${seconds(t.driftMs)}, examples ${seconds(t.examplesMs)}, Prism ${seconds(t.serverMs)})`,
    };
  });

  await measure('mutation run wall time', 'periskope', async () => {
    const run = await runMutations({ specPath: PERISKOPE_SPEC, client: periskopeClient });
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
let githubClient: ClientUnderTest | undefined;
let githubSuite: RunPlanResult | undefined;
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
    // As `npm run contract -- --spec` does it: generated (and compiled, unless unchanged) into contract-tests/.tmp.
    const started = performance.now();
    githubClient = await generateClient(GITHUB_SPEC, { dir: GITHUB_CLIENT_DIR, packageName: '@bench/github-client', clientName: 'GitHubApi' });
    return { value: seconds(performance.now() - started), notes: `${path.relative(repositoryRoot, GITHUB_CLIENT_DIR)} (tsc skipped when the output is unchanged)` };
  });

  // The whole suite (drift, example gate, replay) once per Prism worker count, side by side: 0 (Prism on the suite's
  // own thread, the single-thread baseline), then worker threads. Each row: whole suite, gate and replay, wall and CPU.
  const subset = Number.isFinite(GITHUB_TUPLES) ? `, first ${GITHUB_TUPLES} responses` : '';
  for (const workers of GITHUB_WORKERS) {
    const where = workers === 0 ? 'Prism on this thread (baseline)' : `${workers} Prism worker thread${workers === 1 ? '' : 's'}`;
    await measure(`whole suite, ${where}${subset}`, githubLabel, async () => {
      if (!githubClient) throw new Error('no generated client (see the row above)');
      const client = githubClient;
      const load = loadAverage();
      // Ajv warns once per schema about formats it does not know (GitHub uses `repo.nwo`, `timestamp`...): counted, not printed.
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        if (/unknown format|is unknown, so values/.test(String(args[0]))) ajvWarnings++;
        else warn(...args);
      };
      let suite: RunPlanResult;
      try {
        suite = await runPlan({
          specPath: GITHUB_SPEC,
          client,
          mode: { kind: 'mock', server: 'in-process', workers, ...(Number.isFinite(GITHUB_TUPLES) ? { selectTuples: (tuples) => tuples.slice(0, GITHUB_TUPLES) } : {}) },
          requestTimeoutMs: 30_000,
          serverTimeoutMs: CLI_TIMEOUT_MS,
          loadTimeoutMs: CLI_TIMEOUT_MS,
        });
      } finally {
        console.warn = warn;
      }
      // The listing below is of the CLI's default (one worker), else of the last run.
      if (!githubSuite || workers === 1) githubSuite = suite;
      const t = suite.timings;
      const count = (stage: string) => suite.findings.filter((item) => stageOf(item) === stage).length;
      const failedCalls = suite.calls.filter((call) => call.findings.length > 0).length;
      return {
        value: `${seconds(t.totalMs)} (gate ${seconds(t.examplesMs)}, replay ${seconds(t.callsMs)})`,
        notes:
          `CPU ${seconds(t.cpuMs)}; load average ${load} before, ${loadAverage()} after; ` +
          `replayed ${suite.replayed} of ${suite.documented}, ${suite.passed} passed every oracle, ${failedCalls} did not (listed below); ` +
          `spec ${seconds(t.loadMs)}, drift ${seconds(t.driftMs)} (${count('drift')} breaking), ${count('examples')} problems in ${suite.examplesChecked} examples, Prism load ${seconds(t.serverMs)}`,
      };
    });
  }
}

/** The 1-minute load average (from `uptime`): the machine is shared, so every time is printed beside it. */
function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(1);
}

if (ONLY !== 'github') await benchPeriskope();
if (ONLY !== 'periskope') await benchGithub();

/** What a rule usually means on a large real-world spec, beside its catalogue summary. */
const RULE_NOTES: Record<string, string> = {
  'prism-violation': "Prism served the response, but it violates the spec's own schema (sl-violations)",
  'request-rejected': "Prism rejected the suite's sample request (the arguments built from the spec fail its request validation)",
  'status-mismatch': 'Prism served another status than the one asked for (could not be mocked)',
  'call-failed': 'no HTTP exchange: timed out, or the call failed (a 3xx the mock sends without Location)',
  'body-schema': 'the body does not match the documented schema',
  'example-not-served': 'the body is not the documented example',
  'client-result': "the client's result is not the body as the oracle parses it (non-JSON media types)",
};

// --------------------------------------------------------------------------------------------------- the table

console.log(`contract bench, ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`);
console.log(`specs: periskope = spec/periskope.yaml; github = ${path.relative(repositoryRoot, GITHUB_SPEC)} (${githubSize}; @octokit/openapi ${packageVersion('@octokit/openapi')})`);
console.log('');
console.log(table(['measurement', 'spec', 'value', 'notes'], rows));

if (githubSuite) {
  // By kind (spec, server, suite) and rule: the findings of the calls that did not pass, each with its first finding.
  const failed = githubSuite.calls.filter((call) => call.findings.length > 0);
  const byRule = new Map<string, string[]>();
  for (const call of failed) {
    const first = call.findings[0]!;
    const key = `${first.kind} ${first.rule}`;
    byRule.set(key, [...(byRule.get(key) ?? []), `${call.title}: ${first.message}`]);
  }
  notes.push('', `github: ${failed.length} replayed responses did not pass, by kind and rule of their first finding:`);
  for (const [key, entries] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    notes.push(`  ${key} (${entries.length}): ${RULE_NOTES[key.split(' ')[1]!] ?? ''}`);
    for (const entry of entries) notes.push(`    ${truncate(entry, 200)}`);
  }
  const listStage = (stage: string, heading: string, limit = Infinity) => {
    const found: Finding[] = githubSuite!.findings.filter((item) => stageOf(item) === stage);
    if (found.length === 0) return;
    notes.push('', `github: ${heading} (${found.length}):`);
    for (const item of found.slice(0, limit)) notes.push(`  ${truncate(formatFinding(item), 200)}`);
    if (found.length > limit) notes.push(`  ... and ${found.length - limit} more`);
  };
  listStage('coverage', 'coverage');
  listStage('setup', 'setup');
  listStage('drift', "breaking drift between the generated client's snapshot and the spec it was generated from (should be 0)", 10);
  if (ajvWarnings > 0) notes.push('', `github: ${ajvWarnings} Ajv warnings about unknown string formats were suppressed`);
}
if (periskopeSuite && periskopeSuite.findings.length > 0) {
  notes.push('', 'periskope: the suite failed:');
  for (const item of periskopeSuite.findings.slice(0, 20)) notes.push(`  ${truncate(formatFinding(item), 200)}`);
}
if (notes.length > 0) console.log(notes.join('\n'));

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
