import { forEachObject, type OpenApiDocument } from '../../document/index.js';
import { SCHEMA_REF_PREFIX, type JsonObject } from './component-schemas.js';

/**
 * Document pass. openapi-typescript narrows each `oneOf` target of a discriminator to that discriminator's value
 * for it (its mapping keys, else the schema's name), patching the component itself, once: the first discriminator
 * that lists a component decides its literal. A component several discriminators of one property name list with
 * other values (oas-examples' discriminators.json: `OptionOneNoDisc` is `'Option One'` under one mapping and
 * `'OptionOneNoDisc'` under a discriminator without one) would refuse every value but the first. On a copy, each
 * of those discriminators maps every value any of them gives the component, so its type takes each of them (the
 * union the spec allows somewhere; a mapping that names a schema, `a: Cat`, is written as the `$ref` it means).
 * Returns the document itself when no component is listed with differing values.
 */
export function shareDiscriminatorValues(document: OpenApiDocument): OpenApiDocument {
  if (sharedTargets(collect(document)).length === 0) return document;
  const copy = structuredClone(document);
  const sites = collect(copy);
  for (const { target, property, values } of sharedTargets(sites)) {
    for (const site of sites) {
      if (site.property !== property || !site.values.has(target)) continue;
      const mapping: JsonObject = {};
      for (const [ref, own] of site.values) for (const value of ref === target ? values : own) mapping[value] = ref;
      // Entries the values above do not cover (a mapping to a schema outside `oneOf`) are kept as written.
      const written = isObject(site.discriminator.mapping) ? site.discriminator.mapping : {};
      site.discriminator.mapping = { ...written, ...mapping };
    }
  }
  return copy;
}

interface Site {
  discriminator: JsonObject;
  property: string;
  /** Each `oneOf` target (`#/components/schemas/X`) and the values this discriminator gives it. */
  values: Map<string, string[]>;
}

/** Every schema with a discriminator and a `oneOf` of component references. */
function collect(document: OpenApiDocument): Site[] {
  const sites: Site[] = [];
  forEachObject(document, (schema) => {
    const discriminator = schema.discriminator;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string' || !Array.isArray(schema.oneOf)) return;
    const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
    const values = new Map<string, string[]>();
    for (const member of schema.oneOf) {
      const ref = isObject(member) && typeof member.$ref === 'string' && member.$ref.startsWith(SCHEMA_REF_PREFIX) ? member.$ref : undefined;
      if (ref === undefined || values.has(ref)) continue;
      const mapped = Object.keys(mapping).filter((key) => asRef(mapping[key]) === ref);
      values.set(ref, mapped.length > 0 ? mapped : [ref.slice(ref.lastIndexOf('/') + 1)]);
    }
    sites.push({ discriminator, property: discriminator.propertyName, values });
  }, { skipKeys: new Set(['example', 'examples']) });
  return sites;
}

/** The targets that discriminators of one property name give different values, with the union of them. */
function sharedTargets(sites: Site[]): { target: string; property: string; values: string[] }[] {
  const byKey = new Map<string, { target: string; property: string; sets: string[][] }>();
  for (const site of sites) {
    for (const [target, values] of site.values) {
      const key = JSON.stringify([site.property, target]);
      const entry = byKey.get(key) ?? { target, property: site.property, sets: [] };
      entry.sets.push(values);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].flatMap(({ target, property, sets }) => {
    const union = [...new Set(sets.flat())];
    return sets.some((set) => set.length !== union.length) ? [{ target, property, values: union }] : [];
  });
}

/** A mapping value as the `$ref` it means: `Cat` → `#/components/schemas/Cat`. */
function asRef(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.includes('/') || value.startsWith('#') ? value : `${SCHEMA_REF_PREFIX}${value}`;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
