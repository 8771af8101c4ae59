import { describe, expect, test } from 'vitest';
import { conflictingTypes, readWriteMarkedSchemas, requiredCycle, schemaAllowsNull, schemaIsScalar, undeclaredProperties, usesReadWriteMarkers, wildcardBodyKind, type WildcardBodyKind } from '../../src/document/schema-facts.js';

const document = { components: { schemas: { Maybe: { type: ['string', 'null'] }, Thing: { type: 'object' }, File: { type: 'string', format: 'binary' } } } };

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

  // A discriminator parent that is oneOf its children, each allOf the parent: a cycle per child, decided at once.
  const family = (children: number, nullable: boolean) => ({
    components: {
      schemas: {
        Parent: { type: 'object', properties: { kind: { type: 'string' } }, oneOf: Array.from({ length: children }, (_, i) => ({ $ref: `#/components/schemas/Child${i}` })) },
        ...Object.fromEntries(
          Array.from({ length: children }, (_, i) => [`Child${i}`, { allOf: [{ $ref: '#/components/schemas/Parent' }, nullable && i === 0 ? { nullable: true } : { type: 'object' }] }]),
        ),
      },
    },
  });
  test.each([
    ['children all objects: no null', { children: 3, nullable: false, want: false }],
    ['a child that admits null (every allOf part does, the cycle adding nothing): null', { children: 3, nullable: true, want: true }],
    ['ten children decide at once (it used to take 10^16 calls)', { children: 10, nullable: false, want: false }],
  ])('cycles: %s', (_name, { children, nullable, want }) => {
    const doc = family(children, nullable);
    expect(schemaAllowsNull(doc, { $ref: '#/components/schemas/Parent' })).toBe(want);
  });
});

describe('schemaIsScalar: only strings, numbers, booleans (and null), so no array or object handling is needed', () => {
  const scalars = { components: { schemas: { Id: { type: 'string' }, Ids: { type: 'array', items: { type: 'string' } }, Loop: { oneOf: [{ $ref: '#/components/schemas/Loop' }] } } } };
  const cases: [string, { given: unknown; want: boolean }][] = [
    ['string', { given: { type: 'string', format: 'uuid' }, want: true }],
    ['integer', { given: { type: 'integer' }, want: true }],
    ['a 3.1 type list of scalars', { given: { type: ['string', 'null'] }, want: true }],
    ['a type list with array', { given: { type: ['string', 'array'] }, want: false }],
    ['array', { given: { type: 'array', items: { type: 'string' } }, want: false }],
    ['object', { given: { type: 'object' }, want: false }],
    ['no type: anything', { given: {}, want: false }],
    ['no schema', { given: undefined, want: false }],
    ['an untyped enum of strings', { given: { enum: ['a', 'b'] }, want: true }],
    ['an untyped enum with an object member', { given: { enum: ['a', { b: 1 }] }, want: false }],
    ['const', { given: { const: 3 }, want: true }],
    ['oneOf scalars', { given: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, want: true }],
    ['anyOf with an array branch', { given: { anyOf: [{ type: 'string' }, { $ref: '#/components/schemas/Ids' }] }, want: false }],
    ['a $ref to a string', { given: { $ref: '#/components/schemas/Id' }, want: true }],
    ['a $ref to an array', { given: { $ref: '#/components/schemas/Ids' }, want: false }],
    ['a schema inside itself decides nothing: not scalar', { given: { $ref: '#/components/schemas/Loop' }, want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(schemaIsScalar(scalars, given)).toBe(want));
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

describe('readWriteMarkedSchemas', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const marked = {
    components: {
      schemas: {
        Id: { type: 'string', readOnly: true },
        Secret: { type: 'object', properties: { password: { type: 'string', writeOnly: true } } },
        Plain: { type: 'object', properties: { name: { type: 'string' } } },
        HasId: { type: 'object', properties: { id: ref('Id') } },
        // Cycles: Node reaches a mark through Leaf; Loop is a cycle with no mark at all.
        Node: { type: 'object', properties: { children: { type: 'array', items: ref('Node') }, leaf: ref('Leaf') } },
        Leaf: { allOf: [ref('Plain'), ref('Id')] },
        Loop: { type: 'object', properties: { next: ref('Loop'), plain: ref('Plain') } },
        Example: { type: 'object', example: { readOnly: true } },
        'with space': { type: 'string', readOnly: true },
      },
    },
  };
  const cases: [string, { given: unknown; want: boolean }][] = [
    ['a readOnly schema itself', { given: { type: 'string', readOnly: true }, want: true }],
    ['a writeOnly property', { given: ref('Secret'), want: true }],
    ['no mark anywhere', { given: ref('Plain'), want: false }],
    ['a mark one $ref away', { given: ref('HasId'), want: true }],
    ['a mark through an array of a cyclic schema and an allOf', { given: { type: 'array', items: ref('Node') }, want: true }],
    ['a cycle without a mark ends, unmarked', { given: ref('Loop'), want: false }],
    ['readOnly inside an example is data', { given: ref('Example'), want: false }],
    ['a percent-encoded $ref is followed', { given: { $ref: '#/components/schemas/with%20space' }, want: true }],
    ['a dangling $ref marks nothing', { given: ref('Missing'), want: false }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(readWriteMarkedSchemas(marked)(given)).toBe(want));

  test('answers stay right when one test asks them in any order (what it remembers is exact)', () => {
    const names = Object.keys(marked.components.schemas);
    const alone = names.map((name) => readWriteMarkedSchemas(marked)(ref(name)));
    const shared = readWriteMarkedSchemas(marked);
    for (const order of [names, [...names].reverse()]) {
      const answers = new Map(order.map((name) => [name, shared(ref(name))]));
      expect(names.map((name) => answers.get(name))).toEqual(alone);
    }
    expect(alone).toEqual([true, true, false, true, true, true, false, false, true]);
  });
});

describe('undeclaredProperties', () => {
  const doc = { components: { schemas: { Tag: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } } } } };
  const cases: [string, { schema: unknown; value: unknown; want: string[] }][] = [
    ['a property the schema does not declare', { schema: { $ref: '#/components/schemas/Tag' }, value: { id: 1, email: 'a@b.c' }, want: ['/email'] }],
    ['declared ones only', { schema: { $ref: '#/components/schemas/Tag' }, value: { id: 1, name: 'n' }, want: [] }],
    ['additionalProperties: any name is declared', { schema: { type: 'object', properties: {}, additionalProperties: { type: 'string' } }, value: { x: 'y' }, want: [] }],
    ['additionalProperties: false says it (Ajv refuses the value)', { schema: { type: 'object', additionalProperties: false }, value: { x: 1 }, want: ['/x'] }],
    ['an allOf part or a oneOf branch declares it', { schema: { allOf: [{ $ref: '#/components/schemas/Tag' }], oneOf: [{ properties: { email: {} } }] }, value: { id: 1, email: 'e' }, want: [] }],
    ['nested, through arrays', { schema: { type: 'array', items: { type: 'object', properties: { tag: { $ref: '#/components/schemas/Tag' } } } }, value: [{ tag: { $ref: 'x' } }], want: ['/0/tag/$ref'] }],
    ['a free-form object declares any name', { schema: { type: 'object' }, value: { a: 1 }, want: [] }],
    ['a schema that says nothing', { schema: undefined, value: { a: 1 }, want: [] }],
    ['not an object', { schema: { type: 'string' }, value: 'a', want: [] }],
  ];
  test.each(cases)('%s', (_name, { schema, value, want }) => expect(undeclaredProperties(doc, schema, value)).toEqual(want));
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

describe('wildcardBodyKind: what a */* body schema says the body is', () => {
  const cases: [string, { given: unknown; want: WildcardBodyKind }][] = [
    ['no schema', { given: undefined, want: 'unconstrained' }],
    ['an empty schema', { given: {}, want: 'unconstrained' }],
    ['only a description', { given: { description: 'anything' }, want: 'unconstrained' }],
    ['a string', { given: { type: 'string' }, want: 'string' }],
    ['a nullable string (3.1 list)', { given: { $ref: '#/components/schemas/Maybe' }, want: 'string' }],
    ['a binary string through a $ref', { given: { $ref: '#/components/schemas/File' }, want: 'binary' }],
    ['an object', { given: { type: 'object' }, want: 'value' }],
    ['properties without a type', { given: { properties: { a: {} } }, want: 'value' }],
    ['an integer', { given: { type: 'integer' }, want: 'value' }],
    ['string or integer: only JSON tells them apart', { given: { type: ['string', 'integer'] }, want: 'value' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(wildcardBodyKind(document, given)).toBe(want));
});
