import { GeneratorError, type SourceLocation } from '../errors.js';
import { escapePointerSegment, getAtPointer } from '../document/index.js';

/** Documents above this size are refused up front instead of exhausting memory. */
export const DEFAULT_MAX_SPEC_BYTES = 64 * 1024 * 1024;

/**
 * Nesting deeper than this (objects and arrays, counted from the document root) is refused before any
 * recursive library sees it: Redocly, openapi-typescript and the TypeScript printer all recurse, and a few
 * thousand levels overflow their stacks. Real documents stay far below it (GitHub's API is 30 levels deep).
 */
export const DEFAULT_MAX_DEPTH = 256;

/** How many segments of a pointer an error shows (the pointer of a too-deep node is as long as the limit). */
const SHOWN_SEGMENTS = 8;

type Locate = (pointer: string) => SourceLocation;

/**
 * Refuses documents no later stage can handle, with a one-line error instead of a stack overflow: nesting
 * deeper than `maxDepth`. Iterative, so it cannot overflow itself. Says, from the same walk, whether any `$ref`
 * points outside the document (what validate-and-bundle.ts's hasExternalRef tells), and which `$ref`s only point
 * at each other in a circle (`A: {$ref: B}`, `B: {$ref: A}`): they have no meaning and make Redocly throw, so the
 * reader cuts each circle at one of them (cutRefCycles: typed `unknown`, with a warning), as hey-api's own
 * validators-circular-ref fixture expects a generator to get through.
 */
export function checkStructure(parsed: unknown, file: string, locate: Locate, maxDepth: number): { externalRef: boolean; refCycles: RefCycle[] } {
  // Two stacks side by side (no tuple per node: GitHub's spec has ~400,000 values).
  const nodes: unknown[] = [parsed];
  const depths: number[] = [0];
  const refs: string[] = [];
  let externalRef = false;
  let tooDeep = false;
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) {
      tooDeep = true;
      break;
    }
    if (Array.isArray(node)) {
      for (const item of node) {
        nodes.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') {
      if (ref.startsWith('#')) refs.push(ref);
      else externalRef = true;
    }
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      nodes.push((node as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  if (tooDeep) {
    const pointer = firstPointerAtDepth(parsed, maxDepth);
    const shown = '/' + pointer.split('/').slice(1, SHOWN_SEGMENTS + 1).join('/');
    throw new GeneratorError(
      `objects and arrays nest more than ${maxDepth} levels deep below here (the limit; raise it with --max-depth)`,
      safeLocate(locate, file, shown),
    );
  }
  return { externalRef, refCycles: findRefCycles(parsed, refs) };
}

/** A circle of `$ref`s that only point at each other, and the object whose `$ref` the reader removes to cut it. */
export interface RefCycle {
  /** JSON pointer (no `#`) of the object whose `$ref` closes the circle. */
  pointer: string;
  /** The circle, as `#/a → #/b → #/a`. */
  cycle: string;
}

/**
 * Removes the `$ref` that closes each circle (the object keeps its other keys: a schema that says nothing, typed
 * `unknown`). Called on every thread's copy of the document, before any other reader; a second call does nothing.
 */
export function cutRefCycles(parsed: unknown, cycles: readonly RefCycle[]): void {
  for (const { pointer } of cycles) {
    const node = getAtPointer(parsed, pointer);
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) delete (node as { $ref?: unknown }).$ref;
  }
}

/** Pointer of the first object or array (depth-first, document order) at `depth`. */
function firstPointerAtDepth(root: unknown, depth: number): string {
  const stack: [node: unknown, pointer: string, depth: number][] = [[root, '', 0]];
  while (stack.length > 0) {
    const [node, pointer, level] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (level >= depth) return pointer;
    const entries = Array.isArray(node) ? node.map((item, index) => [String(index), item] as const) : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i]!;
      stack.push([value, `${pointer}/${escapePointerSegment(key)}`, level + 1]);
    }
  }
  return '';
}

function findRefCycles(parsed: unknown, refs: string[]): RefCycle[] {
  const cycles: RefCycle[] = [];
  const settled = new Set<string>();
  for (const start of refs) {
    if (settled.has(start)) continue;
    const chain: string[] = [];
    let ref: string | undefined = start;
    while (ref !== undefined && !settled.has(ref)) {
      if (chain.includes(ref)) {
        // The last object on the way holds the `$ref` that leads back into the circle.
        cycles.push({ pointer: fragmentPointer(chain.at(-1)!), cycle: [...chain.slice(chain.indexOf(ref)), ref].join(' → ') });
        break;
      }
      chain.push(ref);
      const target = getAtPointer(parsed, fragmentPointer(ref));
      const next: unknown = target !== null && typeof target === 'object' ? (target as { $ref?: unknown }).$ref : undefined;
      ref = typeof next === 'string' && next.startsWith('#') ? next : undefined;
    }
    for (const link of chain) settled.add(link);
  }
  return cycles;
}

/** The JSON pointer of a local `$ref` (`#/components/schemas/A%20B` → `/components/schemas/A B`). */
function fragmentPointer(ref: string): string {
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

/**
 * openapi-typescript writes a `$ref`'s first segment as a type name (`#/components/...` → `components[...]`),
 * so a reference into any other top-level key (`#/x-defs/Pet`) would give output that does not compile, or
 * worse, text from the spec in code position. Only `components`, `paths`, `webhooks` and JSON Schema's root
 * `$defs` (which the types copy under components: emit/type-passes/hoist-nested-ref-targets.ts) are accepted.
 */
export function checkReferenceTargets(document: unknown, file: string, locate: Locate): void {
  const allowed = new Set(['components', 'paths', 'webhooks', '$defs']);
  const isBad = (node: object): boolean => {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#')) return false;
    const first = fragmentPointer(ref).split('/')[1];
    return first === undefined || !allowed.has(first);
  };
  // First pass without pointers (documents can be large); the second only runs to name the culprit.
  const stack: unknown[] = [document];
  let bad: object | undefined;
  while (stack.length > 0 && bad === undefined) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node) && isBad(node)) bad = node;
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') stack.push(value);
  }
  if (bad === undefined) return;
  const ref = (bad as { $ref: string }).$ref;
  throw new GeneratorError(
    `$ref ${JSON.stringify(ref)} points outside components, paths, webhooks and $defs, which the types generator cannot refer to; move its target under components`,
    safeLocate(locate, file, `${pointerOf(document, bad)}/$ref`),
  );
}

function pointerOf(root: unknown, target: object): string {
  const stack: [node: unknown, pointer: string][] = [[root, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === target) return pointer;
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === 'object') stack.push([value, `${pointer}/${escapePointerSegment(key)}`]);
    }
  }
  return '';
}

/** `locate` parses the YAML tree, which can itself run out of stack on a hostile document. */
function safeLocate(locate: Locate, file: string, pointer: string): SourceLocation {
  try {
    return locate(pointer);
  } catch {
    return { file, pointer };
  }
}
