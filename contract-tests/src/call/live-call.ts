import type { OperationModel } from '@periskope-tools/generator';
import type { ClientFactory } from '../client/client-under-test.js';
import { redact } from '../redact.js';

/** Everything recorded for one live call: the raw response as the proxy passed it on, and the client's result. */
export interface LiveObservation {
  status: number;
  contentType: string | null;
  rawBody: string;
  headers: Headers;
  /** The `Accept` header the call sent, if any. */
  accept?: string;
  outcome: { kind: 'returned'; value: unknown } | { kind: 'threw'; error: unknown };
}

/** A live call that produced no response to check: the client has no such method, or nothing answered. */
export interface LiveCallFailure {
  failed: 'client' | 'network';
  message: string;
}

type OperationMethod = (args: unknown, options?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<unknown>;

/** Every media type the operation documents for any response, most specific first: what a call should `Accept`. */
export function acceptFor(operation: OperationModel): string | undefined {
  const types = [...new Set(operation.responses.flatMap((response) => response.contents.map((content) => content.mediaType)))];
  return types.length > 0 ? types.join(', ') : undefined;
}

/**
 * Calls one operation once through the generated client (no `Prefer`: a real server decides the status) and records
 * the raw response beside what the client made of it. The token is replaced in everything the response carries
 * before anything (the client included) reads it.
 */
export async function callLive(
  createClient: ClientFactory,
  baseUrl: string,
  operation: OperationModel,
  args: unknown,
  authToken: string,
  timeoutMs = 30_000,
): Promise<LiveObservation | LiveCallFailure> {
  let captured: Omit<LiveObservation, 'outcome' | 'accept'> | undefined;
  const capturingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(new Request(input, init));
    // A server that echoes the token (in a body or a header) must not get it into any message: everything downstream,
    // the client included, sees the response with the token replaced. Done before any truncation, so no message can
    // quote part of it either.
    const rawBody = redact(await response.text(), authToken);
    const headers = new Headers();
    response.headers.forEach((value, name) => headers.append(name, redact(value, authToken)));
    captured = { status: response.status, contentType: headers.get('content-type'), rawBody, headers };
    const nullBody = [101, 204, 205, 304].includes(response.status);
    return new Response(nullBody ? null : rawBody, { status: response.status, statusText: response.statusText, headers });
  };
  const client = createClient({ authToken, baseUrl, fetch: capturingFetch });
  const group = client[operation.group] as Record<string, OperationMethod> | undefined;
  const method = group?.[operation.name];
  if (typeof method !== 'function') {
    return {
      failed: 'client',
      message: `the generated client has no method ${operation.group}.${operation.name}; the spec has moved since the client was generated (run \`npm run generate\`)`,
    };
  }
  const accept = acceptFor(operation);
  let outcome: LiveObservation['outcome'];
  try {
    const options = { signal: AbortSignal.timeout(timeoutMs), ...(accept ? { headers: { Accept: accept } } : {}) };
    outcome = { kind: 'returned', value: await method.call(group, args, options) };
  } catch (error) {
    outcome = { kind: 'threw', error };
  }
  if (!captured) {
    const error = outcome.kind === 'threw' ? outcome.error : undefined;
    const cause = (error as { cause?: unknown } | undefined)?.cause;
    const detail = [error, cause].filter(Boolean).map((e) => (e instanceof Error ? e.message : String(e))).join(': ');
    return { failed: 'network', message: `no response: ${detail || 'the client sent no request'}` };
  }
  return { ...captured, ...(accept ? { accept } : {}), outcome };
}
