import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { breakEagerCycles, eagerRefs, type RefSite } from '../../../src/emit/type-passes/break-eager-cycles.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('eagerRefs', () => {
  const schemas = { A: {}, B: {}, C: {}, 'a/b': {} };
  const cases: [string, { given: unknown; want: RefSite[] }][] = [
    ['a $ref of the schema itself', { given: ref('B'), want: [{ target: 'B', path: [] }] }],
    ['allOf members', { given: { allOf: [ref('B'), { type: 'object' }] }, want: [{ target: 'B', path: ['allOf', '0'] }] }],
    ['anyOf and oneOf members', { given: { anyOf: [ref('B')], oneOf: [{}, ref('C')] }, want: [{ target: 'C', path: ['oneOf', '1'] }, { target: 'B', path: ['anyOf', '0'] }] }],
    ['members of members', { given: { allOf: [{ oneOf: [ref('C')] }] }, want: [{ target: 'C', path: ['allOf', '0', 'oneOf', '0'] }] }],
    ['a property is lazy (an object type only names it)', { given: { type: 'object', properties: { b: ref('B') } }, want: [] }],
    ['array items are lazy', { given: { type: 'array', items: ref('B') }, want: [] }],
    ['additionalProperties are lazy', { given: { type: 'object', additionalProperties: ref('B') }, want: [] }],
    ['a $ref to a schema that does not exist', { given: { allOf: [ref('Missing')] }, want: [] }],
    ['a $ref into a schema is not an edge', { given: { allOf: [{ $ref: '#/components/schemas/B/properties/x' }] }, want: [] }],
    ['an escaped name', { given: { $ref: '#/components/schemas/a~1b' }, want: [{ target: 'a/b', path: [] }] }],
    ['not a schema object', { given: [ref('B')], want: [] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(eagerRefs(given, schemas)).toEqual(want);
  });
});

const FILE = 'spec.yaml';
const warning = (pointer: string, target: string) =>
  `${FILE} (#${pointer}): #/components/schemas/${target} closes a cycle of allOf/anyOf/oneOf references, which has no finite type; typed as unknown there`;

describe('breakEagerCycles', () => {
  const cases: [string, { given: Record<string, unknown>; want: { schemas: Record<string, unknown>; warnings: string[] } }][] = [
    [
      'a schema that is its own allOf member: the member becomes {}',
      {
        given: { A: { allOf: [ref('A'), { type: 'object' }] } },
        want: { schemas: { A: { allOf: [{}, { type: 'object' }] } }, warnings: [warning('/components/schemas/A/allOf/0', 'A')] },
      },
    ],
    [
      'a two-schema cycle is cut at the ref that closes it (depth first, in document order)',
      {
        given: { A: { allOf: [ref('B')] }, B: { oneOf: [ref('A'), { type: 'string' }] } },
        want: { schemas: { A: { allOf: [ref('B')] }, B: { oneOf: [{}, { type: 'string' }] } }, warnings: [warning('/components/schemas/B/oneOf/0', 'A')] },
      },
    ],
    [
      'document order decides where: the same cycle written B first is cut in A',
      {
        given: { B: { oneOf: [ref('A'), { type: 'string' }] }, A: { allOf: [ref('B')] } },
        want: { schemas: { B: { oneOf: [ref('A'), { type: 'string' }] }, A: { allOf: [{}] } }, warnings: [warning('/components/schemas/A/allOf/0', 'B')] },
      },
    ],
    [
      'a schema that is only a $ref closing a cycle becomes {} itself',
      {
        given: { A: { allOf: [ref('B')] }, B: ref('A') },
        want: { schemas: { A: { allOf: [ref('B')] }, B: {} }, warnings: [warning('/components/schemas/B', 'A')] },
      },
    ],
    [
      'two separate cycles: one cut each, in document order',
      {
        given: { A: { allOf: [ref('A')] }, B: { anyOf: [ref('C')] }, C: { anyOf: [ref('B')] } },
        want: {
          schemas: { A: { allOf: [{}] }, B: { anyOf: [ref('C')] }, C: { anyOf: [{}] } },
          warnings: [warning('/components/schemas/A/allOf/0', 'A'), warning('/components/schemas/C/anyOf/0', 'B')],
        },
      },
    ],
    [
      'a cycle through a property is lazy and kept',
      {
        given: { Tree: { type: 'object', properties: { children: { type: 'array', items: ref('Tree') } } } },
        want: { schemas: { Tree: { type: 'object', properties: { children: { type: 'array', items: ref('Tree') } } } }, warnings: [] },
      },
    ],
    [
      'a diamond (A uses B and C, both use D) is no cycle',
      {
        given: { A: { allOf: [ref('B'), ref('C')] }, B: { allOf: [ref('D')] }, C: { allOf: [ref('D')] }, D: { type: 'object' } },
        want: { schemas: { A: { allOf: [ref('B'), ref('C')] }, B: { allOf: [ref('D')] }, C: { allOf: [ref('D')] }, D: { type: 'object' } }, warnings: [] },
      },
    ],
    [
      'a pointer segment with a slash is escaped in the warning',
      {
        given: { 'a/b': { allOf: [{ $ref: '#/components/schemas/a~1b' }] } },
        want: { schemas: { 'a/b': { allOf: [{}] } }, warnings: [warning('/components/schemas/a~1b/allOf/0', 'a/b')] },
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const warnings: string[] = [];
    const result = breakEagerCycles({ openapi: '3.1.0', components: { schemas: given } }, FILE, warnings);
    expect(result.components?.schemas).toEqual(want.schemas);
    expect(warnings).toEqual(want.warnings);
  });

  test('a document without eager cycles is returned as it is', () => {
    const document: OpenApiDocument = { openapi: '3.1.0', components: { schemas: { A: { allOf: [ref('B')] }, B: { type: 'object' } } } };
    expect(breakEagerCycles(document, FILE, [])).toBe(document);
  });

  test('a document without components has nothing to cut', () => {
    const document: OpenApiDocument = { openapi: '3.1.0', paths: {} };
    expect(breakEagerCycles(document, FILE, [])).toBe(document);
  });

  test("cycles are cut in a copy: the caller's document keeps its refs", () => {
    const document: OpenApiDocument = { openapi: '3.1.0', components: { schemas: { A: { allOf: [ref('A')] } } } };
    const before = structuredClone(document);
    breakEagerCycles(document, FILE, []);
    expect(document).toEqual(before);
  });

  test('a cycle of 20,000 schemas is cut without overflowing the stack (the search is iterative)', () => {
    const count = 20_000;
    const schemas = Object.fromEntries(Array.from({ length: count }, (_, i) => [`S${i}`, { allOf: [ref(`S${(i + 1) % count}`)] }]));
    const warnings: string[] = [];
    const result = breakEagerCycles({ openapi: '3.1.0', components: { schemas } }, FILE, warnings);
    expect(warnings).toEqual([warning(`/components/schemas/S${count - 1}/allOf/0`, 'S0')]);
    expect(result.components?.schemas?.[`S${count - 1}`]).toEqual({ allOf: [{}] });
  });
});
