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

/**
 * Calls the tuple's operation through the generated client, asking the mock for the tuple's status and
 * example with `Prefer`, and records the raw response beside the client's result.
 */
/** Socket-level failures before any response: the mock closing a kept-alive connection, under load. */
const CONNECTION_FAILURES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/**
 * One exchange with the mock. A connection the mock dropped before answering (Prism's CLI closes idle kept-alive
 * sockets; on a loaded machine a request can race that) is tried again, up to twice, on a fresh copy of the
 * request: no response was seen, so nothing is being hidden. Any HTTP response, and every other error, is final.
 */
async function fetchOnce(request: Request): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(attempt < 2 ? request.clone() : request);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 2 || code === undefined || !CONNECTION_FAILURES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

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
    const response = await fetchOnce(request);
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
    // Binary media types come back as a Blob; the oracle compares contents, so read it as the raw body was.
    outcome = { kind: 'returned', value: value instanceof Blob ? await value.text() : value };
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
