import type { Finding } from '../findings.js';
import type { RunResult, RunTimings } from './run-result.js';

/** `results.json`: the run in one machine-readable file (the shape CI and the HTML report read). */
export interface ResultsJson {
  spec: string;
  mode: 'mock' | 'live';
  client?: string;
  target?: string;
  documented: number;
  replayed: number;
  passed: number;
  /** No finding at all. */
  ok: boolean;
  findings: Finding[];
  /** Milliseconds per stage, the whole run's wall time and its CPU time (RunTimings), rounded. */
  timings: RunTimings;
}

export function toResultsJson(result: RunResult): ResultsJson {
  return {
    spec: result.spec,
    mode: result.mode,
    ...(result.client !== undefined ? { client: result.client } : {}),
    ...(result.target !== undefined ? { target: result.target } : {}),
    documented: result.documented,
    replayed: result.replayed,
    passed: result.passed,
    ok: result.findings.length === 0,
    findings: result.findings,
    timings: Object.fromEntries(Object.entries(result.timings).map(([stage, ms]) => [stage, Math.round(ms)])) as unknown as RunTimings,
  };
}
