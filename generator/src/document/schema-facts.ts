import { deref } from './refs.js';
import { escapePointerSegment, getAtPointer } from './pointer.js';
import { isObject, type JsonObject } from './types.js';

/**
 * Whether a schema admits JSON `null`, as its TypeScript type says: `nullable: true` (3.0), `type: 'null'` or a
 * type list with it (3.1), `const: null`, `null` in `enum`, any `oneOf`/`anyOf` branch that does, every `allOf`
 * part that does; and a schema that constrains nothing (`{}`, or no schema). `$ref`s are followed.
 */
export function schemaAllowsNull(document: unknown, schemaOrRef: unknown, depth = 0): boolean {
  if (depth > 32) return true;
  if (schemaOrRef === true) return true;
  const schema = deref(document, schemaOrRef);
  if (schema === undefined) return true;
  if (!isObject(schema)) return schema === true;
  if (schema.nullable === true || schema.type === 'null') return true;
  if (Array.isArray(schema.type)) return schema.type.includes('null');
  if ('const' in schema) return schema.const === null;
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  const branches = [schema.oneOf, schema.anyOf].filter(Array.isArray).flat();
  if (branches.length > 0) return branches.some((branch) => schemaAllowsNull(document, branch, depth + 1));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return schema.allOf.every((part) => schemaAllowsNull(document, part, depth + 1));
  const constraining = ['type', 'properties', 'items', 'additionalProperties', 'required', 'not', 'format', 'pattern'];
  return !constraining.some((key) => key in schema);
}

/** `schemaAllowsNull` for the schema at a JSON pointer. */
export function schemaAtPointerAllowsNull(document: unknown, pointer: string): boolean {
  return schemaAllowsNull(document, getAtPointer(document, pointer));
}

/** Whether any schema marks a property `readOnly` or `writeOnly` (an iterative walk: deep documents cannot overflow). */
export function usesReadWriteMarkers(document: { components?: unknown; paths?: unknown }): boolean {
  const stack: unknown[] = [document.components, document.paths];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const object = node as JsonObject;
    if (object.readOnly === true || object.writeOnly === true) return true;
    for (const [key, value] of Object.entries(object)) if (key !== 'example' && key !== 'examples') stack.push(value);
  }
  return false;
}

/**
 * The properties of `value` (as JSON pointers into it) that its schema declares nowhere while leaving
 * `additionalProperties` unsaid: JSON Schema allows them, but a TypeScript object type without an index signature
 * (openapi-typescript's for such a schema) refuses them in an object literal. The properties of every `allOf` part
 * and `oneOf`/`anyOf` branch count as declared; `additionalProperties` or `patternProperties` anywhere mean any name
 * is, and so does declaring none (a free-form object). Arrays and nested objects are followed through `items` and
 * `properties`.
 */
export function undeclaredProperties(document: unknown, schemaOrRef: unknown, value: unknown, at = '', depth = 0): string[] {
  if (depth > 32 || value === null || typeof value !== 'object') return [];
  const parts = schemaParts(document, schemaOrRef);
  if (Array.isArray(value)) {
    const items = parts.flatMap((part) => ('items' in part ? [part.items] : []));
    return items.length === 0 ? [] : value.flatMap((item, index) => items.flatMap((schema) => undeclaredProperties(document, schema, item, `${at}/${index}`, depth + 1)));
  }
  if (parts.some((part) => ('additionalProperties' in part && part.additionalProperties !== false) || 'patternProperties' in part)) return [];
  // No property declared at all: a free-form object (`Record<string, unknown>`), unless closed.
  const closed = parts.some((part) => part.additionalProperties === false);
  if (!closed && !parts.some((part) => isObject(part.properties) && Object.keys(part.properties).length > 0)) return [];
  const found: string[] = [];
  for (const [name, item] of Object.entries(value)) {
    const declared = parts.flatMap((part) => (isObject(part.properties) && name in part.properties ? [part.properties[name]] : []));
    const pointer = `${at}/${escapePointerSegment(name)}`;
    if (declared.length === 0) found.push(pointer);
    else found.push(...undeclaredProperties(document, declared[0], item, pointer, depth + 1));
  }
  return found;
}

/** A schema and, through `$ref`s, every `allOf` part and `oneOf`/`anyOf` branch of it (each object once). */
function schemaParts(document: unknown, schemaOrRef: unknown): JsonObject[] {
  const parts: JsonObject[] = [];
  const stack = [schemaOrRef];
  while (stack.length > 0 && parts.length < 256) {
    const raw = stack.pop();
    // Keywords beside a `$ref` (3.1) are part of the schema too.
    if (isObject(raw) && '$ref' in raw && Object.keys(raw).length > 1 && !parts.includes(raw)) parts.push(raw);
    const schema = deref(document, raw);
    if (!isObject(schema) || parts.includes(schema)) continue;
    parts.push(schema);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) if (Array.isArray(schema[key])) stack.push(...(schema[key] as unknown[]));
  }
  return parts;
}
