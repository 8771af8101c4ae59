/**
 * The part of a spec a generated client depends on: the bundled document without documentation,
 * examples, code samples and vendor extensions. It is written next to the client (openapi.snapshot.json)
 * so a later spec can be compared with the one the committed client was generated from.
 */

/** Keys that carry only documentation or examples: editing them never changes the client's contract. */
const DOC_ONLY_KEYS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'title']);

/** Top-level sections about the document rather than the API's shape. */
const DOC_ONLY_ROOT_KEYS = new Set(['info', 'tags']);

/**
 * Objects whose keys are names chosen by the spec author (a property called `description` is not
 * documentation). Their values are walked, their keys are never stripped.
 */
const NAME_MAPS = new Set([
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'paths', 'responses', 'content',
  'headers', 'schemas', 'parameters', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'encoding',
  'variables', 'pathItems', 'webhooks', 'mapping', 'scopes',
]);

export function interfaceSnapshot(document: unknown): unknown {
  if (document === null || typeof document !== 'object') return document;
  const root = Object.fromEntries(Object.entries(document).filter(([key]) => !DOC_ONLY_ROOT_KEYS.has(key)));
  return strip(root, false);
}

function strip(node: unknown, isNameMap: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item, false));
  if (node === null || typeof node !== 'object') return node;
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (isNameMap) {
      entries.push([key, strip(value, false)]);
      continue;
    }
    if (DOC_ONLY_KEYS.has(key) || key.startsWith('x-')) continue;
    entries.push([key, strip(value, NAME_MAPS.has(key))]);
  }
  // fromEntries defines own properties: a property or schema named `__proto__` stays a key.
  return Object.fromEntries(entries);
}
