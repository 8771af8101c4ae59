import type { OpenApiDocument } from '../../document/index.js';
import { componentSchemas, SCHEMA_REF_PREFIX, schemaNameOf, type JsonObject } from './component-schemas.js';

/**
 * Document pass. The parent/child pattern of polymorphic schemas (a parent `Animal` that is `oneOf: [Cat, Dog]`,
 * usually with a discriminator, and children that are `allOf: [Animal, {...}]`) is a cycle: the child refers to the
 * union it is a member of. What the child means is "with the parent's own properties", so its `allOf` reference
 * to the parent is replaced, on a copy, by the parent's own part: the parent without `oneOf`, `anyOf` and
 * `discriminator`, its discriminator property narrowed to the child's value (from the mapping, or the child's
 * name) and required. `Animal` stays the union of its children and `Cat` is `{ species: 'cat'; name: string } &
 * { livesLeft?: number }`, instead of breakEagerCycles cutting the reference to `unknown`. Returns the document
 * itself when it has no such pair.
 */
export function inlineParentBases(document: OpenApiDocument): OpenApiDocument {
  const schemas = componentSchemas(document);
  const sites: { child: string; index: number; parent: string }[] = [];
  for (const [child, schema] of Object.entries(schemas)) {
    const allOf = isObject(schema) ? schema.allOf : undefined;
    if (!Array.isArray(allOf)) continue;
    allOf.forEach((member, index) => {
      const parent = isObject(member) ? schemaNameOf(member.$ref, schemas) : undefined;
      if (parent !== undefined && parent !== child && variantsOf(schemas[parent], schemas).includes(child)) sites.push({ child, index, parent });
    });
  }
  if (sites.length === 0) return document;
  const copy = structuredClone(document);
  const copied = componentSchemas(copy);
  for (const { child, index, parent } of sites) {
    ((copied[child] as JsonObject).allOf as unknown[])[index] = ownPart(schemas[parent] as JsonObject, child);
  }
  return copy;
}

/** The component schemas a schema's `oneOf`/`anyOf` lists by `$ref`. */
function variantsOf(schema: unknown, schemas: JsonObject): string[] {
  if (!isObject(schema)) return [];
  return [schema.oneOf, schema.anyOf].flatMap((list) =>
    Array.isArray(list) ? list.flatMap((member) => (isObject(member) ? (schemaNameOf(member.$ref, schemas) ?? []) : [])) : [],
  );
}

/** The parent without its variants, its discriminator property fixed to the child's value. */
function ownPart(parent: JsonObject, child: string): JsonObject {
  const { oneOf: _oneOf, anyOf: _anyOf, discriminator, ...own } = structuredClone(parent);
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') return own;
  const name = discriminator.propertyName;
  const value = discriminatorValue(discriminator, child) ?? child;
  const properties = isObject(own.properties) ? own.properties : {};
  const declared = isObject(properties[name]) ? properties[name] : {};
  const { enum: _enum, ...rest } = declared as JsonObject;
  own.properties = { ...properties, [name]: { type: 'string', ...rest, enum: [value] } };
  const required = Array.isArray(own.required) ? own.required : [];
  if (!required.includes(name)) own.required = [...required, name];
  return own;
}

/** The mapping key that names `child` (`cat: '#/components/schemas/Cat'`, or `cat: Cat`). */
function discriminatorValue(discriminator: JsonObject, child: string): string | undefined {
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
  return Object.keys(mapping).find((key) => mapping[key] === `${SCHEMA_REF_PREFIX}${child}` || mapping[key] === child);
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
