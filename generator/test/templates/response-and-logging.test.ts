import { describe, expect, test } from 'vitest';
import { request as debugRequest, redactHeaders, redactUrl } from '../../templates/debug-log.js';
import { CallLog, logLevelOf, type Logger } from '../../templates/logging.js';
import { readHeaders, requestIdOf, ResponsePromise, type HeaderType, type WithResponse } from '../../templates/response.js';
import { logEnvName } from '../../src/emit/log-env.js';

describe('readHeaders: the documented headers present, read as their schema types', () => {
  const documented: [string, HeaderType][] = [['X-RateLimit-Remaining', 'number'], ['X-Beta', 'boolean'], ['x-trace-id', 'string']];
  const cases: [string, { given: Record<string, string>; want: Record<string, unknown> }][] = [
    ['all present', { given: { 'x-ratelimit-remaining': '98', 'x-beta': 'TRUE', 'X-Trace-Id': 't-1' }, want: { 'X-RateLimit-Remaining': 98, 'X-Beta': true, 'x-trace-id': 't-1' } }],
    ['missing ones are absent', { given: { 'x-trace-id': 't-1' }, want: { 'x-trace-id': 't-1' } }],
    ['a number that does not parse is left out', { given: { 'X-RateLimit-Remaining': 'many' }, want: {} }],
    ['an empty number is left out', { given: { 'X-RateLimit-Remaining': '' }, want: {} }],
    ['a boolean that is neither true nor false is left out', { given: { 'X-Beta': 'yes' }, want: {} }],
    ['undocumented headers are not in it', { given: { 'x-other': '1' }, want: {} }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(readHeaders(new Response(null, { headers: given }), documented)).toEqual(want));
});

describe('requestIdOf: documented id headers first, then common ones, then any …-request-id / …-trace-id', () => {
  const cases: [string, { given: [Record<string, string>, string[]]; want: string | undefined }][] = [
    ['a documented one', { given: [{ 'x-periskope-trace-id': 'p-1', 'x-request-id': 'r-1' }, ['x-periskope-trace-id']], want: 'p-1' }],
    ['a common one', { given: [{ 'x-request-id': 'r-1' }, []], want: 'r-1' }],
    ['GitHub', { given: [{ 'X-GitHub-Request-Id': 'gh-1' }, []], want: 'gh-1' }],
    ['any header named like one', { given: [{ 'x-acme-trace-id': 'a-1' }, []], want: 'a-1' }],
    ['none', { given: [{ 'content-type': 'text/plain' }, []], want: undefined }],
  ];
  test.each(cases)('%s', (_name, { given: [headers, documented], want }) => expect(requestIdOf(new Headers(headers), documented)).toBe(want));
});

describe('ResponsePromise: the body when awaited, everything from .withResponse(), one answer', () => {
  const answer = (): WithResponse<string, { a?: number }> => ({ data: 'body', response: new Response(null), headers: { a: 1 }, requestId: 'r' });

  test('await, then, catch, finally and withResponse all follow the one answer', async () => {
    let made = 0;
    const promise = new ResponsePromise(Promise.resolve().then(() => (made++, answer())));
    expect(await promise).toBe('body');
    expect(await promise.then((data) => data.length)).toBe(4);
    expect((await promise.withResponse()).headers).toEqual({ a: 1 });
    let finished = false;
    expect(await promise.finally(() => (finished = true))).toBe('body');
    expect(finished).toBe(true);
    expect(promise).toBeInstanceOf(Promise);
    expect(made).toBe(1);
  });

  test('a failure rejects both views with the same error', async () => {
    const error = new Error('boom');
    const promise = new ResponsePromise<string, object>(Promise.reject(error));
    await expect(promise).rejects.toBe(error);
    await expect(promise.withResponse()).rejects.toBe(error);
    expect(await promise.catch((e: unknown) => e)).toBe(error);
  });
});

describe('redaction: credentials never reach a log line', () => {
  const urlCases: [string, { given: string; want: string }][] = [
    ['api key and token in the query', { given: 'https://api.test/v1/x?limit=5&api_key=K123&access_token=T456', want: 'https://api.test/v1/x?limit=5&api_key=***&access_token=***' }],
    ['user info', { given: 'https://user:pass@api.test/x', want: 'https://***@api.test/x' }],
    ['nothing secret stays as it is', { given: 'https://api.test/x?offset=1&limit=2', want: 'https://api.test/x?offset=1&limit=2' }],
    ['not a URL', { given: '/relative?token=1', want: '/relative?token=1' }],
  ];
  test.each(urlCases)('redactUrl: %s', (_name, { given, want }) => expect(redactUrl(given)).toBe(want));

  test('redactHeaders: Authorization, cookies, api keys and tokens hidden; the rest shown', () => {
    const headers = new Headers({ Authorization: 'Bearer abc', Cookie: 's=1', 'X-Api-Key': 'k', 'X-Auth-Token': 't', 'Idempotency-Key': 'i-1', 'x-phone': '123', Accept: 'application/json' });
    expect(redactHeaders(headers)).toEqual({
      accept: 'application/json',
      authorization: '***',
      cookie: '***',
      'idempotency-key': 'i-1',
      'x-api-key': '***',
      'x-auth-token': '***',
      'x-phone': '123',
    });
  });

  test('a request line scrubs the credentials wherever they appear (a token in the path)', () => {
    const lines: unknown[][] = [];
    const logger: Logger = { error: () => {}, warn: () => {}, info: () => {}, debug: (...args) => lines.push(args) };
    const request = new Request('https://api.test/tokens/tok-abcdef/x?key=qk-998877', { headers: { Authorization: 'Bearer tok-abcdef' } });
    debugRequest(new CallLog(logger, 'debug', 'Api'), 'op', 1, request);
    const text = JSON.stringify(lines);
    expect(text).toContain('https://api.test/tokens/***/x?key=***');
    expect(text).not.toMatch(/tok-abcdef|qk-998877/);
  });

  test('levels: a line is written at or above the level only', () => {
    const seen: string[] = [];
    const push = (level: string) => () => seen.push(level);
    const logger: Logger = { error: push('error'), warn: push('warn'), info: push('info'), debug: push('debug') };
    const log = new CallLog(logger, 'info', 'Api');
    for (const level of ['error', 'warn', 'info', 'debug'] as const) log.write(level, 'x');
    expect(seen).toEqual(['error', 'warn', 'info']);
  });
});

describe('logLevelOf and logEnvName: the option, else the environment variable named after the client', () => {
  test.each([
    ['the option wins', { given: ['error', 'debug'] as const, want: 'error' }],
    ['the variable when no option', { given: [undefined, 'DEBUG'] as const, want: 'debug' }],
    ['a variable that names no level is ignored', { given: [undefined, 'verbose'] as const, want: 'warn' }],
    ['neither: warn', { given: [undefined, undefined] as const, want: 'warn' }],
  ])('%s', (_name, { given: [option, env], want }) => {
    const name = 'RESIL_TEST_LOG';
    if (env === undefined) delete process.env[name];
    else process.env[name] = env;
    try {
      expect(logLevelOf(option, name)).toBe(want);
    } finally {
      delete process.env[name];
    }
  });

  test.each([
    ['PeriskopeApi', 'PERISKOPE_LOG'],
    ['GitHubClient', 'GIT_HUB_LOG'],
    ['TestApi', 'TEST_LOG'],
    ['Stripe', 'STRIPE_LOG'],
    ['Api', 'API_LOG'],
  ])('logEnvName(%s) is %s', (given, want) => expect(logEnvName(given)).toBe(want));
});
