import type { RunResult, TypedCallsSummary } from '../report/run-result.js';
import type { FindingKind, RuleId } from '../rules.js';
import { formatCallCounts, type CallCounts } from '../report/typed-call-counts.js';

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
  /** The typed-calls gate (`--calls`), when it ran: absent when the document generated no client to call. */
  calls?: CallCounts;
  /** The typed-call-rejected and request-rejected findings, to read in the JSON (the first 50). */
  problems?: { rule: RuleId; operation?: string; message: string }[];
  ms: number;
}

export type { CallCounts } from '../report/typed-call-counts.js';

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
  /** Typed calls summed over the documents that have them, and how many documents that is. */
  calls: CallCounts & { documents: number };
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
    calls: { documents: 0, written: 0, compiled: 0, accepted: 0, prismRejected: 0, skipped: 0 },
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
    if (row.calls) {
      totals.calls.documents++;
      for (const key of CALL_KEYS) totals.calls[key] += row.calls[key];
    }
    totals.ms += row.ms;
  }
  return totals;
}

const CALL_KEYS = ['written', 'compiled', 'accepted', 'prismRejected', 'skipped'] as const;

const HEADER = ['document', 'result', 'documented', 'replayed', 'passed', 'spec', 'server', 'suite', 'time'] as const;
/** With `--calls`, after `passed`: calls written, of them type-checked, of them accepted by Prism. */
const CALL_HEADER = ['calls', 'typed', 'accepted'] as const;

/** The columns of a table: their widths, and whether it has the typed-calls columns. */
export interface TableLayout {
  widths: number[];
  calls: boolean;
}

/** The cells of one row, in header order; a document without typed calls shows `-` in their columns. */
function cells(row: ReplayRow, layout: TableLayout): string[] {
  const counts = [String(row.documented), String(row.replayed), String(row.passed)];
  const calls = !layout.calls ? [] : row.calls ? [String(row.calls.written), String(row.calls.compiled), String(row.calls.accepted)] : ['-', '-', '-'];
  return [row.id, row.outcome, ...counts, ...calls, String(row.findings.spec), String(row.findings.server), String(row.findings.suite), seconds(row.ms)];
}

function header(layout: TableLayout): readonly string[] {
  return layout.calls ? [...HEADER.slice(0, 5), ...CALL_HEADER, ...HEADER.slice(5)] : HEADER;
}

function line(cellsOfLine: readonly string[], layout: TableLayout): string {
  return cellsOfLine.map((cell, index) => (index < 2 ? cell.padEnd(layout.widths[index]!) : cell.padStart(layout.widths[index]!))).join('  ');
}

/** One table line; numbers right-aligned. `layout` from `tableLayout`. */
export function formatRow(row: ReplayRow, layout: TableLayout): string {
  const text = line(cells(row, layout), layout);
  return row.reason !== undefined ? `${text}  ${row.reason}` : text;
}

export function formatHeader(layout: TableLayout): string {
  return line(header(layout), layout);
}

/** Column widths that fit the header and every id (numbers get a fixed width so rows can be printed as they come). */
export function tableLayout(ids: readonly string[], options: { calls?: boolean } = {}): TableLayout {
  const id = Math.min(72, Math.max(HEADER[0].length, ...ids.map((text) => text.length)));
  const calls = options.calls === true;
  return { widths: [id, 7, 10, 8, 6, ...(calls ? [5, 5, 8] : []), 6, 6, 6, 8], calls };
}

/** The whole table: header, one row per document, the totals (with the typed-calls columns when a row has calls). */
export function formatReplayTable(rows: readonly ReplayRow[]): string {
  const layout = tableLayout(rows.map((row) => row.id), { calls: rows.some((row) => row.calls !== undefined) });
  return [formatHeader(layout), ...rows.map((row) => formatRow(row, layout)), '', formatReplayTotals(replayTotals(rows))].join('\n');
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
    ...typedCallsTotals(totals),
  ].join('\n');
}

/** The typed-calls lines: what was written, compiled, accepted, and how many documents had no client to call. */
function typedCallsTotals(totals: ReplayTotals): string[] {
  const { calls } = totals;
  if (calls.documents === 0) return [];
  const without = totals.documents - calls.documents;
  return [
    `  ${formatCallCounts(calls, ` in ${calls.documents} documents`)}`,
    ...(without > 0 ? [`  no typed calls for ${without} documents (no client generated: the reason is in their row)`] : []),
  ];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

