import { formatShard } from '@periskope-tools/generator';
import { countByKind, formatFinding, stageOf } from '../findings.js';
import type { CoverageReport } from '../gates/coverage.js';
import { formatLiveSummary, toLiveReport } from './live-report.js';
import type { RunResult, RunTimings } from './run-result.js';
import { formatCallCounts, typedCallCounts } from './typed-call-counts.js';
import { verdictOf } from './verdict.js';

/** `contract coverage (tested/total):` and one line per dimension. */
export function formatCoverage(report: CoverageReport): string {
  const rows = Object.entries(report.dimensions).map(([name, { tested, total }]) => `  ${name.padEnd(11)} ${tested}/${total}`);
  return ['contract coverage (tested/total):', ...rows].join('\n');
}

/**
 * The end of a run on the console: every finding on one line (up to `maxFindings`; allowed ones marked), the
 * coverage table, the replay line (`replayed 88 of 88 documented responses`), what was not checked, and the verdict
 * with the findings counted by kind.
 */
export function formatSummary(result: RunResult, maxFindings = 200): string {
  const lines: string[] = [];
  const allowed = new Set(verdictOf(result).allowed);
  // Live drifts are listed by the live summary, one line per drift, under its head line.
  const listed = result.mode === 'live' ? result.findings.filter((item) => stageOf(item) !== 'live') : result.findings;
  for (const item of listed.slice(0, maxFindings)) lines.push(`  ${allowed.has(item) ? '(allowed) ' : ''}${formatFinding(item)}`);
  if (listed.length > maxFindings) lines.push(`  ... and ${listed.length - maxFindings} more (all of them in results.json)`);
  if (result.coverage) lines.push(formatCoverage(result.coverage));
  if (result.mode === 'mock') {
    const notChecked = result.notChecked.length > 0 ? `; ${result.notChecked.length} not checked` : '';
    const share = result.shard ? ` in shard ${formatShard(result.shard)}` : '';
    lines.push(`replayed ${result.replayed} of ${result.documented} documented responses${share} (${result.passed} passed every oracle${notChecked})`);
  } else if (result.loaded) lines.push(formatLiveSummary(toLiveReport(result)));
  const calls = typedCallCounts(result);
  if (calls) lines.push(formatCallCounts(calls));
  lines.push(formatTimings(result.timings));
  lines.push(formatVerdict(result));
  return lines.join('\n');
}

/**
 * Where the time went, stage by stage: `time: client 6.2 s, spec 2.6 s, drift 0.7 s, examples 14.2 s, plan 0.1 s,
 * mock 0.6 s, replay 23.2 s; total 47.5 s wall, 44.6 s CPU`. CPU beside wall: on a busy machine the wall time
 * says more about the other processes than about this run.
 */
export function formatTimings(timings: RunTimings): string {
  const stages: [string, number][] = [
    ['client', timings.clientMs],
    ['spec', timings.loadMs],
    ['drift', timings.driftMs],
    ['examples', timings.examplesMs],
    ['typed calls', timings.callsCheckMs],
    ['plan', timings.planMs],
    ['mock', timings.serverMs],
    ['replay', timings.callsMs],
  ];
  return `time: ${stages.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')}; total ${seconds(timings.totalMs)} wall, ${seconds(timings.cpuMs)} CPU`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * `contract: pass (0 findings)`, `contract: pass (0 findings, 4 allowed: spec 4)`,
 * `contract: FAIL, 3 findings (spec 1, server 2, suite 0)`, `contract: FAIL: nothing replayed: <why>`.
 */
export function formatVerdict(result: Pick<RunResult, 'findings' | 'allow' | 'mode' | 'documented' | 'replayed'>): string {
  const verdict = verdictOf(result);
  if (verdict.reason !== undefined) return `contract: FAIL: nothing replayed: ${verdict.reason}`;
  const allowedKinds = countByKind(verdict.allowed);
  const allowed = verdict.allowed.length > 0 ? `, ${verdict.allowed.length} allowed: spec ${allowedKinds.spec}, server ${allowedKinds.server}` : '';
  const count = verdict.failing.length;
  if (count === 0) return `contract: pass (0 findings${allowed})`;
  const kinds = countByKind(verdict.failing);
  return `contract: FAIL, ${count} finding${count === 1 ? '' : 's'} (spec ${kinds.spec}, server ${kinds.server}, suite ${kinds.suite}${allowed})`;
}
