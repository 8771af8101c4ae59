// The client's runtime, copied unchanged into every package @periskope-tools/generator generates (from its
// templates/runtime.ts); the same for every spec. Do not edit a copy: change the template and run `npm run generate`.
import createClient from 'openapi-fetch';
import { CallLog, logLevelOf, type LoggingOptions } from './logging.js';
import { readHeaders, requestIdOf, ResponsePromise, type HeaderType, type WithResponse } from './response.js';
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

/** Options given once, to the client's constructor. */
export interface ClientOptions extends RetryOptions, LoggingOptions {
  /** Sent as `Authorization: Bearer <authToken>` on every request. */
  authToken?: string;
  /** Overrides the spec's first server URL. */
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
type Parsing = 'json' | 'text' | 'blob' | 'none';

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

/** What the generated wrapper knows about one operation; plain data, so the wrapper stays thin. */
export interface OperationSpec {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** Parameter names by location, used to split a flat arguments object. */
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
  readonly mediaType?: string;
  readonly nested?: boolean;
  /** How a 2xx body is read. */
  readonly parseAs: Parsing;
  /** When the documented 2xx media types are read in different ways: how to read each (by Content-Type). */
  readonly parseByType?: readonly (readonly [mediaType: string, parsing: Parsing])[];
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
}

/** How many attempts an answer took and the request id it carries: on every error thrown for it. */
export interface ResponseMeta {
  readonly attempts?: number;
  readonly requestId?: string;
}

/** An HTTP answer the client turns into an exception: which operation, the status, the parsed body. */
abstract class ResponseError extends Error {
  readonly operation: string;
  readonly status: number;
  readonly body: unknown;
  readonly response: Response;
  /** How many times the request was sent (retries included). */
  readonly attempts: number;
  /** The server's request or trace id (a documented id header such as `x-request-id`), when it sent one. */
  readonly requestId: string | undefined;

  constructor(name: string, message: string, operation: string, status: number, body: unknown, response: Response, meta: ResponseMeta = {}) {
    const attempts = meta.attempts ?? 1;
    super(`${message}${attemptsText(attempts)}${describeBody(body)}`);
    this.name = name;
    this.operation = operation;
    this.status = status;
    this.body = body;
    this.response = response;
    this.attempts = attempts;
    this.requestId = meta.requestId ?? requestIdOf(response.headers);
  }
}

/** Base class of every documented error response; see the generated `ApiError` for the typed view. */
export class ApiErrorBase extends ResponseError {
  constructor(operation: string, status: number, body: unknown, response: Response, meta?: ResponseMeta) {
    super('ApiError', `${operation} failed with HTTP ${status}`, operation, status, body, response, meta);
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
  constructor(operation: string, status: number, body: unknown, response: Response, meta?: ResponseMeta) {
    super('UnexpectedResponseError', `${operation} returned undocumented HTTP ${status}`, operation, status, body, response, meta);
  }
}

function describeBody(body: unknown): string {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return `: ${body.message}`;
  return '';
}

type Arguments = Record<string, unknown>;
/** One attempt's answer: the response with its parsed 2xx body, or openapi-fetch's reading of an error body. */
type Answer = { response: Response; data?: unknown; error?: unknown };
type Entries = [name: string, value: unknown][];
type RawClient = {
  request(
    method: string,
    url: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/**
 * Sends one operation through openapi-fetch and turns its `{ data, error }` into a value or a throw.
 * Parameters are serialized here, one by one as the spec describes each (openapi-fetch's serializers are
 * per client), so openapi-fetch gets a finished URL.
 */
export class Transport {
  private readonly client: RawClient;
  private readonly cookie: string | undefined;
  private readonly fetch: typeof globalThis.fetch | undefined;
  private readonly maxRetries: number;
  private readonly timeout: number;
  private readonly log: CallLog;
  private readonly requestIdHeaders: readonly string[];

  constructor(options: ClientOptions, defaultBaseUrl: string, settings: TransportSettings = {}) {
    this.fetch = options.fetch;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.log = new CallLog(options.logger ?? console, logLevelOf(options.logLevel, settings.logEnv), settings.name ?? 'client');
    this.requestIdHeaders = settings.requestIdHeaders ?? [];
    const headers: Record<string, string> = { ...options.headers };
    if (options.authToken !== undefined) headers.Authorization = `Bearer ${options.authToken}`;
    // A client-wide Cookie header is merged with cookie parameters instead of being replaced by them.
    this.cookie = takeHeader(headers, 'cookie');
    // The wrapper passes explicit types, so openapi-fetch's path generics are not needed (or paid for) here.
    // Every call passes its own fetch (the retry loop's), so the client-wide one is kept here instead.
    this.client = createClient({ baseUrl: options.baseUrl ?? defaultBaseUrl, headers }) as unknown as RawClient;
  }

  /** Sends one operation; the result is the parsed 2xx body, and `.withResponse()` adds the response and headers. */
  call(spec: OperationSpec, args: Arguments | undefined, options: RequestOptions | undefined): ResponsePromise<unknown, unknown> {
    return new ResponsePromise(this.send(spec, args, options));
  }

  private async send(spec: OperationSpec, args: Arguments | undefined, options: RequestOptions | undefined): Promise<WithResponse<unknown, unknown>> {
    const split = splitArguments(spec, args ?? {});
    const styleOf = styleLookup(spec);
    let url = serializePath(spec.path, split.path, styleOf);
    const query = split.query.flatMap(([name, value]) => (isMissing(value) ? [] : queryPairs(name, value, styleOf('query', name))));
    if (query.length > 0) url += (url.includes('?') ? '&' : '?') + query.join('&');

    // Later entries win: the body's media type, then per-call headers, then header parameters.
    const headers: Record<string, string | null> = Object.create(null);
    const hasBody = split.body !== undefined;
    if (hasBody && spec.encoding !== 'multipart') headers['Content-Type'] = spec.mediaType ?? 'application/json';
    const callHeaders: Record<string, string> = { ...options?.headers };
    const callCookie = takeHeader(callHeaders, 'cookie');
    Object.assign(headers, callHeaders);
    if (options?.idempotencyKey !== undefined) headers[idempotencyHeader(spec.inHeader)] = options.idempotencyKey;
    for (const [name, value] of split.header) {
      if (!isMissing(value)) headers[name] = headerValue(value, styleOf('header', name));
    }
    const cookies = split.cookie.flatMap(([name, value]) => (isMissing(value) ? [] : cookiePairs(name, value, styleOf('cookie', name))));
    const cookie = [this.cookie, callCookie, ...cookies].filter((part) => part !== undefined && part !== '').join('; ');
    if (cookie !== '') headers.Cookie = cookie;
    // fetch sets the multipart boundary itself; a Content-Type from anywhere else would lose it.
    if (hasBody && spec.encoding === 'multipart') headers['Content-Type'] = null;

    const init: Record<string, unknown> = {
      // The body is read below, by the response's status and media type.
      parseAs: 'stream',
      headers,
    };
    if (hasBody) init.bodySerializer = bodySerializer(spec.encoding);
    // The caller's signal never reaches fetch: each attempt gets its own (retry.ts), so no listener piles up on it.
    const maxRetries = options?.maxRetries ?? this.maxRetries;
    const retryable = isRetryable(spec.method, headers);
    const body = replayableBody(split.body, retryable && maxRetries > 0);
    if (typeof ReadableStream !== 'undefined' && split.body instanceof ReadableStream) init.duplex = 'half';
    const fetch = options?.fetch ?? this.fetch ?? globalThis.fetch;
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
          const sent = { ...init, signal: attempt.signal, fetch: attempt.fetch(fetch), ...(hasBody ? { body: body.next() } : {}) };
          const { error, response } = await this.client.request(spec.method, url, sent);
          options?.onResponse?.(response);
          // Read within the attempt, so its timeout covers a body that never finishes.
          return response.ok ? { response, data: await readSuccess(spec, response) } : { response, error };
        },
      );
      const { response } = result;
      const requestId = requestIdOfResponse(response);
      if (response.ok) return { data: result.data, response, headers: readHeaders(response, spec.responseHeaders), requestId };
      const errorBody = result.error === '' ? undefined : result.error;
      const meta = { attempts, requestId };
      if (isDocumented(spec.errors, response.status)) {
        throw new ApiErrorBase(spec.id, response.status, errorBody, response, meta);
      }
      throw new UnexpectedResponseError(spec.id, response.status, errorBody, response, meta);
    } finally {
      body.end();
    }
  }
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

/** Fills `{name}` placeholders: `simple` (`a,b`), `label` (`.a.b`) and `matrix` (`;id=a;id=b`) styles. */
function serializePath(template: string, values: Entries, styleOf: StyleOf): string {
  const byName = new Map(values);
  return template.replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
    const value = byName.get(name);
    if (isMissing(value)) return placeholder;
    const { style, explode, json } = styleOf('path', name);
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
  });
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

function bodySerializer(encoding: BodyEncoding | undefined): (body: unknown) => unknown {
  switch (encoding) {
    case 'form':
      return (body) => new URLSearchParams(formEntries(body)).toString();
    case 'multipart':
      return toFormData;
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
 * `application/x-www-form-urlencoded` pairs. Scalars and arrays of scalars go as `key=value` (arrays repeat the
 * key); nested objects, and arrays of objects, in brackets: `address[city]=Paris`, `lines[0][id]=1` (the deepObject
 * form servers such as Stripe's read; JSON text in one field would reach none of them).
 */
function formEntries(body: unknown): [string, string][] {
  const entries: [string, string][] = [];
  if (!isPlainObject(body)) return entries;
  for (const [key, value] of definedEntries(body)) addFormValue(entries, key, value);
  return entries;
}

function addFormValue(entries: [string, string][], key: string, value: unknown): void {
  if (isMissing(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (isPlainObject(item) || Array.isArray(item)) addFormValue(entries, `${key}[${index}]`, item);
      else if (!isMissing(item)) entries.push([key, scalar(item)]);
    });
    return;
  }
  if (isPlainObject(value)) {
    for (const [field, item] of definedEntries(value)) addFormValue(entries, `${key}[${field}]`, item);
    return;
  }
  entries.push([key, scalar(value)]);
}

function toFormData(body: unknown): FormData {
  const form = new FormData();
  if (!isPlainObject(body)) return form;
  for (const [key, value] of definedEntries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isMissing(item)) continue;
      if (item instanceof Blob) form.append(key, item);
      else form.append(key, scalar(item));
    }
  }
  return form;
}

/** Reads a 2xx body the way the spec says: nothing for 204/205 and HEAD, else JSON, text or a Blob. */
async function readSuccess(spec: OperationSpec, response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205 || spec.method === 'head' || response.body === null) {
    return undefined;
  }
  const parsing = parsingOf(spec, response.headers.get('Content-Type'));
  if (parsing === 'none') {
    // Drained so the connection can be reused; the spec documents no content.
    await response.arrayBuffer();
    return undefined;
  }
  if (parsing === 'blob') return response.blob();
  const text = await response.text();
  if (parsing === 'text') return text;
  return text === '' ? undefined : JSON.parse(text);
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

/** Exact status first, then its range (`4XX`), then `default`. */
function isDocumented(statuses: readonly string[], status: number): boolean {
  const code = String(status);
  const range = `${code[0]}XX`;
  return statuses.some((documented) => documented === code || documented.toUpperCase() === range || documented === 'default');
}
