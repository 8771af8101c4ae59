import { deref, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';
import { editAlongPaths } from './copy-on-write.js';

/**
 * Document pass: a name in `required` that `properties` does not list (readme's schema-enums: `required: ['enum
 * (with example) *required']` beside properties without it) still has to be there, with any value (JSON Schema:
 * `additionalProperties` unsaid allows it). openapi-typescript types only the listed properties, so every value the
 * spec allows broke the generated type (an excess property in an object literal). Such a name is declared on a copy
 * with the empty schema: a required `unknown` member. With `allOf`, a name one of the parts declares (through
 * `$ref`s and nested `allOf`s) is the parts' to type (openapi-typescript requires it there); one none declares is
 * declared too (DigitalOcean's uptime check requires a `method` its one part lacks). Left alone: schemas with
 * `anyOf`/`oneOf` (a branch may declare the name), parts that say anything about other properties, schemas whose
 * `additionalProperties` is set (a schema or `true` gives an index signature that takes the name; `false` allows no
 * value at all), and free-form objects (no properties, no `allOf`: `Record<string, unknown>` takes the name). A
 * document without such schemas is returned as it is.
 */
export function declareRequiredProperties(document: OpenApiDocument): OpenApiDocument {
  return editAlongPaths(
    document,
    (schema) => undeclaredNames(document, schema),
    (copy, names) => {
      const properties = (copy.properties = { ...(isObject(copy.properties) ? copy.properties : {}) });
      for (const name of names) properties[name] = {};
    },
  );
}

/** The property names a schema's `allOf` parts declare, or undefined when a part could take any other name too. */
function declaredByParts(root: unknown, parts: unknown[], depth = 0): Set<string> | undefined {
  const names = new Set<string>();
  for (const part of parts) {
    const schema = deref(root, part);
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || depth > 16) return undefined;
    const object = schema as JsonObject;
    if ('additionalProperties' in object || 'anyOf' in object || 'oneOf' in object || 'patternProperties' in object) return undefined;
    if (isObject(object.properties)) for (const name of Object.keys(object.properties)) names.add(name);
    if (Array.isArray(object.allOf)) {
      const nested = declaredByParts(root, object.allOf, depth + 1);
      if (nested === undefined) return undefined;
      for (const name of nested) names.add(name);
    }
  }
  return names;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The names `schema` requires that neither its properties nor its `allOf` parts declare, when it is such a site. */
function undeclaredNames(root: unknown, schema: JsonObject): string[] | undefined {
  const { required, properties, allOf } = schema;
  if (!Array.isArray(required) || 'additionalProperties' in schema || 'anyOf' in schema || 'oneOf' in schema) return undefined;
  if (properties !== undefined && !isObject(properties)) return undefined;
  if (properties === undefined && !Array.isArray(allOf)) return undefined;
  const byParts = Array.isArray(allOf) ? declaredByParts(root, allOf) : new Set<string>();
  if (byParts === undefined) return undefined;
  const own = isObject(properties) ? properties : {};
  const names = required.filter((name): name is string => typeof name === 'string' && !Object.prototype.hasOwnProperty.call(own, name) && !byParts.has(name));
  return names.length > 0 ? [...new Set(names)] : undefined;
}
