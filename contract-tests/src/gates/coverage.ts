import { finding, type Finding } from '../findings.js';
import type { ResponseTuple } from '../plan/inventory.js';
import type { Plan } from '../plan/plan.js';

export type CoverageDimension = 'operations' | 'statuses' | 'mediaTypes' | 'examples' | 'headers' | 'security';

/** tested/total per dimension, as printed and as written to reports/coverage.json. */
export interface CoverageReport {
  spec: string;
  dimensions: Record<CoverageDimension, { tested: number; total: number }>;
  untested: string[];
}

/** What passed: the tuples whose replay passed every oracle, and the security schemes whose probe did. */
export interface Passed {
  tuples: ReadonlySet<ResponseTuple>;
  securitySchemes: ReadonlySet<string>;
}

/** tested/total per dimension: a tuple counts once it passed every oracle. */
export function measureCoverage(spec: string, plan: Plan, passed: Passed): CoverageReport {
  const all = plan.inventory.tuples;
  const tested = all.filter((tuple) => passed.tuples.has(tuple));
  const schemes = plan.calls.flatMap((call) => (call.kind === 'security' ? [call.scheme] : []));
  const count = <T>(items: ResponseTuple[], key: (tuple: ResponseTuple) => T | undefined) =>
    new Set(items.map(key).filter((value) => value !== undefined)).size;
  const dimension = <T>(key: (tuple: ResponseTuple) => T | undefined) => ({ tested: count(tested, key), total: count(all, key) });
  const headerKeys = (tuples: ResponseTuple[]) =>
    new Set(tuples.flatMap((tuple) => tuple.response.headers.map((header) => `${tuple.operation.id} ${tuple.response.status} ${header.name}`)));
  return {
    spec,
    dimensions: {
      operations: dimension((tuple) => tuple.operation.id),
      statuses: dimension((tuple) => `${tuple.operation.id} ${tuple.response.status}`),
      mediaTypes: dimension((tuple) => (tuple.content ? `${tuple.operation.id} ${tuple.response.status} ${tuple.content.mediaType}` : undefined)),
      examples: dimension((tuple) => (tuple.example ? tuple.title : undefined)),
      headers: { tested: headerKeys(tested).size, total: headerKeys(all).size },
      security: { tested: schemes.filter((scheme) => passed.securitySchemes.has(scheme)).length, total: schemes.length },
    },
    untested: [
      ...all.filter((tuple) => !passed.tuples.has(tuple)).map((tuple) => tuple.title),
      ...plan.inventory.unreplayable.map((item) => `${item.title}: ${item.reason}`),
      ...schemes.filter((scheme) => !passed.securitySchemes.has(scheme)).map((scheme) => `security scheme ${scheme}`),
    ],
  };
}

/**
 * The coverage gate: a green run must prove something. It fails when the spec documents no response, when a
 * documented response cannot be replayed or was left out, and when not one was replayed. (A replayed response
 * that failed an oracle is reported by that oracle.)
 */
export function coverageFindings(plan: Plan, replayed: number): Finding[] {
  const findings: Finding[] = [];
  if (plan.documented === 0) findings.push(finding('no-responses', 'the spec documents no response'));
  for (const item of plan.inventory.unreplayable) {
    findings.push(finding('unreplayable', `${item.title}: cannot be replayed: ${item.reason}`, { operation: item.operation, status: item.status, pointer: item.pointer }));
  }
  if (plan.notSelected.length > 0) {
    const selected = plan.inventory.tuples.length - plan.notSelected.length;
    findings.push(finding('not-replayed', `only ${selected} of ${plan.inventory.tuples.length} replayable responses were selected for replay`));
  }
  if (plan.documented > 0 && replayed === 0) findings.push(finding('nothing-replayed', `replayed 0 of ${plan.documented} documented responses`));
  return findings;
}

/** A documented response (or security probe) the run did not check, and why. */
export interface NotChecked {
  /** `getItem 200 application/json`, `bearerAuth: getItem without credentials` */
  title: string;
  operation: string;
  status?: string;
  reason: string;
}

/**
 * Everything documented that got no answer to check: responses that cannot be asked of the mock, responses left
 * out of the selection, and planned calls that got no HTTP response (`unanswered`, with the reason: the mock did
 * not start, the call threw or timed out).
 */
export function notCheckedOf(plan: Plan, unanswered: readonly { call: Plan['calls'][number]; reason: string }[]): NotChecked[] {
  const tupleItem = (tuple: ResponseTuple, title: string, reason: string): NotChecked => ({ title, operation: tuple.operation.id, status: tuple.response.status, reason });
  return [
    ...plan.inventory.unreplayable.map((item) => ({ title: item.title, operation: item.operation, status: item.status, reason: `cannot be replayed: ${item.reason}` })),
    ...plan.notSelected.map((tuple) => tupleItem(tuple, tuple.title, 'left out of the selection')),
    ...unanswered.flatMap(({ call, reason }) => (call.kind === 'live' ? [{ title: call.title, operation: call.operation.id, reason }] : [tupleItem(call.tuple, call.title, reason)])),
  ];
}
