import type { AllowList, Finding } from '../findings.js';
import type { NotChecked } from '../gates/coverage.js';
import type { RunResult, RunTimings } from './run-result.js';
import { verdictOf } from './verdict.js';

/** A finding in results.json: `allowed` is there, true, when the run's allow list covers it. */
export type ReportedFinding = Finding & { allowed?: true };

/** `results.json`: the run in one machine-readable file (the shape CI and the HTML report read). */
export interface ResultsJson {
  spec: string;
  mode: 'mock' | 'live';
  client?: string;
  target?: string;
  documented: number;
  replayed: number;
  passed: number;
  /** No finding that is not allowed, and something was replayed. */
  ok: boolean;
  /** Why nothing could be checked, in one line (only when nothing was replayed). */
  reason?: string;
  /** The allow list the run was given. */
  allow?: AllowList;
  /** How many findings are allowed (they are in `findings` too, marked `allowed`). */
  allowed: number;
  /** Documented responses (and security probes) that got no answer to check, each with the reason. */
  notChecked: NotChecked[];
  findings: ReportedFinding[];
  /** Milliseconds per stage, the whole run's wall time and its CPU time (RunTimings), rounded. */
  timings: RunTimings;
}

export function toResultsJson(result: RunResult): ResultsJson {
  const verdict = verdictOf(result);
  const allowed = new Set(verdict.allowed);
  return {
    spec: result.spec,
    mode: result.mode,
    ...(result.client !== undefined ? { client: result.client } : {}),
    ...(result.target !== undefined ? { target: result.target } : {}),
    documented: result.documented,
    replayed: result.replayed,
    passed: result.passed,
    ok: verdict.ok,
    ...(verdict.reason !== undefined ? { reason: verdict.reason } : {}),
    ...(result.allow !== undefined ? { allow: result.allow } : {}),
    allowed: verdict.allowed.length,
    notChecked: result.notChecked,
    findings: result.findings.map((item) => (allowed.has(item) ? { ...item, allowed: true as const } : item)),
    timings: Object.fromEntries(Object.entries(result.timings).map(([stage, ms]) => [stage, Math.round(ms)])) as unknown as RunTimings,
  };
}
