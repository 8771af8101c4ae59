/**
 * What the spec says about the wire, honoured by a generated client against a real local server: security
 * schemes, servers, Accept and non-JSON media types, readOnly/writeOnly, honest edges, path safety.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  compileAndImport,
  FEATURE_FIXTURES,
  generateInto,
  json,
  newClient,
  rejection,
  startServer,
  typeCheck,
  type Generated,
  type LooseClient,
  type RecordedRequest,
  type Reply,
  type TestServer,
} from './harness.js';

const CONSUMER = `
import { ApiError, ArgumentError, ResponseBodyError, TestApi, type ClientOptions } from './src/index.js';

const options: ClientOptions = {
  bearer: async () => 'refreshed',
  basic: { username: 'u', password: 'p' },
  queryKey: () => 'k',
  headerKey: async () => 'h',
  cookieKey: 's',
  oauth: 'o',
};
// @ts-expect-error Basic takes a username and a password, not a string
const wrongBasic: ClientOptions = { basic: 'u:p' };
// @ts-expect-error two schemes take bearer tokens (bearer, oauth): no authToken alias, which one it meant is not guessed
const ambiguous: ClientOptions = { authToken: 't' };
const api = new TestApi(options).wire;

export async function use(): Promise<void> {
  const pet = await api.getPet({ petId: '1' });
  if (typeof pet !== 'string') {
    const id: number = pet.id;
    const name: string = pet.name;
    // @ts-expect-error writeOnly: never in a response
    void pet.secret;
    void id; void name;
  } else {
    pet.toUpperCase(); // XML is read as text
  }
  await api.createPet({ name: 'Rex', secret: 's' });
  // @ts-expect-error readOnly: not sent in a request
  await api.createPet({ id: 1, name: 'Rex', secret: 's' });
  const created = await api.createPet({ name: 'Rex', secret: 's' });
  const createdId: number = created.id;
  const feed: ReadableStream<Uint8Array> = await api.getFeed();
  const events: ReadableStream<Uint8Array> = await api.getEvents();
  const ok: boolean = (await api.getTextJson()).ok;
  const maybe: { state?: string } | null | undefined = await api.getMaybe();
  // @ts-expect-error may be null or nothing (204)
  const state: string | undefined = (await api.getMaybe()).state;
  const upload: void = await api.uploadAsset({ body: new Blob(['x']) });
  try {
    await api.getPet({ petId: '1' });
  } catch (e) {
    // The README's pattern: body may be missing or not JSON at run time, so it is typed that way.
    if (e instanceof ApiError && e.status === 409) console.log(e.body?.message, e.text);
    // @ts-expect-error body is possibly undefined
    if (e instanceof ApiError && e.status === 409) console.log(e.body.message);
    if (e instanceof ResponseBodyError) console.log(e.status, e.operation, e.reason, e.text, e.response.status);
    if (e instanceof ArgumentError) console.log(e.parameter);
  }
  void wrongBasic; void ambiguous; void createdId; void feed; void events; void ok; void maybe; void state; void upload;
}
`;

let generated: Generated;
let module: Record<string, unknown>;
let server: TestServer;

const PET = { id: 7, name: 'Rex' };

function route(request: RecordedRequest): Reply {
  const url = new URL(request.url, 'http://x');
  const reply = request.headers['x-reply'];
  if (url.pathname.startsWith('/secure/') || request.method === 'DELETE') return { status: 204 };
  switch (url.pathname) {
    case '/pets/1':
      if (reply === 'xml') return { status: 200, headers: { 'content-type': 'application/xml' }, body: '<pet><id>7</id></pet>' };
      if (reply === 'conflict-empty') return { status: 409 };
      if (reply === 'conflict-html') return { status: 409, headers: { 'content-type': 'text/html' }, body: '<h1>Conflict</h1>' };
      if (reply === 'conflict') return json({ message: 'taken' }, 409);
      return json(PET);
    case '/feed':
      return { status: 200, headers: { 'content-type': 'application/x-ndjson' }, body: '{"id":1,"name":"a"}\n{"id":2,"name":"b"}\n' };
    case '/events':
      return { status: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: one\n\ndata: two\n\n' };
    case '/text-json':
      return { status: 200, headers: { 'content-type': 'text/json' }, body: '{"ok":true}' };
    case '/status':
    case '/maybe':
      if (reply === 'html') return { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' };
      if (reply === 'empty') return { status: 200, headers: { 'content-type': 'application/json' } };
      if (reply === 'null') return { status: 200, headers: { 'content-type': 'application/json' }, body: 'null' };
      if (reply === '204') return { status: 204 };
      return json({ state: 'up' });
    default:
      return { status: 404 };
  }
}

beforeAll(async () => {
  generated = await generateInto('wire', path.join(FEATURE_FIXTURES, 'wire.yaml'));
  module = await compileAndImport(generated);
  server = await startServer(route);
});
afterAll(async () => {
  await server?.close();
});

const client = (options: Record<string, unknown> = {}): LooseClient => newClient(module, server.baseUrl, options);
const wire = (options: Record<string, unknown> = {}) => client(options).wire!;

test('the generated client and a consumer type-check under strict (scheme options, honest media types, readOnly/writeOnly)', async () => {
  expect(await typeCheck(generated, CONSUMER)).toBe('');
});

const ALL = {
  bearer: 'bearer-token',
  basic: { username: 'ada', password: 'pä:ss' },
  queryKey: 'query-key',
  headerKey: 'header-key',
  cookieKey: 'cookie key',
  oauth: 'oauth-token',
};

const securityCases: [string, { given: { call: string; options: Record<string, unknown> }; want: { authorization?: string; apiKeyHeader?: string; cookie?: string; query?: string } }][] = [
  ['root security: the bearer token', { given: { call: 'rootSecurity', options: ALL }, want: { authorization: 'Bearer bearer-token' } }],
  ['two bearer-token schemes: authToken is no option (the Periskope client test covers the single-scheme alias)', { given: { call: 'rootSecurity', options: { authToken: 'old' } }, want: {} }],
  ['security: [] sends no credentials at all', { given: { call: 'publicCall', options: ALL }, want: {} }],
  ['Basic: base64 of user:password (UTF-8)', { given: { call: 'basicCall', options: ALL }, want: { authorization: `Basic ${Buffer.from('ada:pä:ss').toString('base64')}` } }],
  ['API key in the query, beside the parameters', { given: { call: 'queryKeyCall', options: ALL }, want: { query: 'api_key=query-key' } }],
  ['API key in a header', { given: { call: 'headerKeyCall', options: ALL }, want: { apiKeyHeader: 'header-key' } }],
  ['API key in a cookie, encoded', { given: { call: 'cookieKeyCall', options: ALL }, want: { cookie: 'session=cookie%20key' } }],
  ['OAuth 2 as a bearer token', { given: { call: 'oauthCall', options: ALL }, want: { authorization: 'Bearer oauth-token' } }],
  ['alternatives: the first one whose credentials are given', { given: { call: 'eitherCall', options: ALL }, want: { query: 'api_key=query-key' } }],
  ['alternatives: the next one when the first has no credential', { given: { call: 'eitherCall', options: { basic: ALL.basic } }, want: { authorization: `Basic ${Buffer.from('ada:pä:ss').toString('base64')}` } }],
  ['two schemes together', { given: { call: 'bothCall', options: ALL }, want: { apiKeyHeader: 'header-key', cookie: 'session=cookie%20key' } }],
  ['an AND requirement missing one credential sends neither', { given: { call: 'bothCall', options: { headerKey: 'h' } }, want: {} }],
  ['optional auth: the credential when there is one', { given: { call: 'optionalAuthCall', options: ALL }, want: { apiKeyHeader: 'header-key' } }],
  ['optional auth: nothing when there is none', { given: { call: 'optionalAuthCall', options: {} }, want: {} }],
  ['no credential given: nothing sent (the server answers 401)', { given: { call: 'rootSecurity', options: {} }, want: {} }],
];

test.each(securityCases)('security: %s', async (_name, { given, want }) => {
  await wire(given.options)[given.call]!();
  const request = server.last();
  const query = new URL(request.url, 'http://x').search.slice(1);
  expect({
    authorization: request.headers.authorization,
    apiKeyHeader: request.headers['x-api-key'],
    cookie: request.headers.cookie,
    query: query === '' ? undefined : query,
  }).toEqual({ authorization: undefined, apiKeyHeader: undefined, cookie: undefined, query: undefined, ...want });
});

test('security: a token function is called for every request (refresh), and may be async', async () => {
  let issued = 0;
  const api = wire({ bearer: async () => `token-${++issued}` });
  await api.rootSecurity!();
  await api.rootSecurity!();
  expect(server.requests.slice(-2).map((request) => request.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
});

test('security: per-call headers win over a scheme', async () => {
  await wire(ALL).rootSecurity!({}, { headers: { Authorization: 'Bearer per-call' } });
  expect(server.last().headers.authorization).toBe('Bearer per-call');
});

/** A fetch that records the URL it is asked for and answers 204, so servers on other hosts can be checked. */
function recordingFetch(urls: string[]): typeof fetch {
  return async (input) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return new Response(null, { status: 204 });
  };
}

test.each([
  ['the root server, its variable at its default', 'listPets' as const, 'publicCall', 'https://eu.api.example.test/v1/secure/public'],
  ['a path-level server', 'upload', 'uploadAsset', 'https://uploads.example.test/uploads'],
  ['an operation-level server wins over the path-level one, variables at their defaults', 'list', 'listUploads', 'https://us.downloads.example.test/uploads'],
])('servers: %s', async (_name, _key, call, want) => {
  const urls: string[] = [];
  const Client = module.TestApi as new (options: Record<string, unknown>) => LooseClient;
  await new Client({ fetch: recordingFetch(urls) }).wire![call]!(call === 'uploadAsset' ? { body: new Blob(['x']) } : {});
  expect(urls).toEqual([want]);
});

test('servers: a constructor baseUrl replaces every server; a per-call baseUrl wins over it', async () => {
  const urls: string[] = [];
  const Client = module.TestApi as new (options: Record<string, unknown>) => LooseClient;
  const api = new Client({ baseUrl: 'http://127.0.0.1:9/base', fetch: recordingFetch(urls) }).wire!;
  await api.uploadAsset!({ body: new Blob(['x']) });
  await api.listUploads!({}, { baseUrl: 'https://mirror.example.test' });
  expect(urls).toEqual(['http://127.0.0.1:9/base/uploads', 'https://mirror.example.test/uploads']);
});

test('Accept lists the documented media types, JSON first, the others at a lower weight', async () => {
  await wire().getPet!({ petId: '1' });
  expect(server.last().headers.accept).toBe('application/json, application/xml;q=0.5');
  await wire().getEvents!();
  expect(server.last().headers.accept).toBe('text/event-stream');
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

test.each([
  ['JSON beside XML: JSON parsed', () => wire().getPet!({ petId: '1' }), PET],
  ['JSON beside XML: an XML answer is its text', () => wire().getPet!({ petId: '1' }, { headers: { 'x-reply': 'xml' } }), '<pet><id>7</id></pet>'],
  ['text/json is JSON', () => wire().getTextJson!(), { ok: true }],
  ['JSON null where the schema admits it', () => wire().getMaybe!({}, { headers: { 'x-reply': 'null' } }), null],
  ['an empty 204 where it is documented', () => wire().getMaybe!({}, { headers: { 'x-reply': '204' } }), undefined],
])('media types: %s', async (_name, call, want) => {
  expect(await call()).toEqual(want);
});

test.each([
  ['NDJSON', () => wire().getFeed!(), '{"id":1,"name":"a"}\n{"id":2,"name":"b"}\n'],
  ['Server-Sent Events', () => wire().getEvents!(), 'data: one\n\ndata: two\n\n'],
])('media types: %s resolves the unread ReadableStream', async (_name, call, want) => {
  const stream = (await call()) as ReadableStream<Uint8Array>;
  expect(stream).toBeInstanceOf(ReadableStream);
  expect(await readAll(stream)).toBe(want);
});

test.each([
  ['an HTML page where JSON is documented', 'html', 'unparseable', '<html>Bad gateway</html>'],
  ['an empty 200 where a body is documented', 'empty', 'empty', ''],
  ['a 204 where only a body is documented', '204', 'empty', ''],
  ['JSON null where the schema does not admit it', 'null', 'null', 'null'],
])('edges: %s is a ResponseBodyError with status, operation, response and raw text', async (_name, reply, reason, text) => {
  const error = await rejection(wire().getStatus!({}, { headers: { 'x-reply': reply } }));
  expect(error.name).toBe('ResponseBodyError');
  expect(error).not.toBeInstanceOf(SyntaxError);
  expect({ reason: error.reason, status: error.status, operation: error.operation, text: error.text }).toEqual({
    reason,
    status: reply === '204' ? 204 : 200,
    operation: 'getStatus',
    text,
  });
  expect((error.response as Response).status).toBe(reply === '204' ? 204 : 200);
});

test.each([
  ['a JSON error body is parsed', 'conflict', { message: 'taken' }, '{"message":"taken"}'],
  ['an empty error body is undefined: e.body?.message cannot throw', 'conflict-empty', undefined, ''],
  ['an HTML error body is undefined, its text kept', 'conflict-html', undefined, '<h1>Conflict</h1>'],
])('edges: ApiError: %s', async (_name, reply, body, text) => {
  const error = await rejection(wire().getPet!({ petId: '1' }, { headers: { 'x-reply': reply } }));
  expect(error.name).toBe('ApiError');
  expect({ status: error.status, body: error.body, text: error.text }).toEqual({ status: 409, body, text });
  expect((error.body as { message?: string } | undefined)?.message).toBe(body?.message);
});

test.each([
  ['..', 'is ".."'],
  ['.', 'is "."'],
  ['', 'is empty'],
  [undefined, 'is missing'],
  [null, 'is missing'],
])('path safety: petId %j is refused before anything is sent', async (value, problem) => {
  const before = server.requests.length;
  const error = await rejection(wire().deletePet!({ petId: value }));
  expect(error.name).toBe('ArgumentError');
  expect({ parameter: error.parameter, operation: error.operation }).toEqual({ parameter: 'petId', operation: 'deletePet' });
  expect(error.message).toContain(`path parameter petId ${problem}`);
  expect(server.requests.length).toBe(before);
});

test.each([
  ['missing', { body: { name: 'new' } }, 'is missing'],
  ['..', { path: { name: '..' }, body: { name: 'new' } }, 'is ".."'],
])('path safety, nested arguments: %s is refused too', async (_name, args, problem) => {
  const before = server.requests.length;
  const error = await rejection(wire().renameTag!(args));
  expect({ name: error.name, parameter: error.parameter }).toEqual({ name: 'ArgumentError', parameter: 'name' });
  expect(error.message).toContain(problem);
  expect(server.requests.length).toBe(before);
});

test('path safety: dots inside a value are fine, and are sent as they are', async () => {
  await wire().deletePet!({ petId: '..a' });
  expect(server.last().url).toBe('/pets/..a');
});
