import { forEachObject, isJsonMediaType, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';
import { copiesAlongPaths, rememberHolders, type Holders } from './copy-on-write.js';

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
  const holders: Holders = new Map();
  const sites: { parameter: JsonObject; schema: unknown }[] = [];
  const root = document as unknown as JsonObject;
  rememberHolders(root, holders);
  forEachObject(
    [root.components, root.paths, root.webhooks],
    (object) => {
      rememberHolders(object, holders);
      const { in: location, name, content } = object;
      if (typeof location !== 'string' || typeof name !== 'string' || 'schema' in object) return;
      if (content === null || typeof content !== 'object' || Array.isArray(content)) return;
      const mediaType = Object.keys(content)[0];
      const media = mediaType === undefined ? undefined : (content as JsonObject)[mediaType];
      if (!isJsonMediaType(mediaType ?? '') || media === null || typeof media !== 'object' || !('schema' in media)) return;
      sites.push({ parameter: object, schema: (media as JsonObject).schema });
    },
    { skipKeys: new Set(['example', 'examples', 'default', 'enum', 'const']) },
  );
  if (sites.length === 0) return document;
  const { root: copy, copyOf } = copiesAlongPaths(document, holders);
  for (const { parameter, schema } of sites) (copyOf(parameter) as JsonObject).schema = { anyOf: [schema, { type: 'string' }] };
  return copy;
}
