import { RULES, type FindingKind, type RuleId, type Stage } from './rules.js';

export type { FindingKind, RuleId, Stage } from './rules.js';

/**
 * One thing the pipeline found wrong, whatever step found it: the single currency of oracles, gates and reporters
 * (console, JUnit, results.json). Every field but `kind`, `rule` and `message` is there when it applies.
 */
export interface Finding {
  kind: FindingKind;
  rule: RuleId;
  /** The operation's id (its operationId when unique); `document` or `components` for what belongs to none. */
  operation?: string;
  /** The documented status key (`409`, `4XX`, `default`). */
  status?: string;
  mediaType?: string;
  /** The example's name (`default` for a lone `example`). */
  example?: string;
  /** JSON pointer into the spec: the response, example or schema the finding is about. */
  pointer?: string;
  message: string;
}

/** Where a finding is about, without kind and rule: what a check knows before it knows what went wrong. */
export type FindingPlace = Omit<Finding, 'kind' | 'rule' | 'message'>;

/** A finding of `rule`, its kind taken from the rule's catalogue entry; undefined fields are left out. */
export function finding(rule: RuleId, message: string, place: FindingPlace = {}): Finding {
  const result: Finding = { kind: RULES[rule].kind, rule, message };
  for (const key of ['operation', 'status', 'mediaType', 'example', 'pointer'] as const) {
    if (place[key] !== undefined) result[key] = place[key];
  }
  return result;
}

export function stageOf(finding: Pick<Finding, 'rule'>): Stage {
  return RULES[finding.rule].stage;
}

/** `spec example-invalid: getContacts 200 application/json example=dog: body/id must be string (#/paths/...)` */
export function formatFinding(finding: Finding): string {
  const where = [finding.operation, finding.status, finding.mediaType, finding.example !== undefined ? `example=${finding.example}` : undefined]
    .filter((part) => part !== undefined)
    .join(' ');
  const pointer = finding.pointer !== undefined && !finding.message.includes(`#${finding.pointer}`) ? ` (#${finding.pointer})` : '';
  return `${finding.kind} ${finding.rule}: ${where ? `${where}: ` : ''}${finding.message}${pointer}`;
}

/** `{ spec: 2, server: 0, suite: 1 }` */
export function countByKind(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts: Record<FindingKind, number> = { spec: 0, server: 0, suite: 0 };
  for (const item of findings) counts[item.kind]++;
  return counts;
}
