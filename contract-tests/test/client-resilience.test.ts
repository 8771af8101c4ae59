/**
 * The generated Periskope client against a real local HTTP server that misbehaves on purpose: 429 with
 * Retry-After, 503s, resets, stalls and slow bodies. Retries, timeouts, typed headers, request ids and logging,
 * through real fetch on 127.0.0.1. Every server answer is scripted per test; the server is bounded (its open
 * connections are closed after each test, the server after all).
 */
import { getEventListeners } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApiError,
  ConnectionError,
  PeriskopeApi,
  TimeoutError,
  UnexpectedResponseError,
  type ClientOptions,
  type Logger,
} from '@periskope/periskope-client';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, test } from 'vitest';

interface Hit {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

type Handler = (res: http.ServerResponse, hit: Hit, index: number) => void;

const hits: Hit[] = [];
let handler: Handler = (res) => res.end();
const server = http.createServer(async (req, res) => {
  // A fresh connection per request: a keep-alive socket closed by the previous test (or by the server's idle
  // timeout on a loaded machine) would fail an attempt before it reaches the server and skew the counts.
  res.setHeader('Connection', 'close');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const hit = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString(), at: Date.now() };
  hits.push(hit);
  handler(res, hit, hits.length - 1);
});
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  // Stalled answers are left open on purpose; cut them so nothing outlives its test, and give fetch's connection
  // pool a moment to see it (a socket it still thinks open would fail the next test's first attempt).
  server.closeAllConnections();
  await new Promise((resolve) => setTimeout(resolve, 100));
  hits.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const TOKEN = 'sk-live-7f3a9c1e5b';
const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const CHATS = { chats: [], count: 0, from: 0, to: 0 };
const client = (options: ClientOptions = {}) => new PeriskopeApi({ authToken: TOKEN, baseUrl, logLevel: 'off', ...options });
/** A server that answers 503 (with `retry-after-ms`, so tests do not wait for the backoff) until `okAfter` hits. */
const flaky = (okAfter: number, retryAfterMs = '10'): Handler => (res, _hit, index) =>
  index < okAfter ? json(res, 503, { message: 'busy' }, { 'retry-after-ms': retryAfterMs }) : json(res, 200, CHATS);

describe('retries', () => {
  test('429 with Retry-After: 1 reaches the server twice, waits the second, and resolves', async () => {
    handler = (res, _hit, index) => (index === 0 ? json(res, 429, { message: 'slow down' }, { 'Retry-After': '1' }) : json(res, 200, CHATS));
    const result = await client().chats.listAllChats();
    expect(result).toEqual(CHATS);
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(950);
  });

  test('a POST without an idempotency key is sent once, and the error says so', async () => {
    handler = flaky(5);
    const error = await client().message.sendMessage({ chat_id: '123@c.us', message: 'hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 503, attempts: 1 });
    expect(hits).toHaveLength(1);
  });

  test('a POST with idempotencyKey is retried with the same key and the same body', async () => {
    handler = (res, hit, index) => (index < 2 ? json(res, 503, {}, { 'retry-after-ms': '10' }) : json(res, 200, { queue_id: 'q', message_id: 'm' }));
    await client().message.sendMessage({ chat_id: '123@c.us', message: 'hi' }, { idempotencyKey: 'key-1' });
    expect(hits.map((hit) => [hit.method, hit.headers['idempotency-key'], hit.body])).toEqual(
      Array(3).fill(['POST', 'key-1', JSON.stringify({ chat_id: '123@c.us', message: 'hi' })]),
    );
  });

  test('after the last retry the error counts the attempts: maxRetries on the client, then per call', async () => {
    handler = flaky(100);
    const error = await client({ maxRetries: 3 }).chats.listAllChats().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, attempts: 4, message: expect.stringContaining('after 4 attempts') });
    expect(hits).toHaveLength(4);
    hits.length = 0;
    await expect(client({ maxRetries: 3 }).chats.listAllChats({}, { maxRetries: 0 })).rejects.toMatchObject({ attempts: 1 });
    expect(hits).toHaveLength(1);
  });

  test('a documented error status that is not retryable (422) is thrown at once as ApiError', async () => {
    handler = (res) => json(res, 422, { message: 'limit too high' });
    const error = await client().contacts.getContacts({ limit: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, attempts: 1 });
    expect(hits).toHaveLength(1);
  });

  test('a Retry-After beyond the cap (60 s) is not waited for: the 429 is thrown at once', async () => {
    handler = (res) => json(res, 429, { message: 'come back tomorrow' }, { 'Retry-After': '86400' });
    const started = Date.now();
    await expect(client().chats.listAllChats()).rejects.toMatchObject({ status: 429, attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(hits).toHaveLength(1);
  });

  test('a reset connection is retried, and after the last try throws ConnectionError with the attempts', async () => {
    handler = (res) => res.socket?.destroy();
    const error = await client({ maxRetries: 1 }).chats.listAllChats().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 2, operation: 'listAllChats' });
    expect(hits).toHaveLength(2);
  });

  test('abort stops retries: the caller’s reason is thrown during the wait, and nothing more is sent', async () => {
    handler = flaky(100, '5000');
    const controller = new AbortController();
    const call = client().chats.listAllChats({}, { signal: controller.signal });
    await until(() => hits.length === 1);
    controller.abort(new Error('caller gave up'));
    const started = Date.now();
    await expect(call).rejects.toThrow('caller gave up');
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hits).toHaveLength(1);
  });
});

describe('timeouts', () => {
  test('a server that never answers rejects with TimeoutError within the timeout', async () => {
    handler = () => {};
    const started = Date.now();
    const error = await client({ timeout: 300, maxRetries: 0 }).chats.listAllChats().catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: 300, attempts: 1, message: 'listAllChats timed out after 300 ms' });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2000);
  });

  test('the timeout is per attempt, per call over the client’s, and a timed-out GET is retried', async () => {
    handler = () => {};
    const error = await client({ timeout: 60_000 }).chats.listAllChats({}, { timeout: 150, maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 2, message: 'listAllChats timed out after 150 ms after 2 attempts' });
    expect(hits).toHaveLength(2);
  });

  test('a body that stops halfway times out too, with the response and its request id', async () => {
    handler = (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'x-periskope-trace-id': 'trace-slow' });
      res.write('{"chats": [');
    };
    const error = await client({ timeout: 300, maxRetries: 0 }).chats.listAllChats().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ requestId: 'trace-slow', response: { status: 200 } });
  });

  test('a custom fetch that spreads init into its own keeps the attempt’s signal, and the timeout aborts it', async () => {
    handler = () => {};
    const passed: RequestInit[] = [];
    const spreading: typeof fetch = (input, init) => {
      const own = { ...init, keepalive: false };
      passed.push(own);
      return fetch(input, own);
    };
    const error = await client({ timeout: 300, maxRetries: 0, fetch: spreading }).chats.listAllChats().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(passed).toHaveLength(1);
    expect(passed[0]!.signal).toBeInstanceOf(AbortSignal);
    expect(passed[0]!.signal!.aborted).toBe(true);
  });

  test('a timeout is not an abort: the caller’s own abort is thrown as it is', async () => {
    handler = () => {};
    const error = await client({ timeout: 10_000 }).chats.listAllChats({}, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: 'TimeoutError' }); // the DOMException AbortSignal.timeout() aborts with
    expect(hits).toHaveLength(1);
  });

  /** `calls` calls in batches of 20 on one signal; the most listeners it held, and any MaxListenersExceededWarning. */
  async function onOneSignal(calls: number, options: ClientOptions): Promise<{ most: number; left: number; warnings: Error[] }> {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => {
      if (warning.name === 'MaxListenersExceededWarning') warnings.push(warning);
    };
    process.on('warning', onWarning);
    try {
      const signal = new AbortController().signal;
      const api = client(options);
      let most = 0;
      for (let batch = 0; batch < calls / 20; batch++) {
        const running = Array.from({ length: 20 }, () => api.chats.listAllChats({}, { signal }));
        most = Math.max(most, getEventListeners(signal, 'abort').length);
        await Promise.all(running);
      }
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      return { most, left: getEventListeners(signal, 'abort').length, warnings };
    } finally {
      process.off('warning', onWarning);
    }
  }

  // 20 calls in flight share one listener on the signal; when they end, none is left. The transport is an
  // in-process fetch so 10,000 calls take a second (over HTTP, 35 s on this loaded machine); the next test
  // runs the same over real HTTP.
  test('10,000 calls on one long-lived signal leave no listener on it and no MaxListenersExceededWarning', async () => {
    let answered = 0;
    const fetch = async () => {
      answered++;
      return new Response(JSON.stringify(CHATS), { headers: { 'Content-Type': 'application/json' } });
    };
    expect(await onOneSignal(10_000, { fetch })).toEqual({ most: 1, left: 0, warnings: [] });
    expect(answered).toBe(10_000);
  });

  test('the same over real HTTP: 1,000 calls on one signal', { timeout: 60_000 }, async () => {
    handler = (res) => json(res, 200, CHATS);
    expect(await onOneSignal(1_000, {})).toEqual({ most: 1, left: 0, warnings: [] });
    expect(hits).toHaveLength(1_000);
  });
});

describe('typed headers and request ids', () => {
  test('.withResponse() gives the body, the response, the documented headers typed and the request id', async () => {
    handler = (res) =>
      json(res, 200, CHATS, { 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '98', 'X-RateLimit-Reset': '1737363180', 'x-periskope-trace-id': 'trace-1', 'x-undocumented': 'x' });
    const { data, response, headers, requestId } = await client().chats.listAllChats().withResponse();
    expectTypeOf(headers['X-RateLimit-Remaining']).toEqualTypeOf<number | undefined>();
    expectTypeOf(headers['x-periskope-trace-id']).toEqualTypeOf<string | undefined>();
    expect(data).toEqual(CHATS);
    expect(response.status).toBe(200);
    expect(headers).toEqual({ 'X-RateLimit-Limit': 100, 'X-RateLimit-Remaining': 98, 'X-RateLimit-Reset': 1737363180, 'x-periskope-trace-id': 'trace-1' });
    expect(requestId).toBe('trace-1');
    expect(hits).toHaveLength(1);
  });

  test('awaiting the call and .withResponse() on the same call send one request', async () => {
    handler = (res) => json(res, 200, CHATS, { 'X-RateLimit-Remaining': '7' });
    const call = client().chats.listAllChats();
    const [data, answer] = await Promise.all([call, call.withResponse()]);
    expect(data).toEqual(CHATS);
    expect(answer.headers).toEqual({ 'X-RateLimit-Remaining': 7 });
    expect(hits).toHaveLength(1);
  });

  test('every thrown error carries the trace id: ApiError and UnexpectedResponseError', async () => {
    handler = (res, _hit, index) =>
      index === 0 ? json(res, 422, { message: 'bad' }, { 'x-periskope-trace-id': 'trace-422' }) : json(res, 418, {}, { 'x-periskope-trace-id': 'trace-418' });
    await expect(client().contacts.getContacts({ limit: 5000 })).rejects.toMatchObject({ status: 422, requestId: 'trace-422' });
    await expect(client().contacts.getContacts()).rejects.toMatchObject({ status: 418, requestId: 'trace-418' });
  });
});

describe('logging', () => {
  const capture = (): { logger: Logger; lines: string[] } => {
    const lines: string[] = [];
    const push = (level: string) => (message: string, ...details: unknown[]) => lines.push(`${level} ${message} ${JSON.stringify(details)}`);
    return { lines, logger: { error: push('error'), warn: push('warn'), info: push('info'), debug: push('debug') } };
  };

  test('debug output shows requests, responses and retries, and never the token, cookies or api keys', async () => {
    handler = flaky(1);
    const { logger, lines } = capture();
    const api = client({ logger, logLevel: 'debug', headers: { 'X-Api-Key': 'apikey-55555' } });
    await api.chats.listAllChats({}, { headers: { Cookie: 'session=cookie-99999' } });
    const text = lines.join('\n');
    expect(text).toMatch(/debug \[PeriskopeApi\] listAllChats: attempt 1: GET http:\/\/127\.0\.0\.1:\d+\/chats/);
    expect(text).toContain('info [PeriskopeApi] listAllChats: retrying in 10 ms (attempt 2 of 3) after HTTP 503');
    expect(text).toContain('HTTP 200');
    expect(text).toContain('"authorization":"***"');
    for (const secret of [TOKEN, 'apikey-55555', 'cookie-99999']) expect(text).not.toContain(secret);
    // The server did get them: the redaction is in the log only.
    expect(hits[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-api-key': 'apikey-55555', cookie: 'session=cookie-99999' });
  });

  test('the token is scrubbed even where it is not a header: in the URL path', async () => {
    handler = (res) => json(res, 200, {});
    const { logger, lines } = capture();
    await client({ logger, logLevel: 'debug' }).chats.getChatById({ chat_id: TOKEN }).catch(() => {});
    expect(lines.join('\n')).toContain('/chats/***');
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  test('PERISKOPE_LOG=debug turns debug output on when the client sets no level; the default is warn', async () => {
    handler = (res) => json(res, 200, CHATS);
    const { logger, lines } = capture();
    const saved = process.env.PERISKOPE_LOG;
    try {
      delete process.env.PERISKOPE_LOG;
      await new PeriskopeApi({ authToken: TOKEN, baseUrl, logger }).chats.listAllChats();
      expect(lines).toEqual([]);
      process.env.PERISKOPE_LOG = 'debug';
      await new PeriskopeApi({ authToken: TOKEN, baseUrl, logger }).chats.listAllChats();
      expect(lines.filter((line) => line.startsWith('debug '))).toHaveLength(2);
      expect(lines.join('\n')).not.toContain(TOKEN);
    } finally {
      if (saved === undefined) delete process.env.PERISKOPE_LOG;
      else process.env.PERISKOPE_LOG = saved;
    }
  });

  test('warn: retries given up are reported, with the status and the attempts', async () => {
    handler = flaky(100);
    const { logger, lines } = capture();
    await client({ logger, logLevel: 'warn', maxRetries: 1 }).chats.listAllChats().catch(() => {});
    expect(lines).toEqual(['warn [PeriskopeApi] listAllChats: HTTP 503 after 2 attempts; giving up []']);
  });
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
