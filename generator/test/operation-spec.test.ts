import { describe, expect, expectTypeOf, test } from 'vitest';
import { operationSpec, operationSpecLiteral, REQUEST_BODY_REFERENCE, securitySchemeSpecs, WIRE_REFERENCE, type OperationSpec, type ParameterStyleSpec, type SecuritySchemeSpec } from '../src/emit/operation-spec.js';
import type { OpenApiDocument } from '../src/document/index.js';
import { buildModel } from '../src/model/build-model.js';
import type {
  OperationSpec as RuntimeOperationSpec,
  ParameterStyle as RuntimeParameterStyle,
  SecuritySchemeSpec as RuntimeSecuritySchemeSpec,
} from '../templates/runtime.js';

// Checked by `npm run typecheck` (tsc over test/ and templates/): the generator builds exactly the runtime's type.
expectTypeOf<OperationSpec>().toEqualTypeOf<RuntimeOperationSpec>();
expectTypeOf<ParameterStyleSpec>().toEqualTypeOf<RuntimeParameterStyle>();
expectTypeOf<SecuritySchemeSpec>().toEqualTypeOf<RuntimeSecuritySchemeSpec>();
// The check bites: a spec missing a field, or with one more, is a different type.
// @ts-expect-error `errors` missing
expectTypeOf<Omit<OperationSpec, 'errors'>>().toEqualTypeOf<RuntimeOperationSpec>();
// @ts-expect-error an extra field
expectTypeOf<OperationSpec & { readonly retries: number }>().toEqualTypeOf<RuntimeOperationSpec>();

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const document = {
  openapi: '3.1.0',
  info: { title: 'Specs', version: '1' },
  paths: {
    '/items/{id}': {
      get: {
        operationId: 'getItem',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'tags', in: 'query', style: 'pipeDelimited', explode: false, schema: { type: 'array', items: { type: 'string' } } },
          { name: 'q', in: 'query', allowReserved: true, schema: { type: 'string' } },
          { name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
          { name: 'session', in: 'cookie', schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', ...json({ type: 'object' }) }, '404': { description: 'nf' }, default: { description: 'other' } },
      },
      put: {
        operationId: 'putItem',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        // A body property named like the path parameter: the nested form.
        requestBody: { required: true, ...json({ type: 'object', properties: { id: { type: 'string' } } }) },
        responses: { '204': { description: 'done' } },
      },
    },
    '/search/{ids}': {
      get: {
        operationId: 'search',
        parameters: [
          { name: 'ids', in: 'path', required: true, schema: { type: 'array', items: { type: 'integer' } } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'where', in: 'query', schema: { type: 'object', additionalProperties: { type: 'string' } } },
          { name: 'anything', in: 'query', schema: {} },
          { name: 'X-Tags', in: 'header', schema: { type: 'array', items: { type: 'string' } } },
        ],
        responses: { '204': { description: 'none' } },
      },
    },
    '/report': {
      post: {
        operationId: 'report',
        requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } },
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } } },
        },
      },
    },
    '/uploads/{id}': {
      servers: [{ url: 'https://{host}.example.com', variables: { host: { default: 'uploads' } } }],
      post: {
        operationId: 'upload',
        security: [{ key: [] }, { basic: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', ...json({ type: ['object', 'null'] }) }, '204': { description: 'none' } },
      },
      get: {
        operationId: 'getUpload',
        servers: [{ url: 'https://download.example.com' }],
        security: [],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/x-ndjson': {}, 'text/event-stream': {} } } },
      },
    },
  },
  components: {
    securitySchemes: {
      key: { type: 'apiKey', in: 'query', name: 'api_key' },
      basic: { type: 'http', scheme: 'basic' },
      mtls: { type: 'mutualTLS' },
    },
  },
} as unknown as OpenApiDocument;
const model = buildModel(document, { clientName: 'SpecsApi' });
const byId = (id: string) => model.operations.find((operation) => operation.id === id)!;

describe('operationSpec: what the runtime is told about each operation', () => {
  const cases: [string, { given: string; want: OperationSpec }][] = [
    ['flat: parameter names by location, non-default styles as a list', {
      given: 'getItem',
      want: {
        id: 'getItem',
        method: 'get',
        path: '/items/{id}',
        inPath: ['id'],
        inQuery: ['tags', 'q', 'filter'],
        inHeader: ['X-Trace'],
        inCookie: ['session'],
        styles: [
          { in: 'query', name: 'tags', style: 'pipeDelimited', explode: false },
          { in: 'query', name: 'q', style: 'form', explode: true, allowReserved: true },
          { in: 'query', name: 'filter', style: 'form', explode: true, json: true },
        ],
        parseAs: 'json',
        accept: 'application/json',
        errors: ['404', 'default'],
        // Styled and cookie parameters: the operation names wire.ts's serializers.
        wire: WIRE_REFERENCE,
      },
    }],
    ['nested: only the path names (a missing one is refused), the body under `body`', {
      given: 'putItem',
      // A request body: the operation names body.ts's `requestBody`.
      want: { id: 'putItem', method: 'put', path: '/items/{id}', nested: true, inPath: ['id'], encoding: 'json', mediaType: 'application/json', parseAs: 'none', errors: [], requestBody: REQUEST_BODY_REFERENCE },
    }],
    ['default styles: scalars stay in the core; arrays, objects and untyped values go to wire.ts at their default style', {
      given: 'search',
      want: {
        id: 'search',
        method: 'get',
        path: '/search/{ids}',
        inPath: ['ids'],
        inQuery: ['limit', 'where', 'anything'],
        inHeader: ['X-Tags'],
        styles: [
          { in: 'path', name: 'ids', style: 'simple', explode: false },
          { in: 'query', name: 'where', style: 'form', explode: true },
          { in: 'query', name: 'anything', style: 'form', explode: true },
          { in: 'header', name: 'X-Tags', style: 'simple', explode: false },
        ],
        parseAs: 'none',
        errors: [],
        wire: WIRE_REFERENCE,
      },
    }],
    ['optional whole text body; 2xx read by Content-Type', {
      given: 'report',
      want: {
        id: 'report',
        method: 'post',
        path: '/report',
        body: 'whole',
        optionalBody: true,
        encoding: 'text',
        mediaType: 'text/plain',
        parseAs: 'json',
        parseByType: [['application/json', 'json'], ['text/csv', 'text']],
        accept: 'application/json, text/csv;q=0.5',
        errors: [],
        // Read by Content-Type: wire.ts's.
        wire: WIRE_REFERENCE,
        requestBody: REQUEST_BODY_REFERENCE,
      },
    }],
    ['path-level server with its variable at its default; security alternatives; a nullable body beside a 204', {
      given: 'upload',
      want: {
        id: 'upload',
        method: 'post',
        path: '/uploads/{id}',
        inPath: ['id'],
        parseAs: 'json',
        noContent: ['204'],
        nullable: true,
        accept: 'application/json',
        baseUrl: 'https://uploads.example.com',
        security: [['key'], ['basic']],
        errors: [],
      },
    }],
    ['operation-level server wins over the path-level one; security: [] sends nothing; NDJSON and SSE are streams', {
      given: 'getUpload',
      want: {
        id: 'getUpload',
        method: 'get',
        path: '/uploads/{id}',
        inPath: ['id'],
        parseAs: 'stream',
        accept: 'application/x-ndjson, text/event-stream',
        baseUrl: 'https://download.example.com',
        errors: [],
      },
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const spec = operationSpec(byId(given));
    expect(spec).toEqual(want);
    // The literal is that object, and only its defined properties, in the order built; `wire` is wire.ts's export,
    // `requestBody` body.ts's.
    const evaluated = new Function('wire', 'requestBody', `return ${operationSpecLiteral(spec)};`)(WIRE_REFERENCE, REQUEST_BODY_REFERENCE) as OperationSpec;
    expect(evaluated).toStrictEqual(want);
    expect(Object.keys(evaluated)).toEqual(Object.keys(spec).filter((key) => spec[key as keyof OperationSpec] !== undefined));
  });
});

test('the scheme table: how each scheme is sent and which options hold it; mutualTLS is left to a custom fetch', () => {
  expect(securitySchemeSpecs(model.securitySchemes)).toEqual([
    { key: 'key', options: ['key'], kind: 'apiKey', in: 'query', name: 'api_key' },
    { key: 'basic', options: ['basic'], kind: 'basic' },
  ]);
});

describe('operationSpecLiteral: printed for reading', () => {
  const cases: [string, { given: OperationSpec; want: string }][] = [
    ['one property per line; lists of strings inline', {
      given: { id: 'a', method: 'get', path: '/a/{id}', inPath: ['id'], parseAs: 'json', errors: ['404', '4XX'] },
      want: `{\n  id: 'a',\n  method: 'get',\n  path: '/a/{id}',\n  inPath: ['id'],\n  parseAs: 'json',\n  errors: ['404', '4XX'],\n}`,
    }],
    ['lists of objects and tuples: one member per line', {
      given: {
        id: 'b',
        method: 'get',
        path: '/b',
        styles: [{ in: 'query', name: 'q', style: 'form', explode: false }],
        parseAs: 'json',
        parseByType: [['text/csv', 'text']],
        errors: [],
      },
      want: [
        '{',
        "  id: 'b',",
        "  method: 'get',",
        "  path: '/b',",
        '  styles: [',
        "    { in: 'query', name: 'q', style: 'form', explode: false },",
        '  ],',
        "  parseAs: 'json',",
        '  parseByType: [',
        "    ['text/csv', 'text'],",
        '  ],',
        '  errors: [],',
        '}',
      ].join('\n'),
    }],
    ['undefined properties are left out', {
      given: { id: 'c', method: 'head', path: '/c', nested: undefined, body: undefined, parseAs: 'none', errors: [] },
      want: `{\n  id: 'c',\n  method: 'head',\n  path: '/c',\n  parseAs: 'none',\n  errors: [],\n}`,
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(operationSpecLiteral(given)).toBe(want);
  });

  test.each(['quote \' " and \\ backslash', 'new\nline', '${template} `tick`', 'sep\u2028arator', '*/ end'])('spec text %j survives as data', (given) => {
    const spec: OperationSpec = { id: given, method: 'get', path: `/${given}`, inQuery: [given], parseAs: 'json', errors: [given] };
    const literal = operationSpecLiteral(spec);
    expect(literal.split('\n')).toHaveLength(8);
    expect(new Function(`return ${literal};`)()).toStrictEqual(spec);
  });
});
