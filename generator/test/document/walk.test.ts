import { describe, expect, test } from 'vitest';
import { forEachObject, type WalkOptions } from '../../src/document/walk.js';

/** The `name` of every visited object, in visiting order; a visit returning true for `stopAt` ends the walk. */
function names(root: unknown, options?: WalkOptions, stopAt?: string): string[] {
  const seen: string[] = [];
  forEachObject(root, (object) => {
    seen.push(String(object.name));
    return stopAt !== undefined && object.name === stopAt;
  }, options);
  return seen;
}

describe('forEachObject', () => {
  const tree = { name: 'root', a: { name: 'a', deep: { name: 'a.deep' } }, list: [{ name: 'item0' }, [{ name: 'nested' }]], example: { name: 'example' } };
  const cases: [string, { given: { root: unknown; options?: WalkOptions; stopAt?: string }; want: string[] }][] = [
    ['every object, arrays walked into, depth first', { given: { root: tree }, want: ['root', 'example', 'nested', 'item0', 'a', 'a.deep'] }],
    ['skipped keys are not walked', { given: { root: tree, options: { skipKeys: new Set(['example', 'list']) } }, want: ['root', 'a', 'a.deep'] }],
    ['a visit returning true stops the walk', { given: { root: tree, stopAt: 'item0' }, want: ['root', 'example', 'nested', 'item0'] }],
    ['primitives and null are not visited', { given: { root: [1, 'x', null, { name: 'only' }] }, want: ['only'] }],
    ['a $ref is not followed', { given: { root: { name: 'r', $ref: '#/a' } }, want: ['r'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(names(given.root, given.options, given.stopAt)).toEqual(want));

  test('a tree deeper than the call stack is walked without overflow', () => {
    let root: Record<string, unknown> = { name: 'leaf' };
    for (let depth = 0; depth < 100_000; depth++) root = { child: root };
    expect(names(root).filter((name) => name === 'leaf')).toEqual(['leaf']);
  });
});
