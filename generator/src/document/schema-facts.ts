import { deref, refOf, refPointer } from './refs.js';
import { forEachObject } from './walk.js';
import { escapePointerSegment, getAtPointer } from './pointer.js';
import { isObject, type JsonObject } from './types.js';

/**
 * Whether a schema admits JSON `null`, as its TypeScript type says: `nullable: true` (3.0), `type: 'null'` or a
 * type list with it (3.1), `const: null`, `null` in `enum`, any `oneOf`/`anyOf` branch that does, every `allOf`
 * part that does; and a schema that constrains nothing (`{}`, or no schema). `$ref`s are followed. A schema met
 * again inside itself (a discriminator parent whose children are `allOf` the parent) adds nothing: it counts as
 * no null among branches and as no constraint among allOf parts, so a cycle ends at once (it used to be walked to
 * the depth limit: 3 children, 3^16 calls).
 */
export function schemaAllowsNull(document: unknown, schemaOrRef: unknown): boolean {
  return allowsNull(document, schemaOrRef, new Set()) ?? true;
}

/** undefined: the schema is one being decided further up (a cycle). */
function allowsNull(document: unknown, schemaOrRef: unknown, deciding: Set<object>): boolean | undefined {
  if (deciding.size > 32) return true;
  if (schemaOrRef === true) return true;
  const schema = deref(document, schemaOrRef);
  if (schema === undefined) return true;
  if (!isObject(schema)) return schema === true;
  if (deciding.has(schema)) return undefined;
  if (schema.nullable === true || schema.type === 'null') return true;
  if (Array.isArray(schema.type)) return schema.type.includes('null');
  if ('const' in schema) return schema.const === null;
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  deciding.add(schema);
  try {
    const branches = [schema.oneOf, schema.anyOf].filter(Array.isArray).flat();
    if (branches.length > 0) return branches.some((branch) => allowsNull(document, branch, deciding) === true);
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return schema.allOf.every((part) => allowsNull(document, part, deciding) !== false);
  } finally {
    deciding.delete(schema);
  }
  const constraining = ['type', 'properties', 'items', 'additionalProperties', 'required', 'not', 'format', 'pattern'];
  return !constraining.some((key) => key in schema);
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);
const isScalarValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * Whether a schema only admits strings, numbers, booleans and null: its `type` (or every type in its list) is one of
 * those, or it has no `type` and its `const` or every `enum` value is one, or every `oneOf`/`anyOf`/`allOf` branch
 * is scalar. `$ref`s are followed; a schema that constrains nothing, or one met again inside itself, is not scalar.
 */
export function schemaIsScalar(document: unknown, schemaOrRef: unknown, deciding: Set<object> = new Set()): boolean {
  const schema = deref(document, schemaOrRef);
  if (!isObject(schema) || deciding.has(schema) || deciding.size > 32) return false;
  if (typeof schema.type === 'string') return SCALAR_TYPES.has(schema.type);
  if (Array.isArray(schema.type)) return schema.type.length > 0 && schema.type.every((type) => typeof type === 'string' && SCALAR_TYPES.has(type));
  if ('const' in schema) return isScalarValue(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.every(isScalarValue);
  deciding.add(schema);
  try {
    const branches = [schema.oneOf, schema.anyOf, schema.allOf].filter(Array.isArray).flat();
    return branches.length > 0 && branches.every((branch) => schemaIsScalar(document, branch, deciding));
  } finally {
    deciding.delete(schema);
  }
}

/** `schemaAllowsNull` for the schema at a JSON pointer. */
export function schemaAtPointerAllowsNull(document: unknown, pointer: string): boolean {
  return schemaAllowsNull(document, getAtPointer(document, pointer));
}

/** Whether any schema marks a property `readOnly` or `writeOnly` (an iterative walk: deep documents cannot overflow). */
export function usesReadWriteMarkers(document: { components?: unknown; paths?: unknown }): boolean {
  let marked = false;
  forEachObject([document.components, document.paths], (object) => (marked = object.readOnly === true || object.writeOnly === true), NOT_SCHEMAS);
  return marked;
}

/** Values that hold data, not schemas: a `readOnly` key inside one is not the keyword. */
const NOT_SCHEMAS = { skipKeys: new Set(['example', 'examples']) };

/**
 * A test of whether a schema, through its subschemas and local `$ref`s, marks anything `readOnly` or `writeOnly`:
 * only then can openapi-typescript's `$Read`/`$Write` markers occur in its type, so only then does the client need
 * to wrap it in `Readable`/`Writable` (deep mapped types that cost callers' type-checking on every use). One test
 * per document, so the many types of a large spec share the work: each `$ref` target is walked once (up to the
 * `$ref`s inside it), and each `$ref`'s answer is remembered once the graph behind it has been seen whole.
 * Cycle-safe, without recursion; `example` and `examples` values are not schemas and are not walked.
 */
export function readWriteMarkedSchemas(document: unknown): (schemaOrRef: unknown) => boolean {
  const ownParts = new Map<string, { marked: boolean; refs: string[] }>();
  const answers = new Map<string, boolean>();
  const partOf = (ref: string) => {
    let part = ownParts.get(ref);
    if (part === undefined) {
      const pointer = refPointer(ref);
      part = pointer === undefined ? { marked: false, refs: [] } : localPart(getAtPointer(document, pointer));
      ownParts.set(ref, part);
    }
    return part;
  };
  return (schemaOrRef) => {
    const start = localPart(schemaOrRef);
    if (start.marked) return true;
    // The `$ref`s reachable from here whose answer is not known yet, and who refers to whom among them.
    const pending = new Set<string>();
    const referrers = new Map<string, string[]>();
    const queue = start.refs.filter((ref) => !answers.has(ref));
    for (const ref of queue) pending.add(ref);
    for (let index = 0; index < queue.length; index++) {
      const ref = queue[index]!;
      for (const next of partOf(ref).refs) {
        if (answers.has(next)) continue;
        const list = referrers.get(next);
        if (list) list.push(ref);
        else referrers.set(next, [ref]);
        if (!pending.has(next)) {
          pending.add(next);
          queue.push(next);
        }
      }
    }
    // Marked: a target that marks something itself, or refers to a marked one (known before, or found now).
    const marked = [...pending].filter((ref) => partOf(ref).marked || partOf(ref).refs.some((next) => answers.get(next) === true));
    for (const ref of pending) answers.set(ref, false);
    for (let index = 0; index < marked.length; index++) {
      const ref = marked[index]!;
      if (answers.get(ref) === true) continue;
      answers.set(ref, true);
      marked.push(...(referrers.get(ref) ?? []));
    }
    return start.refs.some((ref) => answers.get(ref) === true);
  };
}

/** Whether a schema marks `readOnly`/`writeOnly` itself (not through `$ref`s), and the `$ref`s it holds. */
function localPart(schema: unknown): { marked: boolean; refs: string[] } {
  const refs: string[] = [];
  let marked = false;
  forEachObject(
    schema,
    (object) => {
      const ref = refOf(object);
      if (ref !== undefined) refs.push(ref);
      return (marked = object.readOnly === true || object.writeOnly === true);
    },
    NOT_SCHEMAS,
  );
  return { marked, refs };
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

/**
 * The `$ref` a schema requires itself through, or undefined: an object whose required properties (`allOf` parts
 * merged, `$ref`s followed) lead back to a schema already on the way, with nothing to stop there (TreeNode with a
 * required `parent: TreeNode`), so no finite value is valid. A schema that admits null, a `oneOf`/`anyOf` (another
 * branch may end it), an array that may be empty or an optional property ends the chain.
 */
export function requiredCycle(document: unknown, schemaOrRef: unknown, onTheWay: readonly string[] = []): string | undefined {
  if (onTheWay.length > 64) return undefined;
  const ref = isObject(schemaOrRef) && typeof schemaOrRef.$ref === 'string' ? schemaOrRef.$ref : undefined;
  if (ref !== undefined && onTheWay.includes(ref)) return ref;
  const way = ref === undefined ? onTheWay : [...onTheWay, ref];
  const schema = deref(document, schemaOrRef);
  if (!isObject(schema) || schemaAllowsNull(document, schema)) return undefined;
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) return undefined;
  if (schema.type === 'array' || 'items' in schema) {
    return typeof schema.minItems === 'number' && schema.minItems > 0 ? requiredCycle(document, schema.items, way) : undefined;
  }
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const cycle = requiredCycle(document, part, way);
    if (cycle !== undefined) return cycle;
  }
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const name of Array.isArray(schema.required) ? schema.required : []) {
    if (typeof name !== 'string' || !(name in properties)) continue;
    const cycle = requiredCycle(document, properties[name], way);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

/**
 * Why no value has the schema's type, or undefined: its own `type` and those of its `allOf` parts (`$ref`s followed)
 * leave no type in common (`allOf: [{ type: string }, { type: integer }]`). An integer is a number; a part without
 * `type` allows any.
 */
export function conflictingTypes(document: unknown, schemaOrRef: unknown): string | undefined {
  const demanded: string[][] = [];
  const collect = (value: unknown, depth: number): void => {
    const schema = deref(document, value);
    if (!isObject(schema) || depth > 32) return;
    const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.filter((type): type is string => typeof type === 'string') : undefined;
    if (types) demanded.push(schema.nullable === true ? [...types, 'null'] : types);
    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) collect(part, depth + 1);
  };
  collect(schemaOrRef, 0);
  if (demanded.length < 2) return undefined;
  const admits = (types: string[], type: string) => types.includes(type) || (type === 'integer' && types.includes('number'));
  const candidates = [...new Set(demanded.flat()), 'integer'];
  if (candidates.some((type) => demanded.every((types) => admits(types, type)))) return undefined;
  return `its allOf parts demand the types ${demanded.map((types) => types.join(' or ')).join(', ')}, which no value has at once`;
}

/** What a `*\/*` body's schema says it is: a Blob, a string, a JSON value, or anything. */
export type WildcardBodyKind = 'binary' | 'string' | 'value' | 'unconstrained';

/**
 * What a body schema says the body is, for a response whose media type does not say (`*\/*`): `binary` for
 * `type: string, format: binary` (typed Blob), `string` for any other string schema (typed string: it may come as
 * text or as a JSON string), `unconstrained` when there is no schema or it has no `type` (typed unknown), `value`
 * for anything else (an object, array, number or boolean only JSON can carry). `$ref`s are followed.
 */
export function wildcardBodyKind(document: unknown, schemaOrRef: unknown): WildcardBodyKind {
  const schema = deref(document, schemaOrRef);
  if (!isObject(schema)) return 'unconstrained';
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type) => type !== 'null' && type !== undefined);
  if (types.length === 0) return Object.keys(schema).some((key) => STRUCTURAL.includes(key)) ? 'value' : 'unconstrained';
  if (types.length > 1 || types[0] !== 'string') return 'value';
  return schema.format === 'binary' ? 'binary' : 'string';
}

/** Keywords that give a schema without `type` a shape only JSON carries. */
const STRUCTURAL = ['properties', 'items', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', 'required'];
