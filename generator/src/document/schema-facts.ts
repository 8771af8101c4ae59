import { deref } from './refs.js';
import { getAtPointer } from './pointer.js';
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
