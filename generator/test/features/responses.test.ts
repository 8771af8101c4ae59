import path from 'node:path';
import ts from 'typescript';
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
  CONSUMER_OPTIONS,
  type Generated,
  type LooseClient,
  type Reply,
  type TestServer,
} from './harness.js';

const CONSUMER = `
import { ApiError, TestApi, UnexpectedResponseError } from './src/index.js';
import type { operations } from './src/schema.js';

const api = new TestApi().responses;
export async function use(): Promise<void> {
  const j: { id: number } = await api.getJson();
  let remaining: string | null = null;
  await api.getJson({}, { onResponse: (response) => void (remaining = response.headers.get('x-total')) });
  void remaining;
  const total: operations['getJson']['responses'][200]['headers']['X-Total'] = 1;
  const v: string | undefined = (await api.getVendor()).v;
  const t: string = await api.getText();
  const b: Blob = await api.getBinary();
  // */*: typed by the schema, read by Content-Type as far as that type allows.
  const anyString: string = await api.getAnyString({ as: 'text' });
  const anyFile: Blob = await api.getAnyFile();
  const anyObject: { n?: number } = await api.getAnyObject();
  const anyThing: unknown = await api.getAnyThing({ as: 'text' });
  void anyString; void anyFile; void anyObject; void anyThing;
  const d: void = await api.deleteThing({ id: 'x' });
  const h: void = await api.thingExists({ id: 'x' });
  const reset: void = await api.resetView();
  const cached: { etag?: string } = await api.getCached({ 'If-None-Match': 'x' });
  const ok: boolean = (await api.getRanges({ status: 200 })).ok;
  const message: string = (await api.getDefaultOnly({ status: 200 })).message;
  const multi = await api.getMulti({ format: 'csv' });
  if (typeof multi === 'string') multi.toUpperCase();
  else if (multi !== undefined) multi.rows.toFixed();
  // @ts-expect-error the result may be CSV text or nothing
  const rows: number = multi.rows;
  try {
    await api.getRanges({ status: 418 });
  } catch (error) {
    if (error instanceof ApiError && error.operation === 'getRanges') {
      const status: number = error.status;
      // The parsed JSON, or undefined when the answer is empty or not JSON (its raw text is error.text).
      const body: { error: string } | { message: string } | undefined = error.body;
      const raw: string = error.text;
      void raw;
      void status; void body;
    }
    if (error instanceof ApiError && error.operation === 'getJson' && error.status === 404) {
      const title: string | undefined = error.body?.title;
      void title;
    }
    if (error instanceof UnexpectedResponseError) void error.status;
  }
  void j; void total; void t; void b; void d; void h; void reset; void cached; void ok; void message; void rows; void v;
}
`;

let generated: Generated;
let client: LooseClient;
let server: TestServer;

function route(url: URL, want: number | undefined, headers: Record<string, string | string[] | undefined>): Reply {
  const status = Number(url.searchParams.get('status') ?? want ?? 200);
  switch (url.pathname) {
    case '/json':
      return want === 404
        ? { status: 404, headers: { 'content-type': 'application/problem+json' }, body: '{"title":"gone"}' }
        : json({ id: 1 }, 200, { 'x-total': '1' });
    case '/vendor':
      return { status: 200, headers: { 'content-type': 'application/vnd.x+json' }, body: '{"v":"x"}' };
    case '/text':
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'plain text' };
    case '/binary':
      return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 255, 7]) };
    case '/reset':
      return { status: 205 };
    case '/cached':
      return headers['if-none-match'] ? { status: 304 } : json({ etag: 'e1' });
    case '/ranges':
      if (status < 300) return json({ ok: true }, status);
      if (status < 500) return json({ error: 'client' }, status);
      return json({ message: 'server' }, status);
    case '/default-only':
      return json({ message: status < 300 ? 'fine' : 'broken' }, status);
    case '/multi': {
      const format = url.searchParams.get('format');
      if (format === 'csv') return { status: 200, headers: { 'content-type': 'text/csv' }, body: 'a,b\n1,2\n' };
      if (format === 'none') return { status: 204 };
      return json({ rows: 2 });
    }
    case '/anything/text':
    case '/anything-at-all/text':
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'plain text' };
    case '/anything/json':
    case '/anything-at-all/json':
      return json('a JSON string');
    case '/anything/none':
      return { status: 200, body: 'no type said' };
    case '/anything-file':
    case '/anything-at-all/bytes':
      return { status: 200, headers: { 'content-type': 'application/pdf' }, body: Buffer.from([37, 80, 0, 255]) };
    case '/anything-object':
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: '{"n":1}' };
    case '/undocumented':
      return { status: 500, headers: { 'content-type': 'text/plain' }, body: 'boom' };
    default:
      if (url.pathname.startsWith('/things/')) return { status: url.pathname.endsWith('/missing') ? 404 : want === 404 ? 404 : 204 };
      return { status: 204 };
  }
}

beforeAll(async () => {
  generated = await generateInto('responses', path.join(FEATURE_FIXTURES, 'responses.yaml'));
  server = await startServer((request) => {
    const want = request.headers['x-want-status'];
    return route(new URL(request.url, 'http://x'), want === undefined ? undefined : Number(want), request.headers);
  });
  client = newClient(await compileAndImport(generated), server.baseUrl);
});
afterAll(async () => {
  await server?.close();
});

const api = () => client.responses!;

test('the generated client and a consumer type-check under strict', async () => {
  expect(await typeCheck(generated, CONSUMER)).toBe('');
});

test.each([
  { name: 'JSON', call: () => api().getJson!(), want: { id: 1 } },
  { name: 'vendor +json is parsed as JSON', call: () => api().getVendor!(), want: { v: 'x' } },
  { name: 'text/plain is a string', call: () => api().getText!(), want: 'plain text' },
  { name: '204 is undefined', call: () => api().deleteThing!({ id: 'x' }), want: undefined },
  { name: 'HEAD is undefined', call: () => api().thingExists!({ id: 'x' }), want: undefined },
  { name: '205 is undefined', call: () => api().resetView!(), want: undefined },
  { name: '200 beside a 304', call: () => api().getCached!(), want: { etag: 'e1' } },
  { name: '2XX range', call: () => api().getRanges!({ status: 201 }), want: { ok: true } },
  { name: 'default as the only response also covers success', call: () => api().getDefaultOnly!({ status: 200 }), want: { message: 'fine' } },
  { name: 'several media types: JSON by Content-Type', call: () => api().getMulti!({ format: 'json' }), want: { rows: 2 } },
  { name: 'several media types: CSV by Content-Type', call: () => api().getMulti!({ format: 'csv' }), want: 'a,b\n1,2\n' },
  { name: 'several media types: the 204 beside them', call: () => api().getMulti!({ format: 'none' }), want: undefined },
  { name: '*/* string schema, text/plain: the text', call: () => api().getAnyString!({ as: 'text' }), want: 'plain text' },
  { name: '*/* string schema, JSON: the parsed string', call: () => api().getAnyString!({ as: 'json' }), want: 'a JSON string' },
  { name: '*/* string schema, no Content-Type: the text', call: () => api().getAnyString!({ as: 'none' }), want: 'no type said' },
  { name: '*/* object schema: JSON whatever the Content-Type', call: () => api().getAnyObject!(), want: { n: 1 } },
  { name: '*/* without a schema, text/plain: the text', call: () => api().getAnyThing!({ as: 'text' }), want: 'plain text' },
  { name: '*/* without a schema, JSON: the parsed value', call: () => api().getAnyThing!({ as: 'json' }), want: 'a JSON string' },
])('success: $name', async ({ call, want }) => {
  expect(await call()).toEqual(want);
});

test('application/octet-stream resolves to a Blob with the exact bytes', async () => {
  const blob = (await api().getBinary!()) as Blob;
  expect(blob).toBeInstanceOf(Blob);
  expect(Buffer.from(await blob.arrayBuffer())).toEqual(Buffer.from([0, 255, 7]));
});

test.each([
  { name: 'a */* binary schema', call: () => api().getAnyFile!() },
  { name: 'a */* body without a schema that is neither JSON nor text', call: () => api().getAnyThing!({ as: 'bytes' }) },
])('$name resolves to a Blob with the exact bytes', async ({ call }) => {
  const blob = (await call()) as Blob;
  expect(blob).toBeInstanceOf(Blob);
  expect(Buffer.from(await blob.arrayBuffer())).toEqual(Buffer.from([37, 80, 0, 255]));
});

test.each([
  { name: 'documented 404 with a problem+json body', call: () => api().getJson!({}, { headers: { 'x-want-status': '404' } }), status: 404, body: { title: 'gone' }, operation: 'getJson' },
  { name: '4XX range', call: () => api().getRanges!({ status: 418 }), status: 418, body: { error: 'client' }, operation: 'getRanges' },
  { name: 'default covers a 503', call: () => api().getRanges!({ status: 503 }), status: 503, body: { message: 'server' }, operation: 'getRanges' },
  { name: 'default-only: a 500', call: () => api().getDefaultOnly!({ status: 500 }), status: 500, body: { message: 'broken' }, operation: 'getDefaultOnly' },
  { name: '304 without content', call: () => api().getCached!({ 'If-None-Match': 'e1' }), status: 304, body: undefined, operation: 'getCached' },
  { name: 'HEAD 404 without content', call: () => api().thingExists!({ id: 'missing' }), status: 404, body: undefined, operation: 'thingExists' },
])('throws ApiError: $name', async ({ call, status, body, operation }) => {
  const error = await rejection(call());
  expect(error.name).toBe('ApiError');
  expect({ status: error.status, body: error.body, operation: error.operation }).toEqual({ status, body, operation });
  expect((error.response as Response).status).toBe(status);
});

test('an undocumented status throws UnexpectedResponseError', async () => {
  const error = await rejection(api().getUndocumented!());
  expect(error.name).toBe('UnexpectedResponseError');
  expect(error.status).toBe(500);
  // Not JSON: no body, the raw text in `text`.
  expect({ body: error.body, text: error.text }).toEqual({ body: undefined, text: 'boom' });
});

test('onResponse gets the response of a successful call, headers readable, before the body is read', async () => {
  const seen: Response[] = [];
  const body = await api().getJson!({}, { onResponse: (response: Response) => void seen.push(response) });
  expect(body).toEqual({ id: 1 });
  expect(seen).toHaveLength(1);
  expect(seen[0]!.status).toBe(200);
  expect(seen[0]!.headers.get('x-total')).toBe('1');
});

test('onResponse also gets the response of a call that throws', async () => {
  const seen: number[] = [];
  const error = await rejection(api().getRanges!({ status: 418 }, { onResponse: (response: Response) => void seen.push(response.status) }));
  expect(seen).toEqual([418]);
  expect(error.status).toBe(418);
});

test('response headers stay readable on errors, through `response`', async () => {
  const error = await rejection(api().getRanges!({ status: 418 }));
  expect((error.response as Response).headers.get('content-type')).toBe('application/json');
});

test('a deprecated operation carries @deprecated, which editors and linters read', () => {
  const file = path.join(generated.dir, 'src', 'client.ts');
  const program = ts.createProgram({ rootNames: [file], options: CONSUMER_OPTIONS });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const group = source.statements.find((node): node is ts.ClassDeclaration => ts.isClassDeclaration(node) && node.name?.text === 'ResponsesApi')!;
  const type = checker.getTypeAtLocation(group);
  const tags = (name: string) => type.getProperty(name)!.getJsDocTags(checker).map((tag) => tag.name);
  expect(tags('getOld')).toContain('deprecated');
  expect(tags('getJson')).not.toContain('deprecated');
  expect(ts.displayPartsToString(type.getProperty('getOld')!.getDocumentationComment(checker))).toContain('The old way.');
});
