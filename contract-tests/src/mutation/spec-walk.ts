/**
 * Small, deterministic helpers for finding and editing places in a parsed OpenAPI document. Every walk goes
 * in document order (paths as written, methods in HTTP_METHODS order), so "the first X" names one place.
 */
import {
  deref,
  isJsonMediaType,
  isObject,
  isSuccessStatus,
  listOperations,
  operationLabel,
  type DocumentOperation,
  type JsonObject as Json,
} from '@periskope-tools/generator';

export { isObject, type Json };

/** An operation as the document layer finds it: merged parameters included, objects the document's own. */
export type OperationEntry = DocumentOperation;


export function pathsOf(document: Json): Json {
  return isObject(document.paths) ? document.paths : {};
}

/** Every operation in document order (lenient: a mutant may leave a `$ref` that leads nowhere). */
export function operationsOf(document: Json): OperationEntry[] {
  return listOperations(document, { mode: 'lenient' });
}

export const label = operationLabel;

/** Follows local `$ref`s; returns the object they point at (the same object, so edits land in the document). */
export function resolve(document: Json, value: unknown): unknown {
  return deref(document, value);
}

/**
 * Replaces `container[key]`, when it is a `$ref`, by a copy of its target, so an edit touches this one place
 * and not every user of a shared component. Returns the (now inline) object.
 */
export function inline(document: Json, container: Json | unknown[], key: string | number): Json {
  const holder = container as Record<string | number, unknown>;
  const value = holder[key];
  const target = resolve(document, value);
  if (target !== value) holder[key] = structuredClone(target);
  return holder[key] as Json;
}

/** Renames an object key in place, keeping its position. */
export function renameKey(object: Json, from: string, to: string): void {
  const entries = Object.entries(object);
  for (const [key] of entries) delete object[key];
  for (const [key, value] of entries) object[key === from ? to : key] = value;
}

/** Inserts `key: value` right after `after` (or at the end), keeping the other keys in place. */
export function insertAfter(object: Json, after: string | undefined, key: string, value: unknown): void {
  const entries = Object.entries(object);
  for (const [name] of entries) delete object[name];
  let placed = false;
  for (const [name, existing] of entries) {
    object[name] = existing;
    if (name === after) {
      object[key] = value;
      placed = true;
    }
  }
  if (!placed) object[key] = value;
}

export const isSuccess = isSuccessStatus;
export const isJson = isJsonMediaType;

export interface ResponseMedia {
  entry: OperationEntry;
  status: string;
  /** The response object (resolved). */
  response: Json;
  mediaType: string;
  media: Json;
}

/** Every (operation, status, JSON media type) of the document, in order. */
export function responseMedia(document: Json, filter: { success?: boolean } = {}): ResponseMedia[] {
  const result: ResponseMedia[] = [];
  for (const entry of operationsOf(document)) {
    const responses = isObject(entry.operation.responses) ? entry.operation.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      if (filter.success !== undefined && isSuccess(status) !== filter.success) continue;
      const response = resolve(document, raw);
      if (!isObject(response) || !isObject(response.content)) continue;
      for (const [mediaType, media] of Object.entries(response.content)) {
        if (isJson(mediaType) && isObject(media)) result.push({ entry, status, response, mediaType, media });
      }
    }
  }
  return result;
}

export interface RequestMedia {
  entry: OperationEntry;
  body: Json;
  mediaType: string;
  media: Json;
}

export function requestMedia(document: Json): RequestMedia[] {
  const result: RequestMedia[] = [];
  for (const entry of operationsOf(document)) {
    const body = resolve(document, entry.operation.requestBody);
    if (!isObject(body) || !isObject(body.content)) continue;
    for (const [mediaType, media] of Object.entries(body.content)) {
      if (isJson(mediaType) && isObject(media)) result.push({ entry, body, mediaType, media });
    }
  }
  return result;
}

/** The explicit examples of a media type (its `example` and each `examples` entry's `value`), as slots to edit. */
export interface ExampleSlot {
  get(): unknown;
  set(value: unknown): void;
}

export function exampleSlots(document: Json, media: Json): ExampleSlot[] {
  const slots: ExampleSlot[] = [];
  if ('example' in media) slots.push({ get: () => media.example, set: (value) => (media.example = value) });
  if (isObject(media.examples)) {
    for (const raw of Object.values(media.examples)) {
      const example = resolve(document, raw);
      if (isObject(example) && 'value' in example) slots.push({ get: () => example.value, set: (value) => (example.value = value) });
    }
  }
  return slots;
}

/** A schema reached from a body's root: `path` names the way there (`*` for array items). */
export interface SchemaPlace {
  schema: Json;
  path: string[];
}

/** Every schema under `root`, depth first, properties in order; each `$ref` target is entered once. */
export function schemasUnder(document: Json, root: unknown): SchemaPlace[] {
  const result: SchemaPlace[] = [];
  const seen = new Set<unknown>();
  const visit = (raw: unknown, path: string[]) => {
    const schema = resolve(document, raw);
    if (!isObject(schema) || seen.has(schema)) return;
    seen.add(schema);
    result.push({ schema, path });
    if (isObject(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) visit(property, [...path, name]);
    }
    if (schema.items !== undefined) visit(schema.items, [...path, '*']);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      if (Array.isArray(schema[key])) for (const part of schema[key]) visit(part, path);
    }
    if (isObject(schema.additionalProperties)) visit(schema.additionalProperties, [...path, '**']);
  };
  visit(root, []);
  return result;
}

/** Applies `edit` to every value at `path` in `value` (`*` = each array item, `**` = each map value, digits = one item). */
export function editAtPath(value: unknown, path: string[], edit: (current: unknown) => unknown): unknown {
  if (path.length === 0) return edit(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    if (head === '*') return value.map((item) => editAtPath(item, rest, edit));
    if (/^\d+$/.test(head!) && Number(head) < value.length) value[Number(head)] = editAtPath(value[Number(head)], rest, edit);
    return value;
  }
  if (!isObject(value)) return value;
  if (head === '**') {
    for (const key of Object.keys(value)) value[key] = editAtPath(value[key], rest, edit);
  } else if (head! in value) {
    value[head!] = editAtPath(value[head!], rest, edit);
  }
  return value;
}

/** Every scalar that appears in an example anywhere in the document (media, parameter, schema examples). */
export function exampleScalars(document: Json): Set<string> {
  const values = new Set<string>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) Object.values(value).forEach(collect);
    else values.add(JSON.stringify(value));
  };
  const walk = (node: unknown, key?: string) => {
    if (Array.isArray(node)) node.forEach((item) => walk(item));
    else if (isObject(node)) {
      for (const [name, value] of Object.entries(node)) {
        if (name === 'example' || name === 'default') collect(value);
        else if (name === 'examples' && key !== 'properties') collect(value);
        else walk(value, name);
      }
    }
  };
  walk(document);
  return values;
}

export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

/** The single scalar type of a schema, if it has exactly one. */
export function scalarType(schema: Json): ScalarType | undefined {
  const type = schema.type;
  return type === 'string' || type === 'integer' || type === 'number' || type === 'boolean' ? type : undefined;
}

const TYPE_KEYWORDS = ['format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

/**
 * Changes a scalar schema's type (string → integer, anything else → string), drops keywords of the old type
 * and converts its `example`, `default` and `enum`. Returns the converter for examples elsewhere.
 */
export function retypeScalar(schema: Json): { from: ScalarType; to: ScalarType; convert: (value: unknown) => unknown } | undefined {
  const from = scalarType(schema);
  if (!from) return undefined;
  const to: ScalarType = from === 'string' ? 'integer' : 'string';
  const convert = (value: unknown): unknown => {
    if (value === null || value === undefined) return value;
    if (to === 'string') return String(value);
    const number = Number(value);
    return typeof value === 'string' && value.trim() !== '' && Number.isSafeInteger(number) ? number : 1;
  };
  schema.type = to;
  for (const keyword of TYPE_KEYWORDS) delete schema[keyword];
  if ('example' in schema) schema.example = convert(schema.example);
  if ('default' in schema) schema.default = convert(schema.default);
  if (Array.isArray(schema.enum)) schema.enum = [...new Set(schema.enum.map(convert))];
  return { from, to, convert };
}
