/**
 * An `allOf` of object schemas describes one object: the properties and required names of all its members. The
 * change report compares that object when the two sides are composed differently (a `$ref` becoming
 * `allOf: [$ref, { extra properties }]`, a member added or dropped), so a property that moved into a member is not
 * reported as removed. openapi-typescript types such an allOf as the intersection of its members, which has
 * exactly these properties; `null` survives the intersection only when every member allows it.
 */
import { isDeepStrictEqual } from 'node:util';
import { derefWithPointer, isObject, joinPointer, refPointer, type JsonObject as Json } from '../document/index.js';

/** Member keywords an intersection of objects cannot be read from as one object: then nothing is flattened. */
const UNFLATTENABLE = ['oneOf', 'anyOf', 'not', 'discriminator', 'additionalProperties', 'patternProperties', 'items', 'enum', 'const'];

/** The properties of a flattened schema: references to where each property really is, so differences point there. */
const flattenedProperties = new WeakSet<object>();

/** Whether a property schema is one `flattenAllOf` made: a reference to the property's own place. */
export function isFlattenedProperty(value: unknown): value is { $ref: string } {
  return isObject(value) && flattenedProperties.has(value);
}

/** The JSON pointer a flattened property refers to. */
export function flattenedPointer(value: { $ref: string }): string {
  return refPointer(value.$ref) ?? '';
}

interface Collected {
  properties: Map<string, { value: unknown; pointer: string }>;
  required: Set<string>;
  types: Set<string>;
  /** Whether every member (and the schema itself, when it says so) allows null. */
  nullable: boolean[];
}

/**
 * `schema` (at `pointer` in `document`) with its `allOf` merged into one object schema, or undefined when a member
 * is not a plain object schema or two members define one property differently.
 */
export function flattenAllOf(document: Json, schema: Json, pointer: string): Json | undefined {
  const composed = intersectedMembers(schema);
  if (!composed) return undefined;
  const collected: Collected = { properties: new Map(), required: new Set(), types: new Set(), nullable: [] };
  if (!collect(document, schema, pointer, collected, new Set(), true)) return undefined;
  const { [composed.key]: _members, properties: _properties, required: _required, nullable: ownNullable, ...rest } = schema;
  const properties: Json = {};
  for (const [name, { pointer: at }] of collected.properties) {
    const reference = { $ref: `#${at.split('/').map(encodeURIComponent).join('/')}` };
    flattenedProperties.add(reference);
    properties[name] = reference;
  }
  const everyMemberNullable = collected.nullable.length > 0 && collected.nullable.every(Boolean);
  return {
    ...rest,
    ...(collected.types.has('object') ? { type: 'object' } : {}),
    ...(ownNullable === true || everyMemberNullable ? { nullable: true } : {}),
    properties,
    ...(collected.required.size > 0 ? { required: [...collected.required].sort() } : {}),
  };
}

/**
 * The members a schema is the intersection of: its `allOf`, or (with none) a lone `oneOf`/`anyOf` member, which
 * the value must match all the same (openapi-typescript types either as the member `&` the schema's own keys).
 */
export function intersectedMembers(schema: Json): { key: 'allOf' | 'oneOf' | 'anyOf'; members: unknown[] } | undefined {
  if (Array.isArray(schema.allOf)) return { key: 'allOf', members: schema.allOf };
  for (const key of ['oneOf', 'anyOf'] as const) {
    const members = schema[key];
    const other = key === 'oneOf' ? 'anyOf' : 'oneOf';
    if (Array.isArray(members) && members.length === 1 && !(other in schema)) return { key, members };
  }
  return undefined;
}

function collect(document: Json, schema: Json, pointer: string, into: Collected, visiting: Set<string>, top: boolean): boolean {
  if (visiting.has(pointer) || visiting.size > 32) return false;
  visiting.add(pointer);
  const composed = intersectedMembers(schema);
  if (UNFLATTENABLE.some((key) => key in schema && key !== composed?.key)) return false;
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  if (types.some((type) => type !== 'object' && type !== 'null')) return false;
  for (const type of types) into.types.add(String(type));
  // A member that says nothing of the value's shape (a description) is `unknown`: it takes no null away.
  const shapes = types.length > 0 || 'properties' in schema || 'required' in schema;
  if (!top && shapes) into.nullable.push(schema.nullable === true || types.includes('null'));
  if (isObject(schema.properties)) {
    for (const [name, value] of Object.entries(schema.properties)) {
      const at = `${pointer}/properties${joinPointer(name)}`;
      const known = into.properties.get(name);
      if (known && !isDeepStrictEqual(known.value, value)) return false;
      if (!known) into.properties.set(name, { value, pointer: at });
    }
  }
  if (Array.isArray(schema.required)) for (const name of schema.required) into.required.add(String(name));
  if (!composed) return true;
  return composed.members.every((member, index) => {
    const resolved = derefWithPointer(document, member, `${pointer}/${composed.key}/${index}`);
    return resolved !== undefined && isObject(resolved.value) && collect(document, resolved.value, resolved.pointer, into, visiting, false);
  });
}
