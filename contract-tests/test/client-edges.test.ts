/**
 * The generated Periskope client (generated/, as callers install it) against a misbehaving local server: no bare
 * SyntaxError, no TypeError from the README's usage, no request for `..`, credentials as the spec's scheme says.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, ArgumentError, PeriskopeApi, ResponseBodyError } from '@periskope/periskope-client';
import { afterAll, beforeAll, expect, test } from 'vitest';

interface Answer {
  status: number;
  type?: string;
  body?: string;
}

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

const seen: Seen[] = [];
let reply: Answer = { status: 200 };
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    response.writeHead(reply.status, reply.type ? { 'content-type': reply.type } : {});
    response.end(reply.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (options: ConstructorParameters<typeof PeriskopeApi>[0] = { authToken: 'k' }) => new PeriskopeApi({ baseUrl, ...options });
const BROADCAST = 'b25192d5-2370-4a69-b844-aae5e2bfae92';

async function thrown(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

test.each([['..'], ['.'], ['']])('cancelBroadcast({ broadcast_id: %j }) is refused and sends nothing', async (value) => {
  const before = seen.length;
  const error = await thrown(client().message.cancelBroadcast({ broadcast_id: value }));
  expect(error).toBeInstanceOf(ArgumentError);
  expect((error as ArgumentError).parameter).toBe('broadcast_id');
  expect(seen.length).toBe(before);
});

test('a missing path parameter (plain JavaScript) is refused instead of sending %7Bbroadcast_id%7D', async () => {
  const before = seen.length;
  const error = await thrown(client().message.cancelBroadcast({} as { broadcast_id: string }));
  expect(error).toBeInstanceOf(ArgumentError);
  expect(seen.length).toBe(before);
});

test.each<[string, Answer]>([
  ['an empty body', { status: 409 }],
  ['an HTML page', { status: 409, type: 'text/html', body: '<h1>409</h1>' }],
  ['a JSON string', { status: 409, type: 'application/json', body: '"conflict"' }],
])("the README's 409 handling on %s: ApiError, and e.body?.message is no TypeError", async (_name, answer) => {
  reply = answer;
  const error = await thrown(client().message.cancelBroadcast({ broadcast_id: BROADCAST }));
  expect(error).toBeInstanceOf(ApiError);
  // The README's pattern, as written there.
  const read = () => (error instanceof ApiError && error.status === 409 ? error.body?.message : 'not a 409');
  expect(read).not.toThrow();
  expect((error as ApiError).text).toBe(answer.body ?? '');
});

test.each<[string, Answer, string]>([
  ['malformed JSON', { status: 200, type: 'application/json', body: '{"broadcast_id":' }, 'unparseable'],
  ['an HTML error page with 200', { status: 200, type: 'text/html', body: '<html>oops</html>' }, 'unparseable'],
  ['an empty 200', { status: 200, type: 'application/json' }, 'empty'],
  ['JSON null', { status: 200, type: 'application/json', body: 'null' }, 'null'],
  ['a 204 where a body is documented', { status: 204 }, 'empty'],
])('a 2xx with %s is a ResponseBodyError, never a bare SyntaxError or undefined', async (_name, answer, reason) => {
  reply = answer;
  const error = await thrown(client().message.cancelBroadcast({ broadcast_id: BROADCAST }));
  expect(error).toBeInstanceOf(ResponseBodyError);
  expect(error).not.toBeInstanceOf(SyntaxError);
  const { status, operation, text } = error as ResponseBodyError;
  expect({ reason: (error as ResponseBodyError).reason, status, operation, text }).toEqual({ reason, status: answer.status, operation: 'cancelBroadcast', text: answer.body ?? '' });
});

test.each([
  ['authToken (the README option)', { authToken: 'k1' }, 'Bearer k1'],
  ['bearerAuth (the scheme name)', { bearerAuth: 'k2' }, 'Bearer k2'],
  ['a refreshing async token', { authToken: async () => 'fresh' }, 'Bearer fresh'],
])('credentials: %s is sent as the bearer scheme, with Accept for JSON', async (_name, options, want) => {
  reply = { status: 200, type: 'application/json', body: `{"broadcast_id":"${BROADCAST}","status":"deleted"}` };
  const result = await client(options).message.cancelBroadcast({ broadcast_id: BROADCAST });
  expect(result.status).toBe('deleted');
  expect(seen.at(-1)!.headers.authorization).toBe(want);
  expect(seen.at(-1)!.headers.accept).toBe('application/json');
  expect(seen.at(-1)!.url).toBe(`/message/broadcast/${BROADCAST}`);
});

test.each<[string, ConstructorParameters<typeof PeriskopeApi>[0], Record<string, string>, Record<string, string | undefined>]>([
  ['a call header in another case wins over the documented Accept', { authToken: 'k' }, { accept: 'text/plain' }, { accept: 'text/plain' }],
  ['a call header wins over a client header in another case', { authToken: 'k', headers: { 'X-Tenant': 'a' } }, { 'x-tenant': 'b' }, { 'x-tenant': 'b' }],
  ['a call authorization in another case wins over the credential', { authToken: 'k' }, { AUTHORIZATION: 'Bearer other' }, { authorization: 'Bearer other' }],
  ['client and call headers are both sent', { authToken: 'k', headers: { 'X-A': '1' } }, { 'X-B': '2' }, { 'x-a': '1', 'x-b': '2' }],
  ['a call header left undefined (plain JavaScript) is not sent', { authToken: 'k' }, { 'X-Drop': undefined as unknown as string, 'X-Keep': '1' }, { 'x-drop': undefined, 'x-keep': '1' }],
])('headers: %s, each sent once (never joined with a comma)', async (_name, options, headers, want) => {
  reply = { status: 200, type: 'application/json', body: `{"broadcast_id":"${BROADCAST}","status":"deleted"}` };
  await client(options).message.cancelBroadcast({ broadcast_id: BROADCAST }, { headers });
  const sent = seen.at(-1)!.headers;
  expect(Object.fromEntries(Object.keys(want).map((name) => [name, sent[name]]))).toEqual(want);
});
