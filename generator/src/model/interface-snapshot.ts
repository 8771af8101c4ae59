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

/** openapi.snapshot.json's text: the interface snapshot under a first key (`//`) saying where it came from. */
export function snapshotText(document: unknown, generatedFrom: string): string {
  return JSON.stringify({ '//': generatedFrom, ...(interfaceSnapshot(document) as object) }, null, 2) + '\n';
}

export function interfaceSnapshot(document: unknown): unknown {
  if (document === null || typeof document !== 'object') return document;
  const root = Object.fromEntries(Object.entries(document).filter(([key]) => !DOC_ONLY_ROOT_KEYS.has(key)));
  return strip(root, false);
}

function strip(node: unknown, isNameMap: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item, false));
  if (node === null || typeof node !== 'object') return node;
  // Built key by key (no entries arrays: this copies the whole document, so allocations count).
  const stripped: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    if (!isNameMap && (DOC_ONLY_KEYS.has(key) || key.startsWith('x-'))) continue;
    const value = strip((node as Record<string, unknown>)[key], !isNameMap && NAME_MAPS.has(key));
    // An assignment to `__proto__` would set the prototype: a property or schema named so stays a key.
    if (key === '__proto__') Object.defineProperty(stripped, key, { value, enumerable: true, writable: true, configurable: true });
    else stripped[key] = value;
  }
  return stripped;
}
