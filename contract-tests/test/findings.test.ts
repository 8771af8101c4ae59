import { describe, expect, test } from 'vitest';
import { countByKind, finding, formatFinding, stageOf, type Finding } from '../src/findings.js';
import { DRIFT_RULES, RULES, type RuleId } from '../src/rules.js';

describe('the rule catalogue', () => {
  test('every rule has a kind, a stage and a summary; ids are kebab-case', () => {
    for (const [id, info] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['spec', 'server', 'suite']).toContain(info.kind);
      expect(['setup', 'drift', 'examples', 'calls', 'replay', 'live', 'coverage']).toContain(info.stage);
      expect(info.summary.length, id).toBeGreaterThan(10);
    }
  });

  test('the drift rules are in it, as spec findings of the drift stage', () => {
    for (const rule of DRIFT_RULES) expect(RULES[rule], rule).toMatchObject({ kind: 'spec', stage: 'drift' });
    expect(Object.values(RULES).filter((info) => info.stage === 'drift')).toHaveLength(DRIFT_RULES.length);
  });
});

const cases: [string, { given: Parameters<typeof finding>; want: { finding: Finding; line: string } }][] = [
  [
    'a replay finding names its tuple',
    {
      given: ['media-type-mismatch', 'media type text/plain, expected application/json', { operation: 'getItem', status: '200', mediaType: 'application/json', pointer: '/paths/~1items/get/responses/200' }],
      want: {
        finding: { kind: 'server', rule: 'media-type-mismatch', operation: 'getItem', status: '200', mediaType: 'application/json', pointer: '/paths/~1items/get/responses/200', message: 'media type text/plain, expected application/json' },
        line: 'server media-type-mismatch: getItem 200 application/json: media type text/plain, expected application/json (#/paths/~1items/get/responses/200)',
      },
    },
  ],
  [
    'undefined places are left out, and a pointer the message already quotes is not repeated',
    {
      given: ['example-invalid', 'spec.yaml:12: getItem, response 200, example "dog" (#/x, at the root): must be object', { operation: 'getItem', status: undefined, example: 'dog', pointer: '/x' }],
      want: {
        finding: { kind: 'spec', rule: 'example-invalid', operation: 'getItem', example: 'dog', pointer: '/x', message: 'spec.yaml:12: getItem, response 200, example "dog" (#/x, at the root): must be object' },
        line: 'spec example-invalid: getItem example=dog: spec.yaml:12: getItem, response 200, example "dog" (#/x, at the root): must be object',
      },
    },
  ],
  ['a finding about nothing in particular', { given: ['nothing-replayed', 'replayed 0 of 3 documented responses'], want: { finding: { kind: 'suite', rule: 'nothing-replayed', message: 'replayed 0 of 3 documented responses' }, line: 'suite nothing-replayed: replayed 0 of 3 documented responses' } }],
];

describe('finding and formatFinding', () => {
  test.each(cases)('%s', (_name, { given, want }) => {
    const made = finding(...given);
    expect(made).toEqual(want.finding);
    expect(formatFinding(made)).toBe(want.line);
  });

  test('stageOf and countByKind', () => {
    const findings = (['client-refused', 'value-changed', 'example-invalid', 'live-client', 'unreplayable'] as RuleId[]).map((rule) => finding(rule, 'x'));
    expect(findings.map(stageOf)).toEqual(['setup', 'drift', 'examples', 'live', 'coverage']);
    expect(countByKind(findings)).toEqual({ spec: 2, server: 0, suite: 3 });
  });
});
