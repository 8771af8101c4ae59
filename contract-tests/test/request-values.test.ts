import { buildModel, type OpenApiDocument } from '@periskope-tools/generator';
import { describe, expect, test } from 'vitest';
import { requestValues } from '../src/plan/request-values.js';
import { createSchemaValidator } from '../src/spec/schema-validator.js';

const ok = { '200': { description: 'ok' } };
const json = (schema: unknown, extra: object = {}) => ({ required: true, content: { 'application/json': { schema, ...extra } } });
const form = (schema: unknown, encoding?: object) => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema, ...(encoding ? { encoding } : {}) } } });
const deep = { style: 'deepObject', explode: true };

/** One operation per case: POST /<case> (or GET with parameters), its arguments what the test looks at. */
const operations: Record<string, object> = {
  allOfRequired: { requestBody: json({ allOf: [{ $ref: '#/components/schemas/Named' }, { type: 'object', required: ['age'], properties: { age: { type: 'integer', minimum: 18 } } }] }) },
  refSiblingRequired: { requestBody: json({ allOf: [{ $ref: '#/components/schemas/Named' }], required: ['tag'], properties: { tag: { type: 'string', enum: ['x', 'y'] } } }) },
  discriminator: { requestBody: json({ $ref: '#/components/schemas/Pet' }) },
  pattern: { requestBody: json({ type: 'object', required: ['key'], properties: { key: { type: 'string', pattern: '^ssh-(rsa|ed25519) [A-Za-z0-9+/]{8}$' } } }) },
  formats: { requestBody: json({ type: 'object', required: ['mail', 'id', 'at'], properties: { mail: { type: 'string', format: 'email' }, id: { type: 'string', format: 'uuid' }, at: { type: 'string', format: 'date-time' } } }) },
  bounds: { requestBody: json({ type: 'object', required: ['n', 'x', 's'], properties: { n: { type: 'integer', minimum: 10, maximum: 20, multipleOf: 3 }, x: { type: 'number', exclusiveMaximum: 0 }, s: { type: 'string', minLength: 12 } } }) },
  enumValue: { requestBody: json({ type: 'object', required: ['state'], properties: { state: { type: 'string', enum: ['open', 'closed'] } } }) },
  invalidExampleSkipped: { requestBody: json({ type: 'object', required: ['hour'], properties: { hour: { type: 'string', pattern: '^\\d{2}:\\d{2}$' } } }, { example: { hour: 840 } }) },
  validExampleKept: { requestBody: json({ type: 'object', required: ['hour'], properties: { hour: { type: 'string' } } }, { example: { hour: '08:40' } }) },
  readOnlyLeftOut: { requestBody: json({ type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' } } }) },
  pathOneOf: {
    path: '/path-one-of/{id}',
    method: 'get',
    parameters: [{ name: 'id', in: 'path', required: true, schema: { oneOf: [{ type: 'integer' }, { type: 'string' }] } }],
  },
  requiresItself: { requestBody: json({ $ref: '#/components/schemas/TreeNode' }) },
  pathParameterNowhere: { path: '/nowhere', method: 'get', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
  multipartNestedArray: { requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['foo'], properties: { foo: { type: 'array', items: { type: 'array', items: { type: 'integer' } } } } } } } } },
  conflictingAllOf: { requestBody: json({ allOf: [{ type: 'string' }, { type: 'integer' }] }) },
  pathObjectOptional: {
    path: '/path-object/{filter}',
    method: 'get',
    parameters: [{ name: 'filter', in: 'path', required: true, style: 'label', schema: { type: 'object', properties: { name: { type: 'string' }, size: { type: 'integer', minimum: 3 } } } }],
  },
  optionalParameterLeftOut: {
    method: 'get',
    parameters: [{ name: 'sort', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } }, { name: 'page', in: 'query', schema: { type: 'integer' }, example: 2 }],
  },
  numberWrittenAsText: {
    method: 'get',
    parameters: [
      { name: 'n', in: 'query', required: true, schema: { type: 'integer', default: '12345', example: '23456' } },
      { name: 'page', in: 'query', schema: { type: 'integer' }, example: '2' },
    ],
  },
  multipartDefaultedArray: { requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['model'], properties: { model: { type: 'string' }, granularities: { type: 'array', items: { type: 'string', enum: ['word', 'segment'] }, default: ['segment'] } } } } } } },
  multipartRequiredArray: { requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['tags'], properties: { tags: { type: 'array', items: { type: 'string' } } } } } } } },
  uncompilableParameter: { method: 'get', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', pattern: '(' } }] },
  deepObjectQuery: {
    method: 'get',
    parameters: [{ name: 'filter', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } } }],
  },
  formNestedRequired: {
    requestBody: form(
      {
        type: 'object',
        required: ['customer'],
        properties: {
          customer: { type: 'string' },
          flow: { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['update'] }, after: { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } } } },
        },
      },
      { flow: deep },
    ),
  },
  formAnyOfEmptyString: {
    requestBody: form(
      {
        type: 'object',
        required: ['settings'],
        properties: { settings: { type: 'object', required: ['options'], properties: { options: { anyOf: [{ type: 'array', items: { type: 'string', enum: ['a', 'b'] } }, { type: 'string', enum: [''] }] } } } },
      },
      { settings: deep },
    ),
  },
  formNothingToSend: {
    requestBody: form({ type: 'object', required: ['profile'], properties: { profile: { type: 'object', properties: { headline: { type: 'string' } } }, note: { type: 'string' } } }, { profile: deep }),
  },
  overlappingOneOf: {
    requestBody: json({
      oneOf: [
        { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['reboot', 'snapshot'] } } },
        { allOf: [{ type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['reboot', 'snapshot'] } } }, { type: 'object', properties: { name: { type: 'string' } } }] },
      ],
    }),
  },
  unsatisfiable: { requestBody: json({ type: 'object', required: ['n'], properties: { n: { type: 'integer', minimum: 5, maximum: 3 } } }) },
};

const document = {
  openapi: '3.0.3',
  info: { title: 'request values', version: '1' },
  paths: Object.fromEntries(
    Object.entries(operations).map(([id, { path, method, ...operation }]: [string, { path?: string; method?: string }]) => [
      path ?? `/${id}`,
      { [method ?? 'post']: { operationId: id, responses: ok, ...operation } },
    ]),
  ),
  components: {
    schemas: {
      Named: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      TreeNode: { type: 'object', required: ['id', 'parent'], properties: { id: { type: 'string' }, parent: { $ref: '#/components/schemas/TreeNode' } } },
      Cat: { type: 'object', required: ['kind', 'meows'], properties: { kind: { type: 'string' }, meows: { type: 'boolean' } } },
      Dog: { type: 'object', required: ['kind', 'barks'], properties: { kind: { type: 'string', enum: ['dog'] }, barks: { type: 'boolean' } } },
      Pet: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } },
      },
    },
  },
};

const model = buildModel(document as unknown as OpenApiDocument);
const validator = createSchemaValidator(document, '3.0');
const valuesOf = (id: string) => requestValues(document, model.operations.find((operation) => operation.id === id)!, validator);

describe('requestValues: arguments the spec accepts', () => {
  /** [name, { given: operation id, want: the arguments built (matchers where randexp decides); composed bodies go whole, under `body` }] */
  const cases: [string, { given: string; want: unknown }][] = [
    ['allOf parts and their required lists are merged', { given: 'allOfRequired', want: { body: { name: 'example', age: 18 } } }],
    ['a required list beside an allOf of a $ref', { given: 'refSiblingRequired', want: { body: { name: 'example', tag: 'x' } } }],
    ['a oneOf with a discriminator takes the branch and its mapping name', { given: 'discriminator', want: { body: { kind: 'cat', meows: true } } }],
    ['a pattern is matched', { given: 'pattern', want: { key: expect.stringMatching(/^ssh-(rsa|ed25519) [A-Za-z0-9+/]{8}$/) } }],
    ['formats', { given: 'formats', want: { mail: 'user@example.com', id: '00000000-0000-4000-8000-000000000000', at: '2024-01-01T00:00:00Z' } }],
    ['minimum, maximum, multipleOf, exclusiveMaximum, minLength', { given: 'bounds', want: { n: 12, x: -0.5, s: 'examplexxxxx' } }],
    ['an enum takes its first member', { given: 'enumValue', want: { state: 'open' } }],
    ['an example that breaks its schema is passed over for a sampled value', { given: 'invalidExampleSkipped', want: { hour: expect.stringMatching(/^\d{2}:\d{2}$/) } }],
    ['a valid example is taken first', { given: 'validExampleKept', want: { hour: '08:40' } }],
    ['readOnly properties are not sent, required or not', { given: 'readOnlyLeftOut', want: { name: 'example' } }],
    ['oneOf [integer, string] in a path: the string branch, since "1" would match both as read from the wire', { given: 'pathOneOf', want: { id: 'example' } }],
    ['a path object whose properties are all optional is sent with them ({} is no path segment: the client refuses it)', { given: 'pathObjectOptional', want: { filter: { name: 'example', size: 3 } } }],
    ['an optional parameter only with its documented example', { given: 'optionalParameterLeftOut', want: { page: 2 } }],
    ['an integer parameter documented as text ("23456", the same on the wire) is sent as an integer, as a caller types it; an optional one is left out', { given: 'numberWrittenAsText', want: { n: expect.any(Number) } }],
    ['a multipart body leaves out an optional array with a default, which Prism would read as text (OpenAI createTranscription)', { given: 'multipartDefaultedArray', want: { model: 'example' } }],
    ['a deepObject query object Prism builds anyway is sent with its required properties', { given: 'deepObjectQuery', want: { filter: { email: 'user@example.com' } } }],
    ['nested required properties of a deepObject form property', { given: 'formNestedRequired', want: { customer: 'example', flow: { type: 'update', after: { url: 'https://example.com' } } } }],
    ['a form anyOf branch Prism reads as sent (the empty string: under an anyOf Prism reads no array)', { given: 'formAnyOfEmptyString', want: { settings: { options: '' } } }],
    ['a form body that would serialise to nothing gets an optional value', { given: 'formNothingToSend', want: { profile: {}, note: 'example' } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const values = valuesOf(given);
    expect(values.args).toEqual(want);
    expect(values.unsatisfied).toEqual([]);
  });

  test("a multipart array the schema requires, which Prism reads as text: the mock's gap, with Prism's reading", () => {
    const [value] = valuesOf('multipartRequiredArray').unsatisfied;
    expect(value?.mockCannotRead).toBe('/tags as Prism reads it: must be array');
    expect(value?.impossible).toBeUndefined();
  });

  test('a parameter schema Ajv cannot compile says nothing against the value (the replay crashed on it)', () => {
    expect(valuesOf('uncompilableParameter')).toEqual({ args: { q: 'example' }, unsatisfied: [] });
  });

  test('a schema nothing satisfies is named with its pointer and Ajv\'s reasons, and the first try is still sent', () => {
    const values = valuesOf('unsatisfiable');
    expect(values.unsatisfied).toEqual([
      { what: 'request body', pointer: '/paths/~1unsatisfiable/post/requestBody/content/application~1json/schema', reason: expect.stringMatching(/^\/n must be (<=|>=) \d/), overlap: false },
    ]);
    expect(values.args).toHaveProperty('n');
  });

  test('a schema no value can satisfy is told apart too, with why: it requires itself, or its allOf parts have no type in common', () => {
    const [recursive] = valuesOf('requiresItself').unsatisfied;
    expect(recursive).toMatchObject({ what: 'request body', pointer: '/paths/~1requiresItself/post/requestBody/content/application~1json/schema', overlap: false });
    expect(recursive?.impossible).toMatch(/requires itself through required properties \(back to #\/components\/schemas\/TreeNode\)/);
    const [conflicting] = valuesOf('conflictingAllOf').unsatisfied;
    expect(conflicting?.impossible).toMatch(/allOf parts demand the types string, integer/);
    expect(valuesOf('allOfRequired').unsatisfied).toEqual([]);
  });

  test('a path parameter the path template has no place for is impossible to send: the spec\'s defect', () => {
    const [value] = valuesOf('pathParameterNowhere').unsatisfied;
    expect(value).toMatchObject({ what: 'path parameter id', overlap: false });
    expect(value?.impossible).toMatch(/^the path \/nowhere has no \{id\} for the path parameter #\/paths\/~1nowhere\/get\/parameters\/0 to go in$/);
  });

  test('a body the schema accepts but Prism cannot read (an array of arrays in multipart) is the mock\'s gap, said so', () => {
    const [value] = valuesOf('multipartNestedArray').unsatisfied;
    expect(value?.mockCannotRead).toBe('foo: Prism cannot read an array of arrays in a form or multipart property');
    expect(value?.impossible).toBeUndefined();
  });

  test('oneOf branches that overlap (one extends the other with optional properties only) are told apart from a value not found', () => {
    expect(valuesOf('overlappingOneOf').unsatisfied).toEqual([
      { what: 'request body', pointer: '/paths/~1overlappingOneOf/post/requestBody/content/application~1json/schema', reason: 'must match exactly one schema in oneOf (branches matched: 0, 1)', overlap: true },
    ]);
  });
});
