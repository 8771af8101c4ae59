import { forEachObject, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';

/**
 * Document pass: a name in `required` that `properties` does not list (readme's schema-enums: `required: ['enum
 * (with example) *required']` beside properties without it) still has to be there, with any value (JSON Schema:
 * `additionalProperties` unsaid allows it). openapi-typescript types only the listed properties, so every value the
 * spec allows broke the generated type (an excess property in an object literal). Such a name is declared on a copy
 * with the empty schema: a required `unknown` member. Left alone: schemas with `allOf`/`anyOf`/`oneOf` (a part may
 * declare the name, and openapi-typescript requires it there), and those whose `additionalProperties` is set (a
 * schema or `true` gives an index signature that takes the name; `false` allows no value at all). A document
 * without such schemas is returned as it is.
 */
export function declareRequiredProperties(document: OpenApiDocument): OpenApiDocument {
  if (undeclaredSites(document).length === 0) return document;
  const copy = structuredClone(document);
  for (const { schema, names } of undeclaredSites(copy)) {
    const properties = schema.properties as JsonObject;
    for (const name of names) properties[name] = {};
  }
  return copy;
}

function undeclaredSites(root: unknown): { schema: JsonObject; names: string[] }[] {
  const sites: { schema: JsonObject; names: string[] }[] = [];
  forEachObject(
    [(root as JsonObject).components, (root as JsonObject).paths, (root as JsonObject).webhooks],
    (schema) => {
      const { required, properties } = schema;
      if (!Array.isArray(required) || properties === null || typeof properties !== 'object' || Array.isArray(properties)) return;
      if ('additionalProperties' in schema || ['allOf', 'anyOf', 'oneOf'].some((key) => key in schema)) return;
      const names = required.filter((name): name is string => typeof name === 'string' && !Object.prototype.hasOwnProperty.call(properties, name));
      if (names.length > 0) sites.push({ schema, names: [...new Set(names)] });
    },
    { skipKeys: new Set(['example', 'examples', 'default', 'enum', 'const']) },
  );
  return sites;
}
