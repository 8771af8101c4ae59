import type { JsonObject } from './component-schemas.js';

/** Where each object or array is held: its container and key there (more than one for a YAML alias). */
export type Holders = Map<object, { holder: JsonObject | unknown[]; key: string | number }[]>;

/**
 * Records where each object and array directly in `holder` is held (arrays are followed into, since a walk over
 * objects does not stop at them). Call it for the document and for every object the pass's walk visits.
 */
export function rememberHolders(holder: JsonObject | unknown[], holders: Holders): void {
  const entries: [string | number, unknown][] = Array.isArray(holder) ? holder.map((value, index) => [index, value]) : Object.entries(holder);
  for (const [key, value] of entries) {
    if (value === null || typeof value !== 'object') continue;
    const known = holders.get(value);
    if (known) known.push({ holder, key });
    else holders.set(value, [{ holder, key }]);
    if (Array.isArray(value) && !known) rememberHolders(value, holders);
  }
}

/**
 * Copies made along the path from the document to each node a pass changes, the rest shared (a whole copy of
 * GitHub's spec costs about 0.3 s): `copyOf(node)` is the node's copy, put in place of it in (copies of) every
 * object that holds it. `root` is the document's copy.
 */
export function copiesAlongPaths<T extends object>(document: T, holders: Holders): { root: T; copyOf(node: JsonObject | unknown[]): JsonObject | unknown[] } {
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
  return { root: copyOf(document as unknown as JsonObject) as unknown as T, copyOf };
}
