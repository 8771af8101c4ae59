import type { Shard } from '@periskope-tools/generator';
import type { AllowList, Finding } from '../findings.js';
import type { CoverageReport, NotChecked } from '../gates/coverage.js';
import type { PlannedCall } from '../plan/plan.js';

/** One planned call as it went: what came back and what the oracles found. */
export interface CallRecord {
  kind: PlannedCall['kind'];
  /** `cancelBroadcast 409 application/json`, `bearerAuth: getContacts without credentials`, `getContacts (GET /contacts)` */
  title: string;
  operation: string;
  /** `DELETE /message/broadcast/{broadcast_id}` */
  route: string;
  /** The HTTP status that came back; absent when no response arrived. */
  status?: number;
  findings: Finding[];
  ms: number;
}

export interface RunTimings {
  /** Reading, linting and bundling the spec and building the model. */
  loadMs: number;
  clientMs: number;
  driftMs: number;
  examplesMs: number;
  /** The typed-calls gate (0 when it is off). */
  callsCheckMs: number;
  planMs: number;
  /** Starting the mock (or proxy): the in-process Prism's load, or the CLI's start-up. */
  serverMs: number;
  /** Every planned call, wall time. */
  callsMs: number;
  /** The whole run, wall time. */
  totalMs: number;
  /** CPU time of this process over the run (every thread, Prism workers included; not a Prism CLI child), user + system. */
  cpuMs: number;
}

/** What the typed-calls gate wrote and compiled (gates/typed-calls.ts). */
export interface TypedCallsSummary {
  /** Operations whose call was written (binary and multipart bodies have no literal form and are skipped). */
  written: string[];
  /** Of those, the ones whose call does not type-check (all of them when the generated client itself does not). */
  rejected: string[];
  /** Operations left out (a binary or multipart body). */
  skipped: number;
}

/** What one run of the pipeline found: what every reporter (console, JUnit, results.json, live report) reads. */
export interface RunResult {
  /** The spec under test, as shown in messages. */
  spec: string;
  mode: 'mock' | 'live';
  /** `PeriskopeApi of generated/ (@periskope/periskope-client)`; absent when the client was refused. */
  client?: string;
  /** The live server's base URL (credentials removed). */
  target?: string;
  /** A sharded run (`--shard i/n`): `documented`, `replayed` and `passed` count this shard's share only. */
  shard?: Shard;
  /** Documented responses (operation, status, media type, example), replayable or not. */
  documented: number;
  /** Response tuples (mock) or operations (live) called that got an HTTP response. */
  replayed: number;
  /** Of those, the ones every oracle passed. */
  passed: number;
  /** Whether the spec could be loaded (linted, bundled, modelled). */
  loaded: boolean;
  /** Examples the example gate validated. */
  examplesChecked: number;
  /** Everything found, in stage order: setup, drift, examples, calls, coverage. */
  findings: Finding[];
  calls: CallRecord[];
  /** Documented responses (and probes) that got no answer to check, each with the reason. */
  notChecked: NotChecked[];
  /** Findings the run was told to live with (`--allow`, `--allow-rule`): listed and counted, but not failing. */
  allow?: AllowList;
  /** tested/total per dimension (mock runs that reached the replay). */
  coverage?: CoverageReport;
  /** The typed-calls gate's counts (runs with the gate on that got that far). */
  typedCalls?: TypedCallsSummary;
  timings: RunTimings;
}

