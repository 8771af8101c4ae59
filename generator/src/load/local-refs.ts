import { forEachObject, isObject } from '../document/index.js';
import { redoclyRefs, type ResolvedRef } from '../libraries/redocly.js';

const { escapePointer, isAnchor, isMappingRef, isRef, joinPointer, makeRefId, parseRef } = redoclyRefs;

/** A document as Redocly's lint takes it. */
export interface RedoclyDocument {
  source: { absoluteRef: string };
  parsed: unknown;
}

/**
 * Redocly's resolved-reference map for a document whose references are all local JSON pointers (`#/...`), as its
 * resolver would build it: one entry per `$ref` text (and per discriminator mapping that reads as one), each made
 * the way its followRef makes it (through `$ref`s on the way, and on to the end of a chain), with its own pointer
 * helpers. One untyped walk collects the references: it also finds some inside examples, which Redocly never
 * resolves; their entries are never read, since its lint walks no example. Undefined, so that Redocly resolves the
 * document itself, whenever anything is not that simple: an anchor or `$anchor`, an `externalValue`, a reference
 * with a file or URL part, one Redocly would throw on (a pointer through `null`, bad percent-encoding) or a chain of
 * `$ref`s that comes back to itself. test/load/local-refs.test.ts compares the map with Redocly's own.
 */
export function localRefMap(document: RedoclyDocument): Map<string, ResolvedRef> | undefined {
  const refs = new Set<string>();
  let unusual = false;
  forEachObject(document.parsed, (object) => {
    if ('$anchor' in object || typeof object.externalValue === 'string') return (unusual = true);
    if (typeof object.$ref === 'string') refs.add(object.$ref);
    if (isObject(object.mapping)) for (const value of Object.values(object.mapping)) if (typeof value === 'string' && isMappingRef(value)) refs.add(value);
    return false;
  });
  if (unusual) return undefined;
  const map = new Map<string, ResolvedRef>();
  for (const ref of refs) {
    const entry = follow(document, ref, new Set());
    if (entry === undefined) return undefined;
    map.set(makeRefId(document.source.absoluteRef, ref), entry);
  }
  return map;
}

/** Redocly's followRef for a local reference (lib/resolve.js), or undefined where it would do anything else. */
function follow(document: RedoclyDocument, ref: string, followed: Set<object>): ResolvedRef | undefined {
  if (isAnchor(ref)) return undefined;
  let parsed: { uri: string | null; pointer: string[] };
  try {
    parsed = parseRef(ref);
  } catch {
    return undefined;
  }
  if (parsed.uri !== null) return undefined;
  let entry: ResolvedRef = { resolved: true, document, isRemote: false, node: document.parsed, nodePointer: '#/' };
  let target: unknown = document.parsed;
  for (const segment of parsed.pointer) {
    if (typeof target !== 'object') {
      target = undefined;
      break;
    }
    if (target === null) return undefined;
    const member = (target as Record<string, unknown>)[segment];
    if (member !== undefined) {
      target = member;
      entry.nodePointer = joinPointer(entry.nodePointer!, escapePointer(segment));
    } else if (isRef(target)) {
      const through = followTarget(document, target, followed);
      if (through === undefined) return undefined;
      entry = { ...through };
      if (typeof entry.node !== 'object') {
        target = undefined;
        break;
      }
      if (entry.node === null) return undefined;
      target = (entry.node as Record<string, unknown>)[segment];
      entry.nodePointer = joinPointer(entry.nodePointer!, escapePointer(segment));
    } else {
      target = undefined;
      break;
    }
  }
  entry.node = target;
  entry.document = document;
  if (isRef(target)) return followTarget(document, target, followed);
  return entry;
}

/** Follows the `$ref` object a pointer reached; undefined on a chain that comes back to one already followed. */
function followTarget(document: RedoclyDocument, target: { $ref: string }, followed: Set<object>): ResolvedRef | undefined {
  if (followed.has(target)) return undefined;
  followed.add(target);
  const entry = follow(document, target.$ref, followed);
  return entry === undefined ? undefined : { ...entry };
}
