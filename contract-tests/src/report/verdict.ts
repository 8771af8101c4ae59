import { isAllowed, type Finding } from '../findings.js';
import type { RuleId } from '../rules.js';
import type { RunResult } from './run-result.js';

/** What a run comes to: the one judgement every report (console, JUnit, results.json, HTML) and the exit code share. */
export interface Verdict {
  /** No finding that is not allowed, and something was replayed (called, in live mode). */
  ok: boolean;
  failing: Finding[];
  allowed: Finding[];
  /** One line, when the run could check nothing: why (the spec did not load, Prism could not mock it, ...). */
  reason?: string;
}

export function verdictOf(result: Pick<RunResult, 'findings' | 'allow' | 'mode' | 'documented' | 'replayed' | 'shard'>): Verdict {
  const failing: Finding[] = [];
  const allowed: Finding[] = [];
  for (const item of result.findings) (isAllowed(item, result.allow) ? allowed : failing).push(item);
  // A shard with an empty share (more shards than responses) has nothing to check; the merged report judges the run.
  const emptyShare = result.shard !== undefined && result.documented === 0;
  const reason = result.replayed === 0 && !emptyShare ? nothingCheckedReason(result) : undefined;
  return { ok: failing.length === 0 && reason === undefined, failing, allowed, ...(reason !== undefined ? { reason } : {}) };
}

/**
 * Why a run replayed nothing, in one line: the finding that stopped it (the client or spec refused), else the spec
 * documenting no response, else Prism's failure to load the spec, else why its responses could not be replayed.
 */
function nothingCheckedReason(result: Pick<RunResult, 'findings' | 'mode' | 'documented'>): string {
  const first = (...rules: RuleId[]) => result.findings.find((item) => rules.includes(item.rule));
  const line = (text: string) => text.split('\n')[0]!.trim();
  const stopped = first('client-refused', 'spec-unloadable', 'check-crashed');
  if (stopped) return line(stopped.message);
  // Before Prism's failure: a spec without responses is also one Prism finds no operation in.
  if (result.documented === 0) return result.mode === 'live' ? 'no operation was called' : 'the spec documents no response';
  const unavailable = first('mock-unavailable');
  if (unavailable) return line(unavailable.message);
  const unreplayable = result.findings.filter((item) => item.rule === 'unreplayable');
  if (unreplayable.length === result.documented) return `none of the ${result.documented} documented responses can be replayed (${line(unreplayable[0]!.message)})`;
  const call = result.findings.find((item) => item.rule === 'call-failed' || item.rule === 'mock-threw' || item.rule === 'live-network');
  const what = result.mode === 'live' ? 'operations called' : 'documented responses';
  return `0 of ${result.documented} ${what} got a response${call ? ` (${line(call.message)})` : ''}`;
}

/** Findings per rule, most frequent first (ties by rule id). */
export function countByRule(findings: readonly Finding[]): [RuleId, number][] {
  const counts = new Map<RuleId, number>();
  for (const item of findings) counts.set(item.rule, (counts.get(item.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
