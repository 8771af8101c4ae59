import { joinPointer } from './pointer.js';
import { deref, refOf, resolveRef } from './refs.js';
import { isObject, type JsonObject } from './types.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** Methods fetch refuses to send (it throws a TypeError for TRACE): no client can call such an operation. */
export const FETCH_FORBIDDEN_METHODS: ReadonlySet<HttpMethod> = new Set(['trace']);
export const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** One parameter as it applies to an operation: path-level ones already overridden by the operation's own. */
export interface DocumentParameter {
  name: string;
  in: ParameterLocation;
  /** The (resolved) Parameter Object: the document's own object. */
  value: JsonObject;
  /** Pointer of the resolved Parameter Object. */
  pointer: string;
}

/** One operation of the document, found the one way every stage finds them. */
export interface DocumentOperation {
  path: string;
  method: HttpMethod;
  /** The spec's operationId, when it is a non-empty string. */
  operationId?: string;
  /** String tags, in order. */
  tags: string[];
  /** The Operation Object and its (resolved) Path Item: the document's own objects, so edits land there. */
  operation: JsonObject;
  pathItem: JsonObject;
  /** `/paths/~1pets/get`: where the operation is written under `paths` (path item `$ref`s not followed). */
  pointer: string;
  pathItemPointer: string;
  /** Parameters in effect: operation-level ones override path-level ones with the same name and location. */
  parameters: DocumentParameter[];
}

export interface OperationWalkOptions {
  /**
   * `strict` (the generator): an unresolvable `$ref` is a GeneratorError with its pointer. `lenient` (documents
   * nobody validated: drift, mutants): it is skipped.
   */
  mode?: 'strict' | 'lenient';
}

/** The operations of one Path Item, in HTTP_METHODS order (the keys that are methods and hold an object). */
export function pathItemOperations(pathItem: JsonObject): [HttpMethod, JsonObject][] {
  const result: [HttpMethod, JsonObject][] = [];
  for (const method of HTTP_METHODS) {
    const operation = pathItem[method];
    if (isObject(operation)) result.push([method, operation]);
  }
  return result;
}

/** Every operation under `paths`, in document order (paths as written, methods in HTTP_METHODS order). */
export function listOperations(document: unknown, options: OperationWalkOptions = {}): DocumentOperation[] {
  const strict = (options.mode ?? 'strict') === 'strict';
  const resolve = (value: unknown, pointer: string): { value: unknown; pointer: string } | undefined => {
    if (strict) return resolveRef(document, value, pointer);
    const resolved = deref(document, value);
    return resolved === undefined ? undefined : { value: resolved, pointer };
  };
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  const result: DocumentOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItemPointer = joinPointer('paths', path);
    const pathItem = resolve(rawItem, pathItemPointer)?.value;
    if (!isObject(pathItem)) continue;
    for (const [method, operation] of pathItemOperations(pathItem)) {
      const pointer = joinPointer('paths', path, method);
      const tags = Array.isArray(operation.tags) ? operation.tags.filter((tag): tag is string => typeof tag === 'string') : [];
      const operationId = typeof operation.operationId === 'string' && operation.operationId !== '' ? operation.operationId : undefined;
      const parameters = new Map<string, DocumentParameter>();
      const add = (list: unknown, listPointer: string) => {
        if (!Array.isArray(list)) return;
        list.forEach((entry, index) => {
          const resolved = resolve(entry, `${listPointer}/${index}`);
          if (!resolved || !isObject(resolved.value)) return;
          const value = resolved.value;
          const location = value.in as ParameterLocation;
          const name = String(value.name);
          parameters.set(`${String(location)}:${name}`, { name, in: location, value, pointer: resolved.pointer });
        });
      };
      add(pathItem.parameters, `${pathItemPointer}/parameters`);
      add(operation.parameters, `${pointer}/parameters`);
      result.push({ path, method, operationId, tags, operation, pathItem, pointer, pathItemPointer, parameters: [...parameters.values()] });
    }
  }
  return result;
}

/** `getPets (GET /pets)`, or `GET /pets` without an operationId. */
export function operationLabel(operation: Pick<DocumentOperation, 'method' | 'path' | 'operationId'>): string {
  const where = `${operation.method.toUpperCase()} ${operation.path}`;
  return operation.operationId === undefined ? where : `${operation.operationId} (${where})`;
}

/** How many operations use each operationId: more than one means every use after the first gets renamed. */
export function operationIdCounts(operations: readonly Pick<DocumentOperation, 'operationId'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { operationId } of operations) if (operationId !== undefined) counts.set(operationId, (counts.get(operationId) ?? 0) + 1);
  return counts;
}

/**
 * The document with every path item that is a local `$ref` (`/users: { $ref: '#/components/pathItems/users' }`,
 * OpenAPI 3.1) replaced by the object it names, its siblings kept: for readers that only walk JSON pointers (Ajv,
 * Prism's transformer), so that `/paths/~1users/post/...` (the pointers listOperations gives) leads somewhere. The
 * document itself when it has none; else a shallow copy (paths replaced, everything else shared).
 */
export function withPathItemRefsResolved<T extends object>(document: T): T {
  const paths = (document as { paths?: unknown }).paths;
  if (paths === null || typeof paths !== 'object') return document;
  const entries = Object.entries(paths as Record<string, unknown>);
  if (!entries.some(([, item]) => refOf(item) !== undefined)) return document;
  const resolved = entries.map(([path, item]) => {
    const target = refOf(item) === undefined ? undefined : deref(document, item);
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return [path, item];
    const { $ref: _ref, ...siblings } = item as Record<string, unknown>;
    return [path, { ...(target as Record<string, unknown>), ...siblings }];
  });
  return { ...document, paths: Object.fromEntries(resolved) };
}
