import type { ClientFactory } from '../client/client-under-test.js';

/** Every call the client makes is aborted after `ms`, so a server that never answers cannot hang the run. */
export function withRequestTimeout(create: ClientFactory, ms: number): ClientFactory {
  return (clientOptions) =>
    create({
      ...clientOptions,
      fetch: (input, init) => {
        const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        const timeout = AbortSignal.timeout(ms);
        return clientOptions.fetch(input, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      },
    });
}

/** The one-line reason of a call that withRequestTimeout aborted, or undefined for any other failure. */
export function requestTimeoutReason(error: unknown, ms: number): string | undefined {
  // AbortSignal.timeout() aborts with a TimeoutError; the client passes network failures on unchanged (or as their cause).
  const timedOut = (value: unknown): boolean => value instanceof Error && (value.name === 'TimeoutError' || timedOut(value.cause));
  return timedOut(error) ? `no response within ${ms} ms (--timeout)` : undefined;
}

/** `work` over `items` with at most `limit` running at once; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
