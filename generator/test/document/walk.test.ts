import { describe, expect, test } from 'vitest';
import { forEachObject, forEachObjectAt, type Place, type WalkOptions } from '../../src/document/walk.js';

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

/** A place as the keys from the start down to it. */
function pathOf(place: Place): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at: Place | undefined = place; at !== undefined; at = at.up) keys.unshift(at.key);
  return keys;
}

describe('forEachObjectAt', () => {
  const start = {
    ignored: { name: 'ignored' },
    paths: { name: 'paths', a: { name: 'a', list: [{ name: 'item0' }, 7, [{ name: 'nested' }]] }, example: { name: 'example' } },
    components: { name: 'components' },
  };

  test('visits what forEachObject visits under the keys, in the same order', () => {
    const at: string[] = [];
    forEachObjectAt(start, ['components', 'paths', 'webhooks'], (object) => void at.push(String(object.name)), { skipKeys: new Set(['example']) });
    const plain: string[] = [];
    forEachObject([start.components, start.paths, undefined], (object) => void plain.push(String(object.name)), { skipKeys: new Set(['example']) });
    expect(at).toEqual(plain);
    expect(at).not.toContain('ignored');
  });

  const cases: [string, { given: string; want: (string | number)[] }][] = [
    ['a start key', { given: 'paths', want: ['paths'] }],
    ['an object under an object', { given: 'a', want: ['paths', 'a'] }],
    ['an array item, by index', { given: 'item0', want: ['paths', 'a', 'list', 0] }],
    ['an item of an array in an array', { given: 'nested', want: ['paths', 'a', 'list', 2, 0] }],
  ];
  test.each(cases)('the place of %s is its path from the start', (_name, { given, want }) => {
    const places = new Map<string, Place>();
    forEachObjectAt(start, ['paths'], (object, place) => void places.set(String(object.name), place));
    const place = places.get(given)!;
    expect(pathOf(place)).toEqual(want);
    expect((place.holder as Record<string | number, unknown>)[place.key]).toMatchObject({ name: given });
  });

  test('a visit returning true stops the walk', () => {
    const seen: string[] = [];
    forEachObjectAt(start, ['paths'], (object) => (seen.push(String(object.name)), object.name === 'a'));
    expect(seen).toEqual(['paths', 'example', 'a']);
  });
});
