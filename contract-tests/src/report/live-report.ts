import { readFile } from 'node:fs/promises';
import type { DriftCheck, LiveDrift } from '../oracles/live-oracles.js';
import type { RunResult } from './run-result.js';

/** One operation's result in the live report. */
export interface LiveCall {
  operation: string;
  route: string;
  status?: number;
  drifts: number;
}

/** `live-report.json`: what a live run found, per operation. */
export interface LiveReport {
  spec: string;
  /** The server's base URL, without any user:password part. */
  target: string;
  operationsCalled: number;
  driftCount: number;
  calls: LiveCall[];
  drifts: LiveDrift[];
}

/** The live run's calls and their findings, as drifts (`live-schema` → check `schema`). */
export function toLiveReport(result: RunResult): LiveReport {
  const calls: LiveCall[] = [];
  const drifts: LiveDrift[] = [];
  for (const call of result.calls) {
    if (call.kind !== 'live') continue;
    calls.push({ operation: call.operation, route: call.route, ...(call.status !== undefined ? { status: call.status } : {}), drifts: call.findings.length });
    for (const item of call.findings) {
      drifts.push({
        operation: call.operation,
        route: call.route,
        ...(call.status !== undefined ? { status: call.status } : {}),
        check: item.rule.replace(/^live-/, '') as DriftCheck,
        message: item.message,
      });
    }
  }
  return { spec: result.spec, target: result.target ?? '', operationsCalled: calls.length, driftCount: drifts.length, calls, drifts };
}

/** `cancelBroadcast (DELETE /message/broadcast/{broadcast_id}) 200 [schema]: body/status must be ...` */
export function formatDrift(drift: LiveDrift): string {
  return `${drift.operation} (${drift.route})${drift.status !== undefined ? ` ${drift.status}` : ''} [${drift.check}]: ${drift.message}`;
}

/** `live: N operations called, M drifts`, then one line per drift. */
export function formatLiveSummary(report: Pick<LiveReport, 'operationsCalled' | 'drifts'>): string {
  const { operationsCalled: n, drifts } = report;
  const head = `live: ${n} operation${n === 1 ? '' : 's'} called, ${drifts.length} drift${drifts.length === 1 ? '' : 's'}`;
  return [head, ...drifts.map((drift) => `  ${formatDrift(drift)}`)].join('\n');
}

export async function readLiveReport(file: string): Promise<LiveReport | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LiveReport;
  } catch {
    return undefined;
  }
}
