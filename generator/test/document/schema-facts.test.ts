import { describe, expect, test } from 'vitest';
import { conflictingTypes, requiredCycle, schemaAllowsNull, usesReadWriteMarkers } from '../../src/document/schema-facts.js';

const document = { components: { schemas: { Maybe: { type: ['string', 'null'] }, Thing: { type: 'object' } } } };

describe('schemaAllowsNull', () => {
  const cases: [string, { given: unknown; want: boolean }][] = [
    ['3.0 nullable', { given: { type: 'object', nullable: true }, want: true }],
    ['3.1 type list with null', { given: { type: ['object', 'null'] }, want: true }],
    ['type null', { given: { type: 'null' }, want: true }],
    ['an object', { given: { type: 'object' }, want: false }],
    ['properties without a type', { given: { properties: { a: {} } }, want: false }],
    ['an empty schema admits anything', { given: {}, want: true }],
    ['no schema', { given: undefined, want: true }],
    ['const null', { given: { const: null }, want: true }],
    ['enum with null', { given: { enum: ['a', null] }, want: true }],
    ['enum without null', { given: { enum: ['a'] }, want: false }],
    ['oneOf with a null branch', { given: { oneOf: [{ type: 'string' }, { type: 'null' }] }, want: true }],
    ['anyOf without one', { given: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, want: false }],
    ['allOf: only when every part admits null', { given: { allOf: [{ nullable: true }, { type: 'object' }] }, want: false }],
    ['a $ref followed', { given: { $ref: '#/components/schemas/Maybe' }, want: true }],
    ['a $ref to an object', { given: { $ref: '#/components/schemas/Thing' }, want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(schemaAllowsNull(document, given)).toBe(want));
});

describe('usesReadWriteMarkers', () => {
  const cases: [string, { given: Record<string, unknown>; want: boolean }][] = [
    ['readOnly in a component', { given: { components: { schemas: { A: { properties: { id: { readOnly: true } } } } } }, want: true }],
    ['writeOnly under paths', { given: { paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema: { properties: { p: { writeOnly: true } } } } } } } } } }, want: true }],
    ['a property called readOnly is not the keyword', { given: { components: { schemas: { A: { properties: { readOnly: { type: 'boolean' } } } } } }, want: false }],
    ['readOnly inside an example is data', { given: { components: { schemas: { A: { example: { readOnly: true } } } } }, want: false }],
    ['readOnly: false', { given: { components: { schemas: { A: { readOnly: false } } } }, want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(usesReadWriteMarkers(given)).toBe(want));
});

describe('requiredCycle: a schema that requires itself, so no finite value is valid', () => {
  const schemas = {
    Tree: { type: 'object', required: ['id', 'parent'], properties: { id: { type: 'string' }, parent: { $ref: '#/components/schemas/Tree' } } },
    Linked: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, next: { $ref: '#/components/schemas/Linked' } } },
    Person: { type: 'object', required: ['employer'], properties: { employer: { $ref: '#/components/schemas/Company' } } },
    Company: { type: 'object', required: ['ceo'], properties: { ceo: { $ref: '#/components/schemas/Person' } } },
    NullableParent: { type: 'object', required: ['parent'], properties: { parent: { allOf: [{ $ref: '#/components/schemas/NullableParent' }], nullable: true } } },
    Expression: { type: 'object', required: ['value'], properties: { value: { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/Expression' }] } } },
    Children: { type: 'object', required: ['children'], properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Children' } } } },
    SomeChildren: { type: 'object', required: ['children'], properties: { children: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/SomeChildren' } } } },
    Extended: { allOf: [{ $ref: '#/components/schemas/Tree' }] },
  };
  const document = { components: { schemas } };
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const cases: [string, { given: unknown; want: string | undefined }][] = [
    ['a required property of its own type', { given: ref('Tree'), want: '#/components/schemas/Tree' }],
    ['an optional one ends the chain', { given: ref('Linked'), want: undefined }],
    ['two schemas requiring each other', { given: ref('Person'), want: '#/components/schemas/Person' }],
    ['a nullable one ends it (null is a value)', { given: ref('NullableParent'), want: undefined }],
    ['a oneOf ends it (another branch may)', { given: ref('Expression'), want: undefined }],
    ['an array that may be empty ends it', { given: ref('Children'), want: undefined }],
    ['an array of at least one does not', { given: ref('SomeChildren'), want: '#/components/schemas/SomeChildren' }],
    ['through allOf', { given: ref('Extended'), want: '#/components/schemas/Tree' }],
    ['an inline schema with such a property', { given: { type: 'object', required: ['node'], properties: { node: ref('Tree') } }, want: '#/components/schemas/Tree' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(requiredCycle(document, given)).toBe(want));
});

describe('conflictingTypes: allOf parts that leave no type in common', () => {
  const document = { components: { schemas: { Count: { type: 'integer' }, Text: { type: 'string' } } } };
  const cases: [string, { given: unknown; want: RegExp | undefined }][] = [
    ['string and integer', { given: { allOf: [{ type: 'string' }, { type: 'integer' }] }, want: /demand the types string, integer/ }],
    ['through $refs and beside the parts', { given: { type: 'string', allOf: [{ $ref: '#/components/schemas/Count' }] }, want: /string, integer/ }],
    ['an integer is a number', { given: { allOf: [{ type: 'number' }, { $ref: '#/components/schemas/Count' }] }, want: undefined }],
    ['a type list in common', { given: { allOf: [{ type: ['string', 'null'] }, { type: ['integer', 'null'] }] }, want: undefined }],
    ['a part without type allows any', { given: { allOf: [{ $ref: '#/components/schemas/Text' }, { minLength: 2 }] }, want: undefined }],
    ['one type only', { given: { type: 'object' }, want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const reason = conflictingTypes(document, given);
    if (want === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(want);
  });
});
