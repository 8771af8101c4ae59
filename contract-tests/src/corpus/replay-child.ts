// The process the corpus replay forks (replay-corpus.ts): it replays one document at a time, as the parent sends
// them, with the whole pipeline (`runPlan()`, the document's client generated first, an in-process Prism), and
// sends back the row. The parent bounds each document's time and kills this process (by its process group) when
// one takes too long.
import path from 'node:path';
import { countByKind } from '../findings.js';
import { generateClient } from '../client/generate-client.js';
import { runPlan } from '../pipeline/run-plan.js';
import type { RuleId } from '../rules.js';
import { verdictOf } from '../report/verdict.js';
import type { RunResult } from '../report/run-result.js';
import { callCounts, type ReplayDocument, type ReplayRow } from './replay-table.js';

export interface ChildRequest {
  document: ReplayDocument;
  requestTimeoutMs: number;
  serverTimeoutMs: number;
  /** Also type-check the suite's request values as literal calls (the typed-calls gate). */
  typedCalls?: boolean;
}

async function replayOne({ document, requestTimeoutMs, serverTimeoutMs, typedCalls }: ChildRequest): Promise<Omit<ReplayRow, 'ms'>> {
  const result = await runPlan({ specPath: document.file, client: () => generateClient(document.file), mode: { kind: 'mock', server: 'in-process' }, requestTimeoutMs, serverTimeoutMs, ...(typedCalls ? { gates: { typedCalls: true } } : {}) });
  const verdict = verdictOf(result);
  const rules: Partial<Record<RuleId, number>> = {};
  for (const item of result.findings) rules[item.rule] = (rules[item.rule] ?? 0) + 1;
  return {
    id: document.id,
    outcome: verdict.ok ? 'pass' : verdict.reason !== undefined ? 'nothing' : 'fail',
    documented: result.documented,
    replayed: result.replayed,
    passed: result.passed,
    findings: countByKind(result.findings),
    rules,
    // The document's own path is long and in every row's id already.
    ...(verdict.reason !== undefined ? { reason: verdict.reason.replaceAll(document.file, path.basename(document.file)) } : {}),
    ...(result.typedCalls ? { calls: callCounts({ typedCalls: result.typedCalls, calls: result.calls }) } : {}),
    ...(typedCalls ? { problems: callProblems(result) } : {}),
  };
}


const PROBLEM_RULES = new Set<RuleId>(['typed-call-rejected', 'request-rejected', 'request-unsatisfiable', 'check-crashed']);

function callProblems(result: RunResult): NonNullable<ReplayRow['problems']> {
  return result.findings
    .filter((item) => PROBLEM_RULES.has(item.rule))
    .slice(0, 50)
    .map((item) => ({ rule: item.rule, ...(item.operation !== undefined ? { operation: item.operation } : {}), message: item.message.slice(0, 600) }));
}

process.on('message', (request: ChildRequest) => {
  replayOne(request).then(
    (row) => process.send!({ row }),
    (error: unknown) => process.send!({ error: error instanceof Error ? error.message.split('\n')[0] : String(error) }),
  );
});
