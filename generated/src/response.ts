// Typed response headers and request ids of the client's runtime, copied unchanged into every generated package (from
// @periskope-tools/generator's templates/response.ts). Do not edit a copy: change the template and run `npm run generate`.

/** How a documented response header is read from its text: by its schema's type. */
export type HeaderType = 'number' | 'boolean' | 'string';

/** A call's parsed body together with its HTTP response, documented headers (typed) and request id. */
export interface WithResponse<Data, Headers> {
  data: Data;
  response: Response;
  /** The headers the spec documents for the success response, typed; those the server did not send are absent. */
  headers: Headers;
  /** The server's request or trace id, when it sent one. */
  requestId: string | undefined;
}

/**
 * What every operation method returns: a promise of the parsed body, plus `.withResponse()` for the body together
 * with the response, its typed headers and request id. The request is sent once either way.
 */
export class ResponsePromise<Data, Headers> extends Promise<Data> {
  readonly #answer: Promise<WithResponse<Data, Headers>>;
  #data: Promise<Data> | undefined;

  constructor(answer: Promise<WithResponse<Data, Headers>>) {
    // The base promise is never used: then/catch/finally follow the answer.
    super(settle);
    this.#answer = answer;
  }

  /** The body with the response, typed documented headers and request id. */
  withResponse(): Promise<WithResponse<Data, Headers>> {
    return this.#answer;
  }

  private data(): Promise<Data> {
    // Made on first use, so a caller who only reads `.withResponse()` leaves no second rejected promise behind.
    this.#data ??= this.#answer.then((answer) => answer.data);
    return this.#data;
  }

  override then<A = Data, B = never>(
    onfulfilled?: ((value: Data) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.data().then(onfulfilled, onrejected);
  }

  // `catch` is Promise's own: it calls `then`, which follows the answer.

  override finally(onfinally?: (() => void) | null): Promise<Data> {
    return this.data().finally(onfinally);
  }
}

/** The base promise's executor: one function for every call. */
function settle(resolve: (value: never) => void): void {
  resolve(undefined as never);
}

/**
 * A 2xx answer as `.withResponse()` gives it: `headers` and `requestId` are read from the response when first asked
 * for, so a call whose caller only awaits the body does not read them.
 */
export class Answered<Data, Headers> implements WithResponse<Data, Headers> {
  // `declare`d: set by the constructor, so a field definition before it would only add bytes to bundles.
  declare readonly data: Data;
  declare readonly response: Response;
  readonly #documented: readonly (readonly [name: string, type: HeaderType])[] | undefined;
  readonly #idHeaders: readonly string[];
  #headers: Headers | undefined;

  constructor(data: Data, response: Response, documented: readonly (readonly [name: string, type: HeaderType])[] | undefined, idHeaders: readonly string[]) {
    this.data = data;
    this.response = response;
    this.#documented = documented;
    this.#idHeaders = idHeaders;
  }

  get headers(): Headers {
    this.#headers ??= readHeaders(this.response, this.#documented) as Headers;
    return this.#headers;
  }

  get requestId(): string | undefined {
    return requestIdOf(this.response.headers, this.#idHeaders);
  }
}

/** The documented headers present in `response`, each read as its schema's type (numbers that do not parse are left out). */
export function readHeaders(response: Response, documented: readonly (readonly [name: string, type: HeaderType])[] | undefined): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const [name, type] of documented ?? []) {
    const text = response.headers.get(name);
    if (text === null) continue;
    if (type === 'string') entries.push([name, text]);
    else if (type === 'boolean') {
      const value = text.trim().toLowerCase();
      if (value === 'true' || value === 'false') entries.push([name, value === 'true']);
    } else if (text.trim() !== '' && Number.isFinite(Number(text))) entries.push([name, Number(text)]);
  }
  // Object.fromEntries defines own properties, so a header documented as `__proto__` stays a header.
  return Object.fromEntries(entries);
}

/** Headers that carry a request id on many APIs, after those the spec documents. */
const COMMON_ID_HEADERS = ['x-request-id', 'request-id', 'x-trace-id', 'x-correlation-id', 'x-amzn-requestid', 'x-github-request-id', 'cf-ray'];
const ID_HEADER = /(?:request|trace|correlation)[-_]?id$/i;

/** The request or trace id of an answer: a documented id header, a common one, else any header named `…-request-id`/`…-trace-id`. */
export function requestIdOf(headers: Headers, documented: readonly string[] = []): string | undefined {
  for (const name of [...documented, ...COMMON_ID_HEADERS]) {
    const value = headers.get(name);
    if (value) return value;
  }
  let found: string | undefined;
  headers.forEach((value, name) => {
    if (found === undefined && value && ID_HEADER.test(name)) found = value;
  });
  return found;
}
