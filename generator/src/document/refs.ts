import { GeneratorError } from '../errors.js';
import { getAtPointer } from './pointer.js';
import { forEachObject } from './walk.js';
import { isObject, type JsonObject } from './types.js';

/** The longest `$ref` chain followed before calling it circular; one limit for every stage. */
export const MAX_REF_HOPS = 64;

export interface Resolved<T> {
  value: T;
  /** JSON pointer of the object the value came from (after following $refs). */
  pointer: string;
}

export function refOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

/**
 * `#/components/schemas/a%20b` → `/components/schemas/a b`: a local `$ref` is a URI fragment, so it is
 * percent-decoded before it is read as a JSON pointer. Malformed escapes are kept as written.
 */
export function refPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

type Step = { kind: 'done'; value: unknown; pointer: string } | { kind: 'external' | 'dangling' | 'circular'; ref: string; pointer: string };

/** The one `$ref` follower: every other function here reads its verdict. */
function follow(document: unknown, value: unknown, pointer: string): Step {
  let current = value;
  let currentPointer = pointer;
  const visited = new Set<string>();
  for (let hop = 0; hop <= MAX_REF_HOPS; hop++) {
    const ref = refOf(current);
    if (ref === undefined) return { kind: 'done', value: current, pointer: currentPointer };
    const target = refPointer(ref);
    if (target === undefined) return { kind: 'external', ref, pointer: currentPointer };
    if (visited.has(target)) return { kind: 'circular', ref, pointer: currentPointer };
    visited.add(target);
    const next = getAtPointer(document, target);
    if (next === undefined) return { kind: 'dangling', ref, pointer: currentPointer };
    current = next;
    currentPointer = target;
  }
  return { kind: 'circular', ref: refOf(current) ?? '', pointer: currentPointer };
}

/**
 * Follows local `$ref`s (the document is already bundled) to the object they name, with the pointer it sits
 * at. Throws a GeneratorError for an external, dangling or circular reference.
 */
export function resolveRef<T>(document: unknown, value: unknown, pointer: string): Resolved<T> {
  const step = follow(document, value, pointer);
  if (step.kind === 'done') return { value: step.value as T, pointer: step.pointer };
  const reason =
    step.kind === 'external'
      ? `$ref ${step.ref} was not bundled`
      : step.kind === 'dangling'
        ? `dangling $ref: ${step.ref}`
        : `circular $ref chain through ${step.ref} (or longer than ${MAX_REF_HOPS} hops)`;
  throw new GeneratorError(reason, { file: '<bundled spec>', pointer: step.pointer });
}

/**
 * The lenient reading, for code that inspects documents it did not validate (drift, mutations, samples): the
 * object the `$ref`s lead to, or undefined when they lead nowhere (external, dangling or circular).
 * The result is the document's own object, so edits through it land in the document.
 */
export function deref(document: unknown, value: unknown): unknown {
  const step = follow(document, value, '');
  return step.kind === 'done' ? step.value : undefined;
}

/** `deref`, with the pointer of the object the `$ref`s lead to (`pointer` itself when there is no `$ref`). */
export function derefWithPointer(document: unknown, value: unknown, pointer: string): Resolved<unknown> | undefined {
  const step = follow(document, value, pointer);
  return step.kind === 'done' ? { value: step.value, pointer: step.pointer } : undefined;
}

/** `deref`, as an object: `{}` when the value is missing or not an object. */
export function derefObject(document: unknown, value: unknown): JsonObject {
  const resolved = deref(document, value);
  return isObject(resolved) ? resolved : {};
}

/**
 * Calls `visit` for every `$ref` string in the document (with the object holding it), without recursion so
 * deep documents cannot overflow the stack. Returning `true` from `visit` stops the walk.
 */
export function forEachRef(node: unknown, visit: (ref: string, holder: JsonObject) => boolean | void): void {
  forEachObject(node, (object) => typeof object.$ref === 'string' && visit(object.$ref, object) === true);
}
