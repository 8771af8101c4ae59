import { getAtPointer } from '@periskope-tools/generator';

/** Small helpers for walking an OpenAPI document as plain JSON, shared by the suite's modules. */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function refOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

/** Follows local `$ref`s (at most 32 hops, so a cycle cannot hang) to the value they point at. */
export function deref(document: unknown, value: unknown): unknown {
  let current = value;
  for (let hop = 0; hop < 32; hop++) {
    const ref = refOf(current);
    if (ref === undefined || !ref.startsWith('#')) return current;
    current = getAtPointer(document, ref.slice(1));
  }
  return current;
}
