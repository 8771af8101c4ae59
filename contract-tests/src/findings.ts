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

/**
 * Findings a team has chosen to live with (a vendor's spec defects, a mock's known gaps): by kind (`spec`,
 * `server`) or by rule. They are still listed and counted, as allowed. `suite` findings are failures of this
 * toolkit and can never be allowed.
 */
export interface AllowList {
  kinds?: readonly Exclude<FindingKind, 'suite'>[];
  rules?: readonly RuleId[];
}

/** Kinds `--allow` accepts. */
export const ALLOWABLE_KINDS = ['spec', 'server'] as const satisfies readonly FindingKind[];

/** Whether `allow` covers this finding; a `suite` finding never is. */
export function isAllowed(item: Pick<Finding, 'kind' | 'rule'>, allow: AllowList | undefined): boolean {
  if (!allow || item.kind === 'suite') return false;
  return (allow.kinds ?? []).some((kind) => kind === item.kind) || (allow.rules ?? []).includes(item.rule);
}

/**
 * An allow list from `--allow spec,server` and `--allow-rule <rule>` (repeatable, or comma-separated), or the one-line
 * reason it is refused: an unknown kind or rule, `suite`, or a rule of kind `suite`.
 */
export function parseAllowList(kinds: readonly string[], rules: readonly string[]): AllowList | string {
  const split = (values: readonly string[]) => values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
  const allowKinds: Exclude<FindingKind, 'suite'>[] = [];
  for (const kind of split(kinds)) {
    if (kind === 'suite') return '--allow suite is not possible: a suite finding is a failure of this toolkit, never of the spec or the server';
    if (!(ALLOWABLE_KINDS as readonly string[]).includes(kind)) return `--allow takes the kinds ${ALLOWABLE_KINDS.join(', ')}, not ${JSON.stringify(kind)}`;
    if (!allowKinds.includes(kind as 'spec' | 'server')) allowKinds.push(kind as 'spec' | 'server');
  }
  const allowRules: RuleId[] = [];
  for (const rule of split(rules)) {
    if (!Object.hasOwn(RULES, rule)) return `--allow-rule ${JSON.stringify(rule)} is not a rule (the rules are listed in contract-tests/src/rules.ts)`;
    if (RULES[rule as RuleId].kind === 'suite') return `--allow-rule ${rule} is not possible: it is a suite rule, a failure of this toolkit`;
    if (!allowRules.includes(rule as RuleId)) allowRules.push(rule as RuleId);
  }
  return { ...(allowKinds.length > 0 ? { kinds: allowKinds } : {}), ...(allowRules.length > 0 ? { rules: allowRules } : {}) };
}
