import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contractSpecPath, loadContractContext, type ContractContext } from './plan/context.js';
import { diffInterface } from './gates/drift.js';
import { checkExamples, formatExampleProblem } from './gates/example-gate.js';
import type { ResponseTuple } from './plan/inventory.js';
import { checkObservation, type ErrorClasses } from './oracles/response-oracles.js';
import { startPrismInProcess } from './call/prism-in-process.js';
import { replay, type ClientFactory, type Observation } from './call/mock-call.js';
import { sampleArguments } from './plan/request-values.js';
import { securityProbes, type SecurityProbe } from './plan/security.js';

export type SuiteCheck = 'drift' | 'examples' | 'replay' | 'inventory';

export interface SuiteFailure {
  check: SuiteCheck;
  message: string;
}

export interface SuiteTimings {
  /** Reading, linting and bundling the spec, building the model and the inventory. */
  loadMs: number;
  driftMs: number;
  examplesMs: number;
  /** In-process Prism: dereferencing the spec into operations (0 when `baseUrl` was given). */
  prismLoadMs: number;
  /** Every tuple and security probe, wall time. */
  replayMs: number;
  totalMs: number;
}

export interface SuiteResult {
  passed: boolean;
  /** Whether the spec could be loaded at all (linted, bundled, modelled); when not, only drift ran. */
  loaded: boolean;
  failures: SuiteFailure[];
  timings: SuiteTimings;
  /** Documented responses in the inventory (replayable and not). */
  documented: number;
  /** Tuples whose replay passed every oracle. */
  replayed: number;
  /** Examples the static gate looked at. */
  examplesChecked: number;
}

export interface SuiteOptions {
  /** The spec file to test; defaults to the repository's spec when neither this nor `document` is given. */
  specPath?: string;
  /** An already-parsed OpenAPI document (wins over `specPath`); written to a temporary file to be loaded. */
  document?: unknown;
  /** The interface snapshot the client was generated from (its `openapi.snapshot.json`). */
  snapshot: unknown;
  client: { create: ClientFactory; errors: ErrorClasses };
  /** A mock of the spec that is already running; otherwise an in-process Prism is started and closed. */
  baseUrl?: string;
  /**
   * Only replay the inventory tuples this returns (for very large specs): the rest are reported as one
   * `inventory` failure, and the security probes are skipped.
   */
  selectTuples?: (tuples: ResponseTuple[]) => ResponseTuple[];
  /** Concurrent replays (default 8); Prism is stateless, so the order does not matter. */
  concurrency?: number;
  /** Give up on one replayed call after this long (default 30 s). */
  requestTimeoutMs?: number;
  /** Give up loading the spec into Prism after this long (default 120 s). */
  prismTimeoutMs?: number;
}

/**
 * The whole contract suite as a library call, outside vitest: (a) breaking drift between the client's
 * snapshot and the spec, (b) the static example gate, (c) every documented response replayed through the
 * client against a Prism mock of the spec and checked by the oracles, plus one call without credentials per
 * security scheme, (d) documented responses that cannot be replayed. Never throws for a failing spec: a spec
 * that cannot even be loaded is reported as an `inventory` failure.
 */
export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const timings: SuiteTimings = { loadMs: 0, driftMs: 0, examplesMs: 0, prismLoadMs: 0, replayMs: 0, totalMs: 0 };
  const failures: SuiteFailure[] = [];
  const result = (extra: Partial<SuiteResult> = {}): SuiteResult => {
    timings.totalMs = performance.now() - started;
    return { passed: failures.length === 0, loaded: false, failures, timings, documented: 0, replayed: 0, examplesChecked: 0, ...extra };
  };

  let context: ContractContext;
  const loadStarted = performance.now();
  try {
    context = await loadContext(options);
  } catch (error) {
    timings.loadMs = performance.now() - loadStarted;
    failures.push({ check: 'inventory', message: `the spec cannot be loaded: ${messageOf(error)}` });
    if (options.document !== undefined) driftCheck(options.snapshot, options.document, failures, timings);
    return result();
  }
  timings.loadMs = performance.now() - loadStarted;
  const document = context.spec.document;

  // (a) Drift: what the client was generated from against what the spec says now.
  driftCheck(options.snapshot, document, failures, timings);

  // (b) The static example gate.
  const examplesStarted = performance.now();
  let examplesChecked = 0;
  try {
    const examples = checkExamples(context);
    examplesChecked = examples.checked;
    // A document given in memory has no file lines worth showing (it went through a temporary file).
    const specFile = options.document === undefined ? context.spec.source.file : `${options.specPath ? path.basename(options.specPath) : 'spec'} (in-memory document)`;
    const locate = options.document === undefined ? context.spec.source.locate : undefined;
    for (const problem of examples.problems) failures.push({ check: 'examples', message: formatExampleProblem(problem, specFile, locate) });
  } catch (error) {
    failures.push({ check: 'examples', message: `the example gate failed: ${messageOf(error)}` });
  }
  timings.examplesMs = performance.now() - examplesStarted;

  // (d) Documented responses that cannot be replayed, and tuples left out on purpose.
  const { inventory } = context;
  const documented = inventory.tuples.length + inventory.unreplayable.length;
  for (const item of inventory.unreplayable) failures.push({ check: 'inventory', message: `${item.title}: cannot be replayed: ${item.reason}` });
  if (documented === 0) failures.push({ check: 'inventory', message: 'the spec documents no response' });
  const selected = options.selectTuples ? options.selectTuples(inventory.tuples) : inventory.tuples;

  // (c) The replay, against the given mock or an in-process Prism of this very document.
  let replayed = 0;
  let baseUrl = options.baseUrl;
  let close: (() => Promise<void>) | undefined;
  if (baseUrl === undefined) {
    try {
      const prism = await startPrismInProcess(document, { timeoutMs: options.prismTimeoutMs });
      timings.prismLoadMs = prism.loadMs;
      baseUrl = prism.baseUrl;
      close = prism.close;
    } catch (error) {
      failures.push({ check: 'replay', message: `Prism could not mock the spec: ${messageOf(error)}` });
    }
  }
  if (baseUrl !== undefined) {
    const replayStarted = performance.now();
    try {
      const createClient = withRequestTimeout(options.client.create, options.requestTimeoutMs ?? 30_000);
      const outcomes = await mapLimit(selected, options.concurrency ?? 8, (tuple) =>
        replayTuple(context, createClient, baseUrl!, tuple, options.client.errors),
      );
      outcomes.forEach((problems, index) => {
        const tuple = selected[index]!;
        if (problems.length === 0) replayed++;
        else failures.push({ check: 'replay', message: `${tuple.title} (#${tuple.response.pointer}): ${problems.join('; ')}` });
      });
      const probes = options.selectTuples ? [] : securityProbes(context.model);
      for (const probe of probes) {
        const problems = await probeSecurity(context, createClient, baseUrl, probe, options.client.errors);
        if (problems.length > 0) failures.push({ check: 'replay', message: `security scheme ${probe.scheme}, ${probe.tuple.title}: ${problems.join('; ')}` });
      }
    } finally {
      timings.replayMs = performance.now() - replayStarted;
      await close?.();
    }
  }
  if (selected.length < inventory.tuples.length) {
    // Failed replays are reported one by one above; this is about tuples left out on purpose.
    failures.push({ check: 'inventory', message: `only ${selected.length} of ${inventory.tuples.length} replayable responses were selected for replay` });
  }
  return result({ loaded: true, documented, replayed, examplesChecked });
}

async function loadContext(options: SuiteOptions): Promise<ContractContext> {
  if (options.document === undefined) return loadContractContext(options.specPath ?? contractSpecPath());
  // The loader reads files (it keeps line positions for messages): the document goes to a temporary one.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'contract-suite-'));
  try {
    const file = path.join(dir, options.specPath ? `${path.basename(options.specPath, path.extname(options.specPath))}.json` : 'spec.json');
    await writeFile(file, JSON.stringify(options.document, null, 2));
    return await loadContractContext(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function driftCheck(snapshot: unknown, document: unknown, failures: SuiteFailure[], timings: SuiteTimings): void {
  const started = performance.now();
  try {
    for (const drift of diffInterface(snapshot, document)) {
      if (drift.breaking) failures.push({ check: 'drift', message: `${drift.operation}: ${drift.change}` });
    }
  } catch (error) {
    failures.push({ check: 'drift', message: `the drift check failed: ${messageOf(error)}` });
  }
  timings.driftMs = performance.now() - started;
}

async function replayTuple(context: ContractContext, createClient: ClientFactory, baseUrl: string, tuple: ResponseTuple, errors: ErrorClasses): Promise<string[]> {
  let seen: Observation;
  try {
    seen = await replay(createClient, baseUrl, tuple, sampleArguments(context.spec.document, tuple.operation));
  } catch (error) {
    return [messageOf(error)];
  }
  return checkObservation(context, tuple, seen, errors);
}

/** As replay.test.ts: without credentials, each scheme's probe gets a 401 that the client throws as a typed error. */
async function probeSecurity(context: ContractContext, createClient: ClientFactory, baseUrl: string, probe: SecurityProbe, errors: ErrorClasses): Promise<string[]> {
  let seen: Observation;
  try {
    seen = await replay(createClient, baseUrl, probe.tuple, sampleArguments(context.spec.document, probe.tuple.operation), {});
  } catch (error) {
    return [messageOf(error)];
  }
  if (seen.status !== 401) return [`status without credentials ${seen.status}, expected 401`];
  if (seen.outcome.kind !== 'threw') return ['a call without credentials resolved'];
  const error = seen.outcome.error;
  if (!(error instanceof errors.ApiError) && !(error instanceof errors.UnexpectedResponseError)) return [`thrown ${messageOf(error)}, expected a typed error`];
  if ((error as { status?: number }).status !== 401) return [`the typed error has status ${(error as { status?: number }).status}, expected 401`];
  return [];
}

/** Every call the client makes is aborted after `ms`, so a mock that never answers cannot hang the run. */
function withRequestTimeout(create: ClientFactory, ms: number): ClientFactory {
  return (clientOptions) =>
    create({
      ...clientOptions,
      fetch: (input, init) => {
        const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        const timeout = AbortSignal.timeout(ms);
        return clientOptions.fetch(input, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      },
    });
}

async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
