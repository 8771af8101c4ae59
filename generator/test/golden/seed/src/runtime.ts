// Generated from periskope.yaml (sha256 8a761916ff1608d899122a16dcea9e9ce9968f1458322791cf11912321701e0b) by @periskope-tools/generator.
// Do not edit: change the spec and run `npm run generate`.
import createClient from 'openapi-fetch';

/** Options given once, to the client's constructor. */
export interface ClientOptions {
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
export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers for this request; they win over the client's. */
  headers?: Record<string, string>;
  fetch?: typeof globalThis.fetch;
}

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type BodyEncoding = 'json' | 'form' | 'multipart' | 'text' | 'binary';

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
  /** `flat`: body properties sit beside the parameters; `whole`: under `body`; nested arguments: always `body`. */
  readonly body?: 'flat' | 'whole';
  readonly encoding?: BodyEncoding;
  readonly mediaType?: string;
  readonly nested?: boolean;
  readonly parseAs: 'json' | 'text' | 'blob' | 'none';
  /** Documented non-2xx statuses, as written in the spec (`404`, `4XX`, `default`). */
  readonly errors: readonly string[];
}

/** Base class of every documented error response; see the generated `ApiError` for the typed view. */
export class ApiErrorBase extends Error {
  readonly operation: string;
  readonly status: number;
  readonly body: unknown;
  readonly response: Response;

  constructor(operation: string, status: number, body: unknown, response: Response) {
    super(`${operation} failed with HTTP ${status}${describeBody(body)}`);
    this.name = 'ApiError';
    this.operation = operation;
    this.status = status;
    this.body = body;
    this.response = response;
  }
}

/** The typed view of one documented error response: `status` and `body` as the spec declares them. */
export type ApiErrorOf<Operation extends string, Status extends number, Body> = ApiErrorBase & {
  readonly operation: Operation;
  readonly status: Status;
  readonly body: Body;
};

/** A status the spec does not document for this operation: the server and the spec disagree. */
export class UnexpectedResponseError extends Error {
  readonly operation: string;
  readonly status: number;
  readonly body: unknown;
  readonly response: Response;

  constructor(operation: string, status: number, body: unknown, response: Response) {
    super(`${operation} returned undocumented HTTP ${status}${describeBody(body)}`);
    this.name = 'UnexpectedResponseError';
    this.operation = operation;
    this.status = status;
    this.body = body;
    this.response = response;
  }
}

function describeBody(body: unknown): string {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return `: ${body.message}`;
  return '';
}

type Arguments = Record<string, unknown>;
type RawClient = {
  request(
    method: string,
    url: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/** Sends one operation through openapi-fetch and turns its `{ data, error }` into a value or a throw. */
export class Transport {
  private readonly client: RawClient;

  constructor(options: ClientOptions, defaultBaseUrl: string) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.authToken !== undefined) headers.Authorization = `Bearer ${options.authToken}`;
    // The wrapper passes explicit types, so openapi-fetch's path generics are not needed (or paid for) here.
    this.client = createClient({
      baseUrl: options.baseUrl ?? defaultBaseUrl,
      headers,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }) as unknown as RawClient;
  }

  async call(spec: OperationSpec, args: Arguments | undefined, options: RequestOptions | undefined): Promise<unknown> {
    const { params, body } = splitArguments(spec, args ?? {});
    const init: Record<string, unknown> = {
      params,
      parseAs: spec.parseAs === 'none' ? 'text' : spec.parseAs,
      ...(options?.signal ? { signal: options.signal } : {}),
      ...(options?.fetch ? { fetch: options.fetch } : {}),
      ...(options?.headers ? { headers: options.headers } : {}),
    };
    if (body !== undefined) {
      init.body = body;
      Object.assign(init, bodyEncoding(spec));
    }
    const { data, error, response } = await this.client.request(spec.method, spec.path, init);
    if (response.ok) return spec.parseAs === 'none' ? undefined : data;
    const errorBody = error === '' ? undefined : error;
    if (isDocumented(spec.errors, response.status)) {
      throw new ApiErrorBase(spec.id, response.status, errorBody, response);
    }
    throw new UnexpectedResponseError(spec.id, response.status, errorBody, response);
  }
}

function splitArguments(spec: OperationSpec, args: Arguments): { params: Record<string, Arguments>; body: unknown } {
  if (spec.nested) {
    const params: Record<string, Arguments> = {};
    for (const location of ['path', 'query', 'header', 'cookie'] as const) {
      if (args[location] !== undefined) params[location] = args[location] as Arguments;
    }
    return { params, body: args.body };
  }
  const params: Record<string, Arguments> = {};
  const used = new Set<string>();
  const take = (location: string, names: readonly string[] | undefined) => {
    if (!names || names.length === 0) return;
    const values: Arguments = {};
    for (const name of names) {
      used.add(name);
      if (args[name] !== undefined) values[name] = args[name];
    }
    params[location] = values;
  };
  take('path', spec.inPath);
  take('query', spec.inQuery);
  take('header', spec.inHeader);
  take('cookie', spec.inCookie);
  if (spec.body === 'whole') return { params, body: args.body };
  if (spec.body !== 'flat') return { params, body: undefined };
  const body: Arguments = {};
  let any = false;
  for (const [key, value] of Object.entries(args)) {
    if (used.has(key) || value === undefined) continue;
    body[key] = value;
    any = true;
  }
  return { params, body: any ? body : spec.encoding === 'json' ? {} : undefined };
}

function bodyEncoding(spec: OperationSpec): Record<string, unknown> {
  switch (spec.encoding) {
    case 'form':
      return {
        bodySerializer: (body: Arguments) => new URLSearchParams(formEntries(body)).toString(),
        headers: { 'Content-Type': spec.mediaType ?? 'application/x-www-form-urlencoded' },
      };
    case 'multipart':
      // Let fetch set the multipart boundary itself.
      return { bodySerializer: toFormData, headers: { 'Content-Type': null } };
    case 'text':
    case 'binary':
      return {
        bodySerializer: (body: unknown) => body,
        headers: { 'Content-Type': spec.mediaType ?? 'application/octet-stream' },
      };
    default:
      return spec.mediaType && spec.mediaType !== 'application/json' ? { headers: { 'Content-Type': spec.mediaType } } : {};
  }
}

function formEntries(body: Arguments): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      entries.push([key, typeof item === 'object' ? JSON.stringify(item) : String(item)]);
    }
  }
  return entries;
}

function toFormData(body: Arguments): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item instanceof Blob) form.append(key, item);
      else form.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

/** Exact status first, then its range (`4XX`), then `default`. */
function isDocumented(statuses: readonly string[], status: number): boolean {
  const code = String(status);
  return statuses.includes(code) || statuses.includes(`${code[0]}XX`) || statuses.includes('default');
}
