import { hasExternalRef } from '../load/openapi.js';
import { readSource } from '../load/read-source.js';
import { validateAndBundle } from '../load/validate-and-bundle.js';

/**
 * A document to compare, as the generator would read it: parsed (YAML or JSON, within the size limits), with
 * external `$ref`s bundled by Redocly. A snapshot (openapi.snapshot.json) reads like any spec.
 */
export async function readDocument(file: string): Promise<{ document: unknown; sha256: string }> {
  const source = await readSource(file);
  if (!(source.externalRef ?? hasExternalRef(source.parsed))) return { document: source.parsed, sha256: source.sha256 };
  const bundled = await validateAndBundle(source);
  return { document: bundled.document, sha256: source.sha256 };
}

