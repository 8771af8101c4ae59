import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../../src/document/index.js';
import { emitTypes } from '../../../src/emit/emit-types.js';
import { shareDiscriminatorValues } from '../../../src/emit/type-passes/share-discriminator-values.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const One = { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } };
const Two = { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } };
/** A document whose request bodies are the given schemas, one operation each. */
const doc = (...bodies: unknown[]) =>
  ({
    openapi: '3.0.3',
    paths: Object.fromEntries(bodies.map((schema, index) => [`/op${index}`, { patch: { requestBody: { content: { 'application/json': { schema } } } } }])),
    components: { schemas: { One, Two } },
  }) as unknown as OpenApiDocument;
const mappingOf = (document: OpenApiDocument, index: number) =>
  (document.paths as Record<string, { patch: { requestBody: { content: { 'application/json': { schema: { discriminator: { mapping?: unknown } } } } } } }>)[`/op${index}`]!.patch.requestBody.content['application/json'].schema.discriminator.mapping;

describe('shareDiscriminatorValues', () => {
  const mapped = { oneOf: [ref('One'), ref('Two')], discriminator: { propertyName: 'kind', mapping: { 'Option One': '#/components/schemas/One', 'Option Two': '#/components/schemas/Two' } } };
  const inferred = { oneOf: [ref('One'), ref('Two')], discriminator: { propertyName: 'kind' } };
  const byName = { oneOf: [ref('One')], discriminator: { propertyName: 'kind', mapping: { 'Option One': 'One' } } };
  const otherProperty = { oneOf: [ref('One')], discriminator: { propertyName: 'type', mapping: { a: '#/components/schemas/One' } } };
  const cases: [string, { given: unknown[]; want: unknown[] }][] = [
    [
      'a component mapped in one discriminator and inferred in another takes both values in each',
      {
        given: [mapped, inferred],
        want: [
          { 'Option One': '#/components/schemas/One', One: '#/components/schemas/One', 'Option Two': '#/components/schemas/Two', Two: '#/components/schemas/Two' },
          { 'Option One': '#/components/schemas/One', One: '#/components/schemas/One', 'Option Two': '#/components/schemas/Two', Two: '#/components/schemas/Two' },
        ],
      },
    ],
    ['a mapping that names the schema means its $ref: the same values, nothing to share', { given: [mapped, byName], want: [mapped.discriminator.mapping, byName.discriminator.mapping] }],
    ['another property name is another literal: left alone', { given: [inferred, otherProperty], want: [undefined, otherProperty.discriminator.mapping] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const document = doc(...given);
    const result = shareDiscriminatorValues(document);
    expect(given.map((_, index) => mappingOf(result, index))).toEqual(want);
  });

  test('the document itself when nothing is shared, a copy otherwise', () => {
    const alone = doc(mapped, byName);
    expect(shareDiscriminatorValues(alone)).toBe(alone);
    const shared = doc(mapped, inferred);
    expect(shareDiscriminatorValues(shared)).not.toBe(shared);
    expect(mappingOf(shared, 1)).toBeUndefined();
  });

  test("the emitted component takes every operation's value, not only the first discriminator's", () => {
    const types = emitTypes(doc(mapped, inferred), 'shared.yaml');
    const one = /\n {4}One: \{[\s\S]*?\n {6}kind: ([^;]+);/.exec(types)?.[1];
    expect(one).toBe("'Option One' | 'One'");
  });
});
