import { forEachObject, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';

/** Where an object or array is held: its container and key there (more than one for a YAML alias). */
export type HeldAs = readonly { holder: JsonObject | unknown[]; key: string | number }[];

/** Keys whose values are data, not parts of the API description: never walked for sites. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/**
 * The document passes' shared shape: walk every object under `components`, `paths` and `webhooks` (data keys
 * skipped), let `find` pick the sites to change (what it returns is handed to `edit`), and change them on copies
 * made only along the path from the document to each site, the rest shared (a whole copy of GitHub's spec costs
 * about 0.3 s). `edit` gets the site's copy, which replaces the site in (copies of) every object that holds it.
 * A document without sites is returned as it is; the input is never changed.
 */
export function editAlongPaths<T>(
  document: OpenApiDocument,
  find: (object: JsonObject, heldAs: HeldAs) => T | undefined,
  edit: (copy: JsonObject, found: T) => void,
): OpenApiDocument {
  const holders: Map<object, { holder: JsonObject | unknown[]; key: string | number }[]> = new Map();
  const remember = (holder: JsonObject | unknown[]): void => {
    const entries: [string | number, unknown][] = Array.isArray(holder) ? holder.map((value, index) => [index, value]) : Object.entries(holder);
    for (const [key, value] of entries) {
      if (value === null || typeof value !== 'object') continue;
      const known = holders.get(value);
      if (known) known.push({ holder, key });
      else holders.set(value, [{ holder, key }]);
      // The walk visits objects only: the items of an array (an `allOf` list) are remembered with the array.
      if (Array.isArray(value) && !known) remember(value);
    }
  };
  const root = document as unknown as JsonObject;
  remember(root);
  const sites: [JsonObject, T][] = [];
  forEachObject(
    [root.components, root.paths, root.webhooks],
    (object) => {
      remember(object);
      const found = find(object, holders.get(object) ?? []);
      if (found !== undefined) sites.push([object, found]);
    },
    { skipKeys: DATA_KEYS },
  );
  if (sites.length === 0) return document;
  const copies = new Map<object, JsonObject | unknown[]>();
  const copyOf = (node: JsonObject | unknown[]): JsonObject | unknown[] => {
    let copy = copies.get(node);
    if (copy) return copy;
    copy = Array.isArray(node) ? [...node] : { ...node };
    copies.set(node, copy);
    // Every place that holds it (a YAML alias can put one object in two), so all of them see the copy.
    for (const { holder, key } of holders.get(node) ?? []) (copyOf(holder) as Record<string | number, unknown>)[key] = copy;
    return copy;
  };
  const copied = copyOf(root) as unknown as OpenApiDocument;
  for (const [site, found] of sites) edit(copyOf(site) as JsonObject, found);
  return copied;
}
