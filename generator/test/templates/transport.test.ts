/**
 * The runtime's Transport (templates/runtime.ts) against a real local HTTP server: request bodies that cannot simply
 * be sent twice (a stream, multipart with a Blob) arrive whole on every retry. The generated Periskope client's
 * retries, timeouts and logs are tested in contract-tests/test/client-resilience.test.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Transport, type OperationSpec, type SecuritySchemeSpec } from '../../templates/runtime.js';
import { wire } from '../../templates/wire.js';
import { requestBody } from '../../templates/body.js';

interface Hit {
  method: string;
  contentType: string | undefined;
  authorization: string | undefined;
  body: string;
}

const hits: Hit[] = [];
/** 503 (retry at once) for the first `failures` requests of each test, then 204. */
let failures = 0;
const server = http.createServer(async (req, res) => {
  // No keep-alive: a socket the server closed while idle would fail an attempt and skew the counts.
  res.setHeader('Connection', 'close');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  hits.push({ method: req.method!, contentType: req.headers['content-type'], authorization: req.headers.authorization, body: Buffer.concat(chunks).toString() });
  if (hits.length <= failures) res.writeHead(503, { 'retry-after-ms': '1' }).end();
  else res.writeHead(204).end();
});
let transport: Transport;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  transport = new Transport({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logLevel: 'off' }, '');
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const upload: OperationSpec = { id: 'upload', method: 'put', path: '/upload', body: 'whole', encoding: 'binary', mediaType: 'application/octet-stream', parseAs: 'none', errors: [], requestBody };
const form: OperationSpec = { id: 'form', method: 'post', path: '/form', body: 'flat', encoding: 'multipart', mediaType: 'multipart/form-data', parseAs: 'none', errors: [], wire, requestBody };

function stream(...parts: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });
}

describe('bodies are sent whole on every attempt', () => {
  test('a stream body (PUT) is teed: three attempts, the same bytes each time', async () => {
    hits.length = 0;
    failures = 2;
    await transport.call(upload, { body: stream('part-1,', 'part-2') }, undefined);
    expect(hits.map((hit) => [hit.method, hit.body])).toEqual(Array(3).fill(['PUT', 'part-1,part-2']));
  });

  test('multipart with a Blob (POST with an idempotency key): each attempt carries the file and its own boundary', async () => {
    hits.length = 0;
    failures = 1;
    await transport.call(form, { note: 'hello', file: new Blob(['file-bytes'], { type: 'text/plain' }) }, { idempotencyKey: 'k-1' });
    expect(hits).toHaveLength(2);
    for (const hit of hits) {
      const boundary = /boundary=(.+)$/.exec(hit.contentType ?? '')?.[1];
      expect(boundary).toBeDefined();
      expect(hit.body).toContain(`--${boundary}`);
      expect(hit.body).toContain('hello');
      expect(hit.body).toContain('file-bytes');
    }
  });

  test('without an idempotency key the multipart POST is sent once', async () => {
    hits.length = 0;
    failures = 1;
    await expect(transport.call(form, { note: 'hello' }, undefined)).rejects.toMatchObject({ status: 503, attempts: 1 });
    expect(hits).toHaveLength(1);
  });
});

test('a credential function is asked again for every attempt, so a retry can carry a refreshed token', async () => {
  hits.length = 0;
  failures = 2;
  let asked = 0;
  const bearer: SecuritySchemeSpec = { key: 'bearer', options: ['authToken'], kind: 'authorization', scheme: 'Bearer' };
  const authed = new Transport(
    { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logLevel: 'off', authToken: async () => `token-${++asked}` } as never,
    '',
    { securitySchemes: [bearer] },
  );
  const read: OperationSpec = { id: 'read', method: 'get', path: '/read', parseAs: 'none', security: [['bearer']], errors: [] };
  await authed.call(read, {}, undefined);
  expect(hits.map((hit) => hit.authorization)).toEqual(['Bearer token-1', 'Bearer token-2', 'Bearer token-3']);
});
