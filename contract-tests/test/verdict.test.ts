import { describe, expect, test } from 'vitest';
import { finding, isAllowed, parseAllowList, type AllowList, type Finding } from '../src/findings.js';
import { formatVerdict } from '../src/report/console.js';
import { verdictOf } from '../src/report/verdict.js';

const example = finding('example-invalid', 'must be string', { operation: 'getItem' });
const mockBody = finding('mock-body-schema', 'missing type', { operation: 'getItem' });
const rejected = finding('request-rejected', 'Prism rejected the body');

describe('parseAllowList: --allow <kinds> and --allow-rule <rule>', () => {
  const cases: [string, { given: [string[], string[]]; want: AllowList | RegExp }][] = [
    ['nothing', { given: [[], []], want: {} }],
    ['kinds, comma-separated and repeated, once each', { given: [['spec,server', 'spec'], []], want: { kinds: ['spec', 'server'] } }],
    ['rules', { given: [[], ['example-invalid', 'body-schema,example-invalid']], want: { rules: ['example-invalid', 'body-schema'] } }],
    ['suite can never be allowed', { given: [['spec,suite'], []], want: /--allow suite is not possible/ }],
    ['an unknown kind', { given: [['specs'], []], want: /--allow takes the kinds spec, server, not "specs"/ }],
    ['an unknown rule', { given: [[], ['body-schemas']], want: /"body-schemas" is not a rule/ }],
    ['a rule of kind suite', { given: [[], ['request-rejected']], want: /--allow-rule request-rejected is not possible: it is a suite rule/ }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const got = parseAllowList(...given);
    if (want instanceof RegExp) expect(got).toMatch(want);
    else expect(got).toEqual(want);
  });
});

describe('isAllowed', () => {
  const cases: [string, { given: [Finding, AllowList | undefined]; want: boolean }][] = [
    ['no allow list', { given: [example, undefined], want: false }],
    ['its kind is allowed', { given: [example, { kinds: ['spec'] }], want: true }],
    ['another kind is allowed', { given: [example, { kinds: ['server'] }], want: false }],
    ['its rule is allowed', { given: [mockBody, { rules: ['mock-body-schema'] }], want: true }],
    ['another rule is allowed', { given: [mockBody, { rules: ['body-schema'] }], want: false }],
    // A suite finding handed in by hand (the CLI refuses the list) is still not allowed.
    ['a suite finding, even when its rule is listed', { given: [rejected, { kinds: ['spec', 'server'], rules: ['request-rejected'] }], want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(isAllowed(...given)).toBe(want));
});

describe('verdictOf: exit 0 only when every finding is allowed and something was replayed', () => {
  const run = (findings: Finding[], extra: { allow?: AllowList; replayed?: number; documented?: number } = {}) => ({ mode: 'mock' as const, documented: 2, replayed: 2, findings, ...extra });
  const cases: [string, { given: ReturnType<typeof run>; want: { ok: boolean; failing: number; allowed: number; reason?: string; line: string } }][] = [
    ['no finding', { given: run([]), want: { ok: true, failing: 0, allowed: 0, line: 'contract: pass (0 findings)' } }],
    ['a spec finding', { given: run([example]), want: { ok: false, failing: 1, allowed: 0, line: 'contract: FAIL, 1 finding (spec 1, server 0, suite 0)' } }],
    ['every finding allowed', { given: run([example, mockBody], { allow: { kinds: ['spec'], rules: ['mock-body-schema'] } }), want: { ok: true, failing: 0, allowed: 2, line: 'contract: pass (0 findings, 2 allowed: spec 1, server 1)' } }],
    ['one finding not allowed', { given: run([example, mockBody], { allow: { kinds: ['spec'] } }), want: { ok: false, failing: 1, allowed: 1, line: 'contract: FAIL, 1 finding (spec 0, server 1, suite 0, 1 allowed: spec 1, server 0)' } }],
    ['a suite finding beside allowed kinds', { given: run([example, rejected], { allow: { kinds: ['spec', 'server'] } }), want: { ok: false, failing: 1, allowed: 1, line: 'contract: FAIL, 1 finding (spec 0, server 0, suite 1, 1 allowed: spec 1, server 0)' } }],
    [
      'nothing replayed fails even when its findings are allowed',
      {
        given: run([finding('spec-unloadable', 'api.yaml:2:3 (#/swagger): Swagger 2.0 is not supported\n  at line 2')], { allow: { kinds: ['spec'] }, replayed: 0, documented: 0 }),
        want: { ok: false, failing: 0, allowed: 1, reason: 'api.yaml:2:3 (#/swagger): Swagger 2.0 is not supported', line: 'contract: FAIL: nothing replayed: api.yaml:2:3 (#/swagger): Swagger 2.0 is not supported' },
      },
    ],
    ['a spec without responses', { given: run([finding('mock-unavailable', 'Prism could not mock the spec: Prism found no operations in the spec'), finding('no-responses', 'the spec documents no response')], { replayed: 0, documented: 0 }), want: { ok: false, failing: 2, allowed: 0, reason: 'the spec documents no response', line: 'contract: FAIL: nothing replayed: the spec documents no response' } }],
    ['Prism could not load the spec', { given: run([finding('mock-unavailable', 'Prism could not mock the spec: Prism did not start within 50 ms'), finding('nothing-replayed', 'replayed 0 of 2 documented responses')], { replayed: 0 }), want: { ok: false, failing: 2, allowed: 0, reason: 'Prism could not mock the spec: Prism did not start within 50 ms', line: 'contract: FAIL: nothing replayed: Prism could not mock the spec: Prism did not start within 50 ms' } }],
    ['every response unreplayable', { given: run([finding('unreplayable', 'getItem default (no content): cannot be replayed: every code'), finding('nothing-replayed', 'replayed 0 of 1')], { replayed: 0, documented: 1 }), want: { ok: false, failing: 2, allowed: 0, reason: 'none of the 1 documented responses can be replayed (getItem default (no content): cannot be replayed: every code)', line: 'contract: FAIL: nothing replayed: none of the 1 documented responses can be replayed (getItem default (no content): cannot be replayed: every code)' } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const verdict = verdictOf(given);
    expect({ ok: verdict.ok, failing: verdict.failing.length, allowed: verdict.allowed.length, ...(verdict.reason !== undefined ? { reason: verdict.reason } : {}), line: formatVerdict(given) }).toEqual(want);
  });
});
