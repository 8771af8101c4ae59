import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Observation } from '../src/call/mock-call.js';
import type { ErrorClasses } from '../src/client/client-under-test.js';
import { checkObservation, tuplePlace } from '../src/oracles/response-oracles.js';
import { checkSecurityProbe } from '../src/oracles/security-oracle.js';
import { buildInventory, type ResponseTuple } from '../src/plan/inventory.js';
import type { RuleId } from '../src/rules.js';
import { loadContractContext } from '../src/spec/context.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const context = await loadContractContext(path.join(here, 'fixtures', 'oracles', 'spec.yaml'));
const inventory = buildInventory(context.model.operations);
const oracleContext = { document: context.spec.document, validator: context.validator };

class FakeApiError extends Error {
  constructor(readonly operation: string, readonly status: number, readonly body: unknown) {
    super('api error');
  }
}
class FakeUnexpected extends Error {
  constructor(readonly status: number) {
    super('unexpected');
  }
}
class FakeBodyError extends Error {
  override name = 'ResponseBodyError';
  constructor(readonly status: number, readonly reason: string) {
    super('body error');
  }
}
const errors: ErrorClasses = { ApiError: FakeApiError, UnexpectedResponseError: FakeUnexpected, ResponseBodyError: FakeBodyError };

function tuple(title: string): ResponseTuple {
  const found = inventory.tuples.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no tuple ${title} in ${inventory.tuples.map((t) => t.title).join(', ')}`);
  return found;
}

function observation(status: number, body: string, headers: Record<string, string>, outcome: Observation['outcome']): Observation {
  return { status, contentType: headers['content-type'] ?? null, rawBody: body, headers: new Headers(headers), outcome };
}

const item = { id: 'a1', count: 2 };
const okHeaders = { 'content-type': 'application/json', 'x-ratelimit-remaining': '10' };
const returned = (value: unknown): Observation['outcome'] => ({ kind: 'returned', value });
const threw = (error: unknown): Observation['outcome'] => ({ kind: 'threw', error });

/** [name, { given: tuple title + observation, want: [rule, message fragment] per finding (none = passes) }] */
const cases: [string, { tuple: string; seen: Observation; want: [RuleId, string][] }][] = [
  ['the documented 200 passes', { tuple: 'getItem 200 application/json', seen: observation(200, JSON.stringify(item), okHeaders, returned(item)), want: [] }],
  ['another status than the one asked for fails (Prism fallback)', { tuple: 'deleteItem 409 application/json', seen: observation(204, '', {}, returned(undefined)), want: [['status-mismatch', 'status 204, expected 409']] }],
  ['a missing required response header fails', { tuple: 'getItem 200 application/json', seen: observation(200, JSON.stringify(item), { 'content-type': 'application/json' }, returned(item)), want: [['header-missing', 'required response header X-RateLimit-Remaining is missing']] }],
  ['a response header of the wrong type fails', { tuple: 'getItem 200 application/json', seen: observation(200, JSON.stringify(item), { ...okHeaders, 'x-ratelimit-remaining': 'many' }, returned(item)), want: [['header-schema', 'response header X-RateLimit-Remaining: "many" must be integer (schema #/paths/~1items~1{id}/get/responses/200/headers/X-RateLimit-Remaining/schema, example #/paths/~1items~1{id}/get/responses/200/headers/X-RateLimit-Remaining/example)']] }],
  ['a body that breaks its schema fails', { tuple: 'getItem 200 application/json', seen: observation(200, '{"count":"2"}', okHeaders, returned({ count: '2' })), want: [['body-schema', "must have required property 'id'"], ['body-schema', 'body/count must be integer'], ['example-not-served', 'not the documented example']] }],
  ['another media type fails', { tuple: 'getItem 200 application/json', seen: observation(200, JSON.stringify(item), { ...okHeaders, 'content-type': 'text/plain' }, returned(item)), want: [['media-type-mismatch', 'media type text/plain, expected application/json']] }],
  ['a body where no content is documented fails', { tuple: 'getItem 404 (no content)', seen: observation(404, '{"oops":1}', {}, threw(new FakeApiError('getItem', 404, { oops: 1 }))), want: [['unexpected-body', 'no content is documented']] }],
  ['a body where no content is documented, not given to ApiError as the client promises (JSON without a Content-Type is parsed), fails', { tuple: 'getItem 404 (no content)', seen: observation(404, '{"oops":1}', {}, threw(new FakeApiError('getItem', 404, undefined))), want: [['unexpected-body', 'no content is documented'], ['client-error-type', 'ApiError.body is not the parsed response body']] }],
  // Prism's sl-violations are context, not a verdict: our Ajv decides (Prism checks an alternate media type against
  // a sibling's schema, and reports Warning-level notes such as deprecated parameters).
  ['Prism violations alone do not fail: Ajv is the judge', { tuple: 'getItem 200 application/json', seen: observation(200, JSON.stringify(item), { ...okHeaders, 'sl-violations': '[{"location":["response","body"],"severity":"Error","message":"x"}]' }, returned(item)), want: [] }],
  ["beside a real failure, Prism's Error-level violations are quoted, its warnings not", { tuple: 'getItem 200 application/json', seen: observation(200, '{"count":"2"}', { ...okHeaders, 'sl-violations': '[{"location":["response","body"],"severity":"Error","message":"must be integer"},{"location":["request","query","sort"],"severity":"Warning","message":"deprecated"}]' }, returned({ count: '2' })), want: [['body-schema', "(Prism's sl-violations: response.body: must be integer)"], ['body-schema', 'body/count must be integer'], ['example-not-served', 'not the documented example']] }],
  ['a documented error must throw ApiError', { tuple: 'deleteItem 409 application/json', seen: observation(409, '{"message":"busy"}', { 'content-type': 'application/json' }, returned({ message: 'busy' })), want: [['client-resolved-error', 'must throw, but the client resolved']] }],
  ['ApiError with the documented status, operation and body passes', { tuple: 'deleteItem 409 application/json', seen: observation(409, '{"message":"busy"}', { 'content-type': 'application/json' }, threw(new FakeApiError('deleteItem', 409, { message: 'busy' }))), want: [] }],
  ['ApiError with another body fails', { tuple: 'deleteItem 409 application/json', seen: observation(409, '{"message":"busy"}', { 'content-type': 'application/json' }, threw(new FakeApiError('deleteItem', 409, { message: 'other' }))), want: [['client-error-type', 'ApiError.body is not the parsed response body']] }],
  ['an XML error: ApiError.body is undefined (the raw text is in text) and passes', { tuple: 'deleteItem 409 application/json', seen: observation(409, '<e>busy</e>', { 'content-type': 'application/xml' }, threw(Object.assign(new FakeApiError('deleteItem', 409, undefined), { text: '<e>busy</e>' }))), want: [['media-type-mismatch', 'media type application/xml'], ['body-not-json', 'not JSON'], ['example-not-served', 'not the documented example']] }],
  ['an XML error whose ApiError.body is the text fails', { tuple: 'deleteItem 409 application/json', seen: observation(409, '<e>busy</e>', { 'content-type': 'application/xml' }, threw(Object.assign(new FakeApiError('deleteItem', 409, '<e>busy</e>'), { text: '<e>busy</e>' }))), want: [['media-type-mismatch', 'media type application/xml'], ['body-not-json', 'not JSON'], ['example-not-served', 'not the documented example'], ['client-error-type', 'ApiError.body is not the parsed response body']] }],
  ['an ApiError whose text is not the raw body fails', { tuple: 'deleteItem 409 application/json', seen: observation(409, '{"message":"busy"}', { 'content-type': 'application/json' }, threw(Object.assign(new FakeApiError('deleteItem', 409, { message: 'busy' }), { text: '' }))), want: [['client-error-type', 'ApiError.text is not the raw response body']] }],
  ['an UnexpectedResponseError for a documented status fails', { tuple: 'deleteItem 409 application/json', seen: observation(409, '{"message":"busy"}', { 'content-type': 'application/json' }, threw(new FakeUnexpected(409))), want: [['client-error-type', 'expected ApiError']] }],
  ['a 2xx the client did not return as parsed fails', { tuple: 'getItem 200 application/json', seen: observation(200, JSON.stringify(item), okHeaders, returned({ id: 'other' })), want: [['client-result', 'did not return the parsed body']] }],
  ['a 2xx of JSON null its schema does not admit: the spec is at fault, and the client rightly throws ResponseBodyError (null)', { tuple: 'getItem 200 application/json', seen: observation(200, 'null', okHeaders, threw(new FakeBodyError(200, 'null'))), want: [['body-schema', 'body must be object'], ['example-not-served', 'not the documented example']] }],
  ['a 2xx of JSON null its schema does not admit, resolved as the result, fails', { tuple: 'getItem 200 application/json', seen: observation(200, 'null', okHeaders, returned(null)), want: [['body-schema', 'body must be object'], ['example-not-served', 'not the documented example'], ['client-result', 'must throw ResponseBodyError (reason null), but the client resolved']] }],
  ['a 2xx of JSON null its schema does not admit, thrown as another error, fails', { tuple: 'getItem 200 application/json', seen: observation(200, 'null', okHeaders, threw(new FakeBodyError(200, 'unparseable'))), want: [['body-schema', 'body must be object'], ['example-not-served', 'not the documented example'], ['client-result', 'but the client threw ResponseBodyError']] }],
  ['a 2xx JSON body that does not parse: the mock is at fault, and the client rightly throws ResponseBodyError (unparseable)', { tuple: 'getItem 200 application/json', seen: observation(200, 'string', okHeaders, threw(new FakeBodyError(200, 'unparseable'))), want: [['body-not-json', 'not JSON'], ['example-not-served', 'not the documented example']] }],
  ['a 2xx JSON body that does not parse, resolved, fails', { tuple: 'getItem 200 application/json', seen: observation(200, 'string', okHeaders, returned('string')), want: [['body-not-json', 'not JSON'], ['example-not-served', 'not the documented example'], ['client-result', 'a JSON body that does not parse must throw ResponseBodyError (reason unparseable), but the client resolved']] }],
  ['no body where JSON is documented: the client rightly throws ResponseBodyError (empty)', { tuple: 'getItem 200 application/json', seen: observation(200, '', okHeaders, threw(new FakeBodyError(200, 'empty'))), want: [['body-not-json', 'not JSON'], ['example-not-served', 'not the documented example']] }],
  ['HEAD: no body, no media type, resolved to nothing, passes (its documented content is what a GET would send)', { tuple: 'itemExists 200 application/json', seen: observation(200, '', {}, returned(undefined)), want: [] }],
  ['HEAD: an error without a body, thrown as ApiError without one, passes', { tuple: 'itemExists 404 application/json', seen: observation(404, '', {}, threw(new FakeApiError('itemExists', 404, undefined))), want: [] }],
  ['HEAD: a body is unexpected', { tuple: 'itemExists 200 application/json', seen: observation(200, '{}', { 'content-type': 'application/json' }, returned(undefined)), want: [['unexpected-body', 'a HEAD response has no body']] }],
  ['no content: an empty 204 that resolves passes', { tuple: 'deleteItem 204 (no content)', seen: observation(204, '', {}, returned(undefined)), want: [] }],
];

describe('checkObservation: each oracle fails for its own reason, under its own rule', () => {
  test.each(cases)('%s', (_name, { tuple: title, seen, want }) => {
    const findings = checkObservation(oracleContext, tuple(title), seen, errors);
    expect(findings.map((item) => item.rule), JSON.stringify(findings)).toEqual(want.map(([rule]) => rule));
    want.forEach(([, fragment], index) => expect(findings[index]!.message).toContain(fragment));
  });

  test('a finding names the tuple: operation, status, media type, and the response pointer', () => {
    const found = checkObservation(oracleContext, tuple('getItem 200 application/json'), observation(200, JSON.stringify(item), { ...okHeaders, 'content-type': 'text/plain' }, returned(item)), errors);
    expect(found[0]).toMatchObject({ kind: 'server', rule: 'media-type-mismatch', operation: 'getItem', status: '200', mediaType: 'application/json', pointer: tuplePlace(tuple('getItem 200 application/json')).pointer });
  });

  test('a documented media range (*/*, text/*) is answered by any type it covers, and only by those', () => {
    const documented = tuple('getItem 200 application/json');
    const ranged = (mediaType: string) => ({ ...documented, example: undefined, content: { ...documented.content!, mediaType, schemaPointer: undefined } });
    const answer = (range: string, type: string) => checkObservation(oracleContext, ranged(range), observation(200, 'hi', { ...okHeaders, 'content-type': type }, returned('hi')), errors).map((item) => item.rule);
    expect(answer('*/*', 'text/plain')).toEqual([]);
    expect(answer('text/*', 'text/plain; charset=utf-8')).toEqual([]);
    expect(answer('text/*', 'application/xml')).toEqual(['media-type-mismatch']);
  });

  test('a served example that breaks its schema names both pointers: the schema and the example', () => {
    const served = tuple('getItem 200 application/json');
    const found = checkObservation(oracleContext, served, observation(200, '{"id":"a1","count":"2"}', okHeaders, returned({ id: 'a1', count: '2' })), errors);
    const [schemaBroken] = found.filter((item) => item.rule === 'body-schema');
    expect(schemaBroken?.message).toContain(`(schema #${served.content!.schemaPointer}, example #${served.example!.pointer})`);
  });

  test('without a documented example the mock built the body itself: a schema violation is the mock\'s (server), not the spec\'s', () => {
    const generated = { ...tuple('getItem 200 application/json'), example: undefined };
    const found = checkObservation(oracleContext, generated, observation(200, '{"id":"a1","count":"2"}', okHeaders, returned({ id: 'a1', count: '2' })), errors);
    expect(found.map((item) => [item.kind, item.rule])).toEqual([['server', 'mock-body-schema']]);
  });

  test('a mock that rejects the request (422 where another status was asked for) is the suite\'s finding', () => {
    const found = checkObservation(oracleContext, tuple('getItem 200 application/json'), observation(422, '{"title":"Invalid request"}', { 'content-type': 'application/problem+json' }, threw(new FakeUnexpected(422))), errors);
    expect(found.map((item) => [item.kind, item.rule])).toEqual([['suite', 'request-rejected']]);
    expect(found[0]!.message).toContain('Invalid request');
  });
});

describe('checkSecurityProbe: without credentials, a typed 401', () => {
  const probe = tuple('getItem 200 application/json');
  const cases: [string, { seen: Observation; want: string[] }][] = [
    ['a 401 thrown as ApiError passes', { seen: observation(401, '{}', {}, threw(new FakeApiError('getItem', 401, {}))), want: [] }],
    ['a 401 thrown as UnexpectedResponseError passes', { seen: observation(401, '{}', {}, threw(new FakeUnexpected(401))), want: [] }],
    ['a 200 without credentials: the server does not enforce the scheme', { seen: observation(200, '{}', {}, returned({})), want: ['server security-not-enforced'] }],
    ['a 401 that resolves', { seen: observation(401, '{}', {}, returned({})), want: ['suite security-untyped'] }],
    ['a 401 thrown as a plain Error', { seen: observation(401, '{}', {}, threw(new Error('boom'))), want: ['suite security-untyped'] }],
  ];
  test.each(cases)('%s', (_name, { seen, want }) => {
    expect(checkSecurityProbe('bearerAuth', probe, seen, errors).map((item) => `${item.kind} ${item.rule}`)).toEqual(want);
  });
});
