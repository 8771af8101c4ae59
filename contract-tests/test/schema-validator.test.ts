import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSchemaValidator, dialectDefects, schemaDefectOf } from '../src/spec/schema-validator.js';

const document = {
  openapi: '3.0.3',
  components: {
    schemas: {
      // Not a valid Unicode-mode pattern (`\\-` and `\\:` are identity escapes); DigitalOcean's spec has it.
      Tag: { type: 'string', pattern: '^[a-zA-Z0-9_\\-\\:]+$' },
      Slug: { type: 'string', pattern: '^[a-z]+$' },
      Stamp: { type: 'integer', format: 'unix-time' },
      Other: { type: 'integer', format: 'unix-time', minimum: 0 },
      Broken: { type: 'string', pattern: '(' },
      First: { type: 'integer', format: 'noted-once' },
      Second: { type: 'integer', format: 'noted-once', minimum: 0 },
    },
  },
};

afterEach(() => vi.restoreAllMocks());

describe('createSchemaValidator', () => {
  const cases: [string, { given: [pointer: string, value: unknown]; want: string[] }][] = [
    ['a pattern Unicode mode rejects is compiled without it: a match passes', { given: ['/components/schemas/Tag', 'a-b:c'], want: [] }],
    ['... and a mismatch fails', { given: ['/components/schemas/Tag', 'a b'], want: ['/: must match pattern "^[a-zA-Z0-9_\\-\\:]+$"'] }],
    ['an ordinary pattern in Unicode mode', { given: ['/components/schemas/Slug', 'Ab'], want: ['/: must match pattern "^[a-z]+$"'] }],
    ['an unknown format is not checked', { given: ['/components/schemas/Stamp', 12], want: [] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const validator = createSchemaValidator(document, '3.0');
    expect(validator.validate(...given).map((v) => `${v.instancePath}: ${v.message}`)).toEqual(want);
  });

  test('an unknown format is noted once, not once per schema', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const validator = createSchemaValidator(document, '3.0');
    validator.validate('/components/schemas/First', 1);
    validator.validate('/components/schemas/Second', 1);
    const notes = warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('noted-once'));
    expect(notes).toEqual(['schema validation: format "noted-once" is unknown, so values of that format are not checked']);
  });

  test('a pattern invalid in every mode still throws (the caller reports it)', () => {
    expect(() => createSchemaValidator(document, '3.0').validate('/components/schemas/Broken', 'x')).toThrow(/regular expression|pattern/i);
  });
});

describe('nullable without a type, which Ajv cannot compile as written', () => {
  const schemas = {
    Name: { type: 'string' },
    MaybeName: { nullable: true, allOf: [{ $ref: '#/components/schemas/Name' }] },
    NotNullName: { nullable: false, allOf: [{ $ref: '#/components/schemas/Name' }] },
    RefName: { nullable: true, $ref: '#/components/schemas/Name' },
  };
  const cases: [string, { given: { version: '3.0' | '3.1'; pointer: string; value: unknown }; want: string[] }][] = [
    ['3.0: null is valid beside allOf', { given: { version: '3.0', pointer: '/components/schemas/MaybeName', value: null }, want: [] }],
    ['3.1 documents carry it over from 3.0: null is valid too', { given: { version: '3.1', pointer: '/components/schemas/MaybeName', value: null }, want: [] }],
    ['3.1: the allOf still applies', { given: { version: '3.1', pointer: '/components/schemas/MaybeName', value: 3 }, want: ['/: must be string', '/: must be null', '/: must match a schema in anyOf'] }],
    ['3.1: beside a $ref too', { given: { version: '3.1', pointer: '/components/schemas/RefName', value: null }, want: [] }],
    ['nullable: false says nothing', { given: { version: '3.1', pointer: '/components/schemas/NotNullName', value: 'x' }, want: [] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const validator = createSchemaValidator({ openapi: given.version === '3.0' ? '3.0.3' : '3.1.0', components: { schemas } }, given.version);
    expect(validator.validate(given.pointer, given.value).map((v) => `${v.instancePath}: ${v.message}`)).toEqual(want);
  });
});

describe("OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum in a 3.1 document (Ajv refused to compile it)", () => {
  const schemas = {
    Open: { type: 'integer', minimum: 10, exclusiveMinimum: true, maximum: 20, exclusiveMaximum: false },
    Nested: { type: 'object', properties: { n: { $ref: '#/components/schemas/Open' } }, example: { exclusiveMinimum: true } },
  };
  const document = { openapi: '3.1.0', components: { schemas } };
  const cases: [string, { given: [pointer: string, value: unknown]; want: string[] }][] = [
    ['the bound beside `true` is exclusive', { given: ['/components/schemas/Open', 10], want: ['/: must be > 10'] }],
    ['above it passes', { given: ['/components/schemas/Open', 11], want: [] }],
    ['`false` keeps the bound inclusive', { given: ['/components/schemas/Open', 20], want: [] }],
    ['under a $ref too', { given: ['/components/schemas/Nested', { n: 21 }], want: ['/n: must be <= 20'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(createSchemaValidator(document, '3.1').validate(...given).map((v) => `${v.instancePath}: ${v.message}`)).toEqual(want);
  });

  test('each is a defect of the spec, with its pointer and the reading used (examples are data, 3.0 has none)', () => {
    expect(dialectDefects(document, '3.1').map((defect) => [defect.pointer, defect.message.replace(/^.*checked as /, '')])).toEqual([
      ['/components/schemas/Open/exclusiveMinimum', 'exclusiveMinimum: 10'],
      ['/components/schemas/Open/exclusiveMaximum', 'no exclusiveMaximum'],
    ]);
    expect(dialectDefects({ openapi: '3.0.3', components: { schemas } }, '3.0')).toEqual([]);
  });
});

describe('schemaDefectOf: a compile error that is the schema\'s fault', () => {
  // orval's dynamic-ref sample: Pet, Cat and Dog each declare `$dynamicAnchor: Pet`, all in the document's resource.
  const schemas = {
    Pet: { $dynamicAnchor: 'Pet', type: 'object', properties: { playmates: { type: 'array', items: { $dynamicRef: '#Pet' } } } },
    Cat: { $dynamicAnchor: 'Pet', type: 'object', properties: { playmates: { type: 'array', items: { $dynamicRef: '#Pet' } } } },
  };
  test('an anchor declared twice in one schema resource', () => {
    let thrown: unknown;
    try {
      createSchemaValidator({ openapi: '3.1.0', components: { schemas } }, '3.1').validate('/components/schemas/Pet', {});
    } catch (error) {
      thrown = error;
    }
    expect(schemaDefectOf(thrown)).toMatch(/^the anchor #Pet is declared by more than one schema of one schema resource/);
  });
  test('any other compile error is not one', () => {
    expect(schemaDefectOf(new Error('Invalid regular expression: /(/: Unterminated group'))).toBeUndefined();
  });
});

describe('a discriminator parent whose children are allOf the parent (orval discriminator-oneof-allof)', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const child = (property: string) => ({ allOf: [ref('Parent'), { type: 'object', properties: { [property]: { type: 'string' } } }] });
  const document = {
    openapi: '3.0.2',
    components: {
      schemas: {
        Parent: {
          type: 'object',
          required: ['type'],
          properties: { type: { type: 'string', enum: ['one', 'two'] } },
          discriminator: { propertyName: 'type', mapping: { one: '#/components/schemas/One', two: '#/components/schemas/Two' } },
          oneOf: [ref('One'), ref('Two')],
        },
        One: child('first'),
        Two: child('second'),
      },
    },
  };
  // As written, the parent applies to the same value again through each child without end: Ajv overflowed its stack.
  const cases: [string, { given: unknown; want: string[] }][] = [
    ['a child value is valid, as the generated types read the pair', { given: { type: 'one', first: 'x' }, want: [] }],
    ['a value no child takes is not', { given: { type: 'three' }, want: ['/: must match exactly one schema in oneOf', '/type: must be equal to one of the allowed values (["one","two"])'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const validator = createSchemaValidator(document, '3.0');
    const messages = validator.validate('/components/schemas/Parent', given).map((v) => `${v.instancePath}: ${v.message}`);
    for (const message of want) expect(messages).toContain(message);
    if (want.length === 0) expect(messages).toEqual([]);
  });
});
