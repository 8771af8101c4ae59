import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
  type TestServer,
} from './harness.js';

const CONSUMER = `
import { ApiError, TestApi, type GetItemResult, type SearchArgs } from './src/index.js';
import type { operations } from './src/schema.js';

const client = new TestApi({ baseUrl: 'http://127.0.0.1:1' });
export async function use(): Promise<void> {
  const item: GetItemResult = await client.default_.getItem({
    itemId: 'a', verbose: 'yes', limit: 5, 'X-Trace-Id': 't', session: 's', theme: 'dark',
  });
  const id: string = item.id;
  // @ts-expect-error the operation-level override is an enum and required
  await client.default_.getItem({ itemId: 'a', verbose: true, 'X-Trace-Id': 't' });
  // @ts-expect-error the path-level header parameter is required
  await client.default_.getItem({ itemId: 'a', verbose: 'no' });
  await client.default_.putItem({ itemId: 'a', 'X-Trace-Id': 't', name: 'n' });
  const args: SearchArgs = {
    formExplode: ['a'], formFlat: ['a'], spaced: ['a'], piped: [1, 2], filter: { status: 'open', owner: { id: 7 } },
    point: { x: 1, y: 2 }, flatPoint: { x: 1 }, raw: 'a/b', q: 'x', since: '2024-01-01T00:00:00Z',
    jsonFilter: '{"a":1}', 'X-Tags': ['t'], prefs: ['p'],
  };
  await client.default_.search(args);
  await client.default_.search();
  await client.default_.labelPath({ ids: ['a', 'b'] });
  await client.default_.matrixPath({ ids: ['a'] });
  await client.default_.simpleObjectPath({ coords: { x: 1, y: 2 } });
  await client.default_.renameThing({ path: { id: 'p' }, body: { id: 'b' } });
  // @ts-expect-error nested arguments: the body's id is required
  await client.default_.renameThing({ path: { id: 'p' }, body: {} });
  // Response headers are typed on the operation.
  type Headers = operations['getItem']['responses'][200]['headers'];
  const limit: Headers['X-Rate-Limit'] = 1;
  const requestId: Headers['X-Request-Id'] = 'r';
  try {
    await client.default_.getItem({ itemId: 'a', verbose: 'yes', 'X-Trace-Id': 't' });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      const message: string | undefined = error.body?.message;
      void message;
    }
  }
  void id; void limit; void requestId;
}
`;

let generated: Generated;
let client: LooseClient;
let server: TestServer;
const spec = path.join(FEATURE_FIXTURES, 'parameters.yaml');

beforeAll(async () => {
  generated = await generateInto('parameters', spec);
  server = await startServer((request) => {
    if (request.url.startsWith('/v1/items/missing')) return json({ message: 'no such item' }, 404);
    if (request.url.startsWith('/v1/items/')) return json({ id: 'i1', name: 'first' }, 200, { 'x-rate-limit': '9' });
    return { status: 204 };
  });
  client = newClient(await compileAndImport(generated), `${server.baseUrl}/v1`);
});
afterAll(async () => {
  await server?.close();
});

test('the generated client and a consumer type-check under strict', async () => {
  expect(await typeCheck(generated, CONSUMER)).toBe('');
});

test('path-level parameters are merged, the operation-level one wins, $refs are followed', () => {
  const operation = generated.result.model.operations.find((op) => op.name === 'getItem')!;
  expect(operation.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
    'path:itemId:true',
    'query:verbose:true',
    'header:X-Trace-Id:true',
    'query:limit:false',
    'cookie:session:false',
    'cookie:theme:false',
  ]);
});

describe('requests on the wire', () => {
  const cases: { name: string; call: () => Promise<unknown>; url: string; headers?: Record<string, string | undefined> }[] = [
    {
      name: 'path, query, header and cookie parameters; values are percent-encoded',
      call: () => client.default_!.getItem!({ itemId: 'a b/c', verbose: 'yes', limit: 5, 'X-Trace-Id': 't-1', session: 's=1; x', theme: 'dark' }),
      url: '/v1/items/a%20b%2Fc?verbose=yes&limit=5',
      headers: { 'x-trace-id': 't-1', cookie: 'session=s%3D1%3B%20x; theme=dark' },
    },
    {
      name: 'no cookie header without cookie values',
      call: () => client.default_!.getItem!({ itemId: 'x', verbose: 'no', 'X-Trace-Id': 't' }),
      url: '/v1/items/x?verbose=no',
      headers: { cookie: undefined },
    },
    {
      name: 'every query style, allowReserved, content-encoded JSON, header arrays and unexploded cookies',
      call: () =>
        client.default_!.search!({
          formExplode: ['a', 'b c'],
          formFlat: ['a', 'b,c'],
          spaced: ['a', 'b'],
          piped: [1, 2],
          filter: { status: 'open', owner: { id: 7 } },
          point: { x: 1, y: 2 },
          flatPoint: { x: 1, y: 2 },
          raw: 'a/b?c=d',
          q: 'a b&c=d é',
          since: new Date('2024-01-02T03:04:05.000Z'),
          jsonFilter: { a: 1 },
          'X-Tags': ['red', 'green'],
          prefs: ['p1', 'p2'],
        }),
      url:
        '/v1/search?formExplode=a&formExplode=b%20c&formFlat=a,b%2Cc&spaced=a%20b&piped=1|2' +
        '&filter[status]=open&filter[owner][id]=7&x=1&y=2&flatPoint=x,1,y,2&raw=a/b?c=d' +
        '&q=a%20b%26c%3Dd%20%C3%A9&since=2024-01-02T03%3A04%3A05.000Z&jsonFilter=%7B%22a%22%3A1%7D',
      headers: { 'x-tags': 'red,green', cookie: 'prefs=p1,p2' },
    },
    {
      name: 'undefined, null and empty arrays are left out',
      call: () => client.default_!.search!({ formExplode: [], q: undefined, raw: null }),
      url: '/v1/search',
    },
    { name: 'label path style', call: () => client.default_!.labelPath!({ ids: ['a', 'b'] }), url: '/v1/label/.a,b' },
    { name: 'matrix path style, exploded', call: () => client.default_!.matrixPath!({ ids: ['a', 'b'] }), url: '/v1/matrix/;ids=a;ids=b' },
    { name: 'simple path style, exploded object', call: () => client.default_!.simpleObjectPath!({ coords: { x: 1, y: 2 } }), url: '/v1/simple/x=1,y=2' },
  ];
  test.each(cases)('$name', async ({ call, url, headers }) => {
    await call();
    const request = server.last();
    expect(request.url).toBe(url);
    for (const [name, value] of Object.entries(headers ?? {})) expect(request.headers[name], name).toBe(value);
  });

  test('a $ref request body is sent as JSON beside the parameters', async () => {
    const result = await client.default_!.putItem!({ itemId: 'i1', 'X-Trace-Id': 't', name: 'new name' });
    const request = server.last();
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('/v1/items/i1');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.toString()).toBe('{"name":"new name"}');
    expect(result).toEqual({ id: 'i1', name: 'first' });
  });

  test('nested arguments keep a body property and a parameter of the same name apart', async () => {
    await client.default_!.renameThing!({ path: { id: 'p1' }, body: { id: 'b1' } });
    const request = server.last();
    expect(request.url).toBe('/v1/things/p1');
    expect(request.body.toString()).toBe('{"id":"b1"}');
  });

  test('client-wide and per-call Cookie headers are merged with cookie parameters', async () => {
    const module = await compileAndImport(generated);
    const withCookie = newClient(module, `${server.baseUrl}/v1`, { headers: { Cookie: 'client=1' } });
    await withCookie.default_!.getItem!({ itemId: 'x', verbose: 'no', 'X-Trace-Id': 't', theme: 'dark' }, { headers: { cookie: 'call=2' } });
    expect(server.last().headers.cookie).toBe('client=1; call=2; theme=dark');
  });

  test('a $ref error response throws ApiError with the parsed body', async () => {
    const error = await rejection(client.default_!.getItem!({ itemId: 'missing', verbose: 'no', 'X-Trace-Id': 't' }));
    expect(error.name).toBe('ApiError');
    expect(error.status).toBe(404);
    expect(error.operation).toBe('getItem');
    expect(error.body).toEqual({ message: 'no such item' });
  });
});
