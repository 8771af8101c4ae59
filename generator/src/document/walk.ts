import type { JsonObject } from './types.js';

export interface WalkOptions {
  /** Keys whose values are not walked (`example`, `examples`: data, not schemas). */
  skipKeys?: ReadonlySet<string>;
}

/**
 * The one walk over a JSON tree: calls `visit` for every object (not array) in it, without recursion so deep
 * documents cannot overflow the stack; arrays are walked into. Returning `true` from `visit` stops the walk.
 * `$ref`s are not followed: a caller that needs the targets reads them from the objects it visits.
 */
export function forEachObject(root: unknown, visit: (object: JsonObject) => boolean | void, options: WalkOptions = {}): void {
  const skip = options.skipKeys;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const object = node as JsonObject;
    if (visit(object) === true) return;
    for (const key of Object.keys(object)) if (skip === undefined || !skip.has(key)) stack.push(object[key]);
  }
}
