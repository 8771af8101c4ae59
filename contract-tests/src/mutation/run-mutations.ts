import { readSource } from '@periskope-tools/generator';
import type { ClientUnderTest } from '../client/client-under-test.js';
import { stageOf, type Finding, type Stage } from '../findings.js';
import { runPlan, type RunPlanResult } from '../pipeline/run-plan.js';
import { operators as allOperators, type MutationOperator } from './operators/index.js';

export type MutantOutcome =
  /** A breaking mutant the suite failed on, with the rule the operator names among the findings: good. */
  | 'killed'
  /** A breaking mutant the suite failed on, but not by the rule the operator names: the catalogue or a rule is wrong. */
  | 'killed by another rule'
  /** A breaking mutant the suite passed: the suite misses a breaking change. */
  | 'survived'
  /** A harmless mutant the suite failed on: a false alarm. */
  | 'alarm'
  /** A harmless mutant the suite passed: good. */
  | 'passed'
  /** The operator found no place to apply in this spec. */
  | 'not applicable'
  /** The mutant is not a loadable spec: the operator is wrong, not the suite. */
  | 'invalid mutant';

export interface MutantReport {
  operator: MutationOperator;
  outcome: MutantOutcome;
  /** What the operator changed, where. */
  mutation?: string;
  /** The stages that reported findings, in pipeline order. */
  caughtBy: Stage[];
  /** The rules that reported findings, in the order first found. */
  rules: string[];
  findings: Finding[];
  ms: number;
  suite?: RunPlanResult;
}

export interface MutationRun {
  baseline: RunPlanResult;
  reports: MutantReport[];
  breaking: { killed: number; total: number };
  harmless: { alarms: number; total: number };
  /** Every breaking mutant killed, no false alarm, no invalid mutant, and the unmutated spec passes. */
  ok: boolean;
  wallMs: number;
}

export interface MutationOptions {
  specPath: string;
  /** The committed client and its snapshot, unchanged for every mutant. */
  client: ClientUnderTest;
  operators?: readonly MutationOperator[];
  /** Called after the baseline and after each mutant (progress output). */
  onReport?: (report: MutantReport | { baseline: RunPlanResult }) => void;
}

const STAGE_ORDER: Stage[] = ['setup', 'drift', 'examples', 'replay', 'live', 'coverage'];

/**
 * Runs the contract suite once on the unmutated spec (it must pass, or every mutant would look killed), then
 * once per operator on its mutant, with the client and its snapshot unchanged. Each run starts and closes
 * its own in-process Prism of the mutant.
 */
export async function runMutations(options: MutationOptions): Promise<MutationRun> {
  const started = performance.now();
  const source = await readSource(options.specPath);
  const original = source.parsed;
  const baseline = await runPlan({ specPath: options.specPath, client: options.client, mode: { kind: 'mock', server: 'in-process' } });
  options.onReport?.({ baseline });

  const reports: MutantReport[] = [];
  for (const operator of options.operators ?? allOperators) {
    const mutantStarted = performance.now();
    const mutant = operator.apply(original);
    if (!mutant) {
      const report: MutantReport = { operator, outcome: 'not applicable', caughtBy: [], rules: [], findings: [], ms: performance.now() - mutantStarted };
      reports.push(report);
      options.onReport?.(report);
      continue;
    }
    const suite = await runPlan({ specPath: options.specPath, document: mutant.document, client: options.client, mode: { kind: 'mock', server: 'in-process' } });
    const caughtBy = STAGE_ORDER.filter((stage) => suite.findings.some((item) => stageOf(item) === stage));
    const rules = [...new Set(suite.findings.map((item) => item.rule))];
    const passes = suite.findings.length === 0;
    const outcome: MutantOutcome = !suite.loaded
      ? 'invalid mutant'
      : operator.breaking
        ? passes ? 'survived' : rules.includes(operator.rule) ? 'killed' : 'killed by another rule'
        : passes ? 'passed' : 'alarm';
    const report: MutantReport = { operator, outcome, mutation: mutant.description, caughtBy, rules, findings: suite.findings, ms: performance.now() - mutantStarted, suite };
    reports.push(report);
    options.onReport?.(report);
  }

  const breakingReports = reports.filter((report) => report.operator.breaking && report.outcome !== 'not applicable');
  const harmlessReports = reports.filter((report) => !report.operator.breaking && report.outcome !== 'not applicable');
  const breaking = { killed: breakingReports.filter((report) => report.outcome === 'killed').length, total: breakingReports.length };
  const harmless = { alarms: harmlessReports.filter((report) => report.outcome === 'alarm').length, total: harmlessReports.length };
  const ok =
    baseline.findings.length === 0 &&
    breaking.killed === breaking.total &&
    harmless.alarms === 0 &&
    !reports.some((report) => report.outcome === 'invalid mutant' || report.outcome === 'killed by another rule');
  return { baseline, reports, breaking, harmless, ok, wallMs: performance.now() - started };
}

/** The printed table: one row per operator. */
export function formatMutationTable(run: Pick<MutationRun, 'reports'>): string {
  const rows = run.reports.map((report) => [
    report.operator.name,
    report.operator.breaking ? 'yes' : 'no',
    report.operator.rule ?? '-',
    report.outcome,
    report.caughtBy.join('+') || '-',
    `${(report.ms / 1000).toFixed(1)} s`,
  ]);
  return table(['operator', 'breaking?', 'must be caught by', 'result', 'caught by', 'time'], rows);
}

/** Per mutant: what changed, and the first message of each check that failed. */
export function formatMutationDetails(run: Pick<MutationRun, 'reports'>, maxLength = 160): string {
  const lines: string[] = [];
  for (const report of run.reports) {
    lines.push(`${report.operator.name}: ${report.mutation ?? 'no place to apply it in this spec'}`);
    for (const stage of report.caughtBy) {
      const found = report.findings.filter((item) => stageOf(item) === stage);
      const first = found[0]!;
      const message = `${first.rule}: ${first.operation ? `${first.operation}: ` : ''}${first.message}`.replace(/\s+/g, ' ');
      const more = found.length > 1 ? ` (+${found.length - 1} more)` : '';
      lines.push(`    ${stage}: ${message.length > maxLength ? `${message.slice(0, maxLength - 3)}...` : message}${more}`);
    }
  }
  return lines.join('\n');
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
