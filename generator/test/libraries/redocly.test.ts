import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { redocly, shippedPointerHelpers, shippedResolveDocument, withCachedPointerEscapes, withResolvedRefs, type ResolvedRef } from '../../src/libraries/redocly.js';
import { lintAndBundle } from '../../src/load/validate-and-bundle.js';
import { parseSpecFile } from '../../src/load/read-source.js';

const refUtils = createRequire(import.meta.url)('@redocly/openapi-core/lib/ref-utils.js') as {
  Location: new (source: unknown, pointer: string) => { pointer: string; child(components: unknown): { pointer: string; source: unknown } };
  escapePointer(segment: string | number): string | number;
};
const { Location } = refUtils;
const resolveModule = createRequire(import.meta.url)('@redocly/openapi-core/lib/resolve.js') as { resolveDocument: unknown };

describe('withCachedPointerEscapes: the same child locations as Redocly’s Location.child', () => {
  const cases: [string, { given: { pointer: string; key: string | number | (string | number)[] } }][] = [
    ['a key under a pointer', { given: { pointer: '#/components/schemas', key: 'Pet' } }],
    ['a key to escape (~ and /)', { given: { pointer: '#/paths', key: '/pets/{id}~x' } }],
    ['under the root (#/)', { given: { pointer: '#/', key: 'paths' } }],
    ['under the empty pointer', { given: { pointer: '', key: 'info' } }],
    ['an array index', { given: { pointer: '#/tags', key: 3 } }],
    ['a key in a list of one (as the walk of Redocly passes it)', { given: { pointer: '#/paths', key: ['/a~b'] } }],
    ['an index in a list of one', { given: { pointer: '#/tags', key: [0] } }],
    ['a list of keys', { given: { pointer: '#/paths', key: ['/a', 'get'] } }],
    ['a key that names an Object method', { given: { pointer: '#/x', key: 'constructor' } }],
  ];
  test.each(cases)('%s', async (_name, { given }) => {
    const source = { absoluteRef: '/spec' };
    const want = shippedPointerHelpers.child.call(new Location(source, given.pointer) as never, given.key as never);
    // Twice: the second answer comes from the cache.
    const got = await withCachedPointerEscapes(async () => {
      const location = new Location(source, given.pointer);
      return [location.child(given.key), location.child(given.key)];
    });
    for (const location of got) {
      expect(location.pointer).toBe(want.pointer);
      expect(location.source).toBe(source);
      expect(location).toBeInstanceOf(Location);
    }
  });

  test('escapePointer gives the shipped answer, from the cache the second time', async () => {
    const keys = ['a/b~c', 'plain', 7, '~1'];
    const want = keys.map((key) => shippedPointerHelpers.escapePointer(key));
    const got = await withCachedPointerEscapes(async () => [keys.map((key) => refUtils.escapePointer(key)), keys.map((key) => refUtils.escapePointer(key))]);
    expect(got).toEqual([want, want]);
  });

  test('is in place only while the lint runs, also when it throws', async () => {
    let inside: unknown;
    await expect(
      withCachedPointerEscapes(async () => {
        inside = Location.prototype.child;
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(inside).not.toBe(shippedPointerHelpers.child);
    expect(Location.prototype.child).toBe(shippedPointerHelpers.child);
    expect(refUtils.escapePointer).toBe(shippedPointerHelpers.escapePointer);
  });

  test('the lint reports a problem at the same pointer with it', async () => {
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a~b/{id}': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { n: { type: 'strin' } } } } } } } } } } });
    const source = parseSpecFile({ file: 'spec.json', text, sha256: '0' });
    // The typo in `type` is a structural error: its pointer comes from the walk's child locations.
    await expect(lintAndBundle(source)).rejects.toMatchObject({ location: { pointer: '/paths/~1a~0b~1{id}/get/responses/200/content/application~1json/schema/properties/n/type' } });
  });
});

describe('withResolvedRefs: the lint reads the map it is given', () => {
  const config = redocly.createConfig({ extends: ['minimal'] });
  const parsed = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { A: { type: 'string' }, B: { $ref: '#/components/schemas/A' } } } };
  const lintWith = async (map: Map<string, ResolvedRef> | undefined) => {
    const document = { source: new redocly.Source('/spec', JSON.stringify(parsed), 'application/json'), parsed };
    const { styleguide, resolve } = await config;
    const lint = () => redocly.lintDocument({ document, config: styleguide, externalRefResolver: new redocly.BaseResolver(resolve) });
    const problems = map ? await withResolvedRefs(document, map, lint) : await lint();
    return problems.filter((problem) => problem.ruleId === 'no-unresolved-refs').map((problem) => problem.location[0]?.pointer);
  };

  test('Redocly alone resolves the reference', async () => expect(await lintWith(undefined)).toEqual([]));

  test('an empty map given instead leaves it unresolved: the map is what the lint reads', async () => {
    expect(await lintWith(new Map())).toEqual(['#/components/schemas/B']);
  });

  test('is in place only while the lint runs, also when it throws', async () => {
    const shipped = resolveModule.resolveDocument;
    await expect(withResolvedRefs({}, new Map(), () => Promise.reject(new Error('stop')))).rejects.toThrow('stop');
    expect(resolveModule.resolveDocument).toBe(shipped);
    expect(shipped).toBe(shippedResolveDocument);
  });
});
