import { describe, expect, test } from 'vitest';
import { parseShard, takeShard } from '../src/shard.js';

describe('parseShard', () => {
  test.each([
    ['first of three', { given: '1/3', want: { index: 1, count: 3 } }],
    ['the only shard', { given: '1/1', want: { index: 1, count: 1 } }],
    ['index past count', { given: '4/3', want: 'error' }],
    ['index zero', { given: '0/3', want: 'error' }],
    ['count zero', { given: '1/0', want: 'error' }],
    ['not a fraction', { given: '2', want: 'error' }],
    ['negative', { given: '-1/3', want: 'error' }],
  ] as const)('%s', (_name, { given, want }) => {
    const parsed = parseShard(given);
    if (want === 'error') expect(parsed).toMatch(/^--shard must be/);
    else expect(parsed).toEqual(want);
  });
});

describe('takeShard', () => {
  const items = Array.from({ length: 10 }, (_, index) => `item${index}`);
  test.each([
    ['round robin from the index', { given: { index: 2, count: 3 }, want: ['item1', 'item4', 'item7'] }],
    ['one shard is everything', { given: { index: 1, count: 1 }, want: items }],
    ['more shards than items: an empty share', { given: { index: 12, count: 12 }, want: [] }],
  ])('%s', (_name, { given, want }) => {
    expect(takeShard(items, given)).toEqual(want);
  });

  test.each([[1], [2], [3], [4], [7], [11]])('%i shards cover the list exactly once, sizes within one', (count) => {
    const shares = Array.from({ length: count }, (_, index) => takeShard(items, { index: index + 1, count }));
    expect(shares.flat().sort()).toEqual([...items].sort());
    const sizes = shares.map((share) => share.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
});
