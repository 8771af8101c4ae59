import type { RuleId } from '../rules.js';
import type { RunResult } from './run-result.js';

/**
 * One run's typed calls: `written` (one per operation whose arguments are plain data), `compiled` (of those,
 * the ones that type-check under strict), `accepted` (of those written, the ones whose replayed requests Prism
 * answered without rejecting any: no 400/422 from its request validation), `prismRejected` (the ones it rejected at
 * least once), `skipped` (a binary or multipart body with no literal form, or no request the spec allows).
 * written = accepted + prismRejected + operations Prism never answered.
 */
export interface CallCounts {
  written: number;
  compiled: number;
  accepted: number;
  prismRejected: number;
  skipped: number;
}

/**
 * Prism's rejection of a request, under whichever rule it was judged: the suite's values (`request-rejected`), or a
 * request the spec allows no valid form of or the mock cannot read (the same 400/422, reclassified by run-plan.ts).
 */
const REJECTIONS = new Set<RuleId>(['request-rejected', 'mock-cannot-read', 'request-oneof-overlap', 'request-impossible']);

/** The counts of a run that had the typed-calls gate on; undefined for one that did not. */
export function typedCallCounts(result: Pick<RunResult, 'typedCalls' | 'calls'>): CallCounts | undefined {
  return result.typedCalls ? callCounts({ typedCalls: result.typedCalls, calls: result.calls }) : undefined;
}

/**
 * The typed calls written, compiled, and accepted by Prism: every replayed request of the operation answered, none
 * rejected (a rejection the spec or the mock is blamed for is still no acceptance).
 */
export function callCounts(result: { typedCalls: NonNullable<RunResult['typedCalls']>; calls: RunResult['calls'] }): CallCounts {
  const { written, rejected, skipped } = result.typedCalls;
  const answered = new Set<string>();
  const refused = new Set<string>();
  for (const call of result.calls) {
    if (call.kind === 'security') continue;
    if (call.status !== undefined) answered.add(call.operation);
    if (call.findings.some((item) => REJECTIONS.has(item.rule))) refused.add(call.operation);
  }
  return {
    written: written.length,
    compiled: written.length - rejected.length,
    accepted: written.filter((operation) => answered.has(operation) && !refused.has(operation)).length,
    prismRejected: written.filter((operation) => refused.has(operation)).length,
    skipped,
  };
}

/** `typed calls: 6 written, 6 type-check, 6 accepted by Prism (0 rejected by tsc, 0 rejected by Prism, 0 not answered; 1 skipped)` */
export function formatCallCounts(calls: CallCounts, where = ''): string {
  const unanswered = calls.written - calls.accepted - calls.prismRejected;
  return (
    `typed calls: ${calls.written} written${where}, ${calls.compiled} type-check, ${calls.accepted} accepted by Prism` +
    ` (${calls.written - calls.compiled} rejected by tsc, ${calls.prismRejected} rejected by Prism, ${unanswered} not answered; ${calls.skipped} operations skipped: a binary/multipart body, or no request the spec allows)`
  );
}
