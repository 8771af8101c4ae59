// The client's runtime, copied unchanged into every package @periskope-tools/generator generates (from its
// templates/runtime.ts); the same for every spec. Do not edit a copy: change the template and run `npm run generate`.
import createClient from 'openapi-fetch';
import { CallLog, logLevelOf, type LoggingOptions } from './logging.js';
import { Answered, requestIdOf, ResponsePromise, type HeaderType, type WithResponse } from './response.js';
import {
  attemptsText,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  idempotencyHeader,
  isRetryable,
  replayableBody,
  withRetries,
  type RetryOptions,
} from './retry.js';

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
  /** A custom fetch (for proxies, retries or tests); defaults to the global fetch. */
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
type Parsing = 'json' | 'text' | 'blob' | 'stream' | 'none';

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
  /** Parameters with a non-default `style`/`explode`; every other one is sent its location's default way. */
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
  readonly operation: string;
  readonly parameter: string;

  constructor(operation: string, parameter: string, problem: string) {
    super(`${operation}: path parameter ${parameter} ${problem}; nothing was sent`);
    this.name = 'ArgumentError';
    this.operation = operation;
    this.parameter = parameter;
  }
}

/**
 * An HTTP answer the client turns into an exception: which operation, the status, the body and its raw text.
 * `body` is the parsed JSON when the answer is JSON (its Content-Type is a JSON type, or it has none) and
 * parses; otherwise `undefined`. `text` is the body as sent, always (`''` when there is none).
 */
abstract class ResponseError extends Error {
  readonly operation: string;
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
  readonly response: Response;
  /** How many times the request was sent (retries included). */
  readonly attempts: number;
  /** The server's request or trace id (a documented id header such as `x-request-id`), when it sent one. */
  readonly requestId: string | undefined;

  constructor(name: string, message: string, operation: string, status: number, body: unknown, response: Response, text: string, meta: ResponseMeta = {}) {
    const attempts = meta.attempts ?? 1;
    super(`${message}${attemptsText(attempts)}${describeBody(body)}`);
    this.name = name;
    this.operation = operation;
    this.status = status;
    this.body = body;
    this.text = text;
    this.response = response;
    this.attempts = attempts;
    this.requestId = meta.requestId ?? requestIdOf(response.headers);
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
  readonly reason: 'empty' | 'null' | 'unparseable';

  constructor(operation: string, status: number, reason: ResponseBodyError['reason'], response: Response, text: string, cause?: unknown) {
    const what = reason === 'empty' ? 'no body' : reason === 'null' ? 'a null body' : 'a body that is not valid JSON';
    super('ResponseBodyError', `${operation} returned HTTP ${status} with ${what} where the spec documents one`, operation, status, undefined, response, text);
    this.reason = reason;
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

function describeBody(body: unknown): string {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return `: ${body.message}`;
  return '';
}

type Arguments = Record<string, unknown>;
/** One attempt's answer: the response with its parsed 2xx body, or an error body (parsed when JSON) and its text. */
type Answer = { response: Response; data?: unknown; body?: unknown; text?: string };
type Entries = [name: string, value: unknown][];
type RawClient = {
  request(
    method: string,
    url: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/**
 * Sends one operation through openapi-fetch and turns its answer into a value or a throw. Parameters are serialized
 * here, one by one as the spec describes each (openapi-fetch's serializers are per client), so openapi-fetch gets a
 * finished URL; it builds the Request (base URL, client headers then the call's, a `null` header removes one) and
 * calls fetch.
 */
export class Transport {
  private readonly client: RawClient;
  private readonly cookie: string | undefined;
  private readonly options: BaseClientOptions;
  private readonly schemes: ReadonlyMap<string, SecuritySchemeSpec>;
  private readonly maxRetries: number;
  private readonly timeout: number;
  private readonly log: CallLog;
  private readonly requestIdHeaders: readonly string[];

  constructor(options: BaseClientOptions, defaultBaseUrl: string, settings: TransportSettings = {}) {
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.log = new CallLog(options.logger ?? console, logLevelOf(options.logLevel, settings.logEnv), settings.name ?? 'client');
    this.requestIdHeaders = settings.requestIdHeaders ?? [];
    const headers: Record<string, string> = { ...options.headers };
    // A client-wide Cookie header is merged with cookie parameters instead of being replaced by them.
    this.cookie = takeHeader(headers, 'cookie');
    this.options = options;
    this.schemes = new Map((settings.securitySchemes ?? []).map((scheme) => [scheme.key, scheme]));
    // The wrapper passes explicit types, so openapi-fetch's path generics are not needed (or paid for) here.
    // Every call passes its own fetch (the retry loop's), so the client-wide one is kept in `options` instead.
    this.client = createClient({ baseUrl: options.baseUrl ?? defaultBaseUrl, headers }) as unknown as RawClient;
  }

  /** Sends one operation; the result is the parsed 2xx body, and `.withResponse()` adds the response and headers. */
  call(spec: OperationSpec, args: Arguments | undefined, options: RequestOptions | undefined): ResponsePromise<unknown, unknown> {
    return new ResponsePromise(this.send(spec, args, options));
  }

  private async send(spec: OperationSpec, args: Arguments | undefined, options: RequestOptions | undefined): Promise<WithResponse<unknown, unknown>> {
    const split = splitArguments(spec, args ?? {});
    const styleOf = styleLookup(spec);
    // Checked first: nothing is sent for a path that would address another resource.
    const path = serializePath(spec, split.path, styleOf);
    const query = split.query.flatMap(([name, value]) => (isMissing(value) ? [] : queryPairs(name, value, styleOf('query', name))));
    const hasBody = split.body !== undefined;
    const callHeaders: Record<string, string> = { ...options?.headers };
    const callCookie = takeHeader(callHeaders, 'cookie');
    const cookies = split.cookie.flatMap(([name, value]) => (isMissing(value) ? [] : cookiePairs(name, value, styleOf('cookie', name))));
    /** The URL and headers of one attempt, with the credentials asked for it. */
    const addressed = (auth: Credentials): { url: string; headers: Record<string, string | null> } => {
      const pairs = [...query, ...auth.query];
      const url = pairs.length > 0 ? path + (path.includes('?') ? '&' : '?') + pairs.join('&') : path;
      // Later entries win: Accept, the body's media type, credentials, then per-call headers, then header parameters.
      const headers: Record<string, string | null> = Object.create(null);
      if (spec.accept !== undefined) headers.Accept = spec.accept;
      if (hasBody && spec.encoding !== 'multipart') headers['Content-Type'] = spec.mediaType ?? 'application/json';
      Object.assign(headers, auth.headers, callHeaders);
      if (options?.idempotencyKey !== undefined) headers[idempotencyHeader(spec.inHeader)] = options.idempotencyKey;
      for (const [name, value] of split.header) {
        if (!isMissing(value)) headers[name] = headerValue(value, styleOf('header', name));
      }
      const cookie = [this.cookie, ...auth.cookies, callCookie, ...cookies].filter((part) => part !== undefined && part !== '').join('; ');
      if (cookie !== '') headers.Cookie = cookie;
      // fetch sets the multipart boundary itself; a Content-Type from anywhere else would lose it.
      if (hasBody && spec.encoding === 'multipart') headers['Content-Type'] = null;
      return { url, headers };
    };

    const baseUrl = options?.baseUrl ?? this.options.baseUrl ?? spec.baseUrl;
    const init: Record<string, unknown> = {
      // The body is read below, by the response's status and media type.
      parseAs: 'stream',
      ...(baseUrl !== undefined ? { baseUrl } : {}),
    };
    if (hasBody) init.bodySerializer = bodySerializer(spec.encoding, spec.bodyStyles);
    // The caller's signal never reaches fetch: each attempt gets its own (retry.ts), so no listener piles up on it.
    const maxRetries = options?.maxRetries ?? this.maxRetries;
    // Credentials never make a call retryable: only the method or the caller's idempotency key does.
    const retryable = isRetryable(spec.method, () => addressed(NO_CREDENTIALS).headers);
    const body = replayableBody(split.body, retryable && maxRetries > 0);
    if (typeof ReadableStream !== 'undefined' && split.body instanceof ReadableStream) init.duplex = 'half';
    const fetch = options?.fetch ?? this.options.fetch ?? globalThis.fetch;
    const requestIdOfResponse = (response: Response) => requestIdOf(response.headers, this.requestIdHeaders);
    try {
      const { result, attempts } = await withRetries(
        {
          operation: spec.id,
          signal: options?.signal,
          maxRetries,
          timeout: options?.timeout ?? this.timeout,
          retryable,
          log: this.log,
          requestIdOf: requestIdOfResponse,
        },
        async (attempt): Promise<Answer> => {
          // openapi-fetch reads an error body itself (and keeps no copy): a clone keeps its raw text for the error.
          let errorCopy: Response | undefined;
          const fetchKeepingErrors: typeof globalThis.fetch = async (input, requestInit) => {
            const response = await fetch(input, requestInit);
            if (!response.ok && response.body !== null) errorCopy = response.clone();
            return response;
          };
          // Asked for every attempt, so a credential function can hand a retry a refreshed token.
          const { url, headers } = addressed(await this.credentials(spec));
          // The attempt's signal (timeout, caller's abort) is made when openapi-fetch reads it for the Request, and a
          // fetch that ignores it still ends at the timeout (retry.ts races the attempt).
          const sent = {
            ...init,
            headers,
            get signal() {
              return attempt.signal;
            },
            fetch: attempt.fetch(fetchKeepingErrors),
            ...(hasBody ? { body: body.next() } : {}),
          };
          const { response } = await this.client.request(spec.method, url, sent);
          options?.onResponse?.(response);
          // Read within the attempt, so its timeout covers a body that never finishes.
          if (response.ok) return { response, data: await readSuccess(spec, response) };
          return { response, ...(await readErrorBody(errorCopy)) };
        },
      );
      const { response } = result;
      if (response.ok) return new Answered(result.data, response, spec.responseHeaders, this.requestIdHeaders);
      const meta = { attempts, requestId: requestIdOfResponse(response) };
      if (matchesStatus(spec.errors, response.status)) {
        throw new ApiErrorBase(spec.id, response.status, result.body, response, result.text, meta);
      }
      throw new UnexpectedResponseError(spec.id, response.status, result.body, response, result.text, meta);
    } finally {
      body.end();
    }
  }

  /**
   * What the operation's security asks for: the first requirement whose schemes all have a credential (a
   * requirement with no schemes, "auth optional", only when none does), sent as each scheme says.
   */
  private async credentials(spec: OperationSpec): Promise<Credentials> {
    const sent: Credentials = { headers: {}, query: [], cookies: [] };
    const given = (key: string): unknown => {
      const scheme = this.schemes.get(key);
      const name = scheme?.options.find((option) => !isMissing(own(this.options, option)));
      return name === undefined ? undefined : own(this.options, name);
    };
    const chosen = (spec.security ?? []).find((requirement) => requirement.length > 0 && requirement.every((key) => given(key) !== undefined));
    for (const key of chosen ?? []) {
      const scheme = this.schemes.get(key)!;
      const supplied = given(key);
      const value: unknown = typeof supplied === 'function' ? await (supplied as () => unknown)() : supplied;
      if (isMissing(value)) continue;
      if (scheme.kind === 'basic') {
        const { username, password } = value as BasicCredentials;
        sent.headers.Authorization = `Basic ${base64(`${username}:${password}`)}`;
      } else if (scheme.kind === 'authorization') {
        sent.headers.Authorization = `${scheme.scheme} ${String(value)}`;
      } else if (scheme.in === 'header') {
        sent.headers[scheme.name] = String(value);
      } else if (scheme.in === 'query') {
        sent.query.push(`${encode(scheme.name)}=${encode(String(value))}`);
      } else {
        sent.cookies.push(`${encode(scheme.name)}=${encode(String(value))}`);
      }
    }
    return sent;
  }
}

/** What one attempt sends for the operation's security: headers, `name=value` query pairs and cookie pairs. */
interface Credentials {
  headers: Record<string, string>;
  query: string[];
  cookies: string[];
}

const NO_CREDENTIALS: Credentials = { headers: {}, query: [], cookies: [] };

/** UTF-8 text as base64 (`btoa` alone takes Latin-1 only). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

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

function own(object: unknown, key: string): unknown {
  // Never `object[key]`: a parameter called `constructor` or `__proto__` would read Object's members.
  return object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key)
    ? (object as Arguments)[key]
    : undefined;
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null;
}

interface SplitArguments {
  path: Entries;
  query: Entries;
  header: Entries;
  cookie: Entries;
  body: unknown;
}

function splitArguments(spec: OperationSpec, args: Arguments): SplitArguments {
  if (spec.nested) {
    const entries = (location: ParameterLocation): Entries => {
      const group = own(args, location);
      return group !== null && typeof group === 'object' ? Object.entries(group) : [];
    };
    return { path: entries('path'), query: entries('query'), header: entries('header'), cookie: entries('cookie'), body: own(args, 'body') };
  }
  const used = new Set<string>();
  const take = (names: readonly string[] | undefined): Entries =>
    (names ?? []).map((name) => {
      used.add(name);
      return [name, own(args, name)];
    });
  const split: SplitArguments = {
    path: take(spec.inPath),
    query: take(spec.inQuery),
    header: take(spec.inHeader),
    cookie: take(spec.inCookie),
    body: undefined,
  };
  if (spec.body === 'whole') split.body = own(args, 'body');
  if (spec.body === 'flat') {
    const fields = Object.entries(args).filter(([key, value]) => !used.has(key) && value !== undefined);
    // Object.fromEntries defines own properties, so a field named `__proto__` stays a field.
    if (fields.length > 0) split.body = Object.fromEntries(fields);
    else if (spec.encoding === 'json' && !spec.optionalBody) split.body = {};
  }
  return split;
}

type StyleOf = (location: ParameterLocation, name: string) => Style;

interface Style {
  style: ParameterStyle['style'];
  explode: boolean;
  allowReserved: boolean;
  json: boolean;
}

const DEFAULT_STYLES: Record<ParameterLocation, Style> = {
  path: { style: 'simple', explode: false, allowReserved: false, json: false },
  query: { style: 'form', explode: true, allowReserved: false, json: false },
  header: { style: 'simple', explode: false, allowReserved: false, json: false },
  cookie: { style: 'form', explode: true, allowReserved: false, json: false },
};

function styleLookup(spec: OperationSpec): StyleOf {
  return (location, name) => {
    const found = spec.styles?.find((entry) => entry.in === location && entry.name === name);
    if (!found) return DEFAULT_STYLES[location];
    return { style: found.style, explode: found.explode, allowReserved: found.allowReserved === true, json: found.json === true };
  };
}

/** A primitive as text: dates as ISO 8601, anything else nested as JSON. */
function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A parameter described by JSON `content`: openapi-typescript types it as `string`, so a string is taken as
 * JSON text already; anything else is serialized.
 */
function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Arguments {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function definedEntries(value: Arguments): Entries {
  return Object.entries(value).filter(([, item]) => !isMissing(item));
}

const RESERVED_ESCAPES = /%(?:3A|2F|3F|5B|5D|40|24|26|2B|2C|3B|3D)/gi;

/** Percent-encodes `text`; with `allowReserved`, RFC 3986 reserved characters stay as they are (`#` excepted). */
function encode(text: string, allowReserved = false): string {
  const encoded = encodeURIComponent(text);
  return allowReserved ? encoded.replace(RESERVED_ESCAPES, (escape) => decodeURIComponent(escape)) : encoded;
}

/**
 * A form-urlencoded key or value: percent-encoded with the RFC 3986 sub-delimiters too (`encodeURIComponent` leaves
 * `!'()*` as they are, and a server or Prism that checks a property's `allowReserved` refuses them in a body).
 */
function encodeFormText(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Fills `{name}` placeholders: `simple` (`a,b`), `label` (`.a.b`) and `matrix` (`;id=a;id=b`) styles. A declared
 * path parameter without a value, or any value that fills its place with nothing, `.` or `..`, is an ArgumentError: the request would address
 * another resource (or send `%7Bname%7D`).
 */
function serializePath(spec: OperationSpec, values: Entries, styleOf: StyleOf): string {
  const byName = new Map(values);
  const declared = new Set(spec.inPath);
  return spec.path.replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
    const value = byName.get(name);
    // A placeholder the spec declares no parameter for is text of the path, as the spec wrote it.
    if (isMissing(value) && !declared.has(name)) return placeholder;
    if (isMissing(value)) throw new ArgumentError(spec.id, name, 'is missing');
    const text = pathValue(name, value, styleOf('path', name));
    if (text === '' || text === '.' || text === '..') {
      throw new ArgumentError(spec.id, name, text === '' ? 'is empty' : `is ${JSON.stringify(text)}`);
    }
    return text;
  });
}

function pathValue(name: string, value: unknown, { style, explode, json }: Style): string {
  const key = encode(name);
  const start = style === 'label' ? '.' : style === 'matrix' ? ';' : '';
  if (json || (!Array.isArray(value) && !isPlainObject(value))) {
    const text = encode(json ? jsonText(value) : scalar(value));
    return style === 'matrix' ? `;${key}=${text}` : `${start}${text}`;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map((item) => encode(scalar(item)));
    if (style === 'matrix') return explode ? items.map((item) => `;${key}=${item}`).join('') : `;${key}=${items.join(',')}`;
    return start + items.join(explode && style === 'label' ? '.' : ',');
  }
  const entries = definedEntries(value);
  if (explode) {
    const pairs = entries.map(([field, item]) => `${encode(field)}=${encode(scalar(item))}`);
    return start + pairs.join(style === 'simple' ? ',' : start);
  }
  const flat = entries.flatMap(([field, item]) => [encode(field), encode(scalar(item))]).join(',');
  return style === 'matrix' ? `;${key}=${flat}` : `${start}${flat}`;
}

/** `name=value` pairs for one query parameter: `form`, `spaceDelimited`, `pipeDelimited` or `deepObject`. */
function queryPairs(name: string, value: unknown, { style, explode, allowReserved, json }: Style): string[] {
  const key = encode(name);
  const text = (item: unknown) => encode(scalar(item), allowReserved);
  if (json) return [`${key}=${encode(jsonText(value), allowReserved)}`];
  const separator = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map(text);
    if (items.length === 0) return [];
    return explode ? items.map((item) => `${key}=${item}`) : [`${key}=${items.join(separator)}`];
  }
  if (isPlainObject(value)) {
    if (style === 'deepObject') return deepObjectPairs(key, value, text);
    const entries = definedEntries(value);
    if (explode) return entries.map(([field, item]) => `${encode(field)}=${text(item)}`);
    return [`${key}=${entries.flatMap(([field, item]) => [encode(field), text(item)]).join(separator)}`];
  }
  return [`${key}=${text(value)}`];
}

/** `filter[status]=open&filter[owner][id]=7`; array members repeat the key. */
function deepObjectPairs(prefix: string, value: Arguments, text: (item: unknown) => string): string[] {
  const pairs: string[] = [];
  for (const [field, item] of definedEntries(value)) {
    const key = `${prefix}[${encode(field)}]`;
    if (isPlainObject(item)) pairs.push(...deepObjectPairs(key, item, text));
    else if (Array.isArray(item)) pairs.push(...item.filter((member) => !isMissing(member)).map((member) => `${key}=${text(member)}`));
    else pairs.push(`${key}=${text(item)}`);
  }
  return pairs;
}

/** Header parameters use the `simple` style and are not percent-encoded. */
function headerValue(value: unknown, { explode, json }: Style): string {
  if (json) return jsonText(value);
  if (Array.isArray(value)) return value.filter((item) => !isMissing(item)).map(scalar).join(',');
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    return explode
      ? entries.map(([field, item]) => `${field}=${scalar(item)}`).join(',')
      : entries.flatMap(([field, item]) => [field, scalar(item)]).join(',');
  }
  return scalar(value);
}

/** Cookie parameters (`form` style) as `name=value` pairs for the Cookie header, percent-encoded. */
function cookiePairs(name: string, value: unknown, { explode, json }: Style): string[] {
  const key = encode(name);
  if (json) return [`${key}=${encode(jsonText(value))}`];
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map((item) => encode(scalar(item)));
    return explode ? items.map((item) => `${key}=${item}`) : [`${key}=${items.join(',')}`];
  }
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (explode) return entries.map(([field, item]) => `${encode(field)}=${encode(scalar(item))}`);
    return [`${key}=${entries.flatMap(([field, item]) => [encode(field), encode(scalar(item))]).join(',')}`];
  }
  return [`${key}=${encode(scalar(value))}`];
}

function bodySerializer(encoding: BodyEncoding | undefined, styles: readonly BodyStyle[] = []): (body: unknown) => unknown {
  switch (encoding) {
    case 'form':
      // Not URLSearchParams: it leaves `*` as it is and writes spaces as `+`, both reserved characters in a value.
      return (body) => formEntries(body, styles).map(([key, value]) => `${encodeFormText(key)}=${encodeFormText(value)}`).join('&');
    case 'multipart':
      return (body) => toFormData(body, styles);
    case 'text':
      return (body) => (typeof body === 'string' ? body : scalar(body));
    case 'binary':
      // Blob, ArrayBuffer, typed arrays and strings go to fetch as they are.
      return (body) => body;
    default:
      return (body) => JSON.stringify(body);
  }
}

/**
 * `application/x-www-form-urlencoded` pairs. By default scalars and arrays of scalars go as `key=value` (arrays
 * repeat the key); nested objects, and arrays of objects, in brackets: `address[city]=Paris`, `lines[0][id]=1` (the
 * deepObject form servers such as Stripe's read; JSON text in one field would reach none of them). A property whose
 * `encoding` sets a style goes that way (styledEntries).
 */
function formEntries(body: unknown, styles: readonly BodyStyle[] = []): [string, string][] {
  const entries: [string, string][] = [];
  if (!isPlainObject(body)) return entries;
  for (const [key, value] of definedEntries(body)) {
    const style = styles.find((entry) => entry.name === key);
    if (style) entries.push(...styledEntries(key, value, style));
    else addFormValue(entries, key, value);
  }
  return entries;
}

/**
 * One body property as its `encoding` says: `deepObject` in brackets all the way down, arrays of scalars indexed
 * (`expand[0]=a`); `form` with `explode: false` as one comma-separated field (`ids=1,2`, `point=x,1,y,2`), exploded
 * objects as their own fields (`x=1&y=2`); `spaceDelimited`/`pipeDelimited` arrays joined by a space or `|`.
 */
function styledEntries(key: string, value: unknown, style: BodyStyle): [string, string][] {
  const entries: [string, string][] = [];
  if (style.style === 'deepObject') {
    addFormValue(entries, key, value, true);
    return entries;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isMissing(item)).map(scalar);
    if (style.style === 'form' && style.explode) return items.map((item) => [key, item]);
    return [[key, items.join(style.style === 'spaceDelimited' ? ' ' : style.style === 'pipeDelimited' ? '|' : ',')]];
  }
  if (isPlainObject(value)) {
    const fields = definedEntries(value).map(([field, item]): [string, string] => [field, scalar(item)]);
    return style.explode ? fields : [[key, fields.flat().join(',')]];
  }
  if (!isMissing(value)) entries.push([key, scalar(value)]);
  return entries;
}

function addFormValue(entries: [string, string][], key: string, value: unknown, indexScalars = false): void {
  if (isMissing(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (isPlainObject(item) || Array.isArray(item)) addFormValue(entries, `${key}[${index}]`, item, indexScalars);
      else if (!isMissing(item)) entries.push([indexScalars ? `${key}[${index}]` : key, scalar(item)]);
    });
    return;
  }
  if (isPlainObject(value)) {
    for (const [field, item] of definedEntries(value)) addFormValue(entries, `${key}[${field}]`, item, indexScalars);
    return;
  }
  entries.push([key, scalar(value)]);
}

/** Multipart parts: Blobs as files, objects as JSON text, unless the property's `encoding` sets a style (styledEntries). */
function toFormData(body: unknown, styles: readonly BodyStyle[] = []): FormData {
  const form = new FormData();
  if (!isPlainObject(body)) return form;
  for (const [key, value] of definedEntries(body)) {
    const style = styles.find((entry) => entry.name === key);
    if (style && !(value instanceof Blob)) {
      for (const [name, text] of styledEntries(key, value, style)) form.append(name, text);
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isMissing(item)) continue;
      if (item instanceof Blob) form.append(key, item);
      else form.append(key, scalar(item));
    }
  }
  return form;
}

/**
 * Reads a 2xx body the way the spec says: nothing for HEAD and for operations that document no content; else
 * JSON, text, a Blob or the unread stream, by Content-Type. No body where one is documented (unless the status
 * is documented without content), JSON `null` the schema does not admit, or JSON that does not parse, is a
 * ResponseBodyError.
 */
async function readSuccess(spec: OperationSpec, response: Response): Promise<unknown> {
  if (spec.method === 'head' || spec.parseAs === 'none') {
    // Drained so the connection can be reused; the spec documents no content.
    if (response.body !== null) await response.arrayBuffer();
    return undefined;
  }
  const mayBeEmpty = matchesStatus(spec.noContent ?? [], response.status);
  const empty = () => {
    if (mayBeEmpty) return undefined;
    throw new ResponseBodyError(spec.id, response.status, 'empty', response, '');
  };
  if (response.status === 204 || response.status === 205 || response.body === null) {
    if (response.body !== null) await response.arrayBuffer();
    return empty();
  }
  const parsing = parsingOf(spec, response.headers.get('Content-Type'));
  if (parsing === 'stream') return response.body;
  if (parsing === 'blob') return response.blob();
  const text = await response.text();
  if (parsing === 'text') return text;
  if (parsing === 'none') return undefined;
  if (text.trim() === '') return empty();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ResponseBodyError(spec.id, response.status, 'unparseable', response, text, error);
  }
  if (value === null && !spec.nullable) throw new ResponseBodyError(spec.id, response.status, 'null', response, text);
  return value;
}

/** An error body: parsed when the answer is JSON (a JSON Content-Type, or none) and parses, else undefined; and its text. */
async function readErrorBody(copy: Response | undefined): Promise<{ body: unknown; text: string }> {
  if (copy === undefined) return { body: undefined, text: '' };
  const text = await copy.text();
  const contentType = copy.headers.get('Content-Type');
  if (text.trim() === '' || (contentType !== null && !isJsonContentType(contentType))) return { body: undefined, text };
  try {
    return { body: JSON.parse(text), text };
  } catch {
    return { body: undefined, text };
  }
}

/**
 * `application/json`, `application/*+json`, `text/json`, any parameters: the same reading as the generator's
 * isJsonMediaType (generator/src/document/media-types.ts; test/runtime-media-types.test.ts holds them together),
 * here for a Content-Type only known at run time.
 */
export function isJsonContentType(contentType: string): boolean {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return /^application\/([^/]+\+)?json$/.test(essence) || essence === 'text/json';
}

function parsingOf(spec: OperationSpec, contentType: string | null): Parsing {
  if (!spec.parseByType || contentType === null) return spec.parseAs;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const exact = spec.parseByType.find(([documented]) => documented.split(';')[0]!.trim().toLowerCase() === type);
  if (exact) return exact[1];
  // `image/*` and `*/*` in the spec match any image, or anything.
  const wildcard = spec.parseByType.find(([documented]) => {
    const [range] = documented.toLowerCase().split(';');
    return range === '*/*' || (range!.endsWith('/*') && type.startsWith(range!.slice(0, -1)));
  });
  return wildcard ? wildcard[1] : spec.parseAs;
}

/** Whether a status is one of the keys as written in the spec: exactly (`204`), by its range (`2XX`), or `default`. */
function matchesStatus(statuses: readonly string[], status: number): boolean {
  const code = String(status);
  const range = `${code[0]}XX`;
  return statuses.some((documented) => documented === code || documented.toUpperCase() === range || documented === 'default');
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
