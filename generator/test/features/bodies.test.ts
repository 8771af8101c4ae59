import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  compileAndImport,
  FEATURE_FIXTURES,
  generateInto,
  newClient,
  startServer,
  typeCheck,
  type Generated,
  type LooseClient,
  type TestServer,
} from './harness.js';

const CONSUMER = `
import { TestApi } from './src/index.js';

const api = new TestApi();
export async function use(): Promise<void> {
  await api.json.sendJson({ name: 'a', tags: ['x'] });
  // @ts-expect-error name is required
  await api.json.sendJson({ tags: ['x'] });
  await api.jsonOptional.sendOptionalJson();
  await api.jsonOptional.sendOptionalJson({ name: 'n' });
  await api.jsonArray.sendJsonArray({ body: [1, 2] });
  await api.jsonNested.sendNestedJson({ body: {} });
  await api.jsonNullable.sendNullableJson({ name: 'n' });
  // @ts-expect-error name is required
  await api.jsonNullable.sendNullableJson({});
  // @ts-expect-error the body is required, so the arguments are too
  await api.jsonNested.sendNestedJson();
  await api.vendor.sendMergePatch({ name: null });
  await api.form.sendForm({ user: 'u', age: 3, roles: ['r'] });
  await api.upload.upload({ file: new Blob(['x']), note: 'n', meta: { source: 's' } });
  // @ts-expect-error a binary part is a Blob, not a number
  await api.upload.upload({ file: 1 });
  await api.binary.putBinary({ body: new Blob([new Uint8Array([1])]) });
  await api.text.sendText({ body: 'text' });
}
`;

let generated: Generated;
let client: LooseClient;
let server: TestServer;

beforeAll(async () => {
  generated = await generateInto('bodies', path.join(FEATURE_FIXTURES, 'bodies.yaml'));
  server = await startServer(() => ({ status: 204 }));
  client = newClient(await compileAndImport(generated), server.baseUrl);
});
afterAll(async () => {
  await server?.close();
});

test('the generated client and a consumer type-check under strict', async () => {
  expect(await typeCheck(generated, CONSUMER)).toBe('');
});

const api = () => client;

const cases: { name: string; call: () => Promise<unknown>; method?: string; contentType?: string; body: string | Buffer }[] = [
  {
    name: 'JSON: body properties beside the parameters, a property called __proto__ included',
    call: () => api().json!.sendJson!(Object.fromEntries([['name', 'a'], ['tags', ['x', 'y']], ['__proto__', 'p']])),
    contentType: 'application/json',
    body: '{"name":"a","tags":["x","y"],"__proto__":"p"}',
  },
  { name: 'optional JSON body left out: nothing is sent', call: () => api().jsonOptional!.sendOptionalJson!(), body: '' },
  { name: 'optional JSON body given', call: () => api().jsonOptional!.sendOptionalJson!({ name: 'n' }), contentType: 'application/json', body: '{"name":"n"}' },
  {
    name: 'JSON with a property named like a query parameter: nested arguments, the required body as `body`',
    call: () => api().jsonNested!.sendNestedJson!({ query: { maxResults: 5 }, body: { maxResults: 10 } }),
    contentType: 'application/json',
    body: '{"maxResults":10}',
  },
  { name: 'nullable JSON object body, given property by property', call: () => api().jsonNullable!.sendNullableJson!({ name: 'n' }), contentType: 'application/json', body: '{"name":"n"}' },
  { name: 'JSON array, passed whole as `body`', call: () => api().jsonArray!.sendJsonArray!({ body: [1, 2] }), contentType: 'application/json', body: '[1,2]' },
  {
    name: 'vendor JSON media type, null kept',
    call: () => api().vendor!.sendMergePatch!({ name: null }),
    method: 'PATCH',
    contentType: 'application/merge-patch+json',
    body: '{"name":null}',
  },
  {
    name: 'application/x-www-form-urlencoded, arrays repeated',
    call: () => api().form!.sendForm!({ user: 'a b&c', age: 3, roles: ['x', 'y'] }),
    contentType: 'application/x-www-form-urlencoded',
    body: 'user=a%20b%26c&age=3&roles=x&roles=y',
  },
  {
    name: 'application/x-www-form-urlencoded, RFC 3986 reserved characters encoded (`*`, `!`, `(`)',
    call: () => api().form!.sendForm!({ user: '*!(x)' }),
    contentType: 'application/x-www-form-urlencoded',
    body: 'user=%2A%21%28x%29',
  },
  {
    name: 'application/x-www-form-urlencoded, per-property encoding: deepObject (arrays indexed), form unexploded, pipeDelimited',
    call: () => api().formStyled!.sendStyledForm!({ expand: ['a', 'b'], ids: [1, 2], tags: ['x', 'y'], point: { x: 1, y: 2 }, flow: { type: 't', steps: ['s'] } }),
    contentType: 'application/x-www-form-urlencoded',
    body: 'expand%5B0%5D=a&expand%5B1%5D=b&ids=1%2C2&tags=x%7Cy&point=x%2C1%2Cy%2C2&flow%5Btype%5D=t&flow%5Bsteps%5D%5B0%5D=s',
  },
  {
    name: 'application/x-www-form-urlencoded, nested objects and arrays of objects in brackets (deepObject)',
    call: () => api().form!.sendForm!({ user: 'u', address: { city: 'Paris', geo: { lat: 1.5 } }, lines: [{ id: 1 }, { id: 2 }] }),
    contentType: 'application/x-www-form-urlencoded',
    body: 'user=u&address%5Bcity%5D=Paris&address%5Bgeo%5D%5Blat%5D=1.5&lines%5B0%5D%5Bid%5D=1&lines%5B1%5D%5Bid%5D=2',
  },
  {
    name: 'application/octet-stream from a Blob, byte for byte',
    call: () => api().binary!.putBinary!({ body: new Blob([new Uint8Array([0, 1, 2, 255])]) }),
    method: 'PUT',
    contentType: 'application/octet-stream',
    body: Buffer.from([0, 1, 2, 255]),
  },
  { name: 'text/plain', call: () => api().text!.sendText!({ body: 'héllo\n' }), contentType: 'text/plain', body: 'héllo\n' },
];

test.each(cases)('$name', async ({ call, method, contentType, body }) => {
  await expect(call()).resolves.toBeUndefined();
  const request = server.last();
  expect(request.method).toBe(method ?? 'POST');
  expect(request.headers['content-type']).toBe(contentType);
  expect(request.body.equals(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'))).toBe(true);
});

test('multipart/form-data: a deepObject-encoded property goes as bracketed parts, not JSON text', async () => {
  await api().uploadStyled!.uploadStyled!({ file: new Blob(['f']), link: { create: true } });
  const request = server.last();
  const body = request.body.toString('utf8');
  expect(body).toContain('Content-Disposition: form-data; name="link[create]"\r\n\r\ntrue');
  expect(body).not.toContain('{"create":true}');
});

test('multipart/form-data with a file part: fetch sets the boundary, the Blob goes as a file', async () => {
  await api().upload!.upload!({ file: new Blob(['hello file'], { type: 'text/plain' }), note: 'a note', meta: { source: 'test' } });
  const request = server.last();
  const contentType = String(request.headers['content-type']);
  expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
  const boundary = contentType.split('boundary=')[1]!;
  const parts = request.body
    .toString('utf8')
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => part.trim());
  expect(parts).toHaveLength(3);
  expect(parts[0]).toMatch(/^Content-Disposition: form-data; name="file"; filename="blob"\r\nContent-Type: text\/plain\r\n\r\nhello file$/);
  expect(parts[1]).toMatch(/^Content-Disposition: form-data; name="note"\r\n\r\na note$/);
  expect(parts[2]).toMatch(/^Content-Disposition: form-data; name="meta"\r\n\r\n\{"source":"test"\}$/);
});
