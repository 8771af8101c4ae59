import type { Finding } from '../findings.js';
import type { RunResult } from './run-result.js';

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
  };
}
