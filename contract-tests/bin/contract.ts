// `npm run contract`: the contract pipeline (src/pipeline/run-plan.ts) against a Prism mock, through the client of
// the generator config's job as it is in its output folder (never regenerated). `--spec <file>`: any spec, its client
// generated into contract-tests/.tmp first. `--target <baseUrl>`: live mode, each operation once against a real server
// through Prism's validating proxy.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ClientUnderTest } from '../src/client/client-under-test.js';
import { loadConfiguredClient } from '../src/client/generated-package.js';
import { DEFAULT_REPORT_DIR, resolveUserPath, show } from '../src/paths.js';
import { parseOperationList } from '../src/plan/live-selection.js';
import { PlanRefused, runPlan, type RunMode } from '../src/pipeline/run-plan.js';
import { redact, redactUrl } from '../src/redact.js';
import { parseAllowList, type AllowList } from '../src/findings.js';
import { formatSummary, formatVerdict } from '../src/report/console.js';
import { verdictOf } from '../src/report/verdict.js';
import { contractSpecPath } from '../src/spec/context.js';

const DEFAULT_TOKEN_ENV = 'CONTRACT_TOKEN';

const USAGE = `Usage: npm run contract [-- options]

Without options: replays every documented response of the spec (CONTRACT_SPEC, else the one in
generator/generator.config.json) through the client in the config's output folder (generated/), against a Prism mock.
The client is refused, in one line, if it was generated from another spec, its build is stale, or it does not export
the config's client class.

  --spec <file>         test this spec instead: its client is generated (and compiled) into contract-tests/.tmp/
                        first, so no generated/ folder is involved
  --client <Class>      the client class to load from generated/ (default: clientName of the generator config)
  --report <dir>        write results.json, junit.xml, report.html and coverage.json (live mode: live-report.json)
                        here (default: contract-tests/reports)
  --allow <kinds>       findings of these kinds (spec, server; comma-separated) are allowed: still listed and
                        counted, as allowed, but they do not fail the run. suite findings (a failure of this toolkit)
                        can never be allowed.
  --allow-rule <rule>   the same for one rule (repeatable, or comma-separated), e.g. --allow-rule body-schema
  --typed-calls         also write the values the suite sends as literal calls through the client
                        (typed-calls.ts in its folder) and type-check them under strict: a call that does not
                        compile is a typed-call-rejected finding
  --timeout <ms>        give up on one call after this long (default 30000)
  --server-timeout <ms> give up starting Prism (its CLI, or a Prism worker thread) after this long (default 120000)
  --load-timeout <ms>   in-process mock: give up loading the spec into Prism after this long (default 120000); the
                        worker thread loading it is terminated, so a load that never ends stops too
  --workers <n>         in-process mock: serve it from n Prism worker threads, the calls spread over them (default
                        1; 0: on the suite's own thread, where a load that never ends cannot be stopped)
  --mock <cli|in-process>
                        which Prism serves the mock: its CLI (the default job's default) or its libraries in this
                        process, given the bundled document with its $refs (the default with --spec: large, densely
                        referenced specs such as Stripe's load in about a second instead of never)
  --target <url>        live mode: call each operation once against the server at <url> (its base URL, e.g.
                        https://api.periskope.app/v1) through Prism's validating proxy, and report every drift
                        from the spec
  --token-env <NAME>    environment variable holding the bearer token for --target (default ${DEFAULT_TOKEN_ENV}).
                        The token is sent as Authorization: Bearer and never printed.
  --operations <ids>    live mode only: call just these operations (comma-separated operationIds). Without it
                        every operation is called once with the spec's example arguments, including the ones that
                        create, change or delete data: point --target at a sandbox, or list safe operations here.
  --read-only           live mode only: call only GET, HEAD and OPTIONS operations (with --operations: the read-only
                        ones among them), so a run against production cannot change data.
  -h, --help            this help.

Exit code 0 when every finding is allowed (none without --allow) and something was replayed; 1 on any other
finding, on a run that replayed nothing (one line says why: the spec or client refused, Prism could not load the
spec, no documented response can be replayed), a refusal or a usage error.`;

interface Values {
  spec?: string;
  client?: string;
  report?: string;
  allow?: string[];
  'allow-rule'?: string[];
  timeout?: string;
  'server-timeout'?: string;
  'load-timeout'?: string;
  workers?: string;
  mock?: string;
  target?: string;
  'token-env'?: string;
  operations?: string;
  'read-only'?: boolean;
  'typed-calls'?: boolean;
  help?: boolean;
}

async function main(): Promise<number> {
  let values: Values;
  try {
    ({ values } = parseArgs({
      options: {
        spec: { type: 'string' },
        client: { type: 'string' },
        report: { type: 'string' },
        allow: { type: 'string', multiple: true },
        'allow-rule': { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'server-timeout': { type: 'string' },
        'load-timeout': { type: 'string' },
        workers: { type: 'string' },
        mock: { type: 'string' },
        target: { type: 'string' },
        'token-env': { type: 'string' },
        operations: { type: 'string' },
        'read-only': { type: 'boolean' },
        'typed-calls': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usageError(`${(error as Error).message}\nRun with --help for usage.`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const liveOnly = (['token-env', 'operations', 'read-only'] as const).filter((name) => values[name] !== undefined);
  if (values.target === undefined && liveOnly.length > 0) return usageError(`${liveOnly.map((name) => `--${name}`).join(', ')} only apply with --target <url>`);
  if (values.spec !== undefined && values.client !== undefined) return usageError('--client names the class in generated/; with --spec the client is generated, so it does not apply');
  const allow = parseAllowList(values.allow ?? [], values['allow-rule'] ?? []);
  if (typeof allow === 'string') return usageError(allow);
  const requestTimeoutMs = milliseconds(values.timeout, '--timeout');
  const serverTimeoutMs = milliseconds(values['server-timeout'], '--server-timeout');
  if (typeof requestTimeoutMs === 'string') return usageError(requestTimeoutMs);
  if (typeof serverTimeoutMs === 'string') return usageError(serverTimeoutMs);
  const loadTimeoutMs = milliseconds(values['load-timeout'], '--load-timeout');
  if (typeof loadTimeoutMs === 'string') return usageError(loadTimeoutMs);
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 16) return usageError(`--workers must be a whole number from 0 to 16, got ${JSON.stringify(values.workers)}`);

  if (values.mock !== undefined && values.mock !== 'cli' && values.mock !== 'in-process') return usageError(`--mock must be cli or in-process, not ${JSON.stringify(values.mock)}`);
  if (values.mock !== undefined && values.target !== undefined) return usageError('--mock does not apply with --target (live mode goes through Prism\'s proxy)');
  const server = (values.mock as 'cli' | 'in-process' | undefined) ?? (values.spec !== undefined ? 'in-process' : 'cli');
  if (server === 'cli' && (values.workers !== undefined || values['load-timeout'] !== undefined)) return usageError('--workers and --load-timeout apply to the in-process mock (--spec, or --mock in-process)');
  let mode: RunMode = { kind: 'mock', server, workers };
  if (values.target !== undefined) {
    const live = liveMode(values);
    if (typeof live === 'string') return usageError(live);
    mode = live;
  }

  const specPath = values.spec !== undefined ? resolveUserPath(values.spec) : await contractSpecPath();
  if (!existsSync(specPath)) return usageError(`${values.spec !== undefined ? '--spec' : 'the spec'} ${show(specPath)} does not exist`);
  const client = async (): Promise<ClientUnderTest> => {
    if (values.spec === undefined) return loadConfiguredClient({ specPath, className: values.client });
    const { generateClient } = await import('../src/client/generate-client.js');
    return generateClient(specPath);
  };
  const reportDir = values.report !== undefined ? resolveUserPath(values.report) : DEFAULT_REPORT_DIR;
  try {
    const result = await runPlan({
      specPath,
      client,
      mode,
      reportDir,
      ...(hasEntries(allow) ? { allow } : {}),
      ...(values['typed-calls'] ? { gates: { typedCalls: true } } : {}),
      ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
      ...(serverTimeoutMs !== undefined ? { serverTimeoutMs } : {}),
      ...(loadTimeoutMs !== undefined ? { loadTimeoutMs } : {}),
      onEvent: (event) => {
        if (event.kind === 'server') console.log(`contract: ${show(specPath)} through ${event.client}; ${event.description} on ${event.baseUrl}`);
      },
    });
    const refused = result.findings.find((item) => item.rule === 'client-refused');
    if (refused) {
      console.error(`contract: refused: ${refused.message}`);
      return 1;
    }
    const verdict = verdictOf(result);
    // A run that could check nothing says why in one line; its findings are in the reports.
    if (verdict.reason !== undefined) console.error(formatVerdict(result));
    else console.log(formatSummary(result));
    const files = Object.values(result.reports ?? {}).map((file) => show(file));
    if (files.length > 0) console.log(`reports: ${files.join(', ')}`);
    return verdict.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof PlanRefused) return usageError(error.message);
    throw error;
  }
}

/** Live mode's settings, or the one-line reason they are refused (checked before anything starts). */
function liveMode(values: Values): RunMode | string {
  const target = values.target!;
  const tokenEnv = values['token-env'] ?? DEFAULT_TOKEN_ENV;
  const token = process.env[tokenEnv];
  // From here on nothing this process writes may contain the token, whatever prints it (a library, an error).
  installRedaction(token);
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `--target ${JSON.stringify(redactUrl(target))} is not a URL (expected e.g. https://api.example.com/v1)`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `--target must be an http or https URL, got ${url.protocol}`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) return `--token-env ${JSON.stringify(tokenEnv)} is not an environment variable name`;
  if (!token) return `environment variable ${tokenEnv} is empty or not set; it must hold the bearer token for ${redactUrl(target)}`;
  const operations = parseOperationList(values.operations);
  if (values.operations !== undefined && !operations) return '--operations needs at least one operationId';
  return { kind: 'live', target, token, ...(operations ? { operations } : {}), readOnly: values['read-only'] === true };
}

function hasEntries(allow: AllowList): boolean {
  return (allow.kinds?.length ?? 0) + (allow.rules?.length ?? 0) > 0;
}

function milliseconds(value: string | undefined, option: string): number | undefined | string {
  if (value === undefined) return undefined;
  const ms = Number(value);
  return Number.isInteger(ms) && ms > 0 ? ms : `${option} must be a positive whole number of milliseconds, got ${JSON.stringify(value)}`;
}

function usageError(message: string): number {
  console.error(`contract: ${message}`);
  return 1;
}

/** Replaces the token in everything written to stdout and stderr by this process. */
function installRedaction(token: string | undefined): void {
  if (!token) return;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string') return write(redact(chunk, token), ...rest);
      if (chunk instanceof Uint8Array) return write(redact(Buffer.from(chunk).toString('utf8'), token), ...rest);
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
}

process.exitCode = await main();
