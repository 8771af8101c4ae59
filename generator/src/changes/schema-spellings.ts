/**
 * Spellings of one schema that openapi-typescript types alike (a lone composition member, a null wrapper, `const`
 * as a one-value enum, nullability written three ways), so the comparison reads them as the same schema.
 */
import { deref, isObject, type JsonObject as Json } from '../document/index.js';
import { DOC_KEYS, follow, sideOf, type Side } from './walk-state.js';

/** A schema object of documentation and vendor extensions only (it accepts anything). */
export function annotationOnly(schema: unknown): boolean {
  return isObject(schema) && Object.keys(schema).length > 0 && Object.keys(schema).every((key) => DOC_KEYS.has(key) || key.startsWith('x-') || key === 'deprecated');
}

/** The composition keyword of a schema that is nothing but one `oneOf`, `anyOf` or `allOf` member (and docs). */
export function soleMember(schema: Json): 'oneOf' | 'anyOf' | 'allOf' | undefined {
  // `nullable: false` is the default: it says nothing more than the member does.
  const keys = Object.keys(schema).filter((key) => !DOC_KEYS.has(key) && !(key === 'nullable' && schema.nullable === false));
  if (keys.length !== 1) return undefined;
  const key = keys[0];
  return (key === 'oneOf' || key === 'anyOf' || key === 'allOf') && Array.isArray(schema[key]) && schema[key].length === 1 ? key : undefined;
}

/** Whether a schema allows null: `nullable: true` (3.0), `null` among its types (3.1), or a null wrapper unwrapped. */
export function allowsNull(schema: Json): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null')) || schema.type === 'null';
}

/** A schema whose only member of type `null` sits next to one other, with the wrapper's annotations left out. */
export function nullWrapped(doc: Json, schema: unknown, at: Side): { schema: Json; side: Side } | undefined {
  if (!isObject(schema)) return undefined;
  const keys = Object.keys(schema).filter((key) => !DOC_KEYS.has(key));
  const key = keys.length === 1 ? keys[0] : undefined;
  if ((key !== 'oneOf' && key !== 'anyOf') || !Array.isArray(schema[key]) || schema[key].length !== 2) return undefined;
  const members = schema[key] as unknown[];
  const isNull = (member: unknown) => {
    const value = deref(doc, member);
    return isObject(value) && value.type === 'null' && Object.keys(value).every((k) => k === 'type' || DOC_KEYS.has(k));
  };
  const index = members.findIndex(isNull);
  if (index === -1 || isNull(members[1 - index])) return undefined;
  const other = follow(doc, members[1 - index], sideOf(sideOf(at, key), 1 - index));
  if (!other.value) return undefined;
  return { schema: { ...other.value, nullable: true }, side: other.side };
}

/** A schema's own annotations, without its composition (a wrapper's description documents what it wraps). */
export function withoutComposition(schema: unknown): Json {
  if (!isObject(schema)) return {};
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
  return rest;
}

/** `const: x` is `enum: [x]` (the same literal type): compared as the enum, so switching between them is no change. */
export function constAsEnum(schema: Json): Json {
  if (!('const' in schema) || 'enum' in schema) return schema;
  const { const: value, ...rest } = schema;
  return { ...rest, enum: [value] };
}

