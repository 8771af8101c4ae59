import type { Shard } from '@periskope-tools/generator';
import type { Finding } from '../findings.js';
import type { RunResult } from './run-result.js';

/** `results.json`: the run in one machine-readable file (the shape CI and the HTML report read). */
export interface ResultsJson {
  spec: string;
  mode: 'mock' | 'live';
  client?: string;
  target?: string;
  /** Present on a sharded run: the counts are this shard's share (bin/merge-reports.ts adds them up). */
  shard?: Shard;
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
    ...(result.shard !== undefined ? { shard: result.shard } : {}),
    documented: result.documented,
    replayed: result.replayed,
    passed: result.passed,
    ok: result.findings.length === 0,
    findings: result.findings,
  };
}
