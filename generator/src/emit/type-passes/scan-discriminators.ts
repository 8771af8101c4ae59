import type { GlobalContext } from 'openapi-typescript';
import { openapiTypescript } from '../../libraries/openapi-typescript.js';
import { forEachObject } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';

type Discriminators = GlobalContext['discriminators'];

/** Pointers as a tree of segments: `end` marks a pointer that ends at this node. */
interface PointerTree {
  end: boolean;
  children: Map<string, PointerTree>;
}

/**
 * openapi-typescript's scanDiscriminators, given only the part of the document it can act on. It walks the whole
 * document twice, copying the path at every node (about 0.3 s of GitHub's spec), to find the objects with a
 * `discriminator` or an `allOf`; it does nothing at any other object. Its view here keeps those objects themselves
 * (so that the discriminator enums it patches in land in the document), the objects their `oneOf` `$ref`s and
 * mappings point to (followed through `$ref` chains, as its resolveRef does), and copies of the objects and arrays
 * on the way to them, keys in their order and arrays at their length (another item is `null`, which it skips).
 * It meets the same objects at the same paths in the same order: the same result and the same patches.
 */
export function scanDiscriminators(document: object): Discriminators {
  const targets = patchTargets(document);
  const view = viewOf(document, targets) ?? {};
  return openapiTypescript.scanDiscriminators(view as never, { silent: true });
}

/** What scanDiscriminators acts on: an object with a discriminator's property name, or with an `allOf` list. */
function actsOn(object: JsonObject): boolean {
  const discriminator = object.discriminator as { propertyName?: unknown } | null | undefined;
  return !!discriminator?.propertyName || Array.isArray(object.allOf);
}

/** Every pointer scanDiscriminators may resolve to patch a schema: the `oneOf` `$ref`s and mapping values of each discriminator, and the `$ref`s they lead through. */
function patchTargets(document: object): PointerTree {
  const root: PointerTree = { end: false, children: new Map() };
  const refs: unknown[] = [];
  forEachObject(document, (object) => {
    const discriminator = object.discriminator as { propertyName?: unknown; mapping?: unknown } | null | undefined;
    if (!discriminator?.propertyName) return;
    if (Array.isArray(object.oneOf)) for (const item of object.oneOf) if (item !== null && typeof item === 'object') refs.push((item as JsonObject).$ref);
    if (discriminator.mapping !== null && typeof discriminator.mapping === 'object') refs.push(...Object.values(discriminator.mapping));
  });
  const seen = new Set<string>();
  while (refs.length > 0) {
    const ref = refs.pop();
    if (typeof ref !== 'string' || seen.has(ref)) continue;
    seen.add(ref);
    const segments = pointerOf(ref);
    if (segments === undefined || segments.length === 0) continue;
    let tree = root;
    let node: unknown = document;
    for (const segment of segments) {
      let child = tree.children.get(segment);
      if (!child) tree.children.set(segment, (child = { end: false, children: new Map() }));
      tree = child;
      // resolveRef's own step: a missing or falsy member ends it.
      node = node !== null && typeof node === 'object' ? (node as JsonObject)[segment] : undefined;
    }
    tree.end = true;
    // resolveRef goes on through a `$ref` where the pointer ends.
    if (node !== null && typeof node === 'object' && (node as JsonObject).$ref) refs.push((node as JsonObject).$ref);
  }
  return root;
}

/** The segments resolveRef reads from a `$ref` (Redocly's parseRef), or undefined when it would throw. */
function pointerOf(ref: string): string[] | undefined {
  try {
    return openapiTypescript.parseRef(ref).pointer;
  } catch {
    return undefined;
  }
}

/** The view of `node` (see scanDiscriminators), or undefined when nothing in it matters to the scan. */
function viewOf(node: unknown, targets: PointerTree | undefined): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    if (targets?.end) return node;
    // Allocated only once an item is kept: most arrays (enums, `required` lists) keep nothing.
    let items: unknown[] | undefined;
    const children = targets !== undefined && targets.children.size > 0 ? targets.children : undefined;
    for (let index = 0; index < node.length; index++) {
      const view = viewOf(node[index], children?.get(String(index)));
      if (view === undefined) continue;
      items ??= new Array<unknown>(node.length).fill(null);
      items[index] = view;
    }
    return items;
  }
  if (targets?.end || actsOn(node as JsonObject)) return node;
  let copy: JsonObject | undefined;
  const children = targets !== undefined && targets.children.size > 0 ? targets.children : undefined;
  for (const key of Object.keys(node)) {
    const value = (node as JsonObject)[key];
    if (value === null || typeof value !== 'object') continue;
    const view = viewOf(value, children?.get(key));
    if (view === undefined) continue;
    copy ??= {};
    // A `__proto__` key of the document is an own property, as JSON.parse made it.
    Object.defineProperty(copy, key, { value: view, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
