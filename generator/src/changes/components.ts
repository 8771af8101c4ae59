/**
 * Components no operation reaches, by name. The generated package exports openapi-typescript's `components` type,
 * which code in other repos types values by (`components['schemas']['Pet']`), so such a component removed or changed
 * is a change to that export even though no method of the client uses it. Components an operation reaches are
 * compared with it, where the direction data flows is known.
 */
import { forEachRef, getAtPointer, isObject, joinPointer, refPointer, type JsonObject as Json } from '../document/index.js';

/** The component sections compared on their own: the exported types a caller can name. */
export const EXPORTED_SECTIONS = ['schemas', 'responses'] as const;
export type ExportedSection = (typeof EXPORTED_SECTIONS)[number];

/** Pointers (`/components/schemas/Pet`) of everything the document's operations and webhooks lead to through `$ref`s. */
export function reachedPointers(document: Json): Set<string> {
  const reached = new Set<string>();
  const pending: unknown[] = [document.paths, document.webhooks];
  while (pending.length > 0) {
    forEachRef(pending.pop(), (ref) => {
      const pointer = refPointer(ref);
      if (pointer === undefined || reached.has(pointer)) return;
      reached.add(pointer);
      pending.push(getAtPointer(document, pointer));
    });
  }
  return reached;
}

/** The components (section and name) on either side that neither side's operations reach, each once. */
export function unreachedComponents(base: Json, spec: Json): { section: ExportedSection; name: string }[] {
  // A pointer into a component (`/components/schemas/Pet/properties/id`) reaches the component itself.
  const reached = new Set([...reachedPointers(base), ...reachedPointers(spec)].map((pointer) => pointer.split('/').slice(0, 4).join('/')));
  return EXPORTED_SECTIONS.flatMap((section) => {
    const entries = (doc: Json) => (isObject(doc.components) && isObject(doc.components[section]) ? Object.keys(doc.components[section]) : []);
    const names = [...new Set([...entries(base), ...entries(spec)])];
    return names.filter((name) => !reached.has(componentPointer(section, name))).map((name) => ({ section, name }));
  });
}

export function componentPointer(section: ExportedSection, name: string): string {
  return `/components/${section}${joinPointer(name)}`;
}
