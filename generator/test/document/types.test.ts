import { describe, expect, test } from 'vitest';
import { isObject } from '../../src/document/types.js';

describe('isObject', () => {
  const cases: [string, { given: unknown; want: boolean }][] = [
    ['a plain object', { given: { a: 1 }, want: true }],
    ['an empty object', { given: {}, want: true }],
    ['an object without a prototype', { given: Object.create(null) as unknown, want: true }],
    ['null is not', { given: null, want: false }],
    ['an array is not', { given: [], want: false }],
    ['a string is not', { given: 'a', want: false }],
    ['a number is not', { given: 0, want: false }],
    ['undefined is not', { given: undefined, want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(isObject(given)).toBe(want);
  });
});
