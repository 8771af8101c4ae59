import { forEachObject, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';
import { copiesAlongPaths, rememberHolders, type Holders } from './copy-on-write.js';

/** Keys whose value is a map of schemas by name: a boolean under the name `required` there is a (3.1) schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions', 'schemas']);

/**
 * Document pass: `required: true` on a property's schema (Swagger 2.0's way, in hey-api's own `full.yaml`) is
 * not JSON Schema: `required` lists names, and the lint lets it through as a warning. openapi-typescript would
 * read it as that list (`true.includes`) and throw, so on a copy each such schema loses it: the property's
 * requiredness is what its parent's `required` list says. Parameters, headers and request bodies, whose
 * `required` is a boolean, are told apart by their `in`, `schema` or `content`. A document without such schemas is
 * returned as it is.
 */
export function dropBooleanRequired(document: OpenApiDocument): OpenApiDocument {
  const holders: Holders = new Map();
  const sites: JsonObject[] = [];
  const root = document as unknown as JsonObject;
  rememberHolders(root, holders);
  forEachObject(
    [root.components, root.paths, root.webhooks],
    (object) => {
      rememberHolders(object, holders);
      if (typeof object.required !== 'boolean' || 'in' in object || 'schema' in object || 'content' in object) return;
      const heldAs = holders.get(object) ?? [];
      if (heldAs.some(({ key }) => typeof key === 'string' && SCHEMA_MAPS.has(key))) return;
      sites.push(object);
    },
    { skipKeys: new Set(['example', 'examples', 'default', 'enum', 'const']) },
  );
  if (sites.length === 0) return document;
  const { root: copy, copyOf } = copiesAlongPaths(document, holders);
  for (const site of sites) delete (copyOf(site) as JsonObject).required;
  return copy;
}
