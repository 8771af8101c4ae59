import { readSource } from '@periskope-tools/generator';
import type { ErrorClasses } from '../oracles/response-oracles.js';
import type { ClientFactory } from '../call/mock-call.js';
import { runSuite, type SuiteCheck, type SuiteFailure, type SuiteResult } from '../run-suite.js';
import { operators as allOperators, type MutationOperator } from './operators.js';

export type MutantOutcome =
  /** A breaking mutant the suite failed on: good. */
  | 'killed'
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
  /** The checks that failed, in suite order. */
  caughtBy: SuiteCheck[];
  failures: SuiteFailure[];
  ms: number;
  suite?: SuiteResult;
}

export interface MutationRun {
  baseline: SuiteResult;
  reports: MutantReport[];
  breaking: { killed: number; total: number };
  harmless: { alarms: number; total: number };
  /** Every breaking mutant killed, no false alarm, no invalid mutant, and the unmutated spec passes. */
  ok: boolean;
  wallMs: number;
}

export interface MutationOptions {
  specPath: string;
  snapshot: unknown;
  client: { create: ClientFactory; errors: ErrorClasses };
  operators?: readonly MutationOperator[];
  /** Called after the baseline and after each mutant (progress output). */
  onReport?: (report: MutantReport | { baseline: SuiteResult }) => void;
}

const CHECK_ORDER: SuiteCheck[] = ['drift', 'examples', 'replay', 'inventory'];

/**
 * Runs the contract suite once on the unmutated spec (it must pass, or every mutant would look killed), then
 * once per operator on its mutant, with the client and its snapshot unchanged. Each run starts and closes
 * its own in-process Prism of the mutant.
 */
export async function runMutations(options: MutationOptions): Promise<MutationRun> {
  const started = performance.now();
  const source = await readSource(options.specPath);
  const original = source.parsed;
  const baseline = await runSuite({ specPath: options.specPath, snapshot: options.snapshot, client: options.client });
  options.onReport?.({ baseline });

  const reports: MutantReport[] = [];
  for (const operator of options.operators ?? allOperators) {
    const mutantStarted = performance.now();
    const mutant = operator.apply(original);
    if (!mutant) {
      const report: MutantReport = { operator, outcome: 'not applicable', caughtBy: [], failures: [], ms: performance.now() - mutantStarted };
      reports.push(report);
      options.onReport?.(report);
      continue;
    }
    const suite = await runSuite({ specPath: options.specPath, document: mutant.document, snapshot: options.snapshot, client: options.client });
    const caughtBy = CHECK_ORDER.filter((check) => suite.failures.some((failure) => failure.check === check));
    const outcome: MutantOutcome = !suite.loaded
      ? 'invalid mutant'
      : operator.breaking
        ? suite.passed ? 'survived' : 'killed'
        : suite.passed ? 'passed' : 'alarm';
    const report: MutantReport = { operator, outcome, mutation: mutant.description, caughtBy, failures: suite.failures, ms: performance.now() - mutantStarted, suite };
    reports.push(report);
    options.onReport?.(report);
  }

  const breakingReports = reports.filter((report) => report.operator.breaking && report.outcome !== 'not applicable');
  const harmlessReports = reports.filter((report) => !report.operator.breaking && report.outcome !== 'not applicable');
  const breaking = { killed: breakingReports.filter((report) => report.outcome === 'killed').length, total: breakingReports.length };
  const harmless = { alarms: harmlessReports.filter((report) => report.outcome === 'alarm').length, total: harmlessReports.length };
  const ok =
    baseline.passed &&
    breaking.killed === breaking.total &&
    harmless.alarms === 0 &&
    !reports.some((report) => report.outcome === 'invalid mutant');
  return { baseline, reports, breaking, harmless, ok, wallMs: performance.now() - started };
}

/** The printed table: one row per operator. */
export function formatMutationTable(run: Pick<MutationRun, 'reports'>): string {
  const rows = run.reports.map((report) => [
    report.operator.name,
    report.operator.breaking ? 'yes' : 'no',
    report.outcome,
    report.caughtBy.join('+') || '-',
    `${(report.ms / 1000).toFixed(1)} s`,
  ]);
  return table(['operator', 'breaking?', 'result', 'caught by', 'time'], rows);
}

/** Per mutant: what changed, and the first message of each check that failed. */
export function formatMutationDetails(run: Pick<MutationRun, 'reports'>, maxLength = 160): string {
  const lines: string[] = [];
  for (const report of run.reports) {
    lines.push(`${report.operator.name}: ${report.mutation ?? 'no place to apply it in this spec'}`);
    for (const check of report.caughtBy) {
      const failures = report.failures.filter((failure) => failure.check === check);
      const message = failures[0]!.message.replace(/\s+/g, ' ');
      const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : '';
      lines.push(`    ${check}: ${message.length > maxLength ? `${message.slice(0, maxLength - 3)}...` : message}${more}`);
    }
  }
  return lines.join('\n');
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
