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
  if (root === null || typeof root !== 'object') return;
  // Only objects and arrays go on the stack (most values are strings and numbers), in the order they come.
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const object = node as JsonObject;
    if (visit(object) === true) return;
    for (const key of Object.keys(object)) {
      if (skip !== undefined && skip.has(key)) continue;
      const value = object[key];
      if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
}

/** Where a walk reached an object or array: what holds it, under which key, and where that holder was reached. */
export interface Place {
  readonly holder: JsonObject | unknown[];
  readonly key: string | number;
  /** The holder's own place; undefined when the holder is where the walk started. */
  readonly up: Place | undefined;
}

/**
 * forEachObject over `start[key]` for each of `keys`, telling each visit the place it reached the object at (the
 * same objects in the same order). A pass that edits copies along the path to what it finds needs that path; a
 * place is one small record per object, where a map of every object's holders cost a pass a third of its time.
 */
export function forEachObjectAt(
  start: JsonObject,
  keys: readonly string[],
  visit: (object: JsonObject, place: Place) => boolean | void,
  options: WalkOptions = {},
): void {
  const skip = options.skipKeys;
  const stack: Place[] = keys.map((key) => ({ holder: start, key, up: undefined }));
  while (stack.length > 0) {
    const place = stack.pop()!;
    const node = (place.holder as Record<string | number, unknown>)[place.key];
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (item !== null && typeof item === 'object') stack.push({ holder: node, key: index, up: place });
      }
      continue;
    }
    const object = node as JsonObject;
    if (visit(object, place) === true) return;
    for (const key of Object.keys(object)) {
      if (skip !== undefined && skip.has(key)) continue;
      const value = object[key];
      if (value !== null && typeof value === 'object') stack.push({ holder: object, key, up: place });
    }
  }
}
