import type * as TS from 'typescript';
import { ts } from '../../libraries/typescript.js';
import { forEachObject, isJsonMediaType, unescapePointerSegment, type OpenApiDocument } from '../../document/index.js';
import { componentSchemas, schemaNameOf, type JsonObject } from './component-schemas.js';

/**
 * What a `type: string, format: binary` schema holds where it is used: a `Blob` in a multipart part or a whole
 * binary body, the string itself where the bytes travel as text (a JSON body, a form-urlencoded field, a parameter
 * or a header: JSON.stringify makes `{}` of a Blob), or either, for a component used in both kinds of place.
 */
export type BinaryReading = 'blob' | 'string' | 'either';

/**
 * Schema pass (openapi-typescript's `transform` hook, called for every schema object it types): `type: string,
 * format: binary` (a file, or a raw body) is a Blob where its bytes travel as bytes, `Blob | null` when nullable;
 * where they travel as text (`reading` 'string', see binaryReadings) it is left to openapi-typescript (`string`), and
 * a component used in both kinds of place is `Blob | string`. Undefined leaves the schema to openapi-typescript.
 */
export function binaryAsBlob(schemaObject: unknown, where: BinaryReading | (() => BinaryReading) = 'blob'): TS.TypeNode | undefined {
  if (schemaObject === null || typeof schemaObject !== 'object') return undefined;
  const { type, format, nullable } = schemaObject as JsonObject;
  if (format !== 'binary') return undefined;
  const types = Array.isArray(type) ? type : [type];
  if (!types.includes('string')) return undefined;
  // A function is asked only here: finding the reading parses the schema's path, and this runs for every schema.
  const reading = typeof where === 'function' ? where() : where;
  if (reading === 'string') return undefined;
  const f = ts.factory;
  const members: TS.TypeNode[] = [f.createTypeReferenceNode('Blob')];
  if (reading === 'either') members.push(f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword));
  if (nullable === true || types.includes('null')) members.push(f.createLiteralTypeNode(f.createNull()));
  return members.length === 1 ? members[0] : f.createUnionTypeNode(members);
}

/**
 * For openapi-typescript's schema paths (`#/paths/~1a/post/requestBody/content/application~1json/...`,
 * `#/components/schemas/File/...`), how a binary string there is held (BinaryReading). Under a media type the
 * innermost one decides: JSON and form-urlencoded carry text, any other one (multipart, octet-stream, images) bytes.
 * A component schema is held as the places that reach it through `$ref`s say (unused ones as bytes, as before);
 * a schema of a parameter or header, outside any media type, is text.
 */
export function binaryReadings(document: OpenApiDocument): (path: string) => BinaryReading {
  const schemas = componentSchemas(document);
  const reached = new Map<string, Set<'blob' | 'string'>>();
  const queue: [name: string, reading: 'blob' | 'string'][] = [];
  const follow = (root: unknown, reading: 'blob' | 'string') => {
    forEachObject(root, (object) => {
      const name = schemaNameOf(object.$ref, schemas);
      if (name !== undefined) queue.push([name, reading]);
    }, NOT_SCHEMAS);
  };
  const roots = [document.paths, (document as JsonObject).webhooks, ...Object.entries(document.components ?? {}).filter(([key]) => key !== 'schemas').map(([, value]) => value)];
  // Schemas are not walked into here (`schema` is skipped): the objects met are path items, operations, parameters,
  // headers, request bodies, responses and media types. A media type's schema is held as its media type says; any
  // other object with a schema is a parameter or a header, whose value is text.
  const mediaObjects = new Set<object>();
  forEachObject(roots, (object) => {
    const { content, schema } = object;
    if (isPlainObject(content)) {
      for (const [mediaType, media] of Object.entries(content)) {
        if (!isPlainObject(media)) continue;
        mediaObjects.add(media);
        follow(media.schema, readingOfMediaType(mediaType));
      }
    }
    if (schema !== undefined && !mediaObjects.has(object)) follow(schema, 'string');
  }, { skipKeys: new Set([...NOT_SCHEMAS.skipKeys, 'schema']) });
  while (queue.length > 0) {
    const [name, reading] = queue.pop()!;
    const seen = reached.get(name) ?? new Set();
    if (seen.has(reading)) continue;
    seen.add(reading);
    reached.set(name, seen);
    follow(schemas[name], reading);
  }
  return (path) => {
    const segments = path.replace(/^#\/?/, '').split('/').map(unescapePointerSegment);
    for (let index = segments.length - 2; index >= 0; index--) {
      if (segments[index] === 'content' && segments[index - 1] !== 'properties') return readingOfMediaType(segments[index + 1]!);
    }
    if (segments[0] === 'components' && segments[1] === 'schemas' && segments[2] !== undefined) {
      const seen = reached.get(segments[2]);
      if (seen === undefined || (seen.has('blob') && !seen.has('string'))) return 'blob';
      return seen.has('blob') ? 'either' : 'string';
    }
    return segments[0] === 'components' || segments[0] === 'paths' || segments[0] === 'webhooks' ? 'string' : 'blob';
  };
}

function readingOfMediaType(mediaType: string): 'blob' | 'string' {
  return isJsonMediaType(mediaType) || mediaType.toLowerCase().startsWith('application/x-www-form-urlencoded') ? 'string' : 'blob';
}

function isPlainObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const NOT_SCHEMAS = { skipKeys: new Set(['example', 'examples', 'default', 'enum', 'const']) };
