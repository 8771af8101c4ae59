import { describe, expect, it } from 'vitest';
import { comparisonTime, sanctionedRemoval, stabilityRank, sunsetTime } from '../../src/changes/lifecycle.js';

describe('lifecycle', () => {
  it('judges a sunset against SOURCE_DATE_EPOCH when it is set, so a report can be pinned to a date', () => {
    expect(comparisonTime({ SOURCE_DATE_EPOCH: '946684800' })).toBe(Date.parse('2000-01-01T00:00:00Z'));
    const deprecated = { deprecated: true, 'x-sunset': '2020-06-01' };
    expect(sanctionedRemoval(deprecated, deprecated, comparisonTime({ SOURCE_DATE_EPOCH: '946684800' }))).toBeUndefined();
    expect(sanctionedRemoval(deprecated, deprecated, Date.parse('2021-01-01'))).toMatch(/sunset 2020-06-01 passed/);
  });

  it('falls back to the clock when SOURCE_DATE_EPOCH is absent or not a number of seconds', () => {
    for (const environment of [{}, { SOURCE_DATE_EPOCH: 'yesterday' }]) {
      const before = Date.now();
      const now = comparisonTime(environment);
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(Date.now());
    }
  });

  it('reads RFC 3339 dates and date-times, and nothing else, as a sunset', () => {
    expect(sunsetTime('2025-03-01')).toBe(Date.parse('2025-03-01'));
    expect(sunsetTime('2025-03-01T10:00:00Z')).toBe(Date.parse('2025-03-01T10:00:00Z'));
    expect(sunsetTime('next spring')).toBeNaN();
    expect(sunsetTime(undefined)).toBeUndefined();
  });

  it('ranks stability levels, absent as stable and unknown as undefined', () => {
    expect(stabilityRank('draft')).toBeLessThan(stabilityRank('beta')!);
    expect(stabilityRank(undefined)).toBe(stabilityRank('stable'));
    expect(stabilityRank('experimental')).toBeUndefined();
  });
});
