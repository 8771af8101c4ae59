import type { FindingKind, RuleId } from '../rules.js';

/** A document of the corpus to replay: its stable id (`3.0/json/petstore.json`, `peer-specs/orval/…`) and file. */
export interface ReplayDocument {
  id: string;
  file: string;
}

/**
 * How one document's replay ended: `pass` (no finding, something replayed), `fail` (findings), `nothing` (nothing
 * could be replayed: the spec refused, Prism could not load it, no documented response; the row says why),
 * `timeout` (stopped after the per-document bound) or `crashed` (the process running it died).
 */
export type ReplayOutcome = 'pass' | 'fail' | 'nothing' | 'timeout' | 'crashed';

/** One row of the corpus replay table: what `runPlan()` found for one document. */
export interface ReplayRow {
  id: string;
  outcome: ReplayOutcome;
  documented: number;
  replayed: number;
  passed: number;
  findings: Record<FindingKind, number>;
  /** Findings per rule, for the totals. */
  rules: Partial<Record<RuleId, number>>;
  /** The run's one-line reason when nothing could be replayed (refused spec, Prism, timeout). */
  reason?: string;
  ms: number;
}

export interface ReplayTotals {
  documents: number;
  outcomes: Record<ReplayOutcome, number>;
  documented: number;
  replayed: number;
  passed: number;
  findings: Record<FindingKind, number>;
  rules: Partial<Record<RuleId, number>>;
  /** Documents that replayed every documented response (and documented at least one). */
  fullyReplayed: number;
  ms: number;
}

export function replayTotals(rows: readonly ReplayRow[]): ReplayTotals {
  const totals: ReplayTotals = {
    documents: rows.length,
    outcomes: { pass: 0, fail: 0, nothing: 0, timeout: 0, crashed: 0 },
    documented: 0,
    replayed: 0,
    passed: 0,
    findings: { spec: 0, server: 0, suite: 0 },
    rules: {},
    fullyReplayed: 0,
    ms: 0,
  };
  for (const row of rows) {
    totals.outcomes[row.outcome]++;
    totals.documented += row.documented;
    totals.replayed += row.replayed;
    totals.passed += row.passed;
    for (const kind of ['spec', 'server', 'suite'] as const) totals.findings[kind] += row.findings[kind];
    for (const [rule, count] of Object.entries(row.rules) as [RuleId, number][]) totals.rules[rule] = (totals.rules[rule] ?? 0) + count;
    if (row.documented > 0 && row.replayed === row.documented) totals.fullyReplayed++;
    totals.ms += row.ms;
  }
  return totals;
}

const HEADER = ['document', 'result', 'documented', 'replayed', 'passed', 'spec', 'server', 'suite', 'time'] as const;

/** The cells of one row, in HEADER order. */
function cells(row: ReplayRow): string[] {
  return [row.id, row.outcome, String(row.documented), String(row.replayed), String(row.passed), String(row.findings.spec), String(row.findings.server), String(row.findings.suite), seconds(row.ms)];
}

/** One table line; numbers right-aligned. `widths` from `columnWidths`. */
export function formatRow(row: ReplayRow, widths: readonly number[]): string {
  const line = cells(row).map((cell, index) => (index < 2 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
  return row.reason !== undefined ? `${line}  ${row.reason}` : line;
}

export function formatHeader(widths: readonly number[]): string {
  return HEADER.map((cell, index) => (index < 2 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
}

/** Column widths that fit the header and every id (numbers get a fixed width so rows can be printed as they come). */
export function columnWidths(ids: readonly string[]): number[] {
  return [Math.min(72, Math.max(HEADER[0].length, ...ids.map((id) => id.length))), 7, 10, 8, 6, 6, 6, 6, 8];
}

/** The whole table: header, one row per document, the totals. */
export function formatReplayTable(rows: readonly ReplayRow[]): string {
  const widths = columnWidths(rows.map((row) => row.id));
  return [formatHeader(widths), ...rows.map((row) => formatRow(row, widths)), '', formatReplayTotals(replayTotals(rows))].join('\n');
}

/** The totals block printed under the table. */
export function formatReplayTotals(totals: ReplayTotals): string {
  const { outcomes, findings } = totals;
  const rules = (Object.entries(totals.rules) as [RuleId, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    `corpus replay: ${totals.documents} documents: ${outcomes.pass} pass, ${outcomes.fail} with findings, ${outcomes.nothing} replayed nothing, ${outcomes.timeout} timed out, ${outcomes.crashed} crashed`,
    `  documented responses ${totals.documented}, replayed ${totals.replayed}, passed every oracle ${totals.passed}; ${totals.fullyReplayed} documents replayed every documented response`,
    `  findings: spec ${findings.spec}, server ${findings.server}, suite ${findings.suite}`,
    ...(rules.length > 0 ? [`  by rule: ${rules.map(([rule, count]) => `${rule} ${count}`).join(', ')}`] : []),
    `  time: ${seconds(totals.ms)} summed over documents`,
  ].join('\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
