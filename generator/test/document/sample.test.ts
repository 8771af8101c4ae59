import { describe, expect, test } from 'vitest';
import { sampleSchema } from '../../src/document/sample.js';

const document = {
  components: {
    schemas: {
      Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string' } } },
      Named: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 5 } } },
      Node: { type: 'object', required: ['next'], properties: { next: { $ref: '#/components/schemas/Node' } } },
    },
  },
};

describe('sampleSchema', () => {
  const cases: [string, { given: unknown; options?: Parameters<typeof sampleSchema>[2]; want: unknown }][] = [
    ['a string', { given: { type: 'string' }, want: 'example' }],
    ['a date-time', { given: { type: 'string', format: 'date-time' }, want: '2024-01-01T00:00:00Z' }],
    ['a number takes its minimum', { given: { type: 'integer', minimum: 3 }, want: 3 }],
    ['the schema example first', { given: { type: 'string', example: 'rex' }, want: 'rex' }],
    ['3.1 examples', { given: { type: 'string', examples: ['a', 'b'] }, want: 'a' }],
    ['examples off: the type decides', { given: { type: 'string', example: 'rex' }, options: { useExamples: false }, want: 'example' }],
    ['const', { given: { const: 7 }, want: 7 }],
    ['the first non-null enum member', { given: { enum: [null, 'b'] }, want: 'b' }],
    ['a default', { given: { type: 'string', default: 'd' }, want: 'd' }],
    ['required properties only, through a $ref', { given: { $ref: '#/components/schemas/Pet' }, want: { name: 'example' } }],
    ['a defaulted property is included', { given: { type: 'object', properties: { a: { type: 'string', default: 'x' }, b: { type: 'string' } } }, want: { a: 'x' } }],
    ['allOf parts are merged (required beside $ref)', { given: { allOf: [{ $ref: '#/components/schemas/Pet' }, { $ref: '#/components/schemas/Named' }], required: ['tag'] }, want: { name: 'example', tag: 'example', id: 5 } }],
    ['the first non-null oneOf branch', { given: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Named' }] }, want: { id: 5 } }],
    ['an array gets one item', { given: { type: 'array', items: { type: 'boolean' } }, want: [true] }],
    ['a type inferred from properties', { given: { properties: { a: { type: 'string' } }, required: ['a'] }, want: { a: 'example' } }],
    ['a required name without a property takes additionalProperties', { given: { type: 'object', required: ['k'], additionalProperties: { type: 'integer' } }, want: { k: 1 } }],
    ['no type: nothing to say', { given: {}, want: undefined }],
    ['a dangling $ref: nothing to say', { given: { $ref: '#/nope' }, want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, options, want }) => expect(sampleSchema(document, given, options)).toEqual(want));

  test('a required recursive property ends at maxDepth instead of overflowing', () => {
    let value = sampleSchema(document, { $ref: '#/components/schemas/Node' }, { maxDepth: 3 }) as { next?: unknown };
    let depth = 0;
    while (value && typeof value === 'object' && 'next' in value) {
      value = value.next as { next?: unknown };
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(5);
    expect(depth).toBeGreaterThan(0);
  });
});
