import { describe, expect, it, test } from 'vitest';
import { GeneratorError } from '../src/errors.js';
import { preferredMediaType, type OpenApiDocument } from '../src/document/index.js';
import { buildModel, DEFAULT_GROUP, encodingFor, resourceSegment, successHeaders } from '../src/model/build-model.js';
import type { ApiModel, OperationModel, SecuritySchemeModel } from '../src/model/types.js';

type Json = Record<string, unknown>;

/** A minimal bundled document around `paths` (and optional extras such as components or security). */
function doc(paths: Record<string, Json>, extra: Partial<OpenApiDocument> = {}): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 'Test API', version: '1.2.3' }, paths, ...extra } as OpenApiDocument;
}

const ok = { '200': { description: 'ok' } };

/** The only operation of a one-operation document. */
function onlyOperation(document: OpenApiDocument): OperationModel {
  const model = buildModel(document);
  expect(model.operations).toHaveLength(1);
  return model.operations[0]!;
}

function op(model: ApiModel, method: string, path: string): OperationModel {
  const found = model.operations.find((operation) => operation.method === method && operation.path === path);
  if (!found) throw new Error(`no operation ${method} ${path}`);
  return found;
}

describe('groups', () => {
  const model = buildModel(
    doc({
      '/orders': {
        get: { tags: ['Orders', 'Admin'], operationId: 'listOrders', responses: ok },
        post: { operationId: 'createOrder', responses: ok },
      },
      '/admin': { get: { tags: ['Admin'], operationId: 'adminInfo', responses: ok } },
      '/other': { get: { tags: ['line items'], operationId: 'other', responses: ok } },
      '/transport': { get: { tags: ['transport'], operationId: 'x', responses: ok } },
      '/v1/customers/{customer}': { get: { operationId: 'getCustomer', responses: ok } },
      '/v1/customers': { post: { operationId: 'createCustomer', responses: ok } },
      '/{id}': { get: { operationId: 'root', responses: ok } },
    }),
  );

  // `tag` is the operation's own first tag; `groupTag` the tag of the group it joins.
  const cases: [string, { given: [string, string]; want: { group: string; tag: string | undefined; groupTag?: string } }][] = [
    ['the first tag decides the group', { given: ['get', '/orders'], want: { group: 'orders', tag: 'Orders' } }],
    ['an untagged operation joins the tag group named like its first path segment', { given: ['post', '/orders'], want: { group: 'orders', tag: undefined, groupTag: 'Orders' } }],
    ['other untagged operations are grouped by their first meaningful path segment', { given: ['get', '/v1/customers/{customer}'], want: { group: 'customers', tag: undefined } }],
    ['the same segment under another path is the same group', { given: ['post', '/v1/customers'], want: { group: 'customers', tag: undefined } }],
    ['without a meaningful segment, the default group', { given: ['get', '/{id}'], want: { group: 'default_', tag: undefined } }],
    ['a second tag of another operation is its own group', { given: ['get', '/admin'], want: { group: 'admin', tag: 'Admin' } }],
    ['tags with spaces are camel-cased', { given: ['get', '/other'], want: { group: 'lineItems', tag: 'line items' } }],
    ['a tag clashing with a client member is suffixed', { given: ['get', '/transport'], want: { group: 'transport2', tag: 'transport' } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const operation = op(model, ...given);
    expect(operation.group).toBe(want.group);
    expect(operation.tag).toBe(want.tag);
    const group = model.groups.find((g) => g.property === want.group);
    expect(group?.tag).toBe('groupTag' in want ? want.groupTag : want.tag);
    expect(group?.operations).toContain(operation);
  });

  test('groups are listed in document order with class names', () => {
    expect(model.groups.map((g) => [g.property, g.className, g.pathSegment])).toEqual([
      ['orders', 'OrdersApi', 'orders'],
      ['admin', 'AdminApi', undefined],
      ['lineItems', 'LineItemsApi', undefined],
      ['transport2', 'TransportApi', undefined],
      ['customers', 'CustomersApi', 'customers'],
      ['default_', 'DefaultApi', undefined],
    ]);
    expect(DEFAULT_GROUP).toBe('default');
  });

  test('a tag group keeps its name when an untagged path group came first', () => {
    const model = buildModel(doc({ '/pets': { get: { operationId: 'listPets', responses: ok } }, '/pet-store': { get: { tags: ['pets'], operationId: 'info', responses: ok } } }));
    expect(model.groups.map((g) => [g.property, g.tag, g.operations.map((o) => o.name)])).toEqual([['pets', 'pets', ['listPets', 'info']]]);
  });

  test('a path group never takes a name a tag group has (collision-safe)', () => {
    // `transport` is a client member: the tag group gets transport2, the path group of /transport joins it.
    const model = buildModel(doc({ '/transport/a': { get: { operationId: 'a', responses: ok } }, '/b': { get: { tags: ['Transport'], operationId: 'b', responses: ok } } }));
    expect(model.groups.map((g) => [g.property, g.operations.length])).toEqual([['transport2', 2]]);
  });
});

describe('resourceSegment', () => {
  const cases: [string, { given: string; want: string | undefined }][] = [
    ['the first segment', { given: '/customers/{customer}', want: 'customers' }],
    ['a version segment is skipped', { given: '/v1/customers/{customer}', want: 'customers' }],
    ['a pre-release version is skipped', { given: '/v2beta1/projects', want: 'projects' }],
    ['a numeric version is skipped', { given: '/2.0/repositories/{workspace}', want: 'repositories' }],
    ['an api prefix is skipped', { given: '/api/v3/pet/findByStatus', want: 'pet' }],
    ['a path parameter is skipped', { given: '/{tenant}/invoices', want: 'invoices' }],
    ['a segment holding a parameter is skipped', { given: '/api/v{api-version}/no+tag', want: 'no+tag' }],
    ['nothing meaningful', { given: '/v1/{id}', want: undefined }],
    ['the root', { given: '/', want: undefined }],
    ['a segment without letters or digits', { given: '/-/items', want: 'items' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(resourceSegment(given)).toBe(want));
});

describe('methods fetch cannot send', () => {
  const document = doc({ '/echo': { trace: { operationId: 'traceEcho', responses: ok }, get: { operationId: 'getEcho', responses: ok } } });

  test('TRACE is skipped with a warning naming the operation and its place', () => {
    const model = buildModel(document);
    expect(model.operations.map((o) => o.name)).toEqual(['getEcho']);
    expect(model.warnings).toEqual(['(#/paths/~1echo/trace): TRACE /echo: fetch cannot send TRACE requests, so the client has no method for this operation (skipped)']);
  });

  test('with a locator, the warning has file and line', () => {
    const model = buildModel(document, { locate: (pointer) => ({ file: 'spec.yaml', line: pointer === '/paths/~1echo/trace' ? 7 : 1, column: 5 }) });
    expect(model.warnings).toEqual(['spec.yaml:7:5 (#/paths/~1echo/trace): TRACE /echo: fetch cannot send TRACE requests, so the client has no method for this operation (skipped)']);
  });
});

describe('method names', () => {
  const cases: [string, { given: { path: string; method: string; operation: Json }; want: { name: string; typeName: string; id: string; warning?: RegExp } }][] = [
    ['operationId is kept', { given: { path: '/a', method: 'get', operation: { operationId: 'cancelBroadcast' } }, want: { name: 'cancelBroadcast', typeName: 'CancelBroadcast', id: 'cancelBroadcast' } }],
    ['missing operationId: method and path', { given: { path: '/orders/{id}', method: 'get', operation: { parameters: [{ name: 'id', in: 'path', required: true }] } }, want: { name: 'getOrdersById', typeName: 'GetOrdersById', id: 'GET /orders/{id}' } }],
    ['empty operationId counts as missing', { given: { path: '/items', method: 'post', operation: { operationId: '' } }, want: { name: 'postItems', typeName: 'PostItems', id: 'POST /items' } }],
    ['operationId with separators is camel-cased, with a warning', { given: { path: '/a', method: 'get', operation: { operationId: 'get-order.by id' } }, want: { name: 'getOrderById', typeName: 'GetOrderById', id: 'get-order.by id', warning: /GET \/a: operationId "get-order\.by id" is not a valid identifier; method named getOrderById/ } }],
    ['reserved word is renamed, with a warning', { given: { path: '/a', method: 'delete', operation: { operationId: 'delete' } }, want: { name: 'delete_', typeName: 'Delete', id: 'delete', warning: /DELETE \/a: operationId "delete" is a reserved word; method named delete_/ } }],
    ['constructor is renamed', { given: { path: '/a', method: 'get', operation: { operationId: 'constructor' } }, want: { name: 'constructor_', typeName: 'Constructor', id: 'constructor', warning: /"constructor" is a reserved word/ } }],
    ['a client member name is suffixed', { given: { path: '/a', method: 'get', operation: { operationId: 'transport' } }, want: { name: 'transport2', typeName: 'Transport2', id: 'transport', warning: /method name transport is taken in group a; named transport2/ } }],
    ['a type family clashing with the module\'s own names moves', { given: { path: '/a', method: 'get', operation: { operationId: 'api' } }, want: { name: 'api', typeName: 'Api2', id: 'api' } }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const model = buildModel(doc({ [given.path]: { [given.method]: { ...given.operation, responses: ok } } }));
    const [operation] = model.operations;
    expect(operation).toMatchObject({ name: want.name, typeName: want.typeName, id: want.id });
    if (want.warning) expect(model.warnings).toEqual([expect.stringMatching(want.warning)]);
    else expect(model.warnings).toEqual([]);
  });

  test('the client class name is never used as a type name', () => {
    const model = buildModel(doc({ '/a': { get: { operationId: 'petStore', responses: ok } } }), { clientName: 'PetStoreArgs' });
    expect(model.operations[0]!.typeName).toBe('PetStore2');
  });

  describe('duplicate operationIds', () => {
    const document = doc({
      '/orders': { get: { tags: ['orders'], operationId: 'getOrder', responses: ok } },
      '/orders/{id}': {
        get: { tags: ['orders'], operationId: 'getOrder', parameters: [{ name: 'id', in: 'path', required: true }], responses: ok },
      },
      '/legacy/orders': { get: { tags: ['legacy'], operationId: 'getOrder', responses: ok } },
    });
    const model = buildModel(document);

    test('keep every operation', () => {
      expect(model.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /orders', 'get /orders/{id}', 'get /legacy/orders']);
    });

    test('rename deterministically: the first keeps the name, the next in the same group gets 2', () => {
      expect(model.operations.map((o) => `${o.group}.${o.name}`)).toEqual(['orders.getOrder', 'orders.getOrder2', 'legacy.getOrder']);
      // Type names share one module namespace, so the third one moves too.
      expect(model.operations.map((o) => o.typeName)).toEqual(['GetOrder', 'GetOrder2', 'GetOrder3']);
    });

    test('ids fall back to METHOD /path so errors tell them apart; operationId is kept', () => {
      expect(model.operations.map((o) => o.id)).toEqual(['GET /orders', 'GET /orders/{id}', 'GET /legacy/orders']);
      expect(model.operations.every((o) => o.operationId === 'getOrder')).toBe(true);
    });

    test('warn about each of them', () => {
      expect(model.warnings).toEqual([
        'GET /orders: operationId "getOrder" is used by 3 operations; this one is orders.getOrder',
        'GET /orders/{id}: method name getOrder is taken in group orders; named getOrder2',
        'GET /orders/{id}: operationId "getOrder" is used by 3 operations; this one is orders.getOrder2',
        'GET /legacy/orders: operationId "getOrder" is used by 3 operations; this one is legacy.getOrder',
      ]);
    });

    test('the same document always gives the same model', () => {
      expect(buildModel(structuredClone(document))).toEqual(model);
    });
  });
});

describe('parameters', () => {
  const components = {
    parameters: {
      Limit: { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } },
      Alias: { $ref: '#/components/parameters/Limit' },
    },
  };
  const cases: [string, { given: { pathItem: Json }; want: { name: string; in: string; required: boolean; scalar?: true; pointer: string }[] }][] = [
    ['path-level parameters are merged in', {
      given: { pathItem: { parameters: [{ name: 'id', in: 'path', required: true }], get: { parameters: [{ name: 'q', in: 'query' }], responses: ok } } },
      want: [
        { name: 'id', in: 'path', required: true, pointer: '/paths/~1items~1{id}/parameters/0' },
        { name: 'q', in: 'query', required: false, pointer: '/paths/~1items~1{id}/get/parameters/0' },
      ],
    }],
    ['operation-level parameters override path-level ones with the same name and location', {
      given: { pathItem: { parameters: [{ name: 'id', in: 'path', required: true }, { name: 'q', in: 'query' }], get: { parameters: [{ name: 'q', in: 'query', required: true }], responses: ok } } },
      want: [
        { name: 'id', in: 'path', required: true, pointer: '/paths/~1items~1{id}/parameters/0' },
        { name: 'q', in: 'query', required: true, pointer: '/paths/~1items~1{id}/get/parameters/0' },
      ],
    }],
    ['same name in another location is a different parameter', {
      given: { pathItem: { parameters: [{ name: 'id', in: 'path', required: true }], get: { parameters: [{ name: 'id', in: 'header' }], responses: ok } } },
      want: [
        { name: 'id', in: 'path', required: true, pointer: '/paths/~1items~1{id}/parameters/0' },
        { name: 'id', in: 'header', required: false, pointer: '/paths/~1items~1{id}/get/parameters/0' },
      ],
    }],
    ['path parameters are always required', {
      given: { pathItem: { get: { parameters: [{ name: 'id', in: 'path' }], responses: ok } } },
      want: [{ name: 'id', in: 'path', required: true, pointer: '/paths/~1items~1{id}/get/parameters/0' }],
    }],
    // Limit's schema is an integer: `scalar` (sent by the runtime's core, no wire.ts).
    ['$ref parameters are resolved, pointing at the component', {
      given: { pathItem: { get: { parameters: [{ $ref: '#/components/parameters/Limit' }], responses: ok } } },
      want: [{ name: 'limit', in: 'query', required: true, scalar: true, pointer: '/components/parameters/Limit' }],
    }],
    ['$ref chains are followed', {
      given: { pathItem: { get: { parameters: [{ $ref: '#/components/parameters/Alias' }], responses: ok } } },
      want: [{ name: 'limit', in: 'query', required: true, scalar: true, pointer: '/components/parameters/Limit' }],
    }],
    ['a parameter whose schema is an array or missing is not scalar', {
      given: { pathItem: { get: { parameters: [{ name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'string' } } }, { name: 'any', in: 'query' }], responses: ok } } },
      want: [
        { name: 'ids', in: 'query', required: false, pointer: '/paths/~1items~1{id}/get/parameters/0' },
        { name: 'any', in: 'query', required: false, pointer: '/paths/~1items~1{id}/get/parameters/1' },
      ],
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const operation = onlyOperation(doc({ '/items/{id}': given.pathItem }, { components }));
    expect(operation.parameters).toEqual(want);
  });

  test('a dangling parameter $ref throws a GeneratorError naming the $ref', () => {
    expect(() => buildModel(doc({ '/a': { get: { parameters: [{ $ref: '#/components/parameters/Nope' }], responses: ok } } }))).toThrow(
      GeneratorError,
    );
    expect(() => buildModel(doc({ '/a': { get: { parameters: [{ $ref: '#/components/parameters/Nope' }], responses: ok } } }))).toThrow(
      /dangling \$ref: #\/components\/parameters\/Nope/,
    );
  });

  test('a circular $ref chain throws instead of looping', () => {
    const components = { parameters: { A: { $ref: '#/components/parameters/B' }, B: { $ref: '#/components/parameters/A' } } };
    expect(() => buildModel(doc({ '/a': { get: { parameters: [{ $ref: '#/components/parameters/A' }], responses: ok } } }, { components }))).toThrow(
      /circular/,
    );
  });

  // `$ref` values are URI fragments, so RFC 6901 §6 requires percent-decoding
  // before the pointer is used. Redocly resolves `#/paths/~1pets~1%7Bid%7D/...` fine and keeps it in the
  // bundle; the document layer decodes it before reading the pointer.
  it('a percent-encoded $ref (as Redocly accepts it) resolves', () => {
    const model = buildModel(
      doc({
        '/pets/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true }], responses: ok } },
        '/other/{id}': { get: { parameters: [{ $ref: '#/paths/~1pets~1%7Bid%7D/get/parameters/0' }], responses: ok } },
      }),
    );
    expect(op(model, 'get', '/other/{id}').parameters[0]).toMatchObject({ name: 'id', in: 'path' });
  });
});

describe('request bodies', () => {
  const components = {
    requestBodies: { NewPet: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
    schemas: { Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string' } } } },
  };

  const bodyOnMethod: [string, { given: string; want: { body: boolean; warned: boolean } }][] = [
    ['GET: fetch cannot send a body, so it is left out with a warning (Stripe documents form bodies on GETs)', { given: 'get', want: { body: false, warned: true } }],
    ['HEAD: left out too', { given: 'head', want: { body: false, warned: true } }],
    ['DELETE keeps its body', { given: 'delete', want: { body: true, warned: false } }],
    ['POST keeps its body', { given: 'post', want: { body: true, warned: false } }],
  ];
  test.each(bodyOnMethod)('%s', (_name, { given, want }) => {
    const model = buildModel(doc({ '/pets': { [given]: { requestBody: { $ref: '#/components/requestBodies/NewPet' }, responses: ok } } }, { components }));
    expect({ body: model.operations[0]!.requestBody !== undefined, warned: model.warnings.some((w) => /cannot send a request body/.test(w)) }).toEqual(want);
  });

  test('a $ref request body is resolved, schema $ref included', () => {
    const operation = onlyOperation(doc({ '/pets': { post: { requestBody: { $ref: '#/components/requestBodies/NewPet' }, responses: ok } } }, { components }));
    expect(operation.requestBody).toEqual({
      required: true,
      mediaType: 'application/json',
      encoding: 'json',
      propertyNames: ['name', 'tag'],
      requiredProperties: ['name'],
      nullable: false,
      readWriteMarked: false,
      pointer: '/components/requestBodies/NewPet',
    });
  });

  const encodings: [string, { given: { mediaTypes: string[]; schema?: Json }; want: { mediaType: string; encoding: string; propertyNames: string[] | null } }][] = [
    ['JSON object', { given: { mediaTypes: ['application/json'], schema: { type: 'object', properties: { a: {} } } }, want: { mediaType: 'application/json', encoding: 'json', propertyNames: ['a'] } }],
    ['JSON preferred over others', { given: { mediaTypes: ['application/xml', 'application/json'], schema: { type: 'object', properties: { a: {} } } }, want: { mediaType: 'application/json', encoding: 'json', propertyNames: ['a'] } }],
    ['vendor +json', { given: { mediaTypes: ['text/plain', 'application/merge-patch+json'], schema: { type: 'object', properties: { a: {} } } }, want: { mediaType: 'application/merge-patch+json', encoding: 'json', propertyNames: ['a'] } }],
    ['form', { given: { mediaTypes: ['application/x-www-form-urlencoded'], schema: { type: 'object', properties: { a: {} } } }, want: { mediaType: 'application/x-www-form-urlencoded', encoding: 'form', propertyNames: ['a'] } }],
    ['multipart', { given: { mediaTypes: ['multipart/form-data'], schema: { type: 'object', properties: { file: {} } } }, want: { mediaType: 'multipart/form-data', encoding: 'multipart', propertyNames: ['file'] } }],
    ['text has no property names', { given: { mediaTypes: ['text/plain'], schema: { type: 'string' } }, want: { mediaType: 'text/plain', encoding: 'text', propertyNames: null } }],
    ['binary', { given: { mediaTypes: ['application/octet-stream'], schema: { type: 'string', format: 'binary' } }, want: { mediaType: 'application/octet-stream', encoding: 'binary', propertyNames: null } }],
    ['JSON array is sent whole', { given: { mediaTypes: ['application/json'], schema: { type: 'array', items: {} } }, want: { mediaType: 'application/json', encoding: 'json', propertyNames: null } }],
    ['composed schema is sent whole', { given: { mediaTypes: ['application/json'], schema: { allOf: [{ type: 'object', properties: { a: {} } }], properties: { b: {} } } }, want: { mediaType: 'application/json', encoding: 'json', propertyNames: null } }],
    ['object without properties is sent whole', { given: { mediaTypes: ['application/json'], schema: { type: 'object' } }, want: { mediaType: 'application/json', encoding: 'json', propertyNames: null } }],
    ['no schema', { given: { mediaTypes: ['application/json'] }, want: { mediaType: 'application/json', encoding: 'json', propertyNames: null } }],
  ];
  test.each(encodings)('%s', (_name, { given, want }) => {
    const content = Object.fromEntries(given.mediaTypes.map((type) => [type, given.schema ? { schema: given.schema } : {}]));
    const operation = onlyOperation(doc({ '/x': { post: { requestBody: { content }, responses: ok } } }));
    expect(operation.requestBody).toMatchObject(want);
  });

  test('a body without content is no body', () => {
    expect(onlyOperation(doc({ '/x': { post: { requestBody: { content: {} }, responses: ok } } })).requestBody).toBeUndefined();
  });

  test('preferredMediaType and encodingFor agree with the table above', () => {
    expect(preferredMediaType([])).toBeUndefined();
    expect(preferredMediaType(['text/csv', 'application/json; charset=utf-8'])).toBe('application/json; charset=utf-8');
    expect(encodingFor('*/*')).toBe('json');
    expect(encodingFor('image/png')).toBe('binary');
  });

  // The pointer passed to resolveRef for a body schema must not be built
  // with a template string (the media type's `/` is escaped as `~1`).
  // It only shows in the error for a dangling schema $ref in an unbundled document.
  it('the pointer in a request body schema error escapes the media type', () => {
    const document = doc({
      '/x': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } } }, responses: ok } },
    });
    let error: unknown;
    try {
      buildModel(document);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).location?.pointer).toBe('/paths/~1x/post/requestBody/content/application~1json/schema');
  });
});

describe('argument shape', () => {
  const objectBody = (properties: string[], required: string[] = []) => ({
    required: true,
    content: { 'application/json': { schema: { type: 'object', required, properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])) } } },
  });
  const cases: [string, { given: { parameters: Json[]; requestBody?: Json }; want: 'flat' | 'nested' }][] = [
    ['parameters only', { given: { parameters: [{ name: 'id', in: 'path' }, { name: 'q', in: 'query' }] }, want: 'flat' }],
    ['body properties beside distinct parameters', { given: { parameters: [{ name: 'id', in: 'path' }], requestBody: objectBody(['name']) }, want: 'flat' }],
    ['a body property colliding with a query parameter', { given: { parameters: [{ name: 'name', in: 'query' }], requestBody: objectBody(['name']) }, want: 'nested' }],
    ['a body property colliding with a path parameter', { given: { parameters: [{ name: 'id', in: 'path' }], requestBody: objectBody(['id']) }, want: 'nested' }],
    ['the same name in query and header', { given: { parameters: [{ name: 'trace', in: 'query' }, { name: 'trace', in: 'header' }] }, want: 'nested' }],
    ['a parameter named body beside a whole (non-object) body', { given: { parameters: [{ name: 'body', in: 'query' }], requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } } }, want: 'nested' }],
    ['a whole body beside other parameters', { given: { parameters: [{ name: 'q', in: 'query' }], requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } } }, want: 'flat' }],
  ];
  test.each(cases)('%s → %s', (_name, { given, want }) => {
    const operation = onlyOperation(doc({ '/x/{id}': { post: { parameters: given.parameters, requestBody: given.requestBody, responses: ok } } }));
    expect(operation.argumentShape).toBe(want);
  });
});

describe('argumentsRequired', () => {
  const jsonBody = (required: boolean, requiredProperties: string[] | null) => ({
    required,
    content: {
      'application/json': {
        schema: requiredProperties === null ? { type: 'array' } : { type: 'object', required: requiredProperties, properties: { a: {}, b: {} } },
      },
    },
  });
  const cases: [string, { given: { parameters?: Json[]; requestBody?: Json }; want: boolean }][] = [
    ['nothing to pass', { given: {}, want: false }],
    ['optional query parameter', { given: { parameters: [{ name: 'q', in: 'query' }] }, want: false }],
    ['required query parameter', { given: { parameters: [{ name: 'q', in: 'query', required: true }] }, want: true }],
    ['path parameter', { given: { parameters: [{ name: 'id', in: 'path' }] }, want: true }],
    ['required header', { given: { parameters: [{ name: 'X-Key', in: 'header', required: true }] }, want: true }],
    ['required object body with required properties', { given: { requestBody: jsonBody(true, ['a']) }, want: true }],
    ['required object body without required properties', { given: { requestBody: jsonBody(true, []) }, want: false }],
    ['required whole body', { given: { requestBody: jsonBody(true, null) }, want: true }],
    ['optional whole body', { given: { requestBody: jsonBody(false, null) }, want: false }],
    // A query parameter named like a body property nests the arguments: `body` is then a required key.
    ['required object body without required properties, nested', { given: { parameters: [{ name: 'a', in: 'query' }], requestBody: jsonBody(true, []) }, want: true }],
    ['optional object body, nested', { given: { parameters: [{ name: 'a', in: 'query' }], requestBody: jsonBody(false, []) }, want: false }],
  ];
  test.each(cases)('%s → %s', (_name, { given, want }) => {
    const operation = onlyOperation(doc({ '/x': { post: { ...given, responses: ok } } }));
    expect(operation.argumentsRequired).toBe(want);
  });
});

describe('responses', () => {
  const components = {
    responses: { NotFound: { description: 'not found', content: { 'application/json': { schema: { type: 'object' } } } } },
    headers: { RateLimit: { required: true, schema: { type: 'integer' } } },
    examples: { Shared: { value: { id: 1 } } },
  };

  const parsing: [string, { given: Json; want: { successParsing: string; successMediaType?: string; successStatus?: string } }][] = [
    ['JSON', { given: { '200': { description: 'ok', content: { 'application/json': { schema: {} } } } }, want: { successParsing: 'json', successMediaType: 'application/json', successStatus: '200' } }],
    ['problem+json counts as JSON', { given: { '201': { description: 'ok', content: { 'application/problem+json': {} } } }, want: { successParsing: 'json', successMediaType: 'application/problem+json', successStatus: '201' } }],
    ['text', { given: { '200': { description: 'ok', content: { 'text/csv': {} } } }, want: { successParsing: 'text', successMediaType: 'text/csv', successStatus: '200' } }],
    ['binary is read as a blob', { given: { '200': { description: 'ok', content: { 'application/pdf': {} } } }, want: { successParsing: 'blob', successMediaType: 'application/pdf', successStatus: '200' } }],
    ['JSON preferred among several', { given: { '200': { description: 'ok', content: { 'text/plain': {}, 'application/json': {} } } }, want: { successParsing: 'json', successMediaType: 'application/json', successStatus: '200' } }],
    ['no content', { given: { '204': { description: 'gone' } }, want: { successParsing: 'none', successMediaType: undefined, successStatus: '204' } }],
    ['the first 2xx decides', { given: { '204': { description: 'none' }, '200': { description: 'ok', content: { 'application/json': {} } } }, want: { successParsing: 'json', successMediaType: 'application/json', successStatus: '200' } }],
    ['2XX range is a success', { given: { '2XX': { description: 'ok', content: { 'application/json': {} } } }, want: { successParsing: 'json', successMediaType: 'application/json', successStatus: '2XX' } }],
    ['no success response at all', { given: { '404': { description: 'nf' } }, want: { successParsing: 'none', successMediaType: undefined, successStatus: undefined } }],
  ];
  test.each(parsing)('success parsing: %s', (_name, { given, want }) => {
    const operation = onlyOperation(doc({ '/x': { get: { responses: given } } }));
    expect({ successParsing: operation.successParsing, successMediaType: operation.successMediaType, successStatus: operation.successStatus }).toEqual(want);
  });

  test('error statuses are kept as written, with success flags, and $ref responses are resolved', () => {
    const operation = onlyOperation(
      doc(
        { '/x': { get: { responses: { '200': { description: 'ok' }, '404': { $ref: '#/components/responses/NotFound' }, '4XX': { description: 'client' }, default: { description: 'other' } } } } },
        { components },
      ),
    );
    expect(operation.responses.map((r) => [r.status, r.success, r.description])).toEqual([
      ['200', true, 'ok'],
      ['404', false, 'not found'],
      ['4XX', false, 'client'],
      ['default', false, 'other'],
    ]);
    expect(operation.responses[1]!.pointer).toBe('/components/responses/NotFound');
    expect(operation.responses[1]!.contents).toEqual([
      { mediaType: 'application/json', schemaPointer: '/components/responses/NotFound/content/application~1json/schema', readWriteMarked: false, examples: [] },
    ]);
  });

  test('response headers: required flag, and $ref headers point at the component', () => {
    const operation = onlyOperation(
      doc(
        { '/x': { get: { responses: { '200': { description: 'ok', headers: { 'X-Request-Id': { schema: { type: 'string' } }, 'X-Rate-Limit': { $ref: '#/components/headers/RateLimit' } } } } } } },
        { components },
      ),
    );
    expect(operation.responses[0]!.headers).toEqual([
      { name: 'X-Request-Id', required: false, wireType: 'string', pointer: '/paths/~1x/get/responses/200/headers/X-Request-Id' },
      { name: 'X-Rate-Limit', required: true, wireType: 'number', pointer: '/components/headers/RateLimit' },
    ]);
  });

  const headerTypes: [string, { given: Json; want: string }][] = [
    ['integer', { given: { schema: { type: 'integer' } }, want: 'number' }],
    ['number', { given: { schema: { type: 'number' } }, want: 'number' }],
    ['boolean', { given: { schema: { type: 'boolean' } }, want: 'boolean' }],
    ['3.1 integer or null', { given: { schema: { type: ['integer', 'null'] } }, want: 'number' }],
    ['a $ref schema', { given: { schema: { $ref: '#/components/schemas/Count' } }, want: 'number' }],
    ['string', { given: { schema: { type: 'string', enum: ['a'] } }, want: 'string' }],
    ['array: its text as it is', { given: { schema: { type: 'array', items: { type: 'integer' } } }, want: 'string' }],
    ['integer or string', { given: { schema: { type: ['integer', 'string'] } }, want: 'string' }],
    ['no schema (content)', { given: { content: { 'text/plain': {} } }, want: 'string' }],
  ];
  test.each(headerTypes)('response header wireType: %s', (_name, { given, want }) => {
    const operation = onlyOperation(
      doc({ '/x': { get: { responses: { '200': { description: 'ok', headers: { 'X-H': given } } } } } }, { components: { schemas: { Count: { type: 'integer' } } } }),
    );
    expect(operation.responses[0]!.headers[0]!.wireType).toBe(want);
  });

  test('successHeaders: the 2xx responses\' headers once each (any case), without Content-Type or impossible names', () => {
    const h = { schema: { type: 'string' } };
    const operation = onlyOperation(
      doc({
        '/x': {
          get: {
            responses: {
              '200': { description: 'ok', headers: { 'X-Trace-Id': h, 'Content-Type': h, 'X-*/-Evil': h } },
              '201': { description: 'made', headers: { 'x-trace-id': h, Location: h } },
              '404': { description: 'no', headers: { 'X-Error-Only': h } },
            },
          },
        },
      }),
    );
    expect(successHeaders(operation.responses).map((header) => header.name)).toEqual(['X-Trace-Id', 'Location']);
  });

  const examples: [string, { given: Json; want: unknown[] }][] = [
    ['a single example', { given: { example: { id: 1 } }, want: [{ pointer: '/paths/~1x/get/responses/200/content/application~1json/example', explicit: true }] }],
    ['a falsy single example still counts', { given: { example: null }, want: [{ pointer: '/paths/~1x/get/responses/200/content/application~1json/example', explicit: true }] }],
    ['named examples, one of them a $ref', {
      given: { examples: { first: { value: { id: 1 } }, shared: { $ref: '#/components/examples/Shared' } } },
      want: [
        { name: 'first', pointer: '/paths/~1x/get/responses/200/content/application~1json/examples/first/value', explicit: true },
        { name: 'shared', pointer: '/components/examples/Shared/value', explicit: true },
      ],
    }],
    ['named examples win over a single example', { given: { example: 1, examples: { one: { value: 2 } } }, want: [{ name: 'one', pointer: '/paths/~1x/get/responses/200/content/application~1json/examples/one/value', explicit: true }] }],
    ['no examples', { given: { schema: { type: 'object' } }, want: [] }],
  ];
  test.each(examples)('examples: %s', (_name, { given, want }) => {
    const operation = onlyOperation(doc({ '/x': { get: { responses: { '200': { description: 'ok', content: { 'application/json': given } } } } } }, { components }));
    expect(operation.responses[0]!.contents[0]!.examples).toEqual(want);
  });
});

describe('security', () => {
  const components = { securitySchemes: { bearer: { type: 'http', scheme: 'Bearer' }, apiKey: { type: 'apiKey', in: 'header', name: 'X-Key' } } };
  const cases: [string, { given: { global?: Json[]; operation?: Json[] }; want: string[][] }][] = [
    ['global requirement applies', { given: { global: [{ bearer: [] }] }, want: [['bearer']] }],
    ['operation requirement overrides the global one', { given: { global: [{ bearer: [] }], operation: [{ apiKey: [] }] }, want: [['apiKey']] }],
    ['security: [] makes the operation public', { given: { global: [{ bearer: [] }], operation: [] }, want: [] }],
    ['no security anywhere', { given: {}, want: [] }],
    ['alternatives and AND-ed schemes (sorted)', { given: { operation: [{ bearer: [] }, { bearer: [], apiKey: [] }] }, want: [['bearer'], ['apiKey', 'bearer']] }],
    ['an empty requirement means optional auth', { given: { operation: [{ bearer: [] }, {}] }, want: [['bearer'], []] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const operation = { responses: ok, ...(given.operation ? { security: given.operation } : {}) };
    const model = buildModel(doc({ '/x': { get: operation } }, { components, ...(given.global ? { security: given.global as Record<string, string[]>[] } : {}) }));
    expect(model.operations[0]!.security).toEqual(want);
  });

  test('security schemes are listed, with lower-cased http schemes, how each is sent and its constructor options', () => {
    const model = buildModel(doc({}, { components }));
    expect(model.securitySchemes).toEqual([
      { name: 'bearer', type: 'http', scheme: 'bearer', in: undefined, parameterName: undefined, kind: 'authorization', authScheme: 'Bearer', optionNames: ['bearer', 'authToken'] },
      { name: 'apiKey', type: 'apiKey', scheme: undefined, in: 'header', parameterName: 'X-Key', kind: 'apiKey', optionNames: ['apiKey'] },
    ]);
  });

  const kinds: [string, { given: Json; want: Pick<SecuritySchemeModel, 'kind' | 'authScheme' | 'optionNames'> }][] = [
    ['http bearer', { given: { type: 'http', scheme: 'bearer' }, want: { kind: 'authorization', authScheme: 'Bearer', optionNames: ['s', 'authToken'] } }],
    ['http basic', { given: { type: 'http', scheme: 'Basic' }, want: { kind: 'basic', optionNames: ['s'] } }],
    ['another http scheme keeps its word', { given: { type: 'http', scheme: 'digest' }, want: { kind: 'authorization', authScheme: 'Digest', optionNames: ['s'] } }],
    ['oauth2 is a bearer token', { given: { type: 'oauth2', flows: {} }, want: { kind: 'authorization', authScheme: 'Bearer', optionNames: ['s', 'authToken'] } }],
    ['openIdConnect is a bearer token', { given: { type: 'openIdConnect', openIdConnectUrl: 'https://x' }, want: { kind: 'authorization', authScheme: 'Bearer', optionNames: ['s', 'authToken'] } }],
    ['apiKey in the query', { given: { type: 'apiKey', in: 'query', name: 'key' }, want: { kind: 'apiKey', optionNames: ['s'] } }],
    ['apiKey in a cookie', { given: { type: 'apiKey', in: 'cookie', name: 'sid' }, want: { kind: 'apiKey', optionNames: ['s'] } }],
    ['mutualTLS cannot be sent by the client', { given: { type: 'mutualTLS' }, want: { kind: 'unsupported', optionNames: [] } }],
  ];
  test.each(kinds)('scheme kind: %s', (_name, { given, want }) => {
    const [scheme] = buildModel(doc({}, { components: { securitySchemes: { s: given } } })).securitySchemes;
    expect({ kind: scheme!.kind, authScheme: scheme!.authScheme, optionNames: scheme!.optionNames }).toEqual({ authScheme: undefined, ...want });
  });

  const names: [string, { given: Json; want: string[][] }][] = [
    ['an option name never takes a base option (baseUrl, headers, fetch)', { given: { headers: { type: 'apiKey', in: 'header', name: 'h' }, fetch: { type: 'http', scheme: 'basic' } }, want: [['headers2'], ['fetch2']] }],
    ['a scheme name that is not an identifier is camel-cased', { given: { 'X-API-Key': { type: 'apiKey', in: 'header', name: 'X-API-Key' } }, want: [['xApiKey']] }],
    ['two bearer schemes: no authToken alias', { given: { a: { type: 'http', scheme: 'bearer' }, b: { type: 'oauth2', flows: {} } }, want: [['a'], ['b']] }],
    ['a bearer scheme called authToken is just that', { given: { authToken: { type: 'http', scheme: 'bearer' } }, want: [['authToken']] }],
    ['an API key called authToken beside a bearer scheme: the bearer gets the alias first', { given: { bearer: { type: 'http', scheme: 'bearer' }, authToken: { type: 'apiKey', in: 'header', name: 'k' } }, want: [['bearer', 'authToken'], ['authToken2']] }],
  ];
  test.each(names)('option names: %s', (_name, { given, want }) => {
    expect(buildModel(doc({}, { components: { securitySchemes: given } })).securitySchemes.map((scheme) => scheme.optionNames)).toEqual(want);
  });
});

describe('code samples', () => {
  const cases: [string, { given: Json; want: unknown[] }][] = [
    ['x-codeSamples with pointers', {
      given: { 'x-codeSamples': [{ lang: 'TypeScript', label: 'Node.js', source: 'await client.x()' }, { lang: 'cURL', source: 'curl x' }] },
      want: [
        { lang: 'TypeScript', label: 'Node.js', source: 'await client.x()', pointer: '/paths/~1x/get/x-codeSamples/0' },
        { lang: 'cURL', label: undefined, source: 'curl x', pointer: '/paths/~1x/get/x-codeSamples/1' },
      ],
    }],
    ['x-code-samples (older spelling)', { given: { 'x-code-samples': [{ lang: 'sh', source: 'curl' }] }, want: [{ lang: 'sh', label: undefined, source: 'curl', pointer: '/paths/~1x/get/x-code-samples/0' }] }],
    ['entries without lang or source are skipped, indexes kept', { given: { 'x-codeSamples': [{ lang: 'x' }, null, { lang: 'go', source: 'x()' }] }, want: [{ lang: 'go', label: undefined, source: 'x()', pointer: '/paths/~1x/get/x-codeSamples/2' }] }],
    ['not an array', { given: { 'x-codeSamples': 'nope' }, want: [] }],
    ['none', { given: {}, want: [] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(onlyOperation(doc({ '/x': { get: { ...given, responses: ok } } })).codeSamples).toEqual(want);
  });
});

describe('document level', () => {
  const cases: [string, { given: Partial<OpenApiDocument>; want: string | undefined }][] = [
    ['server URL as is', { given: { servers: [{ url: 'https://api.example.com/v1' }] }, want: 'https://api.example.com/v1' }],
    ['server variables take their defaults', { given: { servers: [{ url: 'https://{env}.example.com:{port}/{base}', variables: { env: { default: 'api' }, port: { default: '8443' }, base: { default: 'v2' } } }] }, want: 'https://api.example.com:8443/v2' }],
    ['an undeclared variable is left in place', { given: { servers: [{ url: 'https://{env}.example.com' }] }, want: 'https://{env}.example.com' }],
    ['the first server wins', { given: { servers: [{ url: 'https://one' }, { url: 'https://two' }] }, want: 'https://one' }],
    ['no servers', { given: {}, want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(buildModel(doc({}, given)).defaultBaseUrl).toBe(want);
  });

  test('title, version and description come from info; title defaults to API', () => {
    expect(buildModel(doc({}, { info: { title: 'Pets', version: '2', description: 'd' } }))).toMatchObject({ title: 'Pets', version: '2', description: 'd' });
    expect(buildModel({ openapi: '3.1.0' }).title).toBe('API');
  });

  test('operations come in document order: paths, then HTTP method order', () => {
    const model = buildModel(doc({ '/b': { post: { responses: ok }, get: { responses: ok } }, '/a': { delete: { responses: ok } } }));
    expect(model.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /b', 'post /b', 'delete /a']);
  });

  test('summary, description and deprecated are carried over', () => {
    const operation = onlyOperation(doc({ '/x': { get: { summary: 'S', description: 'D', deprecated: true, responses: ok } } }));
    expect(operation).toMatchObject({ summary: 'S', description: 'D', deprecated: true, pointer: '/paths/~1x/get' });
  });

  test('a $ref path item is followed', () => {
    const model = buildModel(
      doc({ '/x': { $ref: '#/components/pathItems/X' } }, { components: { pathItems: { X: { get: { operationId: 'viaRef', responses: ok } } } } }),
    );
    expect(model.operations.map((o) => o.name)).toEqual(['viaRef']);
  });
});
