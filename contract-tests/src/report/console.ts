import { formatShard } from '@periskope-tools/generator';
import { countByKind, formatFinding, stageOf } from '../findings.js';
import type { CoverageReport } from '../gates/coverage.js';
import { formatLiveSummary, toLiveReport } from './live-report.js';
import type { RunResult } from './run-result.js';

/** `contract coverage (tested/total):` and one line per dimension. */
export function formatCoverage(report: CoverageReport): string {
  const rows = Object.entries(report.dimensions).map(([name, { tested, total }]) => `  ${name.padEnd(11)} ${tested}/${total}`);
  return ['contract coverage (tested/total):', ...rows].join('\n');
}

/**
 * The end of a run on the console: every finding on one line (up to `maxFindings`), the coverage table, the replay
 * line (`replayed 88 of 88 documented responses`) and the verdict with the findings counted by kind.
 */
export function formatSummary(result: RunResult, maxFindings = 200): string {
  const lines: string[] = [];
  // Live drifts are listed by the live summary, one line per drift, under its head line.
  const listed = result.mode === 'live' ? result.findings.filter((item) => stageOf(item) !== 'live') : result.findings;
  for (const item of listed.slice(0, maxFindings)) lines.push(`  ${formatFinding(item)}`);
  if (listed.length > maxFindings) lines.push(`  ... and ${listed.length - maxFindings} more (all of them in results.json)`);
  if (result.coverage) lines.push(formatCoverage(result.coverage));
  const share = result.shard ? ` in shard ${formatShard(result.shard)}` : '';
  if (result.mode === 'mock') lines.push(`replayed ${result.replayed} of ${result.documented} documented responses${share} (${result.passed} passed every oracle)`);
  else if (result.loaded) lines.push(formatLiveSummary(toLiveReport(result)));
  lines.push(formatVerdict(result));
  return lines.join('\n');
}

/** `contract: pass (0 findings)`, `contract: FAIL, 3 findings (spec 1, server 2, suite 0)` */
export function formatVerdict(result: Pick<RunResult, 'findings'>): string {
  const count = result.findings.length;
  if (count === 0) return 'contract: pass (0 findings)';
  const kinds = countByKind(result.findings);
  return `contract: FAIL, ${count} finding${count === 1 ? '' : 's'} (spec ${kinds.spec}, server ${kinds.server}, suite ${kinds.suite})`;
}
