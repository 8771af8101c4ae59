// The client's runtime, copied unchanged into every package @periskope-tools/generator generates (from its
// templates/runtime.ts); the same for every spec. Do not edit a copy: change the template and run `npm run generate`.
import { mergeHeaders, removeTrailingSlash } from 'openapi-fetch';
import { CallLog, logLevelOf, type DebugLog, type LoggingOptions } from './logging.js';
import { Answered, requestIdOf, ResponsePromise, type HeaderType, type WithResponse } from './response.js';
import { attemptsText, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, idempotencyHeader, isRetryable, withRetries, type RetryOptions } from './retry.js';

/**
 * A credential, or a function that gives it (sync or async), called for every request that needs it: the way
 * to hand the client a token that is refreshed.
 */
export type Credential<T = string> = T | (() => T | Promise<T>);

/** What HTTP Basic authentication sends, base64-encoded, as `Authorization: Basic …`. */
export interface BasicCredentials {
  username: string;
  password: string;
}

/**
 * Options every generated client takes; its `ClientOptions` adds one per security scheme of the spec (and
 * `authToken` for a single bearer scheme).
 */
export interface BaseClientOptions extends RetryOptions, LoggingOptions {
  /**
   * Replaces every server of the spec (root, path and operation level): one host for every call, as a mock,
   * proxy or test server needs. Without it, each operation goes to its own server, else the spec's first.
   */
  baseUrl?: string;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /**
   * A custom fetch (for proxies, retries or tests); defaults to the global fetch. It is called as
   * `fetch(request, init)`, `init.signal` being the attempt's (its timeout, the caller's abort): pass `init` on.
   */
  fetch?: typeof globalThis.fetch;
}

/** Options for one call, as the second argument of any operation method. */
export interface RequestOptions extends RetryOptions {
  /** Aborts the call, retries and waits included; its abort is thrown as it is and never retried. */
  signal?: AbortSignal;
  /**
   * Sent as `Idempotency-Key` (or the idempotency header the operation declares); lets a POST or PATCH be
   * retried. Use the same key for every try of one logical request.
   */
  idempotencyKey?: string;
  /** Sends this call to another server (wins over the constructor's `baseUrl` and the spec's servers). */
  baseUrl?: string;
  /** Extra headers for this request; they win over the client's. */
  headers?: Record<string, string>;
  fetch?: typeof globalThis.fetch;
  /**
   * Called with every HTTP response of this call, before its body is read or an error is thrown: the way to read
   * response headers (rate limits, trace ids) of a call that succeeds. A thrown error carries its `response` too.
   */
  onResponse?: (response: Response) => void;
}

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type BodyEncoding = 'json' | 'form' | 'multipart' | 'text' | 'binary';
type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
export type Parsing = 'json' | 'text' | 'blob' | 'stream' | 'none';

/** How one parameter goes on the wire when it is not its location's default (OpenAPI `style` and `explode`). */
export interface ParameterStyle {
  readonly in: ParameterLocation;
  readonly name: string;
  readonly style: 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
  /** Query only: reserved characters are sent unencoded. */
  readonly allowReserved?: boolean;
  /** The parameter is described by a JSON `content` instead of a `schema`: its value is sent as JSON text. */
  readonly json?: boolean;
}

/** How one top-level property of a form or multipart body is sent, as the media type's `encoding` sets it. */
export interface BodyStyle {
  readonly name: string;
  readonly style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
}

/** What the generated wrapper knows about one operation; plain data, so the wrapper stays thin. */
export interface OperationSpec {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** Parameter names by location, used to split a flat arguments object (path names in either shape: they must be given). */
  readonly inPath?: readonly string[];
  readonly inQuery?: readonly string[];
  readonly inHeader?: readonly string[];
  readonly inCookie?: readonly string[];
  /**
   * Parameters wire.ts sends: a non-default `style`/`explode`, or a schema that admits arrays or objects (at the
   * location's default style); every other one is a scalar, sent its location's default way here.
   */
  readonly styles?: readonly ParameterStyle[];
  /** `flat`: body properties sit beside the parameters; `whole`: under `body`; nested arguments: always `body`. */
  readonly body?: 'flat' | 'whole';
  /** The request body may be left out: then none is sent (a required JSON body defaults to `{}`). */
  readonly optionalBody?: boolean;
  readonly encoding?: BodyEncoding;
  /** Form and multipart body properties whose `encoding` sets a style; every other one is sent the default way. */
  readonly bodyStyles?: readonly BodyStyle[];
  readonly mediaType?: string;
  readonly nested?: boolean;
  /** How a 2xx body is read: JSON, text, a Blob, the unread stream (SSE, NDJSON), or not at all. */
  readonly parseAs: Parsing;
  /** When the documented 2xx media types are read in different ways: how to read each (by Content-Type). */
  readonly parseByType?: readonly (readonly [mediaType: string, parsing: Parsing])[];
  /** 2xx statuses documented without content (`204`, `2XX`): an empty answer with one of them is `undefined`. */
  readonly noContent?: readonly string[];
  /** A documented 2xx JSON schema admits `null`, so a `null` body is a value, not a ResponseBodyError. */
  readonly nullable?: boolean;
  /** The `Accept` header: the documented response media types, JSON first. */
  readonly accept?: string;
  /** The operation's own server (its or its path's `servers`), when it is not the spec's first. */
  readonly baseUrl?: string;
  /** Security requirements: alternatives of scheme keys; the first one whose credentials are all given is sent. */
  readonly security?: readonly (readonly string[])[];
  /** Documented non-2xx statuses, as written in the spec (`404`, `4XX`, `default`). */
  readonly errors: readonly string[];
  /** Headers documented on the 2xx responses and how each is read: the typed `headers` of `.withResponse()`. */
  readonly responseHeaders?: readonly (readonly [name: string, type: HeaderType])[];
  /**
   * The serializers of wire.ts, for an operation with non-default parameter styles, cookie parameters, a form or
   * multipart body, or 2xx media types read in different ways: imported by the operations that need them, so a
   * bundle of others leaves them out.
   */
  readonly wire?: Wire;
  /** body.ts's request bodies, for an operation that takes one: a bundle of operations that take none leaves it out. */
  readonly requestBody?: RequestBody;
}

/** What only operations that take a request body need (body.ts). */
export interface RequestBody {
  /** The body in the call's arguments; undefined when the call sends none. */
  of(spec: OperationSpec, args: Arguments): unknown;
  /** Puts the body on every attempt's request; `retries` says whether there may be more than one. */
  sender(spec: OperationSpec, body: unknown, retries: boolean): BodySender;
}

/** One call's body, sent once per attempt (a stream is teed for each). */
export interface BodySender {
  /** Sets the attempt's `body` (serialized) and, for a stream, `duplex`. */
  next(init: RequestInit & { duplex?: 'half' }): void;
  /** Lets go of what is kept for the next attempt. */
  end(): void;
}

/** What only some operations need on the wire (wire.ts): styled parameters, cookie parameters, form and multipart bodies. */
export interface Wire {
  /** A path parameter's text in its placeholder. */
  path(name: string, value: unknown, style: ParameterStyle): string;
  /** A query parameter's `name=value` pairs. */
  query(name: string, value: unknown, style: ParameterStyle): string[];
  /** A header parameter's value. */
  header(value: unknown, style: ParameterStyle): string;
  /** A cookie parameter's `name=value` pairs (`form` style unless `style` says otherwise). */
  cookie(name: string, value: unknown, style: ParameterStyle | undefined): string[];
  /** A form (urlencoded text) or multipart (FormData) body. */
  body(encoding: 'form' | 'multipart', body: unknown, styles: readonly BodyStyle[] | undefined): unknown;
  /** Adds a Basic credential, or an API key sent in the query or a cookie, to what an attempt sends. */
  credential(scheme: SecuritySchemeSpec, value: unknown, sent: Credentials): void;
  /** How to read a 2xx body of this Content-Type, when the documented media types are read in different ways. */
  parsing(byType: readonly (readonly [mediaType: string, parsing: Parsing])[], contentType: string | null): Parsing | undefined;
}

/** What the generated client tells its transport about the whole API. */
export interface TransportSettings {
  /** Prefix of log lines: the client class's name. */
  readonly name?: string;
  /** Environment variable read for the log level when the client is given none (`PERISKOPE_LOG`). */
  readonly logEnv?: string;
  /** Documented response headers that carry a request or trace id, looked at first. */
  readonly requestIdHeaders?: readonly string[];
  /** How each security scheme is sent and which constructor options hold its credential. */
  readonly securitySchemes?: readonly SecuritySchemeSpec[];
  /**
   * wire.ts, when a scheme's credential is more than a header's text (Basic, an API key in the query or a cookie):
   * a client whose schemes are all bearer tokens or header keys leaves it out of its bundles.
   */
  readonly wire?: Wire;
}

/** How many attempts an answer took and the request id it carries: on every error thrown for it. */
export interface ResponseMeta {
  readonly attempts?: number;
  readonly requestId?: string;
}

/** How one security scheme goes on the wire, and the constructor options that hold its credential (first given wins). */
export type SecuritySchemeSpec =
  | { readonly key: string; readonly options: readonly string[]; readonly kind: 'authorization'; readonly scheme: string }
  | { readonly key: string; readonly options: readonly string[]; readonly kind: 'basic' }
  | { readonly key: string; readonly options: readonly string[]; readonly kind: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string };

/**
 * Thrown before anything is sent when an argument would address another resource: a path parameter that is
 * missing, empty, `.` or `..` (`DELETE /v1/message/..` is a delete aimed at the parent).
 */
export class ArgumentError extends Error {
  declare readonly operation: string;
  declare readonly parameter: string;

  constructor(operation: string, parameter: string, problem: string) {
    super(`${operation}: path parameter ${parameter} ${problem}; nothing was sent`);
    Object.assign(this, { name: 'ArgumentError', operation, parameter });
  }
}

/**
 * An HTTP answer the client turns into an exception: which operation, the status, the body and its raw text.
 * `body` is the parsed JSON when the answer is JSON (its Content-Type is a JSON type, or it has none) and
 * parses; otherwise `undefined`. `text` is the body as sent, always (`''` when there is none).
 */
abstract class ResponseError extends Error {
  declare readonly operation: string;
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly text: string;
  declare readonly response: Response;
  /** How many times the request was sent (retries included). */
  declare readonly attempts: number;
  /** The server's request or trace id (a documented id header such as `x-request-id`), when it sent one. */
  declare readonly requestId: string | undefined;

  constructor(name: string, message: string, operation: string, status: number, body: unknown, response: Response, text: string, meta: ResponseMeta = {}) {
    const attempts = meta.attempts ?? 1;
    const said = body && typeof body === 'object' && 'message' in body && typeof body.message === 'string' ? `: ${body.message}` : '';
    super(message + attemptsText(attempts) + said);
    Object.assign(this, { name, operation, status, body, text, response, attempts, requestId: meta.requestId ?? requestIdOf(response.headers) });
  }
}

/** Base class of every documented error response; see the generated `ApiError` for the typed view. */
export class ApiErrorBase extends ResponseError {
  constructor(operation: string, status: number, body: unknown, response: Response, text = '', meta?: ResponseMeta) {
    super('ApiError', `${operation} failed with HTTP ${status}`, operation, status, body, response, text, meta);
  }
}

/**
 * A 2xx whose body is not what the spec documents: no body where one is documented (`empty`), JSON `null` where
 * the schema does not admit it (`null`), or text that does not parse as the documented JSON (`unparseable`,
 * an HTML error page say). Carries the status, operation, response and raw text; never a bare SyntaxError.
 */
export class ResponseBodyError extends ResponseError {
  declare readonly reason: 'empty' | 'null' | 'unparseable';

  constructor(operation: string, status: number, reason: ResponseBodyError['reason'], response: Response, text: string, cause?: unknown) {
    const what = reason === 'empty' ? 'no body' : reason === 'null' ? 'a null body' : 'a body that is not valid JSON';
    super('ResponseBodyError', `${operation} returned HTTP ${status} with ${what} where the spec documents one`, operation, status, undefined, response, text);
    Object.assign(this, { reason });
    if (cause !== undefined) Object.defineProperty(this, 'cause', { value: cause, configurable: true, writable: true });
  }
}

/** The typed view of one documented error response: `status` and `body` as the spec declares them. */
export type ApiErrorOf<Operation extends string, Status extends number, Body> = ApiErrorBase & {
  readonly operation: Operation;
  readonly status: Status;
  readonly body: Body;
};

/**
 * A status the spec does not document for this operation: the server and the spec disagree. Deliberately
 * not an `ApiError`, so narrowing on `ApiError` only ever sees documented statuses and bodies.
 */
export class UnexpectedResponseError extends ResponseError {
  constructor(operation: string, status: number, body: unknown, response: Response, text = '', meta?: ResponseMeta) {
    super('UnexpectedResponseError', `${operation} returned undocumented HTTP ${status}`, operation, status, body, response, text, meta);
  }
}

export type Arguments = Record<string, unknown>;
/** One attempt's answer: the response with its parsed 2xx body, or an error body (parsed when JSON) and its text. */
type Answer = { response: Response; data?: unknown; body?: unknown; text?: string };

/**
 * Sends one operation and turns its answer into a value or a throw. Parameters are serialized here, one by one as
 * the spec describes each (openapi-fetch's serializers are per client, and differ from the spec's defaults: objects
 * as deepObject, Dates as `toString()`, names not encoded); the headers are merged and the JSON body serialized by
 * openapi-fetch's own helpers (client headers then the call's, any case, a `null` header removes one), and the
 * Request goes to fetch as openapi-fetch's client sends it. Its `createClient` is not used: everything it adds on
 * top of those helpers (per-client serializers, middleware, reading the body) the runtime does its own way, and
 * it would put all of openapi-fetch in every one-call bundle (`npm run bench:bundle`). Scalar parameters sent their
 * location's default way are serialized here; every other parameter (non-default styles, arrays, objects, untyped
 * values, cookies), form and multipart bodies and by-type reading go through the operation's `wire`, and request
 * bodies through its `requestBody` (body.ts).
 */
export class Transport {
  // `declare`d: each is set by the constructor, so a field definition before it would only add bytes to bundles.
  private declare readonly baseUrl: string;
  /** The client-wide headers (its Cookie taken out), under every call's; undefined when there are none. */
  private declare readonly headers: Record<string, string> | undefined;
  private declare readonly cookie: string | undefined;
  private declare readonly options: BaseClientOptions;
  private declare readonly schemes: ReadonlyMap<string, SecuritySchemeSpec>;
  private declare readonly maxRetries: number;
  private declare readonly timeout: number;
  private declare readonly log: CallLog;
  /** The redacting debug log, loaded only when the level is `debug`. */
  private declare readonly debug: Promise<DebugLog> | undefined;
  private declare readonly requestIdHeaders: readonly string[];
  private declare readonly wire: Wire | undefined;

  constructor(options: BaseClientOptions, defaultBaseUrl: string, settings: TransportSettings = {}) {
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    const level = logLevelOf(options.logLevel, settings.logEnv);
    this.log = new CallLog(options.logger ?? console, level, settings.name ?? 'client');
    if (level === 'debug') this.debug = import('./debug-log.js');
    this.requestIdHeaders = settings.requestIdHeaders ?? [];
    this.wire = settings.wire;
    const headers: Record<string, string> = { ...options.headers };
    // A client-wide Cookie header is merged with cookie parameters instead of being replaced by them.
    this.cookie = takeHeader(headers, 'cookie');
    this.options = options;
    this.schemes = new Map((settings.securitySchemes ?? []).map((scheme) => [scheme.key, scheme]));
    this.headers = Object.keys(headers).length > 0 ? headers : undefined;
    this.baseUrl = removeTrailingSlash(options.baseUrl ?? defaultBaseUrl);
  }

  /** Sends one operation; the result is the parsed 2xx body, and `.withResponse()` adds the response and headers. */
  call(spec: OperationSpec, args: Arguments | undefined, options: RequestOptions | undefined): ResponsePromise<unknown, unknown> {
    return new ResponsePromise(this.send(spec, args ?? NONE, options ?? NONE));
  }

  /** The request or trace id of an answer: a documented id header first. */
  requestIdOf(response: Response): string | undefined {
    return requestIdOf(response.headers, this.requestIdHeaders);
  }

  private async send(spec: OperationSpec, args: Arguments, options: RequestOptions): Promise<WithResponse<unknown, unknown>> {
    const { wire, nested } = spec;
    const styleOf = (location: ParameterLocation, name: string) => wire && spec.styles?.find((style) => style.in === location && style.name === name);
    /** The parameters in one location, present ones only: a flat shape lists them by name, a nested one in an object. */
    const valuesIn = (location: ParameterLocation, names: readonly string[] | undefined): [string, unknown][] => {
      const group = nested ? own(args, location) : args;
      const found: [string, unknown][] = [];
      for (const name of nested ? (group && typeof group === 'object' ? Object.keys(group) : []) : (names ?? [])) {
        const value = own(group, name);
        if (!isMissing(value)) found.push([name, value]);
      }
      return found;
    };
    // Checked first: nothing is sent for a path that would address another resource.
    const pathGroup = nested ? own(args, 'path') : args;
    const path = spec.path.replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
      const value = own(pathGroup, name);
      const declared = spec.inPath?.includes(name);
      // A placeholder the spec declares no parameter for is text of the path, as the spec wrote it.
      if (isMissing(value)) {
        if (declared) throw new ArgumentError(spec.id, name, 'is missing');
        return placeholder;
      }
      const style = styleOf('path', name);
      const text = style ? wire!.path(name, value, style) : encode(scalar(value));
      if (text === '' || text === '.' || text === '..') throw new ArgumentError(spec.id, name, text === '' ? 'is empty' : `is ${JSON.stringify(text)}`);
      return text;
    });
    const query: string[] = [];
    for (const [name, value] of valuesIn('query', spec.inQuery)) {
      const style = styleOf('query', name);
      query.push(...(style ? wire!.query(name, value, style) : [`${encode(name)}=${encode(scalar(value))}`]));
    }
    const cookies: string[] = [];
    if (wire) for (const [name, value] of valuesIn('cookie', spec.inCookie)) cookies.push(...wire.cookie(name, value, styleOf('cookie', name)));
    const body = spec.requestBody?.of(spec, args);
    const hasBody = body !== undefined;
    const callHeaders: Record<string, string> = { ...options.headers };
    const callCookie = takeHeader(callHeaders, 'cookie');
    /** The URL and headers of one attempt, with the credentials asked for it. */
    const addressed = (auth: Credentials): [url: string, headers: Record<string, string | null>] => {
      const pairs = auth.query.length > 0 ? [...query, ...auth.query] : query;
      const url = pairs.length > 0 ? path + (path.includes('?') ? '&' : '?') + pairs.join('&') : path;
      // Later entries win: Accept, the body's media type, credentials, then per-call headers, then header parameters.
      const headers: Record<string, string | null> = Object.create(null);
      if (spec.accept !== undefined) headers.Accept = spec.accept;
      // fetch sets the multipart boundary itself; a Content-Type from anywhere else would lose it (a `null` is set last).
      if (hasBody && spec.encoding !== 'multipart') headers['Content-Type'] = spec.mediaType ?? 'application/json';
      Object.assign(headers, auth.headers, callHeaders);
      if (options.idempotencyKey !== undefined) headers[idempotencyHeader(spec.inHeader)] = options.idempotencyKey;
      for (const [name, value] of valuesIn('header', spec.inHeader)) {
        const style = styleOf('header', name);
        headers[name] = style ? wire!.header(value, style) : scalar(value);
      }
      if (this.cookie || callCookie || auth.cookies.length > 0 || cookies.length > 0) {
        const cookie = [this.cookie, ...auth.cookies, callCookie, ...cookies].filter((part) => part).join('; ');
        if (cookie !== '') headers.Cookie = cookie;
      }
      if (hasBody && spec.encoding === 'multipart') headers['Content-Type'] = null;
      return [url, headers];
    };

    // An empty base URL given for the call means the client's, as openapi-fetch's client reads it.
    const local = options.baseUrl ?? this.options.baseUrl ?? spec.baseUrl;
    const origin = local ? removeTrailingSlash(local) : this.baseUrl;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    // Credentials never make a call retryable: only the method or the caller's idempotency key does.
    const retryable = isRetryable(spec.method, () => addressed(NO_CREDENTIALS)[1]);
    const sender = hasBody ? spec.requestBody!.sender(spec, body, retryable && maxRetries > 0) : undefined;
    const fetch = options.fetch ?? this.options.fetch ?? globalThis.fetch;
    try {
      const { result, attempts } = await withRetries(
        {
          operation: spec.id,
          signal: options.signal,
          maxRetries,
          timeout: options.timeout ?? this.timeout,
          retryable,
          log: this.log,
          debug: this.debug && (await this.debug),
          requestIdHeaders: this.requestIdHeaders,
        },
        async (attempt): Promise<Answer> => {
          // Asked for every attempt, so a credential function can hand a retry a refreshed token.
          const auth = this.credentials(spec);
          const [url, headers] = addressed(auth instanceof Promise ? await auth : auth);
          const init: RequestInit & { duplex?: 'half' } = { method: spec.method.toUpperCase(), headers: this.merged(headers), redirect: 'follow' };
          sender?.next(init);
          // The attempt's signal goes to fetch with the Request, not into it (retry.ts).
          const response = await attempt.send(fetch, new Request(origin + url, init));
          options.onResponse?.(response);
          // Read within the attempt, so its timeout covers a body that never finishes.
          if (response.ok) return { response, data: await readSuccess(spec, response) };
          return { response, ...(await readErrorBody(response)) };
        },
      );
      const { response } = result;
      if (response.ok) return new Answered(result.data, response, spec.responseHeaders, this.requestIdHeaders);
      const meta = { attempts, requestId: this.requestIdOf(response) };
      if (matchesStatus(spec.errors, response.status)) throw new ApiErrorBase(spec.id, response.status, result.body, response, result.text, meta);
      throw new UnexpectedResponseError(spec.id, response.status, result.body, response, result.text, meta);
    } finally {
      sender?.end();
    }
  }

  /**
   * The client's headers under the attempt's (any case, the later wins; a `null` removes one, an `undefined` is
   * left out), as openapi-fetch merges them. With no client-wide headers, no such value and no name given twice in
   * two cases (a Request appends those), the attempt's own object goes to the Request as it is: a Headers object
   * costs a copy and a sort there (bench:overhead).
   */
  private merged(headers: Record<string, string | null | undefined>): HeadersInit {
    const names: string[] = [];
    // `undefined` too: openapi-fetch's merge leaves it out, a Request would send the text "undefined".
    const plain = !this.headers && Object.keys(headers).every((name) => {
      const lower = name.toLowerCase();
      if (headers[name] == null || names.includes(lower)) return false;
      names.push(lower);
      return true;
    });
    return plain ? (headers as Record<string, string>) : mergeHeaders(this.headers, headers);
  }

  /**
   * What the operation's security asks for: the first requirement whose schemes all have a credential (a
   * requirement with no schemes, "auth optional", only when none does), sent as each scheme says. Synchronous
   * unless a credential is a function.
   */
  private credentials(spec: OperationSpec): Credentials | Promise<Credentials> {
    if (!spec.security) return NO_CREDENTIALS;
    const given = (key: string): unknown => {
      const name = this.schemes.get(key)?.options.find((option) => !isMissing(own(this.options, option)));
      return name === undefined ? undefined : own(this.options, name);
    };
    const chosen = spec.security.find((requirement) => requirement.length > 0 && requirement.every((key) => given(key) !== undefined)) ?? [];
    const values = chosen.map(given);
    const send = (resolved: unknown[]): Credentials => {
      const sent: Credentials = { headers: {}, query: [], cookies: [] };
      chosen.forEach((key, index) => {
        const scheme = this.schemes.get(key)!;
        const value = resolved[index];
        if (isMissing(value)) return;
        if (scheme.kind === 'authorization') sent.headers.Authorization = `${scheme.scheme} ${String(value)}`;
        else if (scheme.kind === 'apiKey' && scheme.in === 'header') sent.headers[scheme.name] = String(value);
        else this.wire!.credential(scheme, value, sent);
      });
      return sent;
    };
    if (!values.some((value) => typeof value === 'function')) return send(values);
    return Promise.all(values.map((value) => (typeof value === 'function' ? (value as () => unknown)() : value))).then(send);
  }
}

/** What one attempt sends for the operation's security: headers, `name=value` query pairs and cookie pairs. */
export interface Credentials {
  headers: Record<string, string>;
  query: string[];
  cookies: string[];
}

const NO_CREDENTIALS: Credentials = { headers: {}, query: [], cookies: [] };
/** The arguments and options of a call given none. */
const NONE = Object.freeze({});

/** Removes a header (any case) from a plain object and returns its value. */
function takeHeader(headers: Record<string, string>, lowerName: string): string | undefined {
  let value: string | undefined;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === lowerName) {
      value = headers[key];
      delete headers[key];
    }
  }
  return value;
}

export function own(object: unknown, key: string): unknown {
  // Never `object[key]`: a parameter called `constructor` or `__proto__` would read Object's members.
  return object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key)
    ? (object as Arguments)[key]
    : undefined;
}

export function isMissing(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** A primitive as text: dates as ISO 8601, anything else nested as JSON. */
export function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function isPlainObject(value: unknown): value is Arguments {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** An object's fields that have a value. */
export function definedEntries(value: Arguments): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => !isMissing(item));
}

/** Percent-encodes a name or value (RFC 3986 unreserved characters stay). */
export function encode(text: string): string {
  return encodeURIComponent(text);
}

/**
 * Reads a 2xx body the way the spec says: nothing for HEAD and for operations that document no content; else
 * JSON, text, a Blob or the unread stream, by Content-Type. No body where one is documented (unless the status
 * is documented without content), JSON `null` the schema does not admit, or JSON that does not parse, is a
 * ResponseBodyError.
 */
async function readSuccess(spec: OperationSpec, response: Response): Promise<unknown> {
  const { status } = response;
  const fail = (reason: ResponseBodyError['reason'], text = '', cause?: unknown) => new ResponseBodyError(spec.id, status, reason, response, text, cause);
  // Read by Content-Type only when the documented 2xx media types are read in different ways (wire.ts).
  const parsing = spec.method === 'head' ? 'none' : (spec.parseByType && spec.wire?.parsing(spec.parseByType, response.headers.get('Content-Type'))) || spec.parseAs;
  if (parsing === 'none' || status === 204 || status === 205 || response.body === null) {
    // Drained so the connection can be reused.
    if (response.body !== null) await response.arrayBuffer();
    if (parsing === 'none' || matchesStatus(spec.noContent ?? [], status)) return undefined;
    throw fail('empty');
  }
  if (parsing === 'stream') return response.body;
  if (parsing === 'blob') return response.blob();
  const text = await response.text();
  if (parsing === 'text') return text;
  if (text.trim() === '') {
    if (matchesStatus(spec.noContent ?? [], status)) return undefined;
    throw fail('empty');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw fail('unparseable', text, error);
  }
  if (value === null && !spec.nullable) throw fail('null', text);
  return value;
}

/** An error body: parsed when the answer is JSON (a JSON Content-Type, or none) and parses, else undefined; and its text. */
async function readErrorBody(response: Response): Promise<{ body: unknown; text: string }> {
  const text = response.body === null ? '' : await response.text();
  const contentType = response.headers.get('Content-Type');
  let body: unknown;
  try {
    if (text.trim() !== '' && (!contentType || isJsonContentType(contentType))) body = JSON.parse(text);
  } catch {
    // Not JSON after all: the text is kept.
  }
  return { body, text };
}

/** A media type's essence: no parameters, lower case. */
export function essence(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/**
 * `application/json`, `application/*+json`, `text/json`, any parameters: the same reading as the generator's
 * isJsonMediaType (generator/src/document/media-types.ts; test/runtime-media-types.test.ts holds them together),
 * here for a Content-Type only known at run time.
 */
export function isJsonContentType(contentType: string): boolean {
  return /^(application\/([^/]+\+)?json|text\/json)$/.test(essence(contentType));
}

/** Whether a status is one of the keys as written in the spec: exactly (`204`), by its range (`2XX`), or `default`. */
function matchesStatus(statuses: readonly string[], status: number): boolean {
  const code = String(status);
  return statuses.some((documented) => documented === code || documented.toUpperCase() === `${code[0]}XX` || documented === 'default');
}

// Pagination: list operations the generator found paging (or was told about) get `<name>Pages()` and
// `<name>Items()`, which call the operation again with the next position until the last page.

/** How a list operation pages; written by the generator next to the operation's spec. */
export interface Pagination {
  readonly style: 'offset' | 'page' | 'link' | 'cursor';
  /** Path to the items in a page's body; empty when the body is the array. */
  readonly items: readonly string[];
  readonly offset?: string;
  readonly limit?: string;
  readonly page?: string;
  readonly size?: string;
  readonly cursor?: string;
  readonly nextCursor?: readonly string[];
  readonly itemCursor?: string;
  readonly hasMore?: readonly string[];
  /** The query parameters sit under `query` in the arguments (the nested shape) instead of beside the others. */
  readonly nested?: boolean;
}

/** One page's call: the operation through the transport, so every page is retried and timed like any call. */
type PageCall = (args: Arguments, options: RequestOptions | undefined) => ResponsePromise<unknown, unknown>;

/** Every page, in order: the first with the caller's arguments, then each next position until there is none. */
export async function* paginatePages(call: PageCall, args: Arguments | undefined, options: RequestOptions | undefined, paging: Pagination): AsyncGenerator<unknown, void, undefined> {
  let current: Arguments = { ...(args ?? {}) };
  // A server that keeps answering with the same next position would page forever.
  const seen = new Set<string>();
  for (;;) {
    // The answer that was kept (the last attempt's, after retries) carries the Link header of the page.
    const { data: page, response } = await call(current, options).withResponse();
    yield page;
    const next = nextArguments(current, page, response.headers.get('link'), paging);
    if (next === undefined) return;
    const key = JSON.stringify(next);
    if (seen.has(key)) return;
    seen.add(key);
    current = next;
  }
}

/** Every item of every page, in order. */
export async function* paginateItems(call: PageCall, args: Arguments | undefined, options: RequestOptions | undefined, paging: Pagination): AsyncGenerator<unknown, void, undefined> {
  for await (const page of paginatePages(call, args, options, paging)) yield* itemsOf(page, paging.items);
}

function itemsOf(page: unknown, path: readonly string[]): unknown[] {
  const value = itemsPathValue(page, path);
  return Array.isArray(value) ? value : [];
}

function queryOf(args: Arguments, paging: Pagination): Arguments {
  const query = paging.nested ? args.query : args;
  return query !== null && typeof query === 'object' ? (query as Arguments) : {};
}

function withQuery(args: Arguments, paging: Pagination, values: Arguments): Arguments {
  return paging.nested ? { ...args, query: { ...queryOf(args, paging), ...values } } : { ...args, ...values };
}

/** The arguments of the page after `page`, or undefined when it was the last. */
function nextArguments(args: Arguments, page: unknown, link: string | null, paging: Pagination): Arguments | undefined {
  const items = itemsOf(page, paging.items);
  const query = queryOf(args, paging);
  const filled = (size: unknown) => size === undefined || items.length >= Number(size);
  switch (paging.style) {
    case 'offset': {
      if (items.length === 0 || !filled(query[paging.limit!])) return undefined;
      return withQuery(args, paging, { [paging.offset!]: Number(query[paging.offset!] ?? 0) + items.length });
    }
    case 'page': {
      if (items.length === 0 || (paging.size !== undefined && !filled(query[paging.size]))) return undefined;
      return withQuery(args, paging, { [paging.page!]: Number(query[paging.page!] ?? 1) + 1 });
    }
    case 'link': {
      const next = link ? nextLink(link) : undefined;
      if (next === undefined) return undefined;
      const values: Arguments = {};
      // forEach, not for-of: callers' `lib` may lack DOM.Iterable.
      new URL(next, 'http://base.invalid').searchParams.forEach((value, name) => (values[name] = value));
      return withQuery(args, paging, values);
    }
    case 'cursor': {
      if (paging.nextCursor) {
        const cursor = itemsPathValue(page, paging.nextCursor);
        return cursor === undefined || cursor === null || cursor === '' ? undefined : withQuery(args, paging, { [paging.cursor!]: cursor });
      }
      if (paging.hasMore && itemsPathValue(page, paging.hasMore) !== true) return undefined;
      const last = items.at(-1);
      const cursor = last !== null && typeof last === 'object' ? (last as Arguments)[paging.itemCursor ?? 'id'] : undefined;
      return cursor === undefined ? undefined : withQuery(args, paging, { [paging.cursor!]: cursor });
    }
  }
}

function itemsPathValue(page: unknown, path: readonly string[]): unknown {
  let value = page;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Arguments)[key] : undefined;
  return value;
}

/** The `rel="next"` URL of an RFC 8288 Link header. */
function nextLink(header: string): string | undefined {
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?/i.test(match[2]!)) return match[1];
  }
  return undefined;
}
