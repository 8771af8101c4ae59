import type { OpenAPI3 } from 'openapi-typescript';
import { openapiTypescript } from '../../libraries/openapi-typescript.js';
import { escapePointerSegment, forEachRef, type OpenApiDocument } from '../../document/index.js';
import type { JsonObject } from './component-schemas.js';

const { resolveRef } = openapiTypescript;

/**
 * Document pass. A `$ref` into something written inline (`#/paths/~1a/post/requestBody/.../schema`,
 * `#/paths/~1a/get/parameters/0`, `#/components/parameters/id/schema`, `#/components/schemas/Item/definitions/kind`,
 * a root `#/$defs/X`) is valid, but openapi-typescript turns it into an index into its types that often does not exist (see
 * hoistKindOf). For the types only, each such target is copied into the `components` section of its kind, named
 * after its pointer, and every reference to it, or into it, points there instead. Documents without such refs are
 * returned as they are.
 */
export function hoistNestedRefTargets(document: OpenApiDocument): OpenApiDocument {
  const targets = new Map<string, HoistKind>();
  forEachRef(document, (ref) => {
    const kind = hoistKindOf(ref);
    if (kind) targets.set(ref, kind);
  });
  if (targets.size === 0) return document;
  const copy = structuredClone(document);
  const components = (copy.components ??= {}) as Record<string, JsonObject>;
  const renamed = new Map<string, string>();
  for (const target of [...targets.keys()].sort()) {
    const kind = targets.get(target)!;
    const section = (components[kind.section] ??= {});
    const [prefix, where] = target.startsWith('#/paths/')
      ? [kind.pathPrefix, target.slice('#/paths/'.length)]
      : target.startsWith('#/$defs/')
        ? ['Defs_', target.slice('#/$defs/'.length)]
        : ['Nested_', target.slice('#/components/'.length)];
    let name = `${prefix}${where.replace(/~1/g, '_').replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '')}`;
    while (name in section) name += '_';
    const value = resolveRef(copy as unknown as OpenAPI3, target, { silent: true });
    if (value === undefined) continue;
    section[name] = structuredClone(value);
    renamed.set(target, `#/components/${kind.section}/${escapePointerSegment(name)}`);
  }
  // Longest first, so that a ref into a hoisted target that is itself inside another one finds its own copy.
  const byLength = [...renamed].sort(([a], [b]) => b.length - a.length);
  forEachRef(copy, (ref, holder) => {
    for (const [target, replacement] of byLength) {
      if (ref === target || ref.startsWith(`${target}/`)) {
        holder.$ref = replacement + ref.slice(target.length);
        return;
      }
    }
  });
  return copy;
}

export interface HoistKind {
  section: 'schemas' | 'parameters' | 'responses' | 'requestBodies' | 'headers';
  /** Name prefix of a copy taken from under `paths`. */
  pathPrefix: string;
}

const HOIST_KINDS: Record<HoistKind['section'], HoistKind> = {
  schemas: { section: 'schemas', pathPrefix: 'PathSchema_' },
  parameters: { section: 'parameters', pathPrefix: 'PathParameter_' },
  responses: { section: 'responses', pathPrefix: 'PathResponse_' },
  requestBodies: { section: 'requestBodies', pathPrefix: 'PathRequestBody_' },
  headers: { section: 'headers', pathPrefix: 'PathHeader_' },
};

/** Where a `$ref`'s target must be copied for openapi-typescript to type it, or undefined if it can be used as is. */
export function hoistKindOf(ref: string): HoistKind | undefined {
  if (!ref.startsWith('#/')) return undefined;
  const segments = ref.slice(2).split('/');
  const [root, section] = segments;
  // JSON Schema's own definitions at the document's root (`#/$defs/X`, openapi-typescript's jsonschema-defs
  // fixture): schemas that openapi-typescript has no type for, copied like the nested ones.
  if (root === '$defs') return segments.length >= 2 ? HOIST_KINDS.schemas : undefined;
  if (root === 'components') {
    if (segments.length <= 3) return undefined; // a component itself
  } else if (root !== 'paths') {
    return undefined;
  }
  // A `$ref` key inside an example value is data (Shutterstock's spec points one at another example).
  if (segments.some((segment, index) => (segment === 'example' || segment === 'examples') && segments[index - 1] !== 'properties')) return undefined;
  // Even `X/properties/a` is not always indexable: not when a property is called `properties` (Azure), an
  // intermediate property is optional (`X["a"]["b"]` on `{ a?: ... }`), or X is nullable. Every nested target is copied.
  if (section === 'schemas' || segments.includes('schema')) return HOIST_KINDS.schemas;
  const parent = segments.at(-2);
  if (parent === 'parameters') return HOIST_KINDS.parameters;
  if (parent === 'responses') return HOIST_KINDS.responses;
  if (parent === 'headers') return HOIST_KINDS.headers;
  if (segments.at(-1) === 'requestBody') return HOIST_KINDS.requestBodies;
  return undefined;
}
