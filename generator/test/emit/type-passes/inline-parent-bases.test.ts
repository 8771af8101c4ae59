import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { inlineParentBases } from '../../../src/emit/type-passes/inline-parent-bases.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const doc = (schemas: Record<string, unknown>) => ({ openapi: '3.0.3', components: { schemas } }) as OpenApiDocument;
const species = { type: 'string', enum: ['cat', 'dog'] };
const name = { type: 'string' };

describe('inlineParentBases', () => {
  const cases: [string, { given: Record<string, unknown>; want: Record<string, unknown> }][] = [
    [
      'a child gets the parent\'s own part, its discriminator value from the mapping',
      {
        given: {
          Animal: { type: 'object', required: ['species'], properties: { species, name }, discriminator: { propertyName: 'species', mapping: { cat: '#/components/schemas/Cat' } }, oneOf: [ref('Cat')] },
          Cat: { allOf: [ref('Animal'), { type: 'object', properties: { lives: { type: 'integer' } } }] },
        },
        want: { allOf: [{ type: 'object', required: ['species'], properties: { species: { type: 'string', enum: ['cat'] }, name } }, { type: 'object', properties: { lives: { type: 'integer' } } }] },
      },
    ],
    [
      'without a mapping entry the value is the child\'s name, and the property becomes required',
      {
        given: { Animal: { properties: { name }, discriminator: { propertyName: 'kind' }, anyOf: [ref('Cat')] }, Cat: { allOf: [ref('Animal')] } },
        want: { allOf: [{ properties: { name, kind: { type: 'string', enum: ['Cat'] } }, required: ['kind'] }] },
      },
    ],
    [
      'a mapping may name the schema instead of a $ref',
      {
        given: { Animal: { discriminator: { propertyName: 'kind', mapping: { c: 'Cat' } }, oneOf: [ref('Cat')] }, Cat: { allOf: [ref('Animal')] } },
        want: { allOf: [{ properties: { kind: { type: 'string', enum: ['c'] } }, required: ['kind'] }] },
      },
    ],
    [
      'without a discriminator the parent\'s own part is taken as it is',
      { given: { Shape: { properties: { name }, oneOf: [ref('Circle')] }, Circle: { allOf: [ref('Shape')] } }, want: { allOf: [{ properties: { name } }] } },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const result = inlineParentBases(doc(given));
    const schemas = result.components!.schemas as Record<string, unknown>;
    const child = Object.keys(given)[1]!;
    expect(schemas[child]).toEqual(want);
    // The parent stays the union of its children; the input is not changed.
    expect(schemas[Object.keys(given)[0]!]).toEqual(given[Object.keys(given)[0]!]);
    expect(result).not.toBe(given);
  });

  const unchanged: [string, Record<string, unknown>][] = [
    ['an allOf parent that does not list the child', { Animal: { properties: { name }, oneOf: [ref('Dog')] }, Cat: { allOf: [ref('Animal')] }, Dog: {} }],
    ['a parent with no variants', { Animal: { properties: { name } }, Cat: { allOf: [ref('Animal')] } }],
    ['a schema that is its own allOf member (left to breakEagerCycles)', { A: { allOf: [ref('A')], oneOf: [ref('A')] } }],
  ];
  test.each(unchanged)('returns the document itself: %s', (_name, given) => {
    const document = doc(given);
    expect(inlineParentBases(document)).toBe(document);
  });
});
