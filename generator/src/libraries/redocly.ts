import { createRequire } from 'node:module';
import type * as RedoclyCore from '@redocly/openapi-core';

const require = createRequire(import.meta.url);

/** Redocly's OpenAPI core (CommonJS), loaded with `require` for the reason given in ./typescript.ts. */
export const redocly = require('@redocly/openapi-core') as typeof RedoclyCore;

interface PointerLocation {
  source: unknown;
  pointer: string;
  child(components: string | number | (string | number)[]): PointerLocation;
}

/** Redocly's pointer helpers: `Location` (the place of every node it walks) and the escaping its `child` does. */
const refUtils = require('@redocly/openapi-core/lib/ref-utils.js') as {
  Location: { new (source: unknown, pointer: string): PointerLocation; prototype: PointerLocation };
  escapePointer(segment: string | number): string | number;
};

const originalChild = refUtils.Location.prototype.child;
const originalEscape = refUtils.escapePointer;

/**
 * Runs `lint` with Redocly's pointer escaping answered from a cache of escaped keys. Its resolver escapes every key
 * of the document (escapePointer, two regular expressions each), and its walk makes a child location for every
 * node it visits (`Location.child([key])`: an array, mapped through escapePointer, joined again); the same few
 * thousand keys (`properties`, `type`, `items`, ...) repeat across the whole document. The cached versions build
 * the same strings (Redocly's joinPointer: `''` is `#/`, no second `/` after one). The cache lives for one call
 * and the originals are put back after it.
 */
export async function withCachedPointerEscapes<T>(lint: () => Promise<T>): Promise<T> {
  const escaped = new Map<string | number, string | number>();
  const escape = (segment: string | number): string | number => {
    let known = escaped.get(segment);
    if (known === undefined) escaped.set(segment, (known = originalEscape(segment)));
    return known;
  };
  refUtils.escapePointer = escape;
  refUtils.Location.prototype.child = function child(this: PointerLocation, components) {
    const key = Array.isArray(components) ? (components.length === 1 ? escape(components[0]!) : components.map(escape).join('/')) : escape(components);
    const base = this.pointer === '' ? '#/' : this.pointer;
    return new refUtils.Location(this.source, base.endsWith('/') ? `${base}${key}` : `${base}/${key}`);
  };
  try {
    return await lint();
  } finally {
    refUtils.Location.prototype.child = originalChild;
    refUtils.escapePointer = originalEscape;
  }
}

/** Redocly's `Location.child` and escapePointer as they ship (for tests comparing the cached ones with them). */
export const shippedPointerHelpers = { child: originalChild, escapePointer: originalEscape };
