import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { createRefAsShipped, currentCreateRef, withCachedCreateRef } from '../../src/libraries/openapi-typescript.js';
import { emitTypes } from '../../src/emit/emit-types.js';

describe('withCachedCreateRef: the same pointers as openapi-typescript’s createRef', () => {
  const cases: [string, { given: unknown[] }][] = [
    ['a parent pointer and a key', { given: ['#/components/schemas/Pet', 'properties', 'name'] }],
    ['keys to escape', { given: ['#/components/schemas/a~b', 'c/d', '~1'] }],
    ['a key that reads as a reference', { given: ['#/paths', 'a#/b/c'] }],
    ['empty, null and undefined parts are skipped', { given: ['#/x', '', null, undefined, 'y'] }],
    ['numbers (array indexes)', { given: ['#/components/schemas/U', 'oneOf', 0, 2] }],
    ['percent signs and spaces stay as they are', { given: ['#/components/schemas/a%20b', 'c d'] }],
  ];
  test.each(cases)('%s', (_name, { given }) => {
    const want = createRefAsShipped(given);
    // Twice: the second answer comes from the cache.
    const got = withCachedCreateRef(() => [currentCreateRef()(given), currentCreateRef()(given)]);
    expect(got).toEqual([want, want]);
  });

  test('is in place only while the transform runs, also when it throws', () => {
    let inside: unknown;
    expect(() =>
      withCachedCreateRef(() => {
        inside = currentCreateRef();
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(inside).not.toBe(createRefAsShipped);
    expect(currentCreateRef()).toBe(createRefAsShipped);
  });

  test('openapi-typescript’s transformers call it (the patch reaches them)', () => {
    let calls = 0;
    const document = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { A: { type: 'object', properties: { b: { type: 'string' } } } } } };
    // Wrap the cached createRef to count what the transformers ask while emitTypes runs.
    const types = withCountedCreateRef(() => emitTypes(document as never, 'spec.yaml'), () => calls++);
    expect(types).toContain('b?: string');
    expect(calls).toBeGreaterThan(0);
  });
});

/** Runs `run` with a counter around whatever createRef is current when the transformers call it. */
function withCountedCreateRef<T>(run: () => T, count: () => void): T {
  const utils = createRequire(import.meta.url)('openapi-typescript/dist/lib/utils.cjs') as { createRef: (parts: unknown[]) => string };
  const descriptor = Object.getOwnPropertyDescriptor(utils, 'createRef')!;
  let current = utils.createRef;
  Object.defineProperty(utils, 'createRef', {
    configurable: true,
    get: () => (parts: unknown[]) => (count(), current(parts)),
    set: (value) => (current = value),
  });
  try {
    return run();
  } finally {
    Object.defineProperty(utils, 'createRef', descriptor);
    utils.createRef = createRefAsShipped as never;
  }
}
