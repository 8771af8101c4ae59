import { describe, expect, test } from 'vitest';
import { GeneratorError } from '../../src/errors.js';
import { deref, derefObject, forEachRef, MAX_REF_HOPS, refOf, refPointer, resolveRef } from '../../src/document/refs.js';

const document = {
  components: {
    schemas: {
      Pet: { type: 'object' },
      'Pet Alias': { $ref: '#/components/schemas/Pet' },
      'a/b': { type: 'string' },
      Loop: { $ref: '#/components/schemas/Loop2' },
      Loop2: { $ref: '#/components/schemas/Loop' },
    },
  },
  paths: { '/pets/{id}': { get: { parameters: [{ name: 'id', in: 'path' }] } } },
};

describe('refPointer', () => {
  const cases: [string, { given: string; want: string | undefined }][] = [
    ['a local ref is its fragment', { given: '#/components/schemas/Pet', want: '/components/schemas/Pet' }],
    ['percent-escapes are decoded (a URI fragment)', { given: '#/paths/~1pets~1%7Bid%7D', want: '/paths/~1pets~1{id}' }],
    ['a malformed escape is kept as written', { given: '#/a/%E0%A4%A', want: '/a/%E0%A4%A' }],
    ['the whole document', { given: '#', want: '' }],
    ['an external ref has no local pointer', { given: 'other.yaml#/x', want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(refPointer(given)).toBe(want));
});

describe('resolveRef (strict)', () => {
  const cases: [string, { given: unknown; want: { value: unknown; pointer: string } }][] = [
    ['a value without $ref is itself', { given: { type: 'string' }, want: { value: { type: 'string' }, pointer: '/start' } }],
    ['one hop', { given: { $ref: '#/components/schemas/Pet' }, want: { value: { type: 'object' }, pointer: '/components/schemas/Pet' } }],
    ['two hops, through a percent-encoded name', { given: { $ref: '#/components/schemas/Pet%20Alias' }, want: { value: { type: 'object' }, pointer: '/components/schemas/Pet' } }],
    ['an escaped / in a name', { given: { $ref: '#/components/schemas/a~1b' }, want: { value: { type: 'string' }, pointer: '/components/schemas/a~1b' } }],
    [
      'into a path with braces, percent-encoded',
      { given: { $ref: '#/paths/~1pets~1%7Bid%7D/get/parameters/0' }, want: { value: { name: 'id', in: 'path' }, pointer: '/paths/~1pets~1{id}/get/parameters/0' } },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(resolveRef(document, given, '/start')).toEqual(want));

  const failures: [string, { given: unknown; want: RegExp }][] = [
    ['a dangling ref', { given: { $ref: '#/components/schemas/Nope' }, want: /dangling \$ref: #\/components\/schemas\/Nope/ }],
    ['a cycle', { given: { $ref: '#/components/schemas/Loop' }, want: /circular/ }],
    ['an external ref', { given: { $ref: 'other.yaml#/Pet' }, want: /was not bundled/ }],
  ];
  test.each(failures)('%s throws a GeneratorError with a pointer', (_name, { given, want }) => {
    let thrown: unknown;
    try {
      resolveRef(document, given, '/start');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect((thrown as GeneratorError).message).toMatch(want);
    expect((thrown as GeneratorError).location?.pointer).toBeDefined();
  });

  test(`a chain longer than ${MAX_REF_HOPS} hops is refused, not followed forever`, () => {
    const schemas: Record<string, unknown> = { s0: { type: 'string' } };
    for (let i = 1; i <= MAX_REF_HOPS + 2; i++) schemas[`s${i}`] = { $ref: `#/components/schemas/s${i - 1}` };
    const long = { components: { schemas } };
    expect(() => resolveRef(long, { $ref: `#/components/schemas/s${MAX_REF_HOPS + 2}` }, '')).toThrow(/circular|hops/);
    expect(resolveRef(long, { $ref: `#/components/schemas/s${MAX_REF_HOPS - 1}` }, '').value).toEqual({ type: 'string' });
  });
});

describe('deref (lenient) and derefObject', () => {
  const cases: [string, { given: unknown; want: unknown; wantObject: unknown }][] = [
    ['followed like resolveRef', { given: { $ref: '#/components/schemas/Pet%20Alias' }, want: { type: 'object' }, wantObject: { type: 'object' } }],
    ['dangling: undefined, not a throw', { given: { $ref: '#/nope' }, want: undefined, wantObject: {} }],
    ['a cycle: undefined', { given: { $ref: '#/components/schemas/Loop' }, want: undefined, wantObject: {} }],
    ['external: undefined', { given: { $ref: 'x.yaml' }, want: undefined, wantObject: {} }],
    ['a scalar is itself', { given: 3, want: 3, wantObject: {} }],
  ];
  test.each(cases)('%s', (_name, { given, want, wantObject }) => {
    expect(deref(document, given)).toEqual(want);
    expect(derefObject(document, given)).toEqual(wantObject);
  });

  test("the result is the document's own object, so edits land in the document", () => {
    const copy = structuredClone(document);
    (deref(copy, { $ref: '#/components/schemas/Pet' }) as Record<string, unknown>).title = 'edited';
    expect(copy.components.schemas.Pet).toEqual({ type: 'object', title: 'edited' });
  });
});

describe('refOf and forEachRef', () => {
  const cases: [string, { given: unknown; want: string | undefined }][] = [
    ['an object with a string $ref', { given: { $ref: '#/a' }, want: '#/a' }],
    ['a non-string $ref is not a reference', { given: { $ref: 3 }, want: undefined }],
    ['an array is not a reference', { given: ['#/a'], want: undefined }],
    ['null', { given: null, want: undefined }],
  ];
  test.each(cases)('refOf: %s', (_name, { given, want }) => expect(refOf(given)).toBe(want));

  test('forEachRef visits every $ref, deep ones included, and stops when asked', () => {
    let deep: unknown = { $ref: '#/deep' };
    for (let i = 0; i < 20_000; i++) deep = { nested: [deep] };
    const seen: string[] = [];
    forEachRef({ a: { $ref: '#/a' }, b: [deep] }, (ref) => void seen.push(ref));
    expect(seen.sort()).toEqual(['#/a', '#/deep']);
    const first: string[] = [];
    forEachRef({ a: { $ref: '#/a' }, b: { $ref: '#/b' } }, (ref) => (first.push(ref), true));
    expect(first).toHaveLength(1);
  });
});
