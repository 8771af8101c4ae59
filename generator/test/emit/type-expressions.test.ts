import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from '../../src/document/index.js';
import { emitTypes } from '../../src/emit/emit-types.js';
import { argumentsType, errorBodyType, operationTypeExpression, responseBodyType, resultType, statusType, stringLiteral } from '../../src/emit/type-expressions.js';
import { buildModel } from '../../src/model/build-model.js';
import type { OperationModel, ParameterModel, RequestBodyModel, ResponseModel } from '../../src/model/types.js';
import { typeErrors } from '../support/type-nodes.js';

const OP = "paths['/a']['get']";

function operation(overrides: Partial<OperationModel> = {}): OperationModel {
  return {
    id: 'op',
    name: 'op',
    typeName: 'Op',
    group: 'default',
    method: 'get',
    path: '/a',
    deprecated: false,
    parameters: [],
    argumentShape: 'flat',
    argumentsRequired: false,
    responses: [],
    successParsing: 'none',
    noContentStatuses: [],
    successNullable: false,
    security: [],
    codeSamples: [],
    pointer: '/paths/~1a/get',
    ...overrides,
  };
}

const parameter = (location: ParameterModel['in'], required: boolean): ParameterModel => ({ name: `${location}Param`, in: location, required, pointer: '' });

function body(overrides: Partial<RequestBodyModel> = {}): RequestBodyModel {
  return { required: true, mediaType: 'application/json', encoding: 'json', propertyNames: ['name'], requiredProperties: [], nullable: false, readWriteMarked: false, pointer: '', ...overrides };
}

function response(status: string, ...mediaTypes: string[]): ResponseModel {
  return { status, description: '', success: /^2/.test(status), contents: mediaTypes.map((mediaType) => ({ mediaType, readWriteMarked: false, examples: [] })), headers: [], pointer: '' };
}

/** A response whose schemas reach a readOnly/writeOnly mark. */
function markedResponse(status: string, ...mediaTypes: string[]): ResponseModel {
  const plain = response(status, ...mediaTypes);
  return { ...plain, contents: plain.contents.map((content) => ({ ...content, readWriteMarked: true })) };
}

const BODY = `NonNullable<${OP}['requestBody']>['content']['application/json']`;

describe('stringLiteral', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['plain text', { given: '/a', want: "'/a'" }],
    ['quotes and backslashes are escaped', { given: "a'b\\c", want: "'a\\'b\\\\c'" }],
    ['a double quote needs no escape', { given: 'a"b', want: `'a"b'` }],
    ['a newline is escaped', { given: 'a\nb', want: "'a\\nb'" }],
    ['U+2028 and U+2029 are escaped (line breaks in older JavaScript)', { given: 'a\u2028b\u2029c', want: "'a\\u2028b\\u2029c'" }],
    ['a template placeholder is plain text', { given: '${x}', want: "'${x}'" }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(stringLiteral(given)).toBe(want);
    expect(new Function(`return ${stringLiteral(given)};`)()).toBe(given);
  });
});

describe('operationTypeExpression', () => {
  const cases: [string, { given: Partial<OperationModel>; want: string }][] = [
    ['path and method', { given: { path: '/message/broadcast/{broadcast_id}', method: 'delete' }, want: "paths['/message/broadcast/{broadcast_id}']['delete']" }],
    ['a path with a quote stays one literal', { given: { path: "/a'b", method: 'get' }, want: "paths['/a\\'b']['get']" }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(operationTypeExpression(operation(given))).toBe(want);
  });
});

describe('statusType', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['a status code is its literal', { given: '409', want: '409' }],
    ['a range is a number', { given: '4XX', want: 'number' }],
    ['default is a number', { given: 'default', want: 'number' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(statusType(given)).toBe(want);
  });
});

describe('responseBodyType', () => {
  const cases: [string, { given: ResponseModel; want: string }][] = [
    ['no content is undefined', { given: response('204'), want: 'undefined' }],
    ['a numeric status is a number key', { given: response('200', 'application/json'), want: `${OP}['responses'][200]['content']['application/json']` }],
    ['a range is a string key', { given: response('4XX', 'application/json'), want: `${OP}['responses']['4XX']['content']['application/json']` }],
    ['default is a string key', { given: response('default', 'application/json'), want: `${OP}['responses']['default']['content']['application/json']` }],
    ['text/json and +json are JSON', { given: response('200', 'text/json', 'application/hal+json'), want: ['text/json', 'application/hal+json'].map((type) => `${OP}['responses'][200]['content']['${type}']`).join(' | ') }],
    ['text is a string, whatever its schema says', { given: response('200', 'text/plain'), want: 'string' }],
    ['XML is read as text: a string, not the JSON schema it shares', { given: response('200', 'application/xml'), want: 'string' }],
    ['NDJSON and SSE are the unread stream', { given: response('200', 'application/x-ndjson', 'text/event-stream'), want: 'ReadableStream<Uint8Array>' }],
    ['other media types are a Blob', { given: response('200', 'image/png'), want: 'Blob' }],
    [
      'several media types: a union of what each is read as, the preferred (JSON) first',
      {
        given: response('200', 'text/csv', 'application/json', 'application/xml', 'application/pdf'),
        want: `${OP}['responses'][200]['content']['application/json'] | string | Blob`,
      },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(responseBodyType(OP, given)).toBe(want);
  });
});

describe('errorBodyType: the parsed JSON or undefined', () => {
  const cases: [string, { given: ResponseModel; want: string }][] = [
    ['no content: undefined', { given: response('404'), want: 'undefined' }],
    ['JSON: its type, or undefined (empty or not JSON at run time)', { given: response('409', 'application/json'), want: `${OP}['responses'][409]['content']['application/json'] | undefined` }],
    ['text only: undefined (the raw text is `text`)', { given: response('500', 'text/plain'), want: 'undefined' }],
    ['JSON beside XML: only the JSON type', { given: response('400', 'application/xml', 'application/problem+json'), want: `${OP}['responses'][400]['content']['application/problem+json'] | undefined` }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(errorBodyType(OP, given)).toBe(want);
  });
});

describe('readWriteMarkers: request bodies Writable, results Readable', () => {
  test.each([
    ['a marked result', () => resultType(OP, operation({ responses: [markedResponse('200', 'application/json')] }), { readWriteMarkers: true }), `Readable<${OP}['responses'][200]['content']['application/json']>`],
    ['a marked body', () => argumentsType(OP, operation({ requestBody: body({ propertyNames: null, readWriteMarked: true }) }), { readWriteMarkers: true }), `{ body: Writable<${BODY}> }`],
    ['a marked error body', () => errorBodyType(OP, markedResponse('409', 'application/json'), { readWriteMarkers: true }), `Readable<${OP}['responses'][409]['content']['application/json']> | undefined`],
    ['a result that reaches no mark keeps its plain type (no deep mapped type for callers to pay for)', () => resultType(OP, operation({ responses: [response('200', 'application/json')] }), { readWriteMarkers: true }), `${OP}['responses'][200]['content']['application/json']`],
    ['a body that reaches no mark keeps its plain type', () => argumentsType(OP, operation({ requestBody: body({ propertyNames: null }) }), { readWriteMarkers: true }), `{ body: ${BODY} }`],
    ['without markers: the plain types', () => resultType(OP, operation({ responses: [response('200', 'application/json')] })), `${OP}['responses'][200]['content']['application/json']`],
  ])('%s', (_name, given, want) => {
    expect(given()).toBe(want);
  });
});

describe('argumentsType', () => {
  const cases: [string, { given: Partial<OperationModel>; want: string }][] = [
    ['nothing to pass', { given: {}, want: 'Record<string, never>' }],
    ['a required location is indexed as is', { given: { parameters: [parameter('path', true)] }, want: `${OP}['parameters']['path']` }],
    ['an optional location is NonNullable', { given: { parameters: [parameter('query', false)] }, want: `NonNullable<${OP}['parameters']['query']>` }],
    [
      'locations in path, query, header, cookie order, whatever the parameter order',
      {
        given: { parameters: [parameter('cookie', false), parameter('header', true), parameter('query', false), parameter('path', true)] },
        want: [`${OP}['parameters']['path']`, `NonNullable<${OP}['parameters']['query']>`, `${OP}['parameters']['header']`, `NonNullable<${OP}['parameters']['cookie']>`].join(' & '),
      },
    ],
    ['one required parameter makes its location required', { given: { parameters: [parameter('query', false), parameter('query', true)] }, want: `${OP}['parameters']['query']` }],
    ["a required body's properties sit beside the parameters", { given: { parameters: [parameter('path', true)], requestBody: body() }, want: `${OP}['parameters']['path'] & ${BODY}` }],
    ['an optional body is all or nothing', { given: { requestBody: body({ required: false }) }, want: `(${BODY} | { [K in keyof ${BODY}]?: never })` }],
    ['a nullable body given by its properties is never null', { given: { requestBody: body({ nullable: true }) }, want: `NonNullable<${BODY}>` }],
    ['a body without properties to spread is `body`', { given: { requestBody: body({ propertyNames: null }) }, want: `{ body: ${BODY} }` }],
    ['an optional such body is `body?`', { given: { requestBody: body({ propertyNames: null, required: false }) }, want: `{ body?: ${BODY} }` }],
    ['the media type is indexed as written', { given: { requestBody: body({ propertyNames: null, mediaType: 'application/x-www-form-urlencoded' }) }, want: `{ body: NonNullable<${OP}['requestBody']>['content']['application/x-www-form-urlencoded'] }` }],
    [
      'the nested shape: one member per location and body',
      {
        given: { argumentShape: 'nested', parameters: [parameter('path', true), parameter('header', false)], requestBody: body({ required: false }) },
        want: `{ path: ${OP}['parameters']['path']; header?: NonNullable<${OP}['parameters']['header']>; body?: ${BODY} }`,
      },
    ],
    ['the nested shape without anything is an empty object', { given: { argumentShape: 'nested' }, want: '{  }' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(argumentsType(OP, operation(given))).toBe(want);
  });
});

describe('resultType', () => {
  const json = (status: string) => `${OP}['responses'][${status}]['content']['application/json']`;
  const cases: [string, { given: ResponseModel[]; want: string }][] = [
    ['no responses: void', { given: [], want: 'void' }],
    ['a 2xx without content: void', { given: [response('204')], want: 'void' }],
    ['one 2xx body', { given: [response('200', 'application/json'), response('404', 'application/json')], want: json('200') }],
    ['two 2xx bodies: their union', { given: [response('200', 'application/json'), response('201', 'application/json')], want: `${json('200')} | ${json('201')}` }],
    ['a 2xx body and a 2xx without: the body or undefined', { given: [response('200', 'application/json'), response('204')], want: `${json('200')} | undefined` }],
    ['no 2xx: the default response', { given: [response('404', 'application/json'), response('default', 'application/json')], want: `${OP}['responses']['default']['content']['application/json']` }],
    ['a 2xx wins over default', { given: [response('200', 'text/plain'), response('default', 'application/json')], want: 'string' }],
    ['HEAD: void, whatever is documented', { given: [response('200', 'application/json')], want: 'void' }],
    ['only errors: void', { given: [response('500', 'application/json')], want: 'void' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(resultType(OP, operation({ responses: given, method: _name.startsWith('HEAD') ? 'head' : 'get' }))).toBe(want);
  });
});

test('every expression indexes into the types emitTypes writes for the same document', () => {
  const object = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
  const content = (schema: unknown) => ({ 'application/json': { schema } });
  const document = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/pets/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getPet',
          parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }, { name: 'X-Trace', in: 'header', schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: { ...content(object), 'text/csv': { schema: { type: 'string' } } } }, '204': { description: 'none' }, '4XX': { description: 'bad', content: content(object) } },
        },
        put: { operationId: 'putPet', requestBody: { required: false, content: content(object) }, responses: { default: { description: 'any', content: content(object) } } },
        post: { operationId: 'postPet', requestBody: { required: true, content: content({ type: 'array', items: object }) }, responses: { '201': { description: 'ok', content: content(object) } } },
        patch: {
          operationId: 'patchPet',
          requestBody: { content: content({ type: 'object', properties: { id: { type: 'string' } } }) },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  } as unknown as OpenApiDocument;
  const model = buildModel(document);
  expect(model.operations.map((each) => each.argumentShape)).toContain('nested');
  const lines = model.operations.flatMap((each) => {
    const op = operationTypeExpression(each);
    const errors = each.responses.filter((r) => !r.success).map((r) => `{ status: ${statusType(r.status)}; body: ${responseBodyType(op, r)} }`);
    return [`export type ${each.typeName}Args = ${argumentsType(op, each)};`, `export type ${each.typeName}Result = ${resultType(op, each)};`, ...errors.map((e, i) => `export type ${each.typeName}Error${i} = ${e};`)];
  });
  expect(typeErrors(`${emitTypes(document, 'spec.yaml')}\n${lines.join('\n')}`)).toEqual([]);
});
