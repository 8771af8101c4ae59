import { describe, expect, test } from 'vitest';
import { GeneratorError, type SourceLocation } from '../../src/errors.js';
import { checkReferenceTargets, checkStructure, cutRefCycles, DEFAULT_MAX_DEPTH, DEFAULT_MAX_SPEC_BYTES, type RefCycle } from '../../src/load/limits.js';

const FILE = 'spec.yaml';
/** Stands in for the YAML locator: every pointer is on line 7. */
const locate = (pointer: string): SourceLocation => ({ file: FILE, line: 7, pointer });
/** A locator that overflows its own stack, as the YAML tree walk can on a hostile document. */
const failingLocate = (): SourceLocation => {
  throw new RangeError('Maximum call stack size exceeded');
};

/** `levels` objects nested under the key `a`: `{ a: { a: ... { a: {} } } }` (depth `levels`). */
function nested(levels: number): unknown {
  let node: unknown = {};
  for (let i = 0; i < levels; i++) node = { a: node };
  return node;
}

/** What a check threw, as message and location; undefined when it passed. */
function refusal(step: () => void): { message: string; location?: SourceLocation } | undefined {
  try {
    step();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(GeneratorError);
    return { message: (error as GeneratorError).reason, location: (error as GeneratorError).location };
  }
}

test('the defaults: 64 MiB, 256 levels', () => {
  expect(DEFAULT_MAX_SPEC_BYTES).toBe(64 * 1024 * 1024);
  expect(DEFAULT_MAX_DEPTH).toBe(256);
});

describe('checkStructure: depth', () => {
  const tooDeep = (max: number) => `objects and arrays nest more than ${max} levels deep below here (the limit; raise it with --max-depth)`;
  const cases: [string, { given: { document: unknown; maxDepth: number }; want: { message: string; location: SourceLocation } | undefined }][] = [
    ['below the limit passes', { given: { document: nested(3), maxDepth: 4 }, want: undefined }],
    ['an object at the limit is refused, at its pointer', { given: { document: nested(4), maxDepth: 4 }, want: { message: tooDeep(4), location: locate('/a/a/a/a') } }],
    ['scalars do not count as a level', { given: { document: { a: { a: { a: 'text' } } }, maxDepth: 3 }, want: undefined }],
    ['arrays count as levels', { given: { document: { a: [[{}]] }, maxDepth: 3 }, want: { message: tooDeep(3), location: locate('/a/0/0') } }],
    [
      'the first too-deep node in document order is named',
      { given: { document: { x: { shallow: 1 }, y: nested(3), z: nested(5) }, maxDepth: 3 }, want: { message: tooDeep(3), location: locate('/y/a/a') } },
    ],
    ['pointer segments are escaped', { given: { document: { 'a/b': { '~': {} } }, maxDepth: 2 }, want: { message: tooDeep(2), location: locate('/a~1b/~0') } }],
    ['the pointer shown stops after 8 segments', { given: { document: nested(20), maxDepth: 20 }, want: { message: tooDeep(20), location: locate('/a/a/a/a/a/a/a/a') } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(refusal(() => checkStructure(given.document, FILE, locate, given.maxDepth))).toEqual(want);
  });

  test('a document 100,000 levels deep is refused without overflowing the stack (iterative)', () => {
    expect(refusal(() => checkStructure(nested(100_000), FILE, locate, DEFAULT_MAX_DEPTH))?.message).toBe(tooDeep(DEFAULT_MAX_DEPTH));
  });

  test('a locator that fails still gives the file and pointer', () => {
    expect(refusal(() => checkStructure(nested(3), FILE, failingLocate, 2))?.location).toEqual({ file: FILE, pointer: '/a/a' });
  });
});

describe('checkStructure: circular $refs are found, and cutRefCycles cuts them', () => {
  const schemas = (entries: Record<string, unknown>) => ({ openapi: '3.1.0', components: { schemas: entries } });
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const circle = (...names: string[]) => names.map((name) => `#/components/schemas/${name}`).join(' → ');
  const cases: [string, { given: Record<string, unknown>; want: { cycles: RefCycle[]; after?: Record<string, unknown> } }][] = [
    ['a ref to itself', { given: schemas({ A: ref('A') }), want: { cycles: [{ pointer: '/components/schemas/A', cycle: circle('A', 'A') }], after: { A: {} } } }],
    ['two refs to each other: one of them is cut, the other still points at it', { given: schemas({ A: ref('B'), B: { description: 'd', ...ref('A') } }), want: { cycles: [{ pointer: '/components/schemas/B', cycle: circle('A', 'B', 'A') }], after: { A: ref('B'), B: { description: 'd' } } } }],
    ['a chain that ends in a schema passes', { given: schemas({ A: ref('B'), B: ref('C'), C: { type: 'string' } }), want: { cycles: [] } }],
    ['a cycle through a property has meaning and passes', { given: schemas({ A: { properties: { a: ref('A') } } }), want: { cycles: [] } }],
    ['a ref to nothing is not this check\'s business', { given: schemas({ A: ref('Missing') }), want: { cycles: [] } }],
    ['external refs are not followed', { given: schemas({ A: { $ref: 'other.yaml#/components/schemas/A' } }), want: { cycles: [] } }],
    ['percent-encoded refs are decoded to find their target', { given: schemas({ 'A B': { $ref: '#/components/schemas/A%20B' } }), want: { cycles: [{ pointer: '/components/schemas/A B', cycle: '#/components/schemas/A%20B → #/components/schemas/A%20B' }], after: { 'A B': {} } } }],
    ['a chain into a cycle names the cycle only, and keeps the chain', { given: schemas({ C: ref('A'), A: ref('B'), B: ref('A') }), want: { cycles: [{ pointer: '/components/schemas/B', cycle: circle('A', 'B', 'A') }], after: { C: ref('A'), A: ref('B'), B: {} } } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const { refCycles } = checkStructure(given, FILE, locate, DEFAULT_MAX_DEPTH);
    expect(refCycles).toEqual(want.cycles);
    cutRefCycles(given, refCycles);
    if (want.after) expect((given.components as { schemas: unknown }).schemas).toEqual(want.after);
    // Cut once, nothing is left to find, and a second cut changes nothing.
    expect(checkStructure(given, FILE, locate, DEFAULT_MAX_DEPTH).refCycles).toEqual([]);
    const once = structuredClone(given);
    cutRefCycles(given, refCycles);
    expect(given).toEqual(once);
  });
});

describe('checkReferenceTargets', () => {
  const outside = (ref: string) => `$ref ${JSON.stringify(ref)} points outside components, paths, webhooks and $defs, which the types generator cannot refer to; move its target under components`;
  const using = (ref: string) => ({ openapi: '3.1.0', paths: { '/a': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } } } } } });
  const AT = '/paths/~1a/get/responses/200/content/application~1json/schema/$ref';
  const cases: [string, { given: unknown; want: { message: string; location: SourceLocation } | undefined }][] = [
    ['components', { given: using('#/components/schemas/Pet'), want: undefined }],
    ['paths', { given: using('#/paths/~1b/get/responses/200'), want: undefined }],
    ['webhooks', { given: using('#/webhooks/new/post'), want: undefined }],
    ["JSON Schema's root $defs", { given: using('#/$defs/StringType'), want: undefined }],
    ['an external document is bundled elsewhere', { given: using('other.yaml#/x-defs/Pet'), want: undefined }],
    ['a vendor key is refused at the $ref', { given: using('#/x-defs/Pet'), want: { message: outside('#/x-defs/Pet'), location: locate(AT) } }],
    ['info is refused', { given: using('#/info'), want: { message: outside('#/info'), location: locate(AT) } }],
    ['the whole document is refused', { given: using('#'), want: { message: outside('#'), location: locate(AT) } }],
    ['percent-encoded, decoded before the check', { given: using('#/x%2Ddefs/Pet'), want: { message: outside('#/x%2Ddefs/Pet'), location: locate(AT) } }],
    ['a $ref inside an array is found too', { given: { openapi: '3.1.0', components: { schemas: { A: { allOf: [{ $ref: '#/defs/B' }] } } } }, want: { message: outside('#/defs/B'), location: locate('/components/schemas/A/allOf/0/$ref') } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(refusal(() => checkReferenceTargets(given, FILE, locate))).toEqual(want);
  });
});
