import { describe, expect, test } from 'vitest';
import { isDefaultStatus, isExactStatus, isRangeStatus, isSuccessStatus, statusKeyCovers } from '../../src/document/status.js';

describe('status-key predicates', () => {
  const cases: [string, { given: string; want: { success: boolean; range: boolean; exact: boolean; default: boolean } }][] = [
    ['200', { given: '200', want: { success: true, range: false, exact: true, default: false } }],
    ['204', { given: '204', want: { success: true, range: false, exact: true, default: false } }],
    ['2XX', { given: '2XX', want: { success: true, range: true, exact: false, default: false } }],
    ['2xx (any case)', { given: '2xx', want: { success: true, range: true, exact: false, default: false } }],
    ['302', { given: '302', want: { success: false, range: false, exact: true, default: false } }],
    ['4XX', { given: '4XX', want: { success: false, range: true, exact: false, default: false } }],
    ['default', { given: 'default', want: { success: false, range: false, exact: false, default: true } }],
    ['not a status', { given: '20', want: { success: false, range: false, exact: false, default: false } }],
    ['6XX is no range', { given: '6XX', want: { success: false, range: false, exact: false, default: false } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect({ success: isSuccessStatus(given), range: isRangeStatus(given), exact: isExactStatus(given), default: isDefaultStatus(given) }).toEqual(want);
  });

  const covers: [string, { given: [string, number]; want: boolean }][] = [
    ['exact', { given: ['404', 404], want: true }],
    ['exact, other code', { given: ['404', 409], want: false }],
    ['range', { given: ['4XX', 418], want: true }],
    ['range, other class', { given: ['4XX', 500], want: false }],
    ['default covers anything', { given: ['default', 599], want: true }],
  ];
  test.each(covers)('statusKeyCovers: %s', (_name, { given, want }) => expect(statusKeyCovers(...given)).toBe(want));
});
