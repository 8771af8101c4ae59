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

/**
 * Redocly's pointer and reference helpers: `Location` (the place of every node it walks), the escaping its `child`
 * does, and how it reads references.
 */
const refUtils = require('@redocly/openapi-core/lib/ref-utils.js') as {
  Location: { new (source: unknown, pointer: string): PointerLocation; prototype: PointerLocation };
  escapePointer(segment: string | number): string | number;
  parseRef(ref: string): { uri: string | null; pointer: string[] };
  isAnchor(ref: string): boolean;
  isMappingRef(mapping: string): boolean;
  isRef(node: unknown): node is { $ref: string };
  joinPointer(base: string, key: string | number): string;
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

/** One entry of Redocly's resolved-reference map (lib/resolve.js), as its walk reads it. */
export interface ResolvedRef {
  resolved: boolean;
  isRemote: boolean;
  node: unknown;
  document: unknown;
  nodePointer?: string;
}

interface ResolveModule {
  resolveDocument(opts: { rootDocument: unknown }): Promise<Map<string, ResolvedRef>>;
  makeRefId(absoluteRef: string, ref: string): string;
}

/** Redocly's resolver module: lintDocument calls `resolveDocument` through this object. */
const resolveModule = require('@redocly/openapi-core/lib/resolve.js') as ResolveModule;
const originalResolveDocument = resolveModule.resolveDocument;

/** Redocly's own reference helpers, so that a map built outside its resolver reads references exactly as it does. */
export const redoclyRefs = {
  makeRefId: resolveModule.makeRefId,
  // The shipped escapePointer, not the cache withCachedPointerEscapes puts in place while a lint runs.
  escapePointer: originalEscape,
  parseRef: refUtils.parseRef,
  isAnchor: refUtils.isAnchor,
  isMappingRef: refUtils.isMappingRef,
  isRef: refUtils.isRef,
  joinPointer: refUtils.joinPointer,
};

/**
 * Runs `lint` with Redocly's resolveDocument answering `document` from `resolved`, a map built beforehand (see
 * load/local-refs.ts); any other document is resolved by Redocly as usual. Its resolver walks the whole document a
 * first time, typed, only to find the `$ref`s (about a fifth of the lint on GitHub's spec); the lint's own walk then
 * reads every reference it meets from the map. Only the first resolve of `document` is answered (a second one, after
 * preprocessors, is Redocly's own). The original is put back after the call.
 */
export async function withResolvedRefs<T>(document: unknown, resolved: Map<string, ResolvedRef>, lint: () => Promise<T>): Promise<T> {
  // Only the first resolve: lintDocument resolves again after preprocessors, which may have changed the document.
  let answered = false;
  resolveModule.resolveDocument = (opts) => {
    if (answered || opts.rootDocument !== document) return originalResolveDocument(opts);
    answered = true;
    return Promise.resolve(resolved);
  };
  try {
    return await lint();
  } finally {
    resolveModule.resolveDocument = originalResolveDocument;
  }
}

/** Redocly's resolveDocument as it ships (for tests comparing a prebuilt map with its own). */
export const shippedResolveDocument = originalResolveDocument;
