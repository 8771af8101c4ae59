import { unescapePointerSegment, type OpenApiDocument } from '../../document/index.js';

/** Helpers shared by the passes that follow `$ref`s between component schemas. */

export type JsonObject = Record<string, unknown>;

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** `components.schemas`, or `{}` when the document has none (or something else there). */
export function componentSchemas(document: OpenApiDocument): JsonObject {
  const schemas = document.components?.schemas;
  return schemas !== null && typeof schemas === 'object' ? (schemas as JsonObject) : {};
}

/** The component schema a `$ref` names (`#/components/schemas/Pet`), if it names one exactly. */
export function schemaNameOf(ref: unknown, schemas: JsonObject): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_REF_PREFIX)) return undefined;
  const rest = ref.slice(SCHEMA_REF_PREFIX.length);
  if (rest.includes('/')) return undefined;
  let name = unescapePointerSegment(rest);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Left as written.
  }
  return Object.prototype.hasOwnProperty.call(schemas, name) ? name : undefined;
}
