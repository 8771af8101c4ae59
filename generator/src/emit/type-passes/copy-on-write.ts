import { forEachObjectAt, type OpenApiDocument, type Place } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';

export type { Place } from '../../document/index.js';

/** Keys whose values are data, not parts of the API description: never walked for sites. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/**
 * The document passes' shared shape: walk every object under `components`, `paths` and `webhooks` (data keys
 * skipped), let `find` pick the sites to change (what it returns is handed to `edit`; `place` says where the walk
 * reached the object), and change them on copies made only along the path from the document to each site, the rest
 * shared (a whole copy of GitHub's spec costs about 0.3 s). `edit` gets the site's copy, which replaces the site in
 * (copies of) every holder the walk reached it through: a YAML alias puts one object in two places, and the walk
 * reaches it, and finds it, at each. A document without sites is returned as it is; the input is never changed.
 */
export function editAlongPaths<T>(
  document: OpenApiDocument,
  find: (object: JsonObject, place: Place) => T | undefined,
  edit: (copy: JsonObject, found: T) => void,
): OpenApiDocument {
  const root = document as unknown as JsonObject;
  const sites: [Place, T][] = [];
  forEachObjectAt(
    root,
    ['components', 'paths', 'webhooks'],
    (object, place) => {
      const found = find(object, place);
      if (found !== undefined) sites.push([place, found]);
    },
    { skipKeys: DATA_KEYS },
  );
  if (sites.length === 0) return document;
  const rootCopy: JsonObject = { ...root };
  const copies = new Map<object, JsonObject | unknown[]>([[root, rootCopy]]);
  const copyOf = (node: JsonObject | unknown[]): JsonObject | unknown[] => {
    let copy = copies.get(node);
    if (copy === undefined) copies.set(node, (copy = Array.isArray(node) ? [...node] : { ...node }));
    return copy;
  };
  for (const [place, found] of sites) {
    // From the document down (no recursion: a path is as deep as the document), each holder's copy takes the copy.
    const path: Place[] = [];
    for (let at: Place | undefined = place; at !== undefined; at = at.up) path.push(at);
    let holderCopy: JsonObject | unknown[] = rootCopy;
    for (let index = path.length - 1; index >= 0; index--) {
      const { holder, key } = path[index]!;
      const copy = copyOf((holder as Record<string | number, unknown>)[key] as JsonObject | unknown[]);
      (holderCopy as Record<string | number, unknown>)[key] = copy;
      holderCopy = copy;
    }
    edit(holderCopy as JsonObject, found);
  }
  return rootCopy as unknown as OpenApiDocument;
}
