import { readFile } from 'node:fs/promises';
import { isHopByHopHeader, isObject, withPathItemRefsResolved } from '@periskope-tools/generator';
import { transformOas3Operations } from '@stoplight/http-spec/oas3/operation';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { parse } from 'yaml';
import { freePort } from './prism-cli.js';
import { repairPrismDeserializers } from './prism-deserializers.js';
import { guardPrismRequests } from './prism-guard.js';
import { shortlistingRoute } from './prism-router.js';

export interface InProcessPrism {
  baseUrl: string;
  /** Milliseconds to dereference the spec and turn it into Prism operations (the mock's load time). */
  loadMs: number;
  /** Milliseconds from the start until the server listened. */
  startupMs: number;
  /** Number of HTTP operations Prism serves. */
  operations: number;
  /**
   * `prepared`: the bundled document went to Prism's operation transformer as it is, its `$ref`s kept (see
   * loadOperations); `dereferenced`: Prism's own loader (a document with non-local `$ref`s).
   */
  loader: 'prepared' | 'dereferenced';
  close(): Promise<void>;
}

export interface InProcessOptions {
  /**
   * Give up loading after this long (a spec whose $refs Prism cannot resolve could otherwise hang); `Infinity` for
   * no timer. On this thread the timer only ends a load that waits (a synchronous load blocks it too): a load that
   * must be stoppable runs on a worker (prism-workers.ts).
   */
  timeoutMs?: number;
  /** The document is the caller's to give away (a worker's copy): Prism may keep and extend it instead of a copy. */
  owned?: boolean;
}

/**
 * Prism's HTTP mock in this process, configured as `prism mock <spec>` configures it (static examples,
 * request and response validation, security checks), listening on 127.0.0.1 and a free port: requests
 * still go over real HTTP. `spec` is a file path or an already-parsed document (which is not modified).
 */
export async function startPrismInProcess(spec: string | object, options: InProcessOptions = {}): Promise<InProcessPrism> {
  const started = performance.now();
  const { operations, loader } = await withTimeout(loadOperations(spec, options.owned === true), options.timeoutMs ?? 120_000, 'Prism did not load the spec');
  const loadMs = performance.now() - started;
  if (operations.length === 0) throw new Error('Prism found no operations in the spec');
  repairPrismDeserializers();
  const logger = createLogger('contract-prism', { level: 'silent' });
  const server = createServer(operations, {
    cors: false,
    config: {
      mock: { dynamic: false },
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    },
    // Prism's router on a shortlist of operations (same routes, a fraction of the time: see prism-router.ts).
    components: { logger, route: shortlistingRoute() },
  });
  // A throw inside Prism's request handling would end this process (see prism-guard.ts): it becomes an answer.
  guardPrismRequests(server.prism as unknown as Parameters<typeof guardPrismRequests>[0]);
  const port = await listenOnFreePort(server);
  let closed: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    loadMs,
    startupMs: performance.now() - started,
    operations: operations.length,
    loader,
    close: () => (closed ??= server.close()),
  };
}

type HttpOperations = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>;

/**
 * Prism's operations for a spec. Prism's own loader dereferences the whole document first, and its
 * dereferencer walks every path through shared schemas again: on a densely connected spec (Stripe: 775
 * schemas, 452 operations) that never finishes. A bundled OpenAPI 3 document (every `$ref` local) does not need
 * it: Prism's transformer reads `$ref`s as they are, and each operation gets the document's own top-level
 * objects (shared, not copied) so that its `#/components/...` references resolve from the operation, which
 * is the root Prism resolves them against. Stripe loads in under a second this way. Anything else (Swagger 2)
 * goes through Prism's own loader.
 */
export async function loadOperations(spec: string | object, owned = false): Promise<{ operations: HttpOperations; loader: 'prepared' | 'dereferenced' }> {
  const document = typeof spec === 'string' ? (parse(await readFile(spec, 'utf8')) as unknown) : spec;
  if (!isPreparable(document)) {
    // Prism's $ref parser dereferences an object in place; it gets its own copy.
    const input = typeof spec === 'string' || owned ? spec : structuredClone(spec);
    const operations = await getHttpOperationsFromSpec(input);
    for (const operation of operations) {
      withoutHopByHopHeaders(operation);
      withDefaultExplode(operation);
    }
    return { operations, loader: 'dereferenced' };
  }
  // Each operation gets the document's top-level objects as keys: a caller's object is copied first, never edited
  // (a document just read from the file is nobody else's).
  // Prism's transformer does not follow a path item `$ref` (it found no operation there).
  const copy = withPathItemRefsResolved(typeof spec === 'string' || owned ? document : structuredClone(document));
  const operations = transformOas3Operations(copy as Parameters<typeof transformOas3Operations>[0]) as HttpOperations;
  for (const operation of operations) {
    const root = operation as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(copy)) if (!(key in root)) root[key] = value;
    aliasPathVariables(operation);
    withoutHopByHopHeaders(operation);
    withDefaultExplode(operation);
  }
  return { operations, loader: 'prepared' };
}

/**
 * Prism matches a request's path with uri-template-lite, which reads only RFC 6570 variable names (letters, digits,
 * `_`): a path parameter named `æøå` or `user-id` is never found in the request and is reported missing. Such a
 * variable gets an alias Prism can read (`p0_`), in the operation's path template and on its path parameter alike;
 * the route and the value validated are the same.
 */
export function aliasPathVariables(operation: { path: string; request?: { path?: { name: string }[] } }): void {
  let index = 0;
  operation.path = operation.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    if (/^[A-Za-z0-9_]+$/.test(name)) return whole;
    const alias = `p${index++}_`;
    for (const parameter of operation.request?.path ?? []) if (parameter.name === name) parameter.name = alias;
    return `{${alias}}`;
  });
}

/**
 * A documented response header that is hop-by-hop (`Transfer-Encoding`, `Connection`, ...) is left to the HTTP
 * layer: Prism would send the value it samples for it (`Transfer-Encoding: string` beside its Content-Length, which
 * fetch refuses as a malformed answer: OpenAI's createSpeech), and validate its own answer against it. The oracles
 * do not judge these headers either (response-oracles.ts).
 */
export function withoutHopByHopHeaders(operation: { responses?: { headers?: { name: string }[] }[] }): void {
  for (const response of operation.responses ?? []) {
    if (response.headers) response.headers = response.headers.filter((header) => !isHopByHopHeader(header.name));
  }
}

type ParameterLists = Partial<Record<'query' | 'header' | 'path' | 'cookie', { style?: string; explode?: boolean }[]>>;

/**
 * A parameter that does not say `explode` gets OpenAPI's default: true for `form` (the default style of query and
 * cookie parameters), false for every other style. Prism's transformer leaves it unset and its validator reads unset
 * as false, so an exploded form object (`?page=0&size=1`, what every client sends for `foo: {page, size}`) was looked
 * for under its own name and reported missing (hey-api's pagination-ref.yaml), and an exploded array read as one
 * comma-separated value.
 */
export function withDefaultExplode(operation: { request?: ParameterLists }): void {
  for (const [location, parameters] of Object.entries(operation.request ?? {}) as [keyof ParameterLists, ParameterLists[keyof ParameterLists]][]) {
    if (!Array.isArray(parameters)) continue;
    const defaultStyle = location === 'query' || location === 'cookie' ? 'form' : 'simple';
    for (const parameter of parameters) parameter.explode ??= (parameter.style ?? defaultStyle) === 'form';
  }
}

/**
 * An OpenAPI 3 document. Its `$ref`s are expected to be local (the suite hands Prism the bundled document); a
 * `$ref` key inside an example stays data here, where Prism's own dereferencer would try to fetch it.
 */
function isPreparable(document: unknown): document is Record<string, unknown> {
  return isObject(document) && typeof document.openapi === 'string' && document.openapi.startsWith('3.');
}

/** freePort() can race with another process taking the port first: try a few. */
async function listenOnFreePort(server: { listen(port: number, address?: string): Promise<string> }): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await server.listen(port, '127.0.0.1');
      return port;
    } catch (error) {
      if (attempt >= 5) throw new Error(`Prism could not listen on 127.0.0.1: ${String(error)}`);
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  if (!Number.isFinite(ms)) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
