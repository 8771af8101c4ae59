/**
 * What the comparison of two documents carries along (walk.ts, compare-schema.ts): the two sides, the differences found
 * so far, and the small helpers both use to record and locate them.
 */
import {
  derefWithPointer,
  isObject,
  joinPointer,
  type JsonObject as Json,
} from '../document/index.js';
import type { Difference, Direction, Subject } from './types.js';

/** Keys that only document: a change there is `docs`, whatever it says. */
export const DOC_KEYS = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', 'x-codeSamples']);

export interface Side {
  doc: Json;
  pointer: string;
}

export interface Walk {
  base: Json;
  spec: Json;
  operation: string;
  differences: Difference[];
  /** `$ref` pairs being compared in this operation, so recursive schemas end. */
  inProgress: Set<string>;
  /**
   * What each `$ref` pair (and direction) produced the first time, for every operation: Stripe's 452 operations
   * reach the same few hundred schemas, compared once. (Inside a cycle the first result may lack what an outer
   * pair reports; that outer pair's own differences are listed all the same.)
   */
  known: Map<string, Difference[]>;
}

export function compareDocumentation(walk: Walk, before: Json, after: Json, b: Side, a: Side, where: string): void {
  for (const key of DOC_KEYS) {
    if (same(before[key], after[key])) continue;
    const kind = !(key in before) ? 'added' : !(key in after) ? 'removed' : 'changed';
    walk.differences.push({ subject: 'documentation', kind, direction: 'neutral', operation: walk.operation, pointer: (key in after ? sideOf(a, key) : sideOf(b, key)).pointer, where, name: key });
  }
}

export function push(walk: Walk, subject: Subject, kind: Difference['kind'], direction: Direction, at: Side, where: string, extra: Partial<Difference> = {}): void {
  walk.differences.push({ subject, kind, direction, operation: walk.operation, pointer: at.pointer, where, ...extra });
}

export function side(doc: Json, pointer: string, key: string): Side {
  return { doc, pointer: `${pointer}${joinPointer(key)}` };
}

export function sideOf(parent: Side, key: string | number): Side {
  return { doc: parent.doc, pointer: `${parent.pointer}${joinPointer(key)}` };
}

/** A value with its `$ref`s followed, and where it really lives (the component, for a reference). */
export function follow(doc: Json, value: unknown, at: Side): { value: Json | undefined; side: Side } {
  const resolved = derefWithPointer(doc, value, at.pointer);
  if (!resolved || !isObject(resolved.value)) return { value: undefined, side: at };
  return { value: resolved.value, side: { doc, pointer: resolved.pointer } };
}

export function withoutDocs(value: unknown): unknown {
  return isObject(value) ? Object.fromEntries(Object.entries(value).filter(([key]) => !DOC_KEYS.has(key))) : value;
}

/** Equal as JSON, whatever the order of object keys (a spec reformatted with sorted keys changes nothing). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON text with every object's keys sorted: one text per value, however its keys were written. */
export function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (!isObject(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) {
      if (key === '__proto__') Object.defineProperty(sorted, key, { value: inner[key], enumerable: true, writable: true, configurable: true });
      else sorted[key] = inner[key];
    }
    return sorted;
  });
}
