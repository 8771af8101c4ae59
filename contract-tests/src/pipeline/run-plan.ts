import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Shard } from '@periskope-tools/generator';
import { callLive } from '../call/live-call.js';
import { mapLimit, requestTimeoutReason, withRequestTimeout } from '../call/limits.js';
import { replay, type Observation } from '../call/mock-call.js';
import { MOCK_THREW_HEADER } from '../call/prism-guard.js';
import { mockCredentials } from '../call/credentials.js';
import { startLiveProxy, startMock, type MockServer, type RunningServer } from '../call/servers.js';
import type { ClientFactory, ClientUnderTest } from '../client/client-under-test.js';
import { ClientRefused } from '../client/generated-package.js';
import { finding, type AllowList, type Finding } from '../findings.js';
import { coverageFindings, measureCoverage, notCheckedOf } from '../gates/coverage.js';
import { driftFindings } from '../gates/drift.js';
import { checkExamples, exampleFindings } from '../gates/example-gate.js';
import { checkTypedCalls } from '../gates/typed-calls.js';
import { checkLiveObservation, liveFinding } from '../oracles/live-oracles.js';
import { checkObservation, tuplePlace } from '../oracles/response-oracles.js';
import { checkSecurityProbe } from '../oracles/security-oracle.js';
import { show } from '../paths.js';
import type { ResponseTuple } from '../plan/inventory.js';
import { buildPlan, type Plan, type PlannedCall } from '../plan/plan.js';
import { redact, redactUrl } from '../redact.js';
import type { CallRecord, RunResult, RunTimings } from '../report/run-result.js';
import { writeReports, type WrittenReports } from '../report/write-reports.js';
import { contractSpecPath, loadContractContext, type ContractContext } from '../spec/context.js';
import { dialectDefects } from '../spec/schema-validator.js';

export type RunMode =
  | {
      kind: 'mock';
      /** Default `in-process`. */
      server?: MockServer;
      /** In-process: serve the mock from this many Prism worker threads, calls spread over them (default 0: this thread). */
      workers?: number;
      /** Only replay the tuples this returns (very large specs); the rest fail the coverage gate as not replayed. */
      selectTuples?: (tuples: ResponseTuple[]) => ResponseTuple[];
      /** Replay only this shard's share of the plan (`--shard i/n`); the report counts that share. */
      shard?: Shard;
    }
  | {
      kind: 'live';
      /** The real server's base URL; Prism's validating proxy is put in front of it. */
      target: string;
      /** The bearer token: sent, never reported (it is replaced in every finding and report). */
      token: string;
      operations?: string[];
      readOnly?: boolean;
    };

/** The gates a run applies; all of them unless switched off. */
export interface Gates {
  /** Breaking drift between the client's snapshot and the spec. */
  drift: boolean;
  /** Every example validates against its schema. */
  examples: boolean;
  /** Nothing documented left unreplayed (mock runs). */
  coverage: boolean;
  /**
   * The suite's request values, written as literal calls through the generated client, type-check under strict
   * (gates/typed-calls.ts). Off by default: it compiles the client's sources once more.
   */
  typedCalls: boolean;
}

export interface RunPlanOptions {
  /** The spec file under test (default: CONTRACT_SPEC, else the generator config's spec). */
  specPath?: string;
  /** An already-parsed document instead (it wins; written to a temporary file to be loaded). */
  document?: unknown;
  /** The client under test, or how to load it: a refusal becomes one `client-refused` finding and ends the run. */
  client: ClientUnderTest | (() => Promise<ClientUnderTest>);
  /** Default: a mock replay against an in-process Prism. */
  mode?: RunMode;
  gates?: Partial<Gates>;
  /** Concurrent calls (mock default 8; live always 1: a live server sees one request at a time). */
  concurrency?: number;
  /** Give up on one call after this long (default 30 s). */
  requestTimeoutMs?: number;
  /** Give up starting Prism's CLI (mock or proxy) after this long (default 120 s). */
  serverTimeoutMs?: number;
  /** Give up loading the spec into the in-process Prism after this long (default 120 s); a worker is terminated. */
  loadTimeoutMs?: number;
  /** Write results.json, junit.xml, report.html and coverage.json (or live-report.json) into this folder. */
  reportDir?: string;
  /** Findings to live with: still reported, as allowed (see verdictOf). */
  allow?: AllowList;
  /** Progress: called once the server listens, and after every call. */
  onEvent?: (event: { kind: 'server'; description: string; baseUrl: string; client: string } | { kind: 'call'; record: CallRecord }) => void;
}

export interface RunPlanResult extends RunResult {
  /** The report files written (with `reportDir`). */
  reports?: WrittenReports;
}

/** A live selection or option that makes no run possible; thrown before anything starts (a usage error, not a finding). */
export class PlanRefused extends Error {
  override name = 'PlanRefused';
}

/**
 * The contract pipeline, composed once: load the spec and the client under test, gate on drift and examples, plan
 * the calls (every documented response and a probe per security scheme, or each operation once against a live
 * server) with request values from the spec, call them through the client against Prism (mock or validating
 * proxy), run the oracles on each answer, gate on coverage, and report. Every entry point (`npm run contract`,
 * live mode, `npm run mutation`, the benches, the vitest adapter) calls this. It never throws for a failing spec,
 * client or server: each becomes a finding with a kind and a rule. It throws PlanRefused for a live selection
 * that leaves nothing to call.
 */
export async function runPlan(options: RunPlanOptions): Promise<RunPlanResult> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const mode: RunMode = options.mode ?? { kind: 'mock' };
  const gates: Gates = { drift: true, examples: true, coverage: true, typedCalls: false, ...options.gates };
  const timings: RunTimings = { loadMs: 0, clientMs: 0, driftMs: 0, examplesMs: 0, callsCheckMs: 0, planMs: 0, serverMs: 0, callsMs: 0, totalMs: 0, cpuMs: 0 };
  const token = mode.kind === 'live' ? mode.token : undefined;
  const findings: Finding[] = [];
  const calls: CallRecord[] = [];
  const specPath = options.specPath ?? (options.document === undefined ? await contractSpecPath() : undefined);
  const result: RunPlanResult = {
    spec: specPath ? show(specPath) : 'spec (in-memory document)',
    mode: mode.kind,
    ...(mode.kind === 'live' ? { target: redactUrl(mode.target) } : {}),
    documented: 0,
    replayed: 0,
    passed: 0,
    loaded: false,
    examplesChecked: 0,
    findings,
    calls,
    notChecked: [],
    ...(options.allow ? { allow: options.allow } : {}),
    timings,
  };
  const finish = async (): Promise<RunPlanResult> => {
    if (token) for (const item of findings) item.message = redact(item.message, token);
    timings.totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    timings.cpuMs = (cpu.user + cpu.system) / 1000;
    if (options.reportDir) result.reports = await writeReports(result, options.reportDir, token);
    return result;
  };
  const timed = async <T>(key: keyof RunTimings, work: () => Promise<T> | T): Promise<T> => {
    const stageStarted = performance.now();
    try {
      return await work();
    } finally {
      timings[key] += performance.now() - stageStarted;
    }
  };

  // Setup: the client under test. A refused client ends the run: nothing else would test the right thing.
  let client: ClientUnderTest;
  try {
    client = await timed('clientMs', () => (typeof options.client === 'function' ? options.client() : options.client));
    result.client = client.label;
  } catch (error) {
    // The generator refusing a spec (`--spec`) is about the spec; anything else that stops the client is the suite's.
    const rule = error instanceof ClientRefused ? 'client-refused' : (error as Error)?.name === 'GeneratorError' ? 'spec-unloadable' : 'check-crashed';
    findings.push(finding(rule, messageOf(error)));
    return finish();
  }

  // Setup: the spec (a document given in memory goes through a temporary file: the loader keeps line positions).
  let context: ContractContext;
  let scratch: string | undefined;
  try {
    try {
      context = await timed('loadMs', async () => {
        if (options.document === undefined) return loadContractContext(specPath);
        scratch = await mkdtemp(path.join(os.tmpdir(), 'contract-run-'));
        const file = path.join(scratch, specPath ? `${path.basename(specPath, path.extname(specPath))}.json` : 'spec.json');
        await writeFile(file, JSON.stringify(options.document, null, 2));
        return loadContractContext(file);
      });
    } catch (error) {
      findings.push(finding('spec-unloadable', `the spec cannot be loaded: ${messageOf(error)}`));
      // A document that does not load may still show how it moved away from the client.
      if (gates.drift && options.document !== undefined) await timed('driftMs', () => drift(client.snapshot, options.document, findings));
      return await finish();
    }
    result.loaded = true;
    const document = context.spec.document;

    if (gates.drift) await timed('driftMs', () => drift(client.snapshot, document, findings));
    if (gates.examples) {
      await timed('examplesMs', () => {
        // Schemas the validator reads the one way they can mean, though their dialect does not allow them.
        for (const defect of dialectDefects(document, context.spec.version)) findings.push(finding('schema-invalid', defect.message, { pointer: defect.pointer }));
        try {
          const examples = checkExamples(context);
          result.examplesChecked = examples.checked;
          // A document given in memory has no file lines worth showing.
          const file = options.document === undefined ? context.spec.source.file : `${specPath ? path.basename(specPath) : 'spec'} (in-memory document)`;
          findings.push(...exampleFindings(examples.problems, file, options.document === undefined ? context.spec.source.locateAll : undefined));
        } catch (error) {
          findings.push(finding('check-crashed', `the example gate failed: ${messageOf(error)}`));
        }
      });
    }

    if (gates.typedCalls) await timed('callsCheckMs', () => typedCalls(client, document, findings, result));

    let plan: Plan;
    try {
      plan = await timed('planMs', () =>
        buildPlan(context, mode.kind === 'live' ? { kind: 'live', operations: mode.operations, readOnly: mode.readOnly } : { kind: 'mock', selectTuples: mode.selectTuples, shard: mode.shard }),
      );
    } catch (error) {
      throw new PlanRefused(messageOf(error));
    }
    result.documented = plan.documented;
    for (const { operation, value } of plan.unsatisfied) {
      // Overlapping oneOf branches and a schema that requires itself are the spec's to fix (no value can be valid);
      // anything else is the suite's.
      const message = value.impossible
        ? `${value.what}: ${value.impossible} (${value.reason})`
        : value.mockCannotRead
          ? `${value.what}: the mock cannot read any value schema #${value.pointer} accepts: ${value.mockCannotRead}`
          : value.overlap
          ? `${value.what}: every value tried for schema #${value.pointer} matches more than one branch of a oneOf: ${value.reason}`
          : `${value.what}: no valid value found for schema #${value.pointer}: ${value.reason}`;
      const rule = value.impossible ? 'request-impossible' : value.mockCannotRead ? 'mock-cannot-read' : value.overlap ? 'request-oneof-overlap' : 'request-unsatisfiable';
      findings.push(finding(rule, message, { operation: operation.id, pointer: value.pointer }));
    }
    if (plan.shard) result.shard = { index: plan.shard.index, count: plan.shard.count };

    let server: RunningServer | undefined;
    let serverFailure = '';
    // Nothing to call (a spec that documents no response): no mock to start, so none to fail starting.
    if (plan.calls.length > 0) {
      try {
        server = await timed('serverMs', () => {
          const serverTimeoutMs = options.serverTimeoutMs ?? 120_000;
          if (mode.kind === 'live') return startLiveProxy(context.specPath, mode.target, serverTimeoutMs);
          const timeouts = { serverTimeoutMs, loadTimeoutMs: options.loadTimeoutMs ?? 120_000, workers: mode.workers ?? 0 };
          return startMock(mode.server ?? 'in-process', { file: context.specPath, document }, timeouts);
        });
        options.onEvent?.({ kind: 'server', description: server.description, baseUrl: server.baseUrl, client: client.label });
      } catch (error) {
        const unavailable = finding('mock-unavailable', `Prism could not ${mode.kind === 'live' ? 'proxy' : 'mock'} the spec: ${redact(messageOf(error), token)}`);
        findings.push(unavailable);
        serverFailure = unavailable.message.split('\n')[0]!;
      }
    }

    // A request the spec allows no valid value for (a schema that cannot be satisfied, oneOf branches that overlap)
    // is sent anyway; the mock rejecting it is the same spec defect, under the same rule.
    // The same for a request the mock cannot read whatever is sent: its rejection is the mock's gap.
    const knownRejections = new Map(plan.unsatisfied.flatMap(({ operation, value }) => (value.impossible || value.mockCannotRead || value.overlap ? [[operation.id, value] as const] : [])));
    const asSpecDefect = (found: Finding): Finding => {
      const value = found.rule === 'request-rejected' && found.operation !== undefined ? knownRejections.get(found.operation) : undefined;
      if (!value) return found;
      const { kind: _kind, rule: _rule, message, ...place } = found;
      if (value.impossible) return finding('request-impossible', `${message} (${value.impossible})`, place);
      if (value.mockCannotRead) return finding('mock-cannot-read', `${message} (the mock cannot read any value schema #${value.pointer} accepts: ${value.mockCannotRead})`, place);
      return finding('request-oneof-overlap', `${message} (the ${value.what} sent matches more than one branch of the oneOf at #${value.pointer})`, place);
    };

    const passedTuples = new Set<ResponseTuple>();
    const passedSchemes = new Set<string>();
    if (server) {
      const baseUrls = server.baseUrls;
      try {
        const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        const createClient = withRequestTimeout(client.create, requestTimeoutMs);
        const concurrency = mode.kind === 'live' ? 1 : (options.concurrency ?? 8);
        const records = await timed('callsMs', () =>
          mapLimit(plan.calls, concurrency, async (call, index) => {
            const callStarted = performance.now();
            // Round robin over the mocks: every one serves the whole spec, so which answers a call changes nothing.
            const baseUrl = baseUrls[index % baseUrls.length]!;
            const called = await makeCall(call, { context, client, createClient, baseUrl, token, requestTimeoutMs });
            const outcome = { ...called, findings: called.findings.map(asSpecDefect) };
            const record: CallRecord = {
              kind: call.kind,
              title: call.title,
              operation: operationOf(call).id,
              route: `${operationOf(call).method.toUpperCase()} ${operationOf(call).path}`,
              ...(outcome.status !== undefined ? { status: outcome.status } : {}),
              findings: token ? outcome.findings.map((item) => ({ ...item, message: redact(item.message, token) })) : outcome.findings,
              ms: performance.now() - callStarted,
            };
            options.onEvent?.({ kind: 'call', record });
            return record;
          }),
        );
        records.forEach((record, index) => {
          const call = plan.calls[index]!;
          calls.push(record);
          findings.push(...record.findings);
          if (call.kind === 'security') {
            if (record.findings.length === 0) passedSchemes.add(call.scheme);
            return;
          }
          if (record.status !== undefined) result.replayed++;
          if (record.findings.length === 0) {
            result.passed++;
            if (call.kind === 'response') passedTuples.add(call.tuple);
          }
        });
      } finally {
        await server.close();
      }
    }
    const unanswered = server
      ? calls.flatMap((record, index) => (record.status === undefined ? [{ call: plan.calls[index]!, reason: record.findings[0]?.message.split('\n')[0] ?? 'no response' }] : []))
      : plan.calls.map((call) => ({ call, reason: serverFailure }));
    result.notChecked = notCheckedOf(plan, unanswered);

    if (mode.kind === 'mock') {
      if (server) result.coverage = measureCoverage(result.spec, plan, { tuples: passedTuples, securitySchemes: passedSchemes });
      if (gates.coverage) findings.push(...coverageFindings(plan, result.replayed));
    }
    return await finish();
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

function drift(snapshot: unknown, document: unknown, findings: Finding[]): void {
  try {
    findings.push(...driftFindings(snapshot, document));
  } catch (error) {
    findings.push(finding('check-crashed', `the drift check failed: ${messageOf(error)}`));
  }
}

interface CallEnvironment {
  context: ContractContext;
  client: ClientUnderTest;
  createClient: ClientFactory;
  baseUrl: string;
  token?: string;
  requestTimeoutMs: number;
}

/** One planned call through the client, and the oracles on what came back. */
async function makeCall(call: PlannedCall, env: CallEnvironment): Promise<{ status?: number; findings: Finding[] }> {
  const oracleContext = { document: env.context.spec.document, validator: env.context.validator };
  if (call.kind === 'live') {
    const seen = await callLive(env.createClient, env.baseUrl, call.operation, call.args, env.token ?? '', env.requestTimeoutMs);
    if ('failed' in seen) {
      const check = seen.failed;
      return { findings: [liveFinding({ operation: call.operation.id, route: '', check, message: seen.message })] };
    }
    return { status: seen.status, findings: checkLiveObservation(oracleContext, call.operation, seen, env.client.errors).map((drift) => liveFinding(drift)) };
  }
  let seen: Observation;
  try {
    const credentials = call.kind === 'security' ? {} : mockCredentials(env.context.model);
    seen = await replay(env.createClient, env.baseUrl, call.tuple, call.args, credentials);
  } catch (error) {
    const place = call.kind === 'response' ? tuplePlace(call.tuple) : { operation: call.tuple.operation.id };
    return { findings: [finding('call-failed', requestTimeoutReason(error, env.requestTimeoutMs) ?? messageOf(error), place)] };
  }
  // Prism threw instead of answering (prism-guard.ts): nothing documented came back, so nothing was replayed.
  const threw = seen.headers.get(MOCK_THREW_HEADER);
  if (threw !== null) {
    const place = call.kind === 'response' ? tuplePlace(call.tuple) : { operation: call.tuple.operation.id };
    return { findings: [finding('mock-threw', `${call.tuple.operation.method.toUpperCase()} ${call.tuple.operation.path}: Prism threw while handling the request: ${threw}`, place)] };
  }
  const found = call.kind === 'security' ? checkSecurityProbe(call.scheme, call.tuple, seen, env.client.errors) : checkObservation(oracleContext, call.tuple, seen, env.client.errors);
  return { status: seen.status, findings: found };
}

function operationOf(call: PlannedCall) {
  return call.kind === 'live' ? call.operation : call.tuple.operation;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The typed-calls gate: one `typed-call-rejected` finding per call that does not compile. */
async function typedCalls(client: ClientUnderTest, document: unknown, findings: Finding[], result: RunResult): Promise<void> {
  if (!client.source) {
    findings.push(finding('check-crashed', `the typed-calls check needs the client's sources; ${client.label} does not say where they are`));
    return;
  }
  try {
    const checked = await checkTypedCalls({ ...client.source, document });
    // The replay names an impossible request only for operations it calls (with a documented response).
    const named = new Set(findings.filter((item) => item.rule === 'request-impossible').map((item) => item.operation));
    for (const skip of checked.skipped) {
      if (skip.impossible && !named.has(skip.operation)) findings.push(finding('request-impossible', skip.reason, { operation: skip.operation, pointer: skip.impossible.pointer }));
    }
    for (const error of checked.errors) findings.push(finding('typed-call-rejected', `${error.message} (${path.basename(checked.file)})`, { operation: error.operation }));
    const rejected = new Set(checked.errors.map((error) => error.operation));
    // An error outside the calls (the client's own sources, the file's import) fails every call.
    const outside = checked.errors.some((error) => !checked.operations.includes(error.operation));
    result.typedCalls = { written: checked.operations, rejected: checked.operations.filter((operation) => outside || rejected.has(operation)), skipped: checked.skipped.length };
  } catch (error) {
    findings.push(finding('check-crashed', `the typed-calls check failed: ${messageOf(error)}`));
  }
}
