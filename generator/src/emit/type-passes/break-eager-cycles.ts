import { escapePointerSegment, type OpenApiDocument } from '../../document/index.js';
import { componentSchemas, SCHEMA_REF_PREFIX, schemaNameOf, type JsonObject } from './component-schemas.js';

/**
 * Document pass. A cycle of schemas that refer to each other through `allOf`/`anyOf`/`oneOf`/`$ref` alone (A is
 * `allOf: [B]`, B is `oneOf: [A, ...]`) has no finite TypeScript type. Each `$ref` that closes such a cycle is
 * replaced with `{}` (typed `unknown`) on a copy of the document, with a warning pushed to `warnings`; a document
 * without eager cycles is returned as it is. Deterministic: schemas are visited in document order.
 */
export function breakEagerCycles(document: OpenApiDocument, file: string, warnings: string[]): OpenApiDocument {
  const schemas = componentSchemas(document);
  const names = Object.keys(schemas);
  const edges = new Map(names.map((name) => [name, eagerRefs(schemas[name], schemas)]));
  const state = new Map<string, 'active' | 'done'>();
  const cut: { from: string; site: RefSite }[] = [];
  for (const root of names) {
    if (state.has(root)) continue;
    // Iterative depth-first search; an edge back to an active schema closes a cycle.
    const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
    state.set(root, 'active');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const sites = edges.get(frame.name)!;
      if (frame.next >= sites.length) {
        state.set(frame.name, 'done');
        stack.pop();
        continue;
      }
      const site = sites[frame.next++]!;
      const seen = state.get(site.target);
      if (seen === 'active') cut.push({ from: frame.name, site });
      else if (seen === undefined) {
        state.set(site.target, 'active');
        stack.push({ name: site.target, next: 0 });
      }
    }
  }
  if (cut.length === 0) return document;
  const copy = structuredClone(document);
  const copied = componentSchemas(copy);
  for (const { from, site } of cut) {
    const pointer = `/components/schemas/${[from, ...site.path].map(escapePointerSegment).join('/')}`;
    warnings.push(
      `${file} (#${pointer}): ${SCHEMA_REF_PREFIX}${site.target} closes a cycle of allOf/anyOf/oneOf references, which has no finite type; typed as unknown there`,
    );
    if (site.path.length === 0) {
      copied[from] = {};
      continue;
    }
    let parent = copied[from] as JsonObject;
    for (const segment of site.path.slice(0, -1)) parent = parent[segment] as JsonObject;
    parent[site.path[site.path.length - 1]!] = {};
  }
  return copy;
}

export interface RefSite {
  target: string;
  /** Segments from the component schema to the `$ref` object. */
  path: string[];
}

/** `$ref`s a schema's TypeScript type needs at once: its own, and those of its allOf/anyOf/oneOf members. */
export function eagerRefs(schema: unknown, schemas: JsonObject): RefSite[] {
  const sites: RefSite[] = [];
  const stack: { node: unknown; path: string[] }[] = [{ node: schema, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    const object = node as JsonObject;
    const target = schemaNameOf(object.$ref, schemas);
    if (target !== undefined) sites.push({ target, path });
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      const members = object[key];
      if (Array.isArray(members)) members.forEach((member, index) => stack.push({ node: member, path: [...path, key, String(index)] }));
    }
  }
  return sites;
}
