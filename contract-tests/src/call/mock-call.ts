import { mediaTypeEssence } from '@periskope-tools/generator';
import type { ClientFactory } from '../client/client-under-test.js';
import type { ResponseTuple } from '../plan/inventory.js';
import { MOCK_TOKEN } from './credentials.js';

/** What came back for one replayed tuple: the raw HTTP exchange and what the generated client made of it. */
export interface Observation {
  status: number;
  contentType: string | null;
  rawBody: string;
  headers: Headers;
  outcome: { kind: 'returned'; value: unknown } | { kind: 'threw'; error: unknown };
}

type OperationMethod = (args: unknown, options?: { headers?: Record<string, string> }) => Promise<unknown>;

/** Socket-level failures before any response: the mock closing a kept-alive connection, under load. */
const CONNECTION_FAILURES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** Tries of one exchange whose connection failed before any response (see fetchAnswered). */
export const EXCHANGE_ATTEMPTS = 5;

/**
 * One exchange with the mock. A connection that failed before any response is tried again on a fresh copy of the
 * request, up to EXCHANGE_ATTEMPTS tries, 50 ms, 100 ms, 200 ms, 400 ms apart: no response was seen, so nothing is
 * hidden. Why it happens: the mock closes an idle kept-alive connection after its keep-alive timeout (5 s) and fetch
 * stops reusing one shortly before; when this thread is busy for longer than that margin (Ajv checking GitHub-sized
 * bodies on a loaded machine), several calls can go out at once on connections the mock has closed meanwhile, each
 * of them reset. A reset socket leaves fetch's pool, so a later try gets a live one. Every other error (a refused connection: the mock
 * is gone), and any HTTP response, is final; so is the last try, whose error says how many there were.
 */
export async function fetchAnswered(request: Request, attempts = EXCHANGE_ATTEMPTS): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(attempt < attempts ? request.clone() : request);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code === undefined || !CONNECTION_FAILURES.has(code)) throw error;
      if (attempt >= attempts) {
        const failure = error as Error;
        throw new TypeError(`${failure.message} (${attempts} tries, each failed before any response: ${code})`, { cause: failure.cause });
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** (attempt - 1)));
    }
  }
}

/**
 * Calls the tuple's operation through the generated client, asking the mock for the tuple's status and
 * example with `Prefer`, and records the raw response beside the client's result.
 */
export async function replay(
  createClient: ClientFactory,
  baseUrl: string,
  tuple: ResponseTuple,
  args: unknown,
  /** Credentials by constructor option (mockCredentials); `{}` for a call that must go without. */
  options: Record<string, unknown> = { authToken: MOCK_TOKEN },
): Promise<Observation> {
  let captured: { status: number; contentType: string | null; rawBody: string; headers: Headers } | undefined;
  const preferences = [`code=${tuple.statusCode}`];
  if (tuple.example?.name !== undefined) preferences.push(`example=${tuple.example.name}`);
  const capturingFetch: typeof fetch = async (input, init) => {
    // A documented 3xx is a response to check, not a redirect to follow.
    const request = new Request(input, { ...init, redirect: 'manual' });
    request.headers.set('Prefer', preferences.join(', '));
    const response = await fetchAnswered(request);
    const rawBody = await response.clone().text();
    captured = { status: response.status, contentType: response.headers.get('content-type'), rawBody, headers: response.headers };
    return response;
  };
  const client = createClient({ ...options, baseUrl, fetch: capturingFetch });
  const group = client[tuple.operation.group] as Record<string, OperationMethod> | undefined;
  const method = group?.[tuple.operation.name];
  if (typeof method !== 'function') {
    throw new Error(
      `the generated client has no method ${tuple.operation.group}.${tuple.operation.name} for ${tuple.operation.id}: ` +
        'the spec has moved since generated/ was written; run `npm run generate`',
    );
  }
  const accept = tuple.content ? { headers: { Accept: tuple.content.mediaType } } : undefined;
  let outcome: Observation['outcome'];
  try {
    const value = await method.call(group, args, accept);
    // Binary media types come back as a Blob, NDJSON and event streams as the unread stream; the oracle compares
    // contents, so each is read as the raw body was.
    const read = value instanceof Blob ? await value.text() : value instanceof ReadableStream ? await new Response(value).text() : value;
    outcome = { kind: 'returned', value: read };
  } catch (error) {
    outcome = { kind: 'threw', error };
  }
  if (!captured) {
    // The client's error is the cause: a timeout is told apart from other failures by it.
    throw new Error(`no HTTP exchange happened for ${tuple.title}: ${describe(outcome)}`, outcome.kind === 'threw' ? { cause: outcome.error } : undefined);
  }
  return { ...captured, outcome };
}

function describe(outcome: Observation['outcome']): string {
  if (outcome.kind !== 'threw') return 'returned without a request';
  const error = outcome.error as Error & { cause?: { message?: string; code?: string } };
  // undici's `fetch failed` says why only in its cause (ECONNREFUSED, a connect timeout, a reset socket).
  const cause = error?.cause?.code ?? error?.cause?.message;
  return `${String(error?.message ?? error)}${cause ? ` (${cause})` : ''}`;
}

/** A response's Content-Type as the document layer compares media types; undefined when there is none. */
export function mediaTypeOf(contentType: string | null): string | undefined {
  return contentType === null ? undefined : mediaTypeEssence(contentType);
}
