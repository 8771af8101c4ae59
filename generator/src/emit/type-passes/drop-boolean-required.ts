import type { OpenApiDocument } from '../../document/index.js';
import { editAlongPaths } from './copy-on-write.js';

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
  return editAlongPaths(
    document,
    (object, { key }) => {
      if (typeof object.required !== 'boolean' || 'in' in object || 'schema' in object || 'content' in object) return undefined;
      return typeof key === 'string' && SCHEMA_MAPS.has(key) ? undefined : true;
    },
    (copy) => delete copy.required,
  );
}
