import { isJsonMediaType, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';
import { editAlongPaths } from './copy-on-write.js';

/**
 * Document pass: a parameter described by `content` with a JSON media type (`in: header`, `content:
 * application/json: schema: …`) is sent as JSON text: the runtime (templates/wire.ts, jsonText) takes a string as
 * that text already and serializes anything else (the operation's spec says `json: true`; the model reads the first
 * media type the same way). openapi-typescript types a parameter from its `schema` only, so it typed such a
 * parameter `string`, and a call passing the documented object did not compile. On a copy, each such parameter
 * gets `schema: { anyOf: [<its media type's schema>, { type: string }] }`: the value, or its JSON text. Other
 * media types stay text. A document without such parameters is returned as it is.
 */
export function typeJsonContentParameters(document: OpenApiDocument): OpenApiDocument {
  return editAlongPaths(
    document,
    (object): { schema: unknown } | undefined => {
      const { in: location, name, content } = object;
      if (typeof location !== 'string' || typeof name !== 'string' || 'schema' in object) return undefined;
      if (content === null || typeof content !== 'object' || Array.isArray(content)) return undefined;
      const mediaType = Object.keys(content)[0];
      const media = mediaType === undefined ? undefined : (content as JsonObject)[mediaType];
      if (!isJsonMediaType(mediaType ?? '') || media === null || typeof media !== 'object' || !('schema' in media)) return undefined;
      return { schema: (media as JsonObject).schema };
    },
    (copy, { schema }) => (copy.schema = { anyOf: [schema, { type: 'string' }] }),
  );
}
