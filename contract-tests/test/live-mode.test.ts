// Live mode (`npm run contract -- --target <url>`), end to end against a server that drifts from the spec on purpose,
// plus the checks it relies on, one by one.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationModel } from '@periskope-tools/generator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LiveObservation } from '../src/call/live-call.js';
import { loadConfiguredClient } from '../src/client/generated-package.js';
import { checkLiveObservation, decodeViolations, documentedResponse, liveFinding, LIVE_RULES } from '../src/oracles/live-oracles.js';
import { buildInventory } from '../src/plan/inventory.js';
import { inventoryOperations, selectLiveOperations } from '../src/plan/live-selection.js';
import { redact } from '../src/redact.js';
import type { ResultsJson } from '../src/report/results-json.js';
import { formatLiveSummary, type LiveReport } from '../src/report/live-report.js';
import { RULES } from '../src/rules.js';
import { loadContractContext } from '../src/spec/context.js';
import { CORRECT_OPERATION, DRIFTING_OPERATIONS, startDriftingServer, type DriftingServer } from './fixtures/drifting-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, '..');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Children started by this file, stopped in afterAll whatever happened. */
const children = new Set<ChildProcess>();

/**
 * `bin/contract.ts` as its own process (node --import tsx, no shell), in its own process group so that the vitest
 * workers and the Prism proxy it starts can be stopped with it if it has to be killed.
 */
function runContract(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bin/contract.ts', ...args], {
      cwd: packageRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      void stopGroup(child).then(() => reject(new Error(`bin/contract.ts ${args.join(' ')} did not finish within ${timeoutMs} ms:\n${stdout}\n${stderr}`)));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Whether any process of the child's group (the child, its vitest workers, its Prism) is still running. */
function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/** SIGTERM to the child's process group (by its process id), SIGKILL if anything is left after five seconds. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || !groupAlive(child)) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await waitUntil(() => !groupAlive(child), 5000)) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // gone in between
  }
}

/** The environment for a child run: this one without vitest's own variables and without any real token. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key === 'CONTRACT_TOKEN' || key.startsWith('CONTRACT_LIVE_')) continue;
    env[key] = value;
  }
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

afterAll(async () => {
  for (const child of children) await stopGroup(child);
});

describe('npm run contract -- --target <url>: live mode against a server that drifts from the spec', () => {
  const token = `live-secret-${randomUUID()}`;
  const operations = [...Object.keys(DRIFTING_OPERATIONS), CORRECT_OPERATION];
  let server: DriftingServer | undefined;
  let scratch: string | undefined;
  let reportFile = '';
  let run: Run;
  let reportText = '';
  let report: LiveReport;
  let results: ResultsJson | undefined;
  let resultsText = '';
  let junitText = '';
  let summaryLines: string[] = [];
  let leftBehind = false;

  beforeAll(async () => {
    server = await startDriftingServer();
    scratch = await mkdtemp(path.join(tmpdir(), 'contract-live-'));
    reportFile = path.join(scratch, 'live-report.json');
    run = await runContract(
      ['--target', server.url, '--operations', operations.join(','), '--token-env', 'LIVE_TEST_TOKEN', '--report', scratch],
      childEnv({ LIVE_TEST_TOKEN: token }),
      150_000,
    );
    // Nothing the run started (vitest workers, Prism) may outlive it.
    const child = [...children].at(-1)!;
    leftBehind = !(await waitUntil(() => !groupAlive(child), 10_000));
    reportText = await readFile(reportFile, 'utf8').catch(() => '');
    report = reportText ? (JSON.parse(reportText) as LiveReport) : ({ drifts: [], calls: [] } as unknown as LiveReport);
    resultsText = await readFile(path.join(scratch, 'results.json'), 'utf8').catch(() => '');
    results = resultsText ? (JSON.parse(resultsText) as ResultsJson) : undefined;
    junitText = await readFile(path.join(scratch, 'junit.xml'), 'utf8').catch(() => '');
    const start = run.stdout.split('\n').findIndex((line) => line.startsWith('live: '));
    summaryLines = start === -1 ? [] : run.stdout.split('\n').slice(start + 1).filter((line) => line.startsWith('  '));
  }, 180_000);

  afterAll(async () => {
    for (const child of children) await stopGroup(child);
    await server?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const output = () => `--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

  test('exits 1, prints the summary and writes the report', () => {
    expect(run.code, output()).toBe(1);
    expect(run.stdout).toContain(`live: ${operations.length} operations called, ${report.drifts.length} drifts`);
    expect(reportText, 'report file written').not.toBe('');
    expect(report.operationsCalled).toBe(operations.length);
    expect(report.driftCount).toBe(report.drifts.length);
    expect(summaryLines.length, 'one summary line per drift').toBe(report.drifts.length);
  });

  test('results.json holds the same drifts as findings: kind server (client: suite), rule live-<check>', () => {
    expect(results, 'results.json written').toBeDefined();
    expect(results!.mode).toBe('live');
    const live = results!.findings.filter((item) => item.rule.startsWith('live-'));
    expect(live.map((item) => `${item.operation} ${item.rule.slice(5)} ${item.message}`)).toEqual(report.drifts.map((drift) => `${drift.operation} ${drift.check} ${drift.message}`));
    for (const item of live) expect(item.kind, item.rule).toBe(item.rule === 'live-client' ? 'suite' : 'server');
  });

  test('calls each operation once, through the proxy, with the bearer token', () => {
    const expectedPaths = ['/message/broadcast/', '/tickets/', '/phones/resync', '/chats/', '/contacts/', '/status', '/queue'];
    expect(server!.requests.length, JSON.stringify(server!.requests.map((r) => `${r.method} ${r.path}`))).toBe(operations.length);
    for (const fragment of expectedPaths) expect(server!.requests.some((request) => request.path.includes(fragment)), fragment).toBe(true);
    for (const request of server!.requests) expect(request.authorization === `Bearer ${token}`, `${request.method} ${request.path}`).toBe(true);
  });

  const expectations: [operation: keyof typeof DRIFTING_OPERATIONS, check: string, pattern: RegExp][] = [
    ['cancelBroadcast', 'schema', /body\/status must be equal to one of the allowed values.*"paused"/],
    ['cancelBroadcast', 'prism', /Prism reported: response\.body\.status/],
    ['getTicketById', 'status', /status 418 is not documented \(documented: 200\)/],
    ['resyncPhone', 'proxy', /Prism answered 500 itself instead of passing on the server's response/],
    ['markRead', 'body', /response 200 documents no content, but the body is "\{\\"success\\":true,/],
    ['getContactById', 'media-type', /Content-Type text\/plain is not documented for response 200 \(documented: application\/json\)/],
    ['getContactById', 'accept', /Content-Type text\/plain does not match the Accept header sent \(application\/json\)/],
    ['getContactById', 'client', /a documented 200 must resolve through the client, but it threw ResponseBodyError/],
    ['getMessageStatus', 'schema', /body must have required property 'status'/],
    ['getMessageStatus', 'schema', /body\/ack must be integer \(got "4"\)/],
  ];

  test.each(expectations)('reports %s [%s] %s', (operation, check, pattern) => {
    const inSummary = summaryLines.filter((line) => line.startsWith(`  ${operation} (`) && line.includes(`[${check}]: `) && pattern.test(line));
    expect(inSummary.length, `summary line for ${operation} [${check}] ${pattern}\n${output()}`).toBeGreaterThan(0);
    const inReport = report.drifts.filter((drift) => drift.operation === operation && drift.check === check && pattern.test(drift.message));
    expect(inReport.length, `report entry for ${operation} [${check}] ${pattern}`).toBeGreaterThan(0);
  });

  test('every drifting operation is reported, and nothing else', () => {
    expect(new Set(report.drifts.map((drift) => drift.operation))).toEqual(new Set(Object.keys(DRIFTING_OPERATIONS)));
  });

  test(`the operation that matches the spec (${CORRECT_OPERATION}) is not reported`, () => {
    expect(summaryLines.filter((line) => line.includes(CORRECT_OPERATION))).toEqual([]);
    expect(report.drifts.filter((drift) => drift.operation === CORRECT_OPERATION)).toEqual([]);
    expect(report.calls.find((call) => call.operation === CORRECT_OPERATION)).toMatchObject({ status: 200, drifts: 0 });
  });

  test('the token appears nowhere: not in stdout, stderr or the report', () => {
    // The server echoes the token in markRead's body, which the drift quotes: it must arrive redacted.
    expect(summaryLines.find((line) => line.startsWith('  markRead ('))).toContain('Bearer [redacted]');
    expect(run.stdout.includes(token), 'token in stdout').toBe(false);
    expect(run.stderr.includes(token), 'token in stderr').toBe(false);
    expect(reportText.includes(token), 'token in the report').toBe(false);
    expect(resultsText.includes(token), 'token in results.json').toBe(false);
    expect(junitText, 'junit.xml written').toContain('<testsuites');
    expect(junitText.includes(token), 'token in junit.xml').toBe(false);
  });

  test('leaves no process behind (Prism)', () => {
    expect(leftBehind).toBe(false);
  });
});

describe('bin/contract.ts arguments', () => {
  test('--help prints the options and exits 0', async () => {
    const run = await runContract(['--help'], childEnv({}), 60_000);
    expect(run.code).toBe(0);
    for (const option of ['--target', '--token-env', '--operations', '--report']) expect(run.stdout).toContain(option);
  });

  test('--target without the token variable fails naming the variable, not a value', async () => {
    const run = await runContract(['--target', 'http://127.0.0.1:9', '--token-env', 'NO_SUCH_TOKEN_VARIABLE'], childEnv({}), 60_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('NO_SUCH_TOKEN_VARIABLE is empty or not set');
  });

  test('live-only options without --target are refused', async () => {
    const run = await runContract(['--operations', 'cancelBroadcast', '--read-only'], childEnv({}), 60_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--operations, --read-only only apply with --target');
  });

  test('--read-only with only writing operations named is refused before anything starts', async () => {
    const run = await runContract(
      ['--target', 'http://127.0.0.1:9', '--read-only', '--operations', 'cancelBroadcast,sendMessage'],
      childEnv({ CONTRACT_TOKEN: 'unused-token-value' }),
      60_000,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no operation left to call with --read-only');
  });

  test('--operations with a name the spec does not have is refused before anything starts', async () => {
    const run = await runContract(
      ['--target', 'http://127.0.0.1:9', '--operations', 'cancelBroadcast,noSuchOperation'],
      childEnv({ CONTRACT_TOKEN: 'unused-token-value' }),
      60_000,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('noSuchOperation');
    expect(run.stdout + run.stderr).not.toContain('unused-token-value');
  });
});

describe('live checks, one by one', async () => {
  const context = await loadContractContext();
  const checkContext = { document: context.spec.document, validator: context.validator };
  const { errors } = await loadConfiguredClient();
  const operation = (id: string): OperationModel => structuredClone(context.model.operations.find((op) => op.id === id)!);
  const observe = (partial: Omit<Partial<LiveObservation>, 'headers'> & { headers?: Record<string, string> }): LiveObservation => {
    const headers = new Headers(partial.headers ?? {});
    return {
      status: partial.status ?? 200,
      contentType: headers.get('content-type'),
      rawBody: partial.rawBody ?? '',
      headers,
      ...(partial.accept ? { accept: partial.accept } : {}),
      outcome: partial.outcome ?? { kind: 'returned', value: undefined },
    };
  };

  test('a correct response passes', () => {
    const body = { broadcast_id: 'b1', status: 'stopped' };
    const seen = observe({
      rawBody: JSON.stringify(body),
      headers: { 'content-type': 'application/json; charset=utf-8' },
      accept: 'application/json',
      outcome: { kind: 'returned', value: body },
    });
    expect(checkLiveObservation(checkContext, operation('cancelBroadcast'), seen, errors)).toEqual([]);
  });

  test('a documented error status must throw ApiError', () => {
    const body = { status: 'CONFLICT_ERROR', message: 'already stopped', code: 409 };
    const seen = observe({ status: 409, rawBody: JSON.stringify(body), headers: { 'content-type': 'application/json' }, outcome: { kind: 'returned', value: body } });
    const drifts = checkLiveObservation(checkContext, operation('cancelBroadcast'), seen, errors);
    expect(drifts.map((d) => d.check)).toEqual(['client']);
    expect(drifts[0]!.message).toContain('must throw ApiError, but the client resolved');
  });

  test('an empty body where content is documented', () => {
    const drifts = checkLiveObservation(checkContext, operation('getQueueStatus'), observe({ rawBody: '' }), errors);
    expect(drifts.map((d) => `${d.check}: ${d.message}`)).toEqual(['body: response 200 documents content (application/json), but the body is empty']);
  });

  test('a documented required response header that is missing, and a header value of the wrong type', () => {
    const op = operation('getQueueStatus');
    op.responses[0]!.headers.find((h) => h.name === 'x-periskope-trace-id')!.required = true;
    const body = { active: 0, pending: 0, completed: 1, failed: 0, is_running: true };
    const seen = observe({
      rawBody: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'X-RateLimit-Limit': 'lots' },
      outcome: { kind: 'returned', value: body },
    });
    const messages = checkLiveObservation(checkContext, op, seen, errors).map((d) => `${d.check}: ${d.message}`);
    expect(messages).toEqual(['header: response header X-RateLimit-Limit: "lots" must be integer', 'header: required response header x-periskope-trace-id is missing']);
  });

  test('statuses are matched exactly, then by range, then default', () => {
    const op = operation('cancelBroadcast');
    op.responses = [
      { ...op.responses[0]!, status: '200' },
      { ...op.responses[0]!, status: '4xx', success: false },
      { ...op.responses[0]!, status: 'default', success: false },
    ];
    expect(documentedResponse(op, 200)?.status).toBe('200');
    expect(documentedResponse(op, 404)?.status).toBe('4xx');
    expect(documentedResponse(op, 503)?.status).toBe('default');
    expect(documentedResponse(operation('cancelBroadcast'), 503)).toBeUndefined();
  });

  test("Prism's own error response is reported as such, a server's problem+json is not", () => {
    const prismProblem = { type: 'FetchError', title: 'request to http://127.0.0.1:9/queue failed, reason: connect ECONNREFUSED', status: 500, detail: '' };
    const fromPrism = checkLiveObservation(checkContext, operation('getQueueStatus'), observe({ status: 500, rawBody: JSON.stringify(prismProblem), headers: { 'content-type': 'application/problem+json' } }), errors);
    expect(fromPrism.map((d) => d.check)).toEqual(['proxy']);
    expect(fromPrism[0]!.message).toContain('ECONNREFUSED');
    const serverProblem = { type: 'https://api.example.com/problems/teapot', title: 'teapot', status: 418 };
    const fromServer = checkLiveObservation(checkContext, operation('getQueueStatus'), observe({ status: 418, rawBody: JSON.stringify(serverProblem), headers: { 'content-type': 'application/problem+json' } }), errors);
    expect(fromServer.map((d) => d.check)).toEqual(['status']);
  });

  test('sl-violations is decoded, one line per violation, also when Prism truncated it', () => {
    const header = JSON.stringify([{ location: ['response', 'body', 'status'], severity: 'Error', code: 'enum', message: 'must be equal to one of the allowed values' }]);
    expect(decodeViolations(header)).toEqual(['response.body.status: must be equal to one of the allowed values (Error)']);
    expect(decodeViolations(`Too many violations! ${header.slice(0, 20)}`)[0]).toMatch(/^\(undecodable sl-violations header\) Too many violations!/);
  });

  test('every live check has its own rule, and a drift becomes a finding of that rule', () => {
    for (const [check, rule] of Object.entries(LIVE_RULES)) expect(RULES[rule].stage, check).toBe('live');
    expect(new Set(Object.values(LIVE_RULES)).size).toBe(Object.keys(LIVE_RULES).length);
    const drift = { operation: 'getQueueStatus', route: 'GET /queue', status: 418, check: 'status' as const, message: 'status 418 is not documented' };
    expect(liveFinding(drift)).toEqual({ kind: 'server', rule: 'live-status', operation: 'getQueueStatus', status: '418', message: 'status 418 is not documented' });
  });

  test('the summary format and the redaction', () => {
    expect(formatLiveSummary({ operationsCalled: 1, drifts: [] })).toBe('live: 1 operation called, 0 drifts');
    expect(redact('Bearer abcdef and abcdef', 'abcdef')).toBe('Bearer [redacted] and [redacted]');
  });
});

describe('which operations a live run calls', async () => {
  const inventory = buildInventory((await loadContractContext()).model.operations);
  const all = inventoryOperations(inventory.tuples);
  const methods = (operations: OperationModel[]) => [...new Set(operations.map((operation) => operation.method))].sort();

  test('without options: every operation of the inventory, writing ones included', () => {
    expect(selectLiveOperations(all, undefined, false)).toHaveLength(all.length);
    expect(methods(all)).toEqual(expect.arrayContaining(['delete', 'patch', 'post']));
  });

  test('--read-only keeps exactly the GET, HEAD and OPTIONS operations', () => {
    const selected = selectLiveOperations(all, undefined, true);
    expect(methods(selected)).toEqual(['get']);
    expect(selected).toHaveLength(all.filter((operation) => operation.method === 'get').length);
  });

  test('--read-only with --operations keeps the read-only ones among those named', () => {
    const selected = selectLiveOperations(all, ['cancelBroadcast', 'getContacts', 'getQueueStatus'], true);
    expect(selected.map((operation) => operation.id)).toEqual(['getContacts', 'getQueueStatus']);
  });
});
