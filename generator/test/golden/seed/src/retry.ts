// Retries and timeouts of the client's runtime, copied unchanged into every generated package (from
// @periskope-tools/generator's templates/retry.ts). Do not edit a copy: change the template and run `npm run generate`.
import type { CallLog, DebugLog } from './logging.js';
import { requestIdOf } from './response.js';

/** Retries after the first try, unless the client or the call says otherwise. */
export const DEFAULT_MAX_RETRIES = 2;
/** Milliseconds one attempt may take (until its body is read), unless the client or the call says otherwise. */
export const DEFAULT_TIMEOUT = 60_000;
/** A `Retry-After` longer than this is not waited for: the call fails with the server's answer instead. */
export const MAX_RETRY_AFTER = 60_000;
const BASE_DELAY = 500;
const MAX_BACKOFF = 8_000;
/** setTimeout fires at once for anything longer (2^31 - 1 ms); such a timeout means none. */
const MAX_TIMER = 2_147_483_647;

/** Options given to the client's constructor or to one call. */
export interface RetryOptions {
  /**
   * How many times a failed attempt is tried again (default 2): after a connection error, a timeout, HTTP 408, 429
   * or 5xx. POST and PATCH are retried only when the call carries an idempotency key.
   */
  maxRetries?: number;
  /** Milliseconds one attempt may take, response body included (default 60 000); `0` for no limit. */
  timeout?: number;
}

/** Methods that may be sent twice with the effect of once (RFC 9110, 9.2.2). */
const IDEMPOTENT_METHODS = new Set(['get', 'head', 'options', 'put', 'delete', 'trace']);
const IDEMPOTENCY_HEADER = /^(?:x-)?idempotency[-_]?key$/i;

/**
 * Whether a call may be sent again: its method is idempotent, or it carries an idempotency key header. The headers
 * are asked for only when the method is not idempotent (building them is per-call work).
 */
export function isRetryable(method: string, headers: Record<string, string | null> | (() => Record<string, string | null>)): boolean {
  if (IDEMPOTENT_METHODS.has(method)) return true;
  return Object.entries(typeof headers === 'function' ? headers() : headers).some(([name, value]) => IDEMPOTENCY_HEADER.test(name) && !!value);
}

/** The header an `idempotencyKey` option is sent as: the one the operation declares, else `Idempotency-Key`. */
export function idempotencyHeader(declared: readonly string[] | undefined): string {
  return declared?.find((name) => IDEMPOTENCY_HEADER.test(name)) ?? 'Idempotency-Key';
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** What the server asks for: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date; in ms. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(?:\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; Date.parse alone would also take `-1` or `2026` as dates.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** 0.5 s, 1 s, 2 s, … up to 8 s before retry `retry` (1-based), less up to a quarter at random so clients spread out. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BASE_DELAY * 2 ** (retry - 1), MAX_BACKOFF);
  return Math.round(ceiling * (1 - random() * 0.25));
}

/** An attempt took longer than the timeout: no answer, or a body that did not finish. Not an abort by the caller. */
export class TimeoutError extends Error {
  declare readonly operation: string;
  declare readonly timeout: number;
  declare readonly attempts: number;
  /** The response, when its headers arrived but its body did not finish in time. */
  declare readonly response: Response | undefined;
  declare readonly requestId: string | undefined;

  constructor(operation: string, timeout: number, attempts: number, response?: Response, requestId?: string) {
    super(`${operation} timed out after ${timeout} ms${attemptsText(attempts)}`);
    Object.assign(this, { name: 'TimeoutError', operation, timeout, attempts, response, requestId });
  }
}

/** The request could not be sent or its answer was cut off (refused, reset, DNS); `cause` is fetch's error. */
export class ConnectionError extends Error {
  declare readonly operation: string;
  declare readonly attempts: number;
  declare readonly response: Response | undefined;
  declare readonly requestId: string | undefined;

  constructor(operation: string, cause: unknown, attempts: number, response?: Response, requestId?: string) {
    super(`${operation} could not reach the server${attemptsText(attempts)}: ${causeText(cause)}`, { cause });
    Object.assign(this, { name: 'ConnectionError', operation, attempts, response, requestId });
  }
}

export function attemptsText(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : '';
}

/** fetch's own message is `fetch failed`; the reason (ECONNREFUSED, …) is its cause's. */
function causeText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== message ? `${message} (${cause})` : message;
}

/** One call as the retry loop sees it. */
export interface RetryCall {
  operation: string;
  /** The caller's signal: its abort ends the call at once, and nothing is retried after it. */
  signal: AbortSignal | undefined;
  maxRetries: number;
  timeout: number;
  /** The method is idempotent or the call carries an idempotency key. */
  retryable: boolean;
  log: CallLog;
  /** The redacting request and response lines, when the level is `debug`. */
  debug: DebugLog | undefined;
  /** Documented headers that carry a request id, looked at first. */
  requestIdHeaders: readonly string[];
}

/**
 * Runs `send` until it gives an answer that is not worth retrying, or the retries are used up; resolves to the
 * last answer and how many attempts it took. Connection errors and timeouts are retried like 5xx and thrown as
 * `ConnectionError` / `TimeoutError` after the last attempt; anything else `send` throws (the caller's abort
 * included) ends the call as it is.
 */
export async function withRetries<T extends { response: Response }>(
  call: RetryCall,
  send: (attempt: Attempt) => Promise<T>,
): Promise<{ result: T; attempts: number }> {
  for (let number = 1; ; number++) {
    call.signal?.throwIfAborted();
    const attempt = new Attempt(call, number);
    let result: T | undefined;
    let failure: TimeoutError | ConnectionError | undefined;
    try {
      result = await attempt.run(send);
    } catch (error) {
      if (call.signal?.aborted) throw error;
      failure = attempt.failure(error);
      if (!failure) throw error;
    } finally {
      attempt.end();
    }
    const left = call.retryable && number <= call.maxRetries;
    let delay: number;
    if (failure) {
      if (!left) {
        if (number > 1) call.log.write('error', `${call.operation}: ${failure.message}`);
        throw failure;
      }
      delay = backoffMs(number);
      retrying(call, number, delay, `: ${failure.message}`);
    } else {
      const { status, headers } = result!.response;
      if (!isRetryableStatus(status)) return { result: result!, attempts: number };
      if (!left) {
        if (number > 1) call.log.write('warn', `${call.operation}: HTTP ${status} after ${number} attempts; giving up`);
        return { result: result!, attempts: number };
      }
      const asked = retryAfterMs(headers);
      if (asked !== undefined && asked > MAX_RETRY_AFTER) {
        call.log.write('warn', `${call.operation}: HTTP ${status} asks to retry after ${asked} ms, more than ${MAX_RETRY_AFTER} ms; not retried`);
        return { result: result!, attempts: number };
      }
      delay = asked ?? backoffMs(number);
      retrying(call, number, delay, ` HTTP ${status}`);
    }
    await sleep(delay, call.signal);
  }
}

function retrying(call: RetryCall, number: number, delay: number, after: string): void {
  call.log.write('info', `${call.operation}: retrying in ${delay} ms (attempt ${number + 1} of ${call.maxRetries + 1}) after${after}`);
}

/**
 * One try of a call: its timeout, its link to the caller's signal, and the fetch it sends with. The signal goes to
 * fetch beside the Request (`fetch(request, { signal })`), not into it: undici links a signal given to
 * `new Request` to the request (listeners, a FinalizationRegistry entry) at a cost per call. A fetch that ignores
 * it (a stub, a cache) is ended by `run` all the same.
 */
export class Attempt {
  /** The signal fetch gets: aborted by the attempt's timeout or the caller's abort. */
  private readonly controller = new AbortController();
  /** The attempt ran out of time (not the caller's abort). */
  timedOut = false;
  private response: Response | undefined;
  private fetchError: unknown;
  private reject: ((reason: unknown) => void) | undefined;
  /** When the attempt times out (`Date.now()` ms); Infinity without a timeout. */
  deadline = Infinity;
  private unlink: (() => void) | undefined;

  constructor(
    readonly call: RetryCall,
    readonly number: number,
  ) {}

  /** `send`'s answer; rejects at the timeout or the caller's abort even when a custom fetch ignores the signal. */
  run<T>(send: (attempt: Attempt) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.reject = reject;
      const { signal, timeout } = this.call;
      if (signal) this.unlink = onAbort(signal, () => this.abort(signal.reason));
      if (timeout > 0 && timeout <= MAX_TIMER) {
        this.deadline = Date.now() + timeout;
        watch(this);
      }
      send(this).then(resolve, reject);
    });
  }

  abort(reason: unknown): void {
    this.controller.abort(reason);
    this.reject?.(reason);
  }

  /** Sends `input` with `base` and the attempt's signal beside it; keeps the answer (or the error) for errors and logs. */
  async send(base: typeof globalThis.fetch, input: Request): Promise<Response> {
    const { call, number } = this;
    const started = call.debug && Date.now();
    call.debug?.request(call.log, call.operation, number, input);
    let response: Response;
    try {
      // A plain object with the signal in it, so a custom fetch that spreads `init` into its own keeps it.
      response = await base(input, { signal: this.controller.signal });
    } catch (error) {
      this.fetchError = error;
      throw error;
    }
    this.response = response;
    call.debug?.response(call.log, call.operation, number, response, Date.now() - started!, requestIdOf(response.headers, call.requestIdHeaders));
    return response;
  }

  /** The error to retry (and to throw after the last attempt), or undefined when `error` is not ours to handle. */
  failure(error: unknown): TimeoutError | ConnectionError | undefined {
    const { call, number, response } = this;
    const requestId = response && requestIdOf(response.headers, call.requestIdHeaders);
    if (this.timedOut) return new TimeoutError(call.operation, call.timeout, number, response, requestId);
    // fetch rejects with a TypeError when nothing answered, and a body read does when the answer was cut off;
    // an abort by a custom fetch of the caller's is theirs, not a connection error.
    const sendFailed = error === this.fetchError && !isAbort(error);
    if (sendFailed || (response !== undefined && error instanceof TypeError)) return new ConnectionError(call.operation, error, number, response, requestId);
    return undefined;
  }

  /** Stops watching the timeout and unlinks the caller's signal: a long-lived signal collects nothing. */
  end(): void {
    unwatch(this);
    this.unlink?.();
  }
}

/**
 * The running attempts that have a timeout, and the one timer that ends them when the first is due: a timer per
 * attempt (setTimeout, then clearTimeout when the attempt ends, as almost all do long before their timeout) cost
 * about a tenth of a call's CPU beside raw openapi-fetch (bench:overhead). The timer is unref'd while nothing is
 * watched, so an idle client never keeps a process alive.
 */
const watched = new Set<Attempt>();
let alarm: ReturnType<typeof setTimeout> | undefined;
let alarmAt = Infinity;

function watch(attempt: Attempt): void {
  watched.add(attempt);
  if (attempt.deadline < alarmAt) setAlarm(attempt.deadline);
  else if (watched.size === 1) (alarm as { ref?(): void } | undefined)?.ref?.();
}

function unwatch(attempt: Attempt): void {
  if (watched.delete(attempt) && watched.size === 0) (alarm as { unref?(): void } | undefined)?.unref?.();
}

function setAlarm(at: number): void {
  clearTimeout(alarm);
  alarmAt = at;
  alarm = setTimeout(ring, Math.max(0, at - Date.now()));
}

/** Ends every attempt that is due, and sets the timer for the next. */
function ring(): void {
  alarm = undefined;
  alarmAt = Infinity;
  const now = Date.now();
  let next = Infinity;
  for (const attempt of watched) {
    if (attempt.deadline <= now) {
      watched.delete(attempt);
      attempt.timedOut = true;
      attempt.abort(new DOMException(`timed out after ${attempt.call.timeout} ms`, 'TimeoutError'));
    } else next = Math.min(next, attempt.deadline);
  }
  if (next < Infinity) setAlarm(next);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** Waits `ms`; the caller's abort ends the wait with its reason. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const unlink = signal ? onAbort(signal, stop) : undefined;
    const timer = setTimeout(() => {
      unlink?.();
      resolve();
    }, ms);
  });
}

/** Per caller signal: the one listener on it, and what it runs for the attempts and waits linked to it now. */
const linked = new WeakMap<AbortSignal, { listener: () => void; callbacks: Set<() => void> }>();

/**
 * Runs `callback` when `signal` aborts; returns the unlink. However many calls share one long-lived signal, it
 * carries one listener (added for the first, removed after the last), so it never reaches the
 * MaxListenersExceededWarning and keeps nothing of finished calls.
 */
function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let entry = linked.get(signal);
  if (!entry) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      linked.delete(signal);
      for (const run of [...callbacks]) run();
    };
    entry = { listener, callbacks };
    linked.set(signal, entry);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { listener, callbacks } = entry;
  // A wrapper per link, so the same function linked twice is unlinked once each.
  const link = () => callback();
  callbacks.add(link);
  return () => {
    callbacks.delete(link);
    if (callbacks.size === 0 && linked.get(signal) === entry) {
      linked.delete(signal);
      signal.removeEventListener('abort', listener);
    }
  };
}

function nothing(): void {}

/**
 * A request body that can be sent once per attempt. Objects are serialized again each time, and Blobs, FormData
 * parts and buffers read again; a stream can be read only once, so each attempt gets one branch of a tee and the
 * other is kept for the next (and cancelled at the end).
 */
export function replayableBody(body: unknown, retries: boolean): { next(): unknown; end(): void } {
  if (!retries || typeof ReadableStream === 'undefined' || !(body instanceof ReadableStream)) {
    return { next: () => body, end: nothing };
  }
  let spare: ReadableStream = body;
  return {
    next() {
      const [now, later] = spare.tee();
      spare = later;
      return now;
    },
    end() {
      spare.cancel().catch(() => {});
    },
  };
}
