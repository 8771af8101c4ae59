import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { acceptFor, callLive } from '../src/call/live-call.js';
import { mapLimit, withRequestTimeout } from '../src/call/limits.js';
import { EXCHANGE_ATTEMPTS, fetchAnswered, mediaTypeOf, replay } from '../src/call/mock-call.js';
import type { ClientFactory } from '../src/client/client-under-test.js';
import { buildPlan } from '../src/plan/plan.js';
import { loadContractContext } from '../src/spec/context.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const context = await loadContractContext(path.join(here, 'fixtures', 'plan', 'spec.yaml'));
const plan = buildPlan(context, { kind: 'mock' });
const tuple = (title: string) => plan.inventory.tuples.find((candidate) => candidate.title === title)!;

/** A server that records each request's headers and answers `answer`. */
const seen: IncomingHttpHeaders[] = [];
let answer = { status: 200, type: 'application/json', body: '[{"id":1,"name":"Rex"}]', delayMs: 0 };
const server = createServer((request, response) => {
  seen.push(request.headers);
  setTimeout(() => {
    response.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
    response.end(answer.body);
  }, answer.delayMs);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A stand-in for a generated client: `pets.listPets` fetches GET /pets, optionally parsing the body. */
const client: ClientFactory = (options) => ({
  pets: {
    async listPets(_args: unknown, init?: { headers?: Record<string, string>; signal?: AbortSignal }) {
      const response = await options.fetch(`${options.baseUrl}/pets`, { headers: { ...init?.headers, ...(options.authToken ? { Authorization: `Bearer ${options.authToken}` } : {}) }, signal: init?.signal });
      if (response.status >= 400) throw Object.assign(new Error(`status ${response.status}`), { status: response.status });
      const type = response.headers.get('content-type') ?? '';
      // As the generated client reads them: JSON parsed, an event stream unread, anything else a Blob.
      return type.includes('json') ? response.json() : type.includes('event-stream') ? response.body : new Blob([await response.text()]);
    },
  },
});

describe('replay: one tuple through the client, the mock asked for it with Prefer', () => {
  test('asks for the status and the named example, sends Accept and the token, records the raw exchange', async () => {
    seen.length = 0;
    answer = { status: 200, type: 'application/json', body: '[{"id":1,"name":"Rex"}]', delayMs: 0 };
    const observation = await replay(client, baseUrl, tuple('listPets 200 application/json example=cat'), {});
    expect(seen[0]).toMatchObject({ prefer: 'code=200, example=cat', accept: 'application/json', authorization: 'Bearer contract-test-token' });
    expect(observation).toMatchObject({ status: 200, contentType: 'application/json', rawBody: '[{"id":1,"name":"Rex"}]', outcome: { kind: 'returned', value: [{ id: 1, name: 'Rex' }] } });
  });

  test('without credentials (a security probe) no token is sent; a thrown error is the outcome', async () => {
    seen.length = 0;
    answer = { status: 401, type: 'application/problem+json', body: '{}', delayMs: 0 };
    const observation = await replay(client, baseUrl, tuple('listPets 200 application/json example=dog'), {}, {});
    expect(seen[0]!.authorization).toBeUndefined();
    expect(observation.outcome.kind).toBe('threw');
  });

  test('a binary or text result is read as text, as the oracle reads the raw body', async () => {
    answer = { status: 200, type: 'text/plain', body: 'ok', delayMs: 0 };
    const observation = await replay(client, baseUrl, tuple('listPets 200 application/json example=dog'), {});
    expect(observation.outcome).toEqual({ kind: 'returned', value: 'ok' });
  });

  test('an event stream the client hands back unread is read as text, as the oracle reads the raw body', async () => {
    answer = { status: 200, type: 'text/event-stream', body: 'data: hi\n\n', delayMs: 0 };
    const observation = await replay(client, baseUrl, tuple('listPets 200 application/json example=dog'), {});
    expect(observation.outcome).toEqual({ kind: 'returned', value: 'data: hi\n\n' });
  });

  test('a client without the method is an error naming it (the spec moved since the client was generated)', async () => {
    await expect(replay(client, baseUrl, tuple('health 200 text/plain'), {})).rejects.toThrow(/no method meta\.health for health/);
  });

  const mediaCases: [string, { given: string | null; want: string | undefined }][] = [
    ['parameters and case dropped', { given: 'Application/JSON; charset=utf-8', want: 'application/json' }],
    ['none', { given: null, want: undefined }],
  ];
  test.each(mediaCases)('mediaTypeOf: %s', (_name, { given, want }) => expect(mediaTypeOf(given)).toBe(want));
});

describe('callLive: one operation against a live server', () => {
  test('no Prefer; every documented media type accepted; the token replaced in what came back', async () => {
    seen.length = 0;
    answer = { status: 200, type: 'application/json', body: '[{"id":1,"name":"secret-token-9"}]', delayMs: 0 };
    const operation = tuple('listPets 200 application/json example=dog').operation;
    const observation = await callLive(client, baseUrl, operation, {}, 'secret-token-9');
    expect(seen[0]!.prefer).toBeUndefined();
    expect(seen[0]!.accept).toBe(acceptFor(operation));
    expect(observation).toMatchObject({ status: 200, rawBody: '[{"id":1,"name":"[redacted]"}]', outcome: { kind: 'returned', value: [{ id: 1, name: '[redacted]' }] } });
  });

  test('nothing answering is a network failure, not a throw', async () => {
    const operation = tuple('listPets 200 application/json example=dog').operation;
    expect(await callLive(client, 'http://127.0.0.1:9', operation, {}, 'token-1')).toMatchObject({ failed: 'network', message: expect.stringMatching(/^no response: /) });
  });
});

describe('limits', () => {
  test('mapLimit keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([30, 10, 20, 0, 5], 2, async (ms, index) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return index;
    });
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });

  test('withRequestTimeout aborts a call the server does not answer in time', async () => {
    answer = { status: 200, type: 'application/json', body: '[]', delayMs: 1000 };
    const observation = replay(withRequestTimeout(client, 50), baseUrl, tuple('listPets 200 application/json example=dog'), {});
    await expect(observation).rejects.toThrow(/no HTTP exchange happened .*(aborted|timeout)/i);
  });
});

describe('fetchAnswered: a connection that fails before any response is tried again, nothing else is', () => {
  /** A server that resets (destroys) the connection of its first `resets` requests, then answers 204. */
  async function resetting(resets: number) {
    let requests = 0;
    let body = '';
    const flaky = createServer((request, response) => {
      if (++requests <= resets) return request.socket.destroy();
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/`;
    return { url, requests: () => requests, body: () => body, close: () => new Promise<void>((resolve) => flaky.close(() => resolve())) };
  }
  const cases: [string, { given: { resets: number; body?: string }; want: { status?: number; error?: RegExp; requests: number } }][] = [
    ['one reset: the second try answers', { given: { resets: 1 }, want: { status: 204, requests: 2 } }],
    ['resets on every try but the last: it answers, the body sent again whole', { given: { resets: EXCHANGE_ATTEMPTS - 1, body: '{"a":1}' }, want: { status: 204, requests: EXCHANGE_ATTEMPTS } }],
    ['a reset on every try: the error says how many tries', { given: { resets: EXCHANGE_ATTEMPTS }, want: { error: new RegExp(`${EXCHANGE_ATTEMPTS} tries, each failed before any response`), requests: EXCHANGE_ATTEMPTS } }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const flaky = await resetting(given.resets);
    try {
      const request = new Request(flaky.url, given.body ? { method: 'POST', body: given.body } : {});
      const answered = fetchAnswered(request);
      if (want.error) await expect(answered).rejects.toThrow(want.error);
      else expect((await answered).status).toBe(want.status);
      expect(flaky.requests()).toBe(want.requests);
      if (given.body && want.status) expect(flaky.body()).toBe(given.body);
    } finally {
      await flaky.close();
    }
  });

  test('a refused connection (no server) fails at once, not tried again', async () => {
    const gone = await resetting(0);
    await gone.close();
    const started = performance.now();
    await expect(fetchAnswered(new Request(gone.url))).rejects.toThrow(/fetch failed/);
    // The first retry would wait 50 ms.
    expect(performance.now() - started).toBeLessThan(50);
  });
});
