// `npm run contract`: the replay alone, against the committed generated/ client as it is (never regenerates).
// `npm run contract -- --target <baseUrl>`: live mode, the same inventory against a real server through Prism's proxy.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startVitest } from 'vitest/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: npm run contract [-- options]

Without options: replays every documented response through the generated client against a Prism mock of the spec.

  --target <url>        live mode: call each operation once against the server at <url> (its base URL, e.g.
                        https://api.periskope.app/v1) through Prism's validating proxy, and report every drift
                        from the spec. Writes reports/live-report.json.
  --token-env <NAME>    environment variable holding the bearer token for --target (default CONTRACT_TOKEN).
                        The token is sent as Authorization: Bearer and never printed.
  --operations <ids>    live mode only: call just these operations (comma-separated operationIds). Without it
                        every operation is called once with the spec's example arguments, including the ones that
                        create, change or delete data: point --target at a sandbox, or list safe operations here.
  --read-only           live mode only: call only GET, HEAD and OPTIONS operations (with --operations: the read-only
                        ones among them), so a run against production cannot change data.
  --report <file>       live mode only: write the report here instead of reports/live-report.json.
  -h, --help            this help.

Exit code 0 when everything matches the spec, 1 on any failure or drift.`;

async function main(): Promise<number> {
  let values: { target?: string; 'token-env'?: string; operations?: string; 'read-only'?: boolean; report?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        target: { type: 'string' },
        'token-env': { type: 'string' },
        operations: { type: 'string' },
        'read-only': { type: 'boolean' },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`contract: ${(error as Error).message}\nRun with --help for usage.`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.target === undefined) {
    const liveOnly = (['token-env', 'operations', 'read-only', 'report'] as const).filter((name) => values[name] !== undefined);
    if (liveOnly.length > 0) {
      console.error(`contract: ${liveOnly.map((name) => `--${name}`).join(', ')} only apply with --target <url>`);
      return 1;
    }
    return runVitest('vitest.config.ts');
  }
  return runLive(values.target, values['token-env'], values.operations, values['read-only'] === true, values.report);
}

/** Runs one vitest config to completion; 1 when a test or an error failed the run. */
async function runVitest(config: string): Promise<number> {
  const vitest = await startVitest('test', [], { root, config: path.join(root, config), run: true, watch: false });
  const failed = !vitest || vitest.state.getCountOfFailedTests() > 0 || vitest.state.errorsSet.size > 0;
  await vitest?.close();
  return failed ? 1 : Number(process.exitCode ?? 0);
}

async function runLive(
  target: string,
  tokenEnvOption: string | undefined,
  operationsOption: string | undefined,
  readOnly: boolean,
  reportOption: string | undefined,
): Promise<number> {
  // Imported here, so the mock replay loads nothing it did not load before.
  const live = await import('../src/call/live-call.js');
  const tokenEnv = tokenEnvOption ?? live.DEFAULT_TOKEN_ENV;
  const token = process.env[tokenEnv];
  // From here on nothing this process writes may contain the token, whatever prints it (vitest, a library, an error).
  installRedaction(token, live.redact);

  let url: URL;
  try {
    url = new URL(target);
  } catch {
    console.error(`contract: --target ${JSON.stringify(live.redactUrl(target))} is not a URL (expected e.g. https://api.example.com/v1)`);
    return 1;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    console.error(`contract: --target must be an http or https URL, got ${url.protocol}`);
    return 1;
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) {
    console.error(`contract: --token-env ${JSON.stringify(tokenEnv)} is not an environment variable name`);
    return 1;
  }
  if (!token) {
    console.error(`contract: environment variable ${tokenEnv} is empty or not set; it must hold the bearer token for ${live.redactUrl(target)}`);
    return 1;
  }
  const operations = live.parseOperationList(operationsOption);
  if (operationsOption !== undefined && !operations) {
    console.error('contract: --operations needs at least one operationId');
    return 1;
  }
  let selected = operations;
  if (operations || readOnly) {
    const { loadContractContext } = await import('../src/plan/context.js');
    const context = await loadContractContext();
    try {
      selected = live
        .selectLiveOperations(live.inventoryOperations(context.inventory.tuples), operations, readOnly)
        .map((operation) => operation.id);
    } catch (error) {
      console.error(`contract: ${(error as Error).message}`);
      return 1;
    }
  }
  const reportFile = reportOption ? path.resolve(reportOption) : live.DEFAULT_LIVE_REPORT;

  process.env[live.LIVE_ENV.target] = target;
  process.env[live.LIVE_ENV.tokenEnv] = tokenEnv;
  process.env[live.LIVE_ENV.report] = reportFile;
  if (selected) process.env[live.LIVE_ENV.operations] = selected.join(',');
  else delete process.env[live.LIVE_ENV.operations];
  // A stale report from an earlier run must not stand in for this one.
  await rm(reportFile, { force: true });

  const vitestFailed = (await runVitest('vitest.live.config.ts')) !== 0;
  const report = await live.readLiveReport(reportFile);
  console.log('');
  if (!report) {
    console.log(`live: no report was written to ${shown(reportFile)}; see the errors above`);
    return 1;
  }
  console.log(live.formatLiveSummary(report));
  console.log(`live report: ${shown(reportFile)}`);
  return vitestFailed || report.drifts.length > 0 ? 1 : 0;
}

/** A path relative to the working directory when it lies below it, else absolute. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Replaces the token in everything written to stdout and stderr by this process (vitest relays the workers' output). */
function installRedaction(token: string | undefined, redact: (text: string, secret: string | undefined) => string): void {
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
