import { GeneratorError } from '../errors.js';
import { getAtPointer } from '../load/json-pointer.js';

export interface Resolved<T> {
  value: T;
  /** JSON pointer of the object the value came from (after following $refs). */
  pointer: string;
}

const MAX_REF_HOPS = 64;

/** Follows local `$ref`s (the document is already bundled) until a non-reference object is reached. */
export function resolveLocal<T>(document: unknown, value: unknown, pointer: string): Resolved<T> {
  let current = value;
  let currentPointer = pointer;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const ref = refOf(current);
    if (ref === undefined) return { value: current as T, pointer: currentPointer };
    if (!ref.startsWith('#')) {
      throw new GeneratorError(`$ref ${ref} was not bundled`, { file: '<bundled spec>', pointer: currentPointer });
    }
    currentPointer = decodeFragment(ref.slice(1));
    current = getAtPointer(document, currentPointer);
    if (current === undefined) {
      throw new GeneratorError(`dangling $ref: ${ref}`, { file: '<bundled spec>', pointer });
    }
  }
  throw new GeneratorError(`$ref chain longer than ${MAX_REF_HOPS} hops (circular?)`, { file: '<bundled spec>', pointer });
}

export function refOf(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string') {
    return (value as { $ref: string }).$ref;
  }
  return undefined;
}

/** `$ref` fragments are URI fragments: `%7B` is `{`. Malformed escapes are left as written. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Calls `visit` for every `$ref` string in the document (with the object holding it), without recursion so
 * deep documents cannot overflow the stack. Returning `true` from `visit` stops the walk.
 */
export function forEachRef(node: unknown, visit: (ref: string, holder: Record<string, unknown>) => boolean | void): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    const object = current as Record<string, unknown>;
    if (typeof object.$ref === 'string' && visit(object.$ref, object) === true) return;
    for (const value of Object.values(object)) stack.push(value);
  }
}
