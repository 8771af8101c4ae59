import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationModel } from '@periskope-tools/generator';
import type { ErrorClasses } from '../oracles/response-oracles.js';
import type { ClientFactory } from './mock-call.js';
import { acceptFor, checkLiveObservation, type LiveCheckContext, type LiveDrift, type LiveObservation } from '../oracles/live-oracles.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `contract-tests/reports/live-report.json`: where a live run writes its drifts unless `--report` says otherwise. */
export const DEFAULT_LIVE_REPORT = path.resolve(here, '..', '..', 'reports', 'live-report.json');

/**
 * How `bin/contract.ts --target` hands the run to the vitest workers: environment variables. The token itself is
 * never copied: only the *name* of the variable that holds it travels.
 */
export const LIVE_ENV = {
  target: 'CONTRACT_LIVE_TARGET',
  tokenEnv: 'CONTRACT_LIVE_TOKEN_ENV',
  operations: 'CONTRACT_LIVE_OPERATIONS',
  report: 'CONTRACT_LIVE_REPORT',
} as const;

export const DEFAULT_TOKEN_ENV = 'CONTRACT_TOKEN';

export interface LiveSettings {
  /** The real server's base URL (Prism proxies to it). */
  target: string;
  /** Name of the environment variable that holds the bearer token. */
  tokenEnv: string;
  /** The bearer token; never printed. */
  token: string;
  /** Operation ids (or operationIds) to call; undefined: every operation of the inventory. */
  operations?: string[];
  reportFile: string;
}

/** Reads the settings the live vitest run was started with; throws with a message naming what is missing. */
export function liveSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LiveSettings {
  const target = env[LIVE_ENV.target];
  if (!target) throw new Error(`${LIVE_ENV.target} is not set: start live mode with \`npm run contract -- --target <baseUrl>\``);
  const tokenEnv = env[LIVE_ENV.tokenEnv] || DEFAULT_TOKEN_ENV;
  const token = env[tokenEnv];
  if (!token) throw new Error(`environment variable ${tokenEnv} is empty or not set; it must hold the bearer token for ${redactUrl(target)}`);
  return {
    target,
    tokenEnv,
    token,
    operations: parseOperationList(env[LIVE_ENV.operations]),
    reportFile: env[LIVE_ENV.report] ? path.resolve(env[LIVE_ENV.report]!) : DEFAULT_LIVE_REPORT,
  };
}

/** `a, b,c` → [a, b, c]; empty → undefined (all operations). */
export function parseOperationList(value: string | undefined): string[] | undefined {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** The operations named (by id or operationId), in spec order; throws listing any name the spec does not have. */
export function selectOperations(operations: OperationModel[], names: string[] | undefined): OperationModel[] {
  if (!names) return operations;
  const unknown = names.filter((name) => !operations.some((op) => op.id === name || op.operationId === name));
  if (unknown.length > 0) throw new Error(`--operations names operations the spec does not have: ${unknown.join(', ')}`);
  return operations.filter((op) => names.includes(op.id) || (op.operationId !== undefined && names.includes(op.operationId)));
}

/** Methods that do not change data on a well-behaved server; `--read-only` calls only these. */
export const READ_ONLY_METHODS: readonly string[] = ['get', 'head', 'options'];

/**
 * The operations a live run calls: those named by `--operations` (all when none), and with `--read-only` only
 * the ones whose method cannot change data. Throws when nothing is left, or a name is unknown.
 */
export function selectLiveOperations(operations: OperationModel[], names: string[] | undefined, readOnly: boolean): OperationModel[] {
  const named = selectOperations(operations, names);
  const selected = readOnly ? named.filter((op) => READ_ONLY_METHODS.includes(op.method)) : named;
  if (selected.length === 0) throw new Error(`no operation left to call${readOnly ? ' with --read-only (it keeps GET, HEAD and OPTIONS only)' : ''}`);
  return selected;
}

/** The operations of the inventory: every operation with at least one documented response, in spec order. */
export function inventoryOperations(tuples: { operation: OperationModel }[]): OperationModel[] {
  return [...new Set(tuples.map((tuple) => tuple.operation))];
}

type OperationMethod = (args: unknown, options?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<unknown>;

/**
 * Calls one operation once through the generated client (no `Prefer`: a real server decides the status) and records
 * the raw response beside what the client made of it. Returns a `network` drift when no response arrived at all.
 */
export async function callLive(
  createClient: ClientFactory,
  baseUrl: string,
  operation: OperationModel,
  args: unknown,
  authToken: string,
  timeoutMs = 30_000,
): Promise<LiveObservation | LiveDrift> {
  let captured: Omit<LiveObservation, 'outcome' | 'accept'> | undefined;
  const capturingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(new Request(input, init));
    // A server that echoes the token (in a body or a header) must not get it into any message: everything downstream,
    // the client included, sees the response with the token replaced. Done before any truncation, so no message can
    // quote part of it either.
    const rawBody = redact(await response.text(), authToken);
    const headers = new Headers();
    response.headers.forEach((value, name) => headers.append(name, redact(value, authToken)));
    captured = { status: response.status, contentType: headers.get('content-type'), rawBody, headers };
    const nullBody = [101, 204, 205, 304].includes(response.status);
    return new Response(nullBody ? null : rawBody, { status: response.status, statusText: response.statusText, headers });
  };
  const client = createClient({ authToken, baseUrl, fetch: capturingFetch });
  const group = client[operation.group] as Record<string, OperationMethod> | undefined;
  const method = group?.[operation.name];
  const route = `${operation.method.toUpperCase()} ${operation.path}`;
  if (typeof method !== 'function') {
    return {
      operation: operation.id,
      route,
      check: 'client',
      message: `the generated client has no method ${operation.group}.${operation.name}; the spec has moved since generated/ was written (run \`npm run generate\`)`,
    };
  }
  const accept = acceptFor(operation);
  let outcome: LiveObservation['outcome'];
  try {
    const options = { signal: AbortSignal.timeout(timeoutMs), ...(accept ? { headers: { Accept: accept } } : {}) };
    outcome = { kind: 'returned', value: await method.call(group, args, options) };
  } catch (error) {
    outcome = { kind: 'threw', error };
  }
  if (!captured) {
    const error = outcome.kind === 'threw' ? outcome.error : undefined;
    const cause = (error as { cause?: unknown } | undefined)?.cause;
    const detail = [error, cause].filter(Boolean).map((e) => (e instanceof Error ? e.message : String(e))).join(': ');
    return { operation: operation.id, route, check: 'network', message: `no response: ${detail || 'the client sent no request'}` };
  }
  return { ...captured, ...(accept ? { accept } : {}), outcome };
}

/** One operation's result in the report. */
export interface LiveCall {
  operation: string;
  route: string;
  status?: number;
  drifts: number;
}

export interface LiveReport {
  spec: string;
  /** The server's base URL, without any user:password part. */
  target: string;
  operationsCalled: number;
  driftCount: number;
  calls: LiveCall[];
  drifts: LiveDrift[];
}

export interface LiveRunOptions {
  context: LiveCheckContext;
  createClient: ClientFactory;
  errors: ErrorClasses;
  proxyUrl: string;
  token: string;
  sampleArguments: (operation: OperationModel) => unknown;
}

/** Calls one operation through the proxy and checks what came back. */
export async function replayLiveOperation(options: LiveRunOptions, operation: OperationModel): Promise<{ call: LiveCall; drifts: LiveDrift[] }> {
  const route = `${operation.method.toUpperCase()} ${operation.path}`;
  const seen = await callLive(options.createClient, options.proxyUrl, operation, options.sampleArguments(operation), options.token);
  if ('check' in seen) return { call: { operation: operation.id, route, drifts: 1 }, drifts: [redactDrift(seen, options.token)] };
  const drifts = checkLiveObservation(options.context, operation, seen, options.errors).map((drift) => redactDrift(drift, options.token));
  return { call: { operation: operation.id, route, status: seen.status, drifts: drifts.length }, drifts };
}

/** `cancelBroadcast (DELETE /message/broadcast/{broadcast_id}) 200 [schema]: body/status must be ...` */
export function formatDrift(drift: LiveDrift): string {
  return `${drift.operation} (${drift.route})${drift.status !== undefined ? ` ${drift.status}` : ''} [${drift.check}]: ${drift.message}`;
}

/** The console summary: `live: N operations called, M drifts`, then one line per drift. */
export function formatLiveSummary(report: Pick<LiveReport, 'operationsCalled' | 'drifts'>): string {
  const { operationsCalled: n, drifts } = report;
  const head = `live: ${n} operation${n === 1 ? '' : 's'} called, ${drifts.length} drift${drifts.length === 1 ? '' : 's'}`;
  return [head, ...drifts.map((drift) => `  ${formatDrift(drift)}`)].join('\n');
}

export async function writeLiveReport(file: string, report: LiveReport, token: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, redact(JSON.stringify(report, null, 2), token) + '\n');
}

export async function readLiveReport(file: string): Promise<LiveReport | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LiveReport;
  } catch {
    return undefined;
  }
}

/** Every occurrence of the secret replaced; secrets shorter than 4 characters are left (they would mangle text). */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('[redacted]');
}

function redactDrift(drift: LiveDrift, token: string): LiveDrift {
  return { ...drift, message: redact(drift.message, token) };
}

/** A URL without its `user:password@` part, for messages and reports. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}
