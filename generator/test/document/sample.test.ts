import { describe, expect, test } from 'vitest';
import { sampleSchema } from '../../src/document/sample.js';

const document = {
  components: {
    schemas: {
      Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string' } } },
      Named: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 5 } } },
      Node: { type: 'object', required: ['next'], properties: { next: { $ref: '#/components/schemas/Node' } } },
      Cat: { type: 'object', required: ['kind', 'meows'], properties: { kind: { type: 'string' }, meows: { type: 'boolean' } } },
      Dog: { type: 'object', required: ['kind', 'barks'], properties: { kind: { type: 'string' }, barks: { type: 'boolean' } } },
      Pet2: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } },
      },
      // Discriminator on the parent, children allOf it (no oneOf anywhere): the child's name is its value.
      Animal: { type: 'object', required: ['species'], properties: { species: { type: 'string' } }, discriminator: { propertyName: 'species', mapping: { 'big-cat': '#/components/schemas/Lion' } } },
      Lion: { allOf: [{ $ref: '#/components/schemas/Animal' }, { type: 'object', properties: { roars: { type: 'boolean' } } }] },
      Fish: { allOf: [{ $ref: '#/components/schemas/Animal' }] },
      Account: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' } } },
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
    ['an optional property with a default is sampled (its default)', { given: { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string' }, default: ['x'] } } }, options: {}, want: { a: 'example', b: ['x'] } }],
    ['defaulted: false leaves it out', { given: { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string' }, default: ['x'] } } }, options: { defaulted: false }, want: { a: 'example' } }],
    ['allProperties: the optional ones too (readOnly still left out of a request)', { given: { type: 'object', properties: { a: { type: 'string' }, id: { type: 'integer', readOnly: true } } }, options: { allProperties: true, direction: 'request' }, want: { a: 'example' } }],
    ['a defaulted property is included', { given: { type: 'object', properties: { a: { type: 'string', default: 'x' }, b: { type: 'string' } } }, want: { a: 'x' } }],
    ['a null default stays null, not a placeholder string', { given: { type: 'object', properties: { a: { type: 'object', nullable: true, default: null } } }, want: { a: null } }],
    ['allOf parts are merged (required beside $ref)', { given: { allOf: [{ $ref: '#/components/schemas/Pet' }, { $ref: '#/components/schemas/Named' }], required: ['tag'] }, want: { name: 'example', tag: 'example', id: 5 } }],
    ['the first non-null oneOf branch', { given: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Named' }] }, want: { id: 5 } }],
    ['an array gets one item', { given: { type: 'array', items: { type: 'boolean' } }, want: [true] }],
    ['a type inferred from properties', { given: { properties: { a: { type: 'string' } }, required: ['a'] }, want: { a: 'example' } }],
    ['a required name without a property takes additionalProperties', { given: { type: 'object', required: ['k'], additionalProperties: { type: 'integer' } }, want: { k: 1 } }],
    ['no type: nothing to say', { given: {}, want: undefined }],
    ['a pattern is matched', { given: { type: 'string', pattern: '^[a-z]{3}-\\d{2}$' }, want: expect.stringMatching(/^[a-z]{3}-\d{2}$/) }],
    ['a pattern anchored at the start only', { given: { type: 'string', pattern: '^ssh-(rsa|dss|ed25519) |^ecdsa-sha2-nistp(256|384|521) ' }, want: expect.stringMatching(/^(ssh-(rsa|dss|ed25519) |ecdsa-sha2-nistp(256|384|521) )/) }],
    ['a pattern and a minimum length', { given: { type: 'string', pattern: '^[0-9a-f]+$', minLength: 40 }, want: expect.stringMatching(/^[0-9a-f]{40,}$/) }],
    ['an email', { given: { type: 'string', format: 'email' }, want: 'user@example.com' }],
    ['a uuid', { given: { type: 'string', format: 'uuid' }, want: '00000000-0000-4000-8000-000000000000' }],
    ['a uri', { given: { type: 'string', format: 'uri' }, want: 'https://example.com' }],
    ['minLength pads', { given: { type: 'string', minLength: 10 }, want: 'examplexxx' }],
    ['maxLength cuts', { given: { type: 'string', maxLength: 3 }, want: 'exa' }],
    ['a maximum below 1', { given: { type: 'integer', maximum: -3 }, want: -3 }],
    ['3.0 exclusiveMinimum', { given: { type: 'integer', minimum: 0, exclusiveMinimum: true }, want: 1 }],
    ['3.1 exclusiveMinimum', { given: { type: 'integer', exclusiveMinimum: 5 }, want: 6 }],
    ['a number between exclusive bounds', { given: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true }, want: 0.5 }],
    ['multipleOf', { given: { type: 'integer', minimum: 7, multipleOf: 5 }, want: 10 }],
    ['minItems', { given: { type: 'array', items: { type: 'integer' }, minItems: 2 }, want: [1, 1] }],
    ['unique enum items', { given: { type: 'array', items: { enum: ['a', 'b', 'c'] }, minItems: 2, uniqueItems: true }, want: ['a', 'b'] }],
    ['a discriminator takes the mapping name of the branch', { given: { $ref: '#/components/schemas/Pet2' }, want: { kind: 'cat', meows: true } }],
    ['variant 1: the second branch, with its mapping name', { given: { $ref: '#/components/schemas/Pet2' }, options: { variant: 1 }, want: { kind: 'dog', barks: true } }],
    ['an inherited discriminator (allOf a parent that has one) takes the child\'s name', { given: { $ref: '#/components/schemas/Fish' }, want: { species: 'Fish' } }],
    ['an inherited discriminator takes the parent\'s mapping key for the child', { given: { $ref: '#/components/schemas/Lion' }, want: { species: 'big-cat' } }],
    ['an inherited discriminator in a oneOf of children', { given: { oneOf: [{ $ref: '#/components/schemas/Fish' }, { $ref: '#/components/schemas/Lion' }] }, options: { variant: 1 }, want: { species: 'big-cat' } }],
    ['variant 1 of oneOf [integer, string]', { given: { oneOf: [{ type: 'integer' }, { type: 'string' }] }, options: { variant: 1 }, want: 'example' }],
    ['a request leaves out readOnly properties, required or not', { given: { $ref: '#/components/schemas/Account' }, options: { direction: 'request' }, want: { name: 'example' } }],
    ['keywords beside a $ref apply too (required)', { given: { $ref: '#/components/schemas/Pet', required: ['tag'] }, want: { name: 'example', tag: 'example' } }],
    ['a description beside a $ref changes nothing', { given: { $ref: '#/components/schemas/Pet', description: 'a pet' }, want: { name: 'example' } }],
    ['a response keeps them', { given: { $ref: '#/components/schemas/Account' }, want: { id: 1, name: 'example' } }],
    ['a dangling $ref: nothing to say', { given: { $ref: '#/nope' }, want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, options, want }) => expect(sampleSchema(document, given, options)).toEqual(want));

  test('the same pattern gives the same string every time', () => {
    const schema = { type: 'string', pattern: '^[A-Za-z0-9._-]{8,12}$' };
    expect(sampleSchema(document, schema)).toEqual(sampleSchema(document, structuredClone(schema)));
  });

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
