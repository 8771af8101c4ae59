import { describe, expect, test } from 'vitest';
import {
  backoffMs,
  idempotencyHeader,
  isRetryable,
  isRetryableStatus,
  replayableBody,
  retryAfterMs,
  TimeoutError,
  withRetries,
  type RetryCall,
} from '../../templates/retry.js';
import { CallLog } from '../../templates/logging.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('retryAfterMs: what the server asks for, in ms', () => {
  const cases: [string, { given: Record<string, string>; want: number | undefined }][] = [
    ['seconds', { given: { 'Retry-After': '1' }, want: 1000 }],
    ['seconds with spaces', { given: { 'Retry-After': ' 3 ' }, want: 3000 }],
    ['an HTTP date in the future', { given: { 'Retry-After': 'Tue, 01 Dec 2026 12:00:05 GMT' }, want: 5000 }],
    ['an HTTP date in the past is no wait', { given: { 'Retry-After': 'Tue, 01 Dec 2026 11:00:00 GMT' }, want: 0 }],
    ['retry-after-ms wins over Retry-After', { given: { 'retry-after-ms': '250', 'Retry-After': '9' }, want: 250 }],
    ['fractional retry-after-ms', { given: { 'retry-after-ms': '12.5' }, want: 12.5 }],
    ['garbage retry-after-ms falls back to Retry-After', { given: { 'retry-after-ms': 'soon', 'Retry-After': '2' }, want: 2000 }],
    ['a negative number is not a delay', { given: { 'Retry-After': '-1' }, want: undefined }],
    ['garbage', { given: { 'Retry-After': 'later' }, want: undefined }],
    ['none', { given: {}, want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(retryAfterMs(new Headers(given), NOW)).toBe(want));
});

describe('backoffMs: exponential from 0.5 s, capped at 8 s, up to a quarter less at random', () => {
  const cases: [string, { given: [retry: number, random: number]; want: number }][] = [
    ['first retry, no jitter', { given: [1, 0], want: 500 }],
    ['second retry, no jitter', { given: [2, 0], want: 1000 }],
    ['third retry, most jitter', { given: [3, 0.9999], want: 1500 }],
    ['tenth retry is capped', { given: [10, 0], want: 8000 }],
    ['capped, most jitter', { given: [10, 1], want: 6000 }],
  ];
  test.each(cases)('%s', (_name, { given: [retry, random], want }) => expect(backoffMs(retry, () => random)).toBe(want));
});

describe('isRetryable: idempotent methods, or a call with an idempotency key', () => {
  const cases: [string, { given: [method: string, headers: Record<string, string | null>]; want: boolean }][] = [
    ['GET', { given: ['get', {}], want: true }],
    ['PUT', { given: ['put', {}], want: true }],
    ['DELETE', { given: ['delete', {}], want: true }],
    ['POST without a key', { given: ['post', {}], want: false }],
    ['PATCH without a key', { given: ['patch', { 'X-Other': 'x' }], want: false }],
    ['POST with Idempotency-Key', { given: ['post', { 'Idempotency-Key': 'k' }], want: true }],
    ['POST with a declared X-Idempotency-Key', { given: ['post', { 'x-idempotency-key': 'k' }], want: true }],
    ['POST with an empty key', { given: ['post', { 'Idempotency-Key': '' }], want: false }],
    ['POST with a removed key (null)', { given: ['post', { 'Idempotency-Key': null }], want: false }],
  ];
  test.each(cases)('%s', (_name, { given: [method, headers], want }) => expect(isRetryable(method, headers)).toBe(want));
});

describe('idempotencyHeader: the one the operation declares, else Idempotency-Key', () => {
  const cases: [string, { given: string[] | undefined; want: string }][] = [
    ['none declared', { given: undefined, want: 'Idempotency-Key' }],
    ['other headers only', { given: ['x-phone'], want: 'Idempotency-Key' }],
    ['a declared one keeps its spelling', { given: ['x-phone', 'X-Idempotency-Key'], want: 'X-Idempotency-Key' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(idempotencyHeader(given)).toBe(want));
});

describe('isRetryableStatus: 408, 429 and 5xx', () => {
  const cases: [number, boolean][] = [[200, false], [400, false], [404, false], [408, true], [409, false], [429, true], [500, true], [503, true], [599, true]];
  test.each(cases)('%i', (status, want) => expect(isRetryableStatus(status)).toBe(want));
});

describe('replayableBody: every attempt sends the whole body', () => {
  const text = (body: unknown) => new Response(body as BodyInit).text();

  test('a stream is teed: three attempts read the same bytes', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('chunk-1,'));
        controller.enqueue(new TextEncoder().encode('chunk-2'));
        controller.close();
      },
    });
    const body = replayableBody(stream, true);
    const sent = [body.next(), body.next(), body.next()];
    expect(sent.every((branch) => branch !== stream && branch instanceof ReadableStream)).toBe(true);
    expect(await Promise.all(sent.map(text))).toEqual(['chunk-1,chunk-2', 'chunk-1,chunk-2', 'chunk-1,chunk-2']);
    body.end();
  });

  test('without retries a stream goes as it is (no tee, nothing buffered)', () => {
    const stream = new ReadableStream();
    expect(replayableBody(stream, false).next()).toBe(stream);
  });

  test('anything else is the same value each time (serialized again by the caller)', () => {
    const value = { a: 1 };
    const body = replayableBody(value, true);
    expect([body.next(), body.next()]).toEqual([value, value]);
    expect(body.next()).toBe(value);
  });
});

describe('withRetries: one timer for every running attempt, each still ends at its own timeout', () => {
  const log = new CallLog(console, 'off', 'Test');
  const call = (timeout: number): RetryCall => ({ operation: `t${timeout}`, signal: undefined, maxRetries: 0, timeout, retryable: true, log, debug: undefined, requestIdHeaders: [] });
  /** An attempt whose fetch never answers: only the timeout ends it. */
  const stalled = () => new Promise<{ response: Response }>(() => {});

  test('started longest first (so each new deadline is earlier than the timer), they end shortest first, on time', async () => {
    const started = Date.now();
    const ended: [string, number][] = [];
    await Promise.all(
      [600, 150, 300].map((timeout) =>
        withRetries(call(timeout), stalled).catch((error: unknown) => {
          expect(error).toBeInstanceOf(TimeoutError);
          ended.push([(error as TimeoutError).operation, Date.now() - started]);
        }),
      ),
    );
    expect(ended.map(([operation]) => operation)).toEqual(['t150', 't300', 't600']);
    for (const [operation, at] of ended) {
      const timeout = Number(operation.slice(1));
      expect(at).toBeGreaterThanOrEqual(timeout - 5);
      expect(at).toBeLessThan(timeout + 400);
    }
  });

  test('an attempt that answers is no longer watched: a later one still times out on its own', async () => {
    await withRetries(call(50), async () => ({ response: new Response('ok') }));
    const started = Date.now();
    await expect(withRetries(call(100), stalled)).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });
});
