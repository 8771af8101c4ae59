import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One of Prism's parameter deserializers: `parameters` are the request's values by (lower-cased) name. */
type Deserializer = (name: string, parameters: Record<string, unknown>, schema?: { type?: unknown }, explode?: boolean) => unknown;
type Table = Record<string, Deserializer>;

/** Prism's deserializers by location and style (`body` is the `query` table itself). */
const TABLES = require('@stoplight/prism-http/dist/validator/deserializers/index.js') as Record<'header' | 'query' | 'path', Table>;

/** The styles whose deserializer reads the parameter's own value only (deepObject and form read other keys too). */
const OWN_VALUE_STYLES: Record<'header' | 'query' | 'path', string[]> = { header: ['simple'], path: ['simple', 'label', 'matrix'], query: ['spaceDelimited', 'pipeDelimited', 'commaDelimited'] };
const DELIMITERS: Record<string, string> = { spaceDelimited: ' ', pipeDelimited: '|', commaDelimited: ',' };

let repaired = false;

/**
 * Three gaps in Prism 5.14's request validation that throw instead of validating, ending the request (and, without
 * prism-guard.ts, the process), repaired in this process's Prism:
 * - Prism deserializes every parameter the operation declares, sent or not, and its `simple`, `label` and `matrix`
 *   deserializers call `.split()`/`.startsWith()` on the value: an optional array or object header left out is a
 *   TypeError. An absent parameter now reads as absent, as Prism's own `form` style already reads it (its
 *   `required` check still applies).
 * - A `spaceDelimited`/`pipeDelimited` parameter whose schema is not an array throws "only applicable to array
 *   parameter". It now reads as the OpenAPI style examples do: a primitive as it is, an object from its
 *   delimiter-separated keys and values. Arrays still go to Prism's own deserializer.
 * - A path segment with a comma reaches the path deserializers as an array (Prism's path matcher splits it), and
 *   they call string methods on it: it is joined back first.
 * Prism's CLI (`--mock cli`) runs in its own process and is not repaired. Idempotent.
 */
export function repairPrismDeserializers(): void {
  if (repaired) return;
  for (const [location, styles] of Object.entries(OWN_VALUE_STYLES) as [keyof typeof OWN_VALUE_STYLES, string[]][]) {
    const table = TABLES[location];
    for (const style of styles) {
      const original = table[style];
      if (typeof original !== 'function') throw new Error(`Prism's ${location} deserializer for style ${style} is not where prism-deserializers.ts expects it: check the Prism version`);
      table[style] = repairedDeserializer(original, DELIMITERS[style], location === 'path');
    }
  }
  repaired = true;
}

function repairedDeserializer(original: Deserializer, delimiter: string | undefined, path: boolean): Deserializer {
  return (name, parameters, schema, explode) => {
    const value = parameters[name];
    if (value === undefined) return undefined;
    // Prism matches the path with uri-template-lite, which splits a segment at its commas: the deserializer wants
    // the segment as it was sent.
    if (path && Array.isArray(value)) return original(name, { ...parameters, [name]: value.join(',') }, schema, explode);
    if (delimiter === undefined || schema?.type === 'array') return original(name, parameters, schema, explode);
    const text = Array.isArray(value) ? value[value.length - 1] : value;
    if (schema?.type !== 'object' || typeof text !== 'string') return text;
    const parts = text.split(delimiter);
    return Object.fromEntries(Array.from({ length: Math.ceil(parts.length / 2) }, (_, index) => [parts[2 * index]!, parts[2 * index + 1]]));
  };
}
