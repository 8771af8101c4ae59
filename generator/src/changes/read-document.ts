import { createRequire } from 'node:module';
import { GeneratorError } from '../errors.js';
import { detectVersion, hasExternalRef } from '../load/openapi.js';
import { readSource, type SpecSource } from '../load/read-source.js';
import { validateAndBundle } from '../load/validate-and-bundle.js';

/**
 * A document to compare, as the generator would read it: parsed (YAML or JSON, within the size limits), with
 * external `$ref`s bundled by Redocly. A snapshot (openapi.snapshot.json) reads like any spec. A Swagger 2.0
 * document is converted to OpenAPI 3.0 first (swagger2openapi, the converter Redocly and most tools use), so a 2.0
 * API's changes, or its migration to 3.0, can be judged too; anything else that is not OpenAPI 3.x is refused with
 * its file and line (compared as if it were, it would report nothing).
 */
export async function readDocument(file: string): Promise<{ document: unknown; sha256: string }> {
  const source = await readSource(file);
  const externalRef = source.externalRef ?? hasExternalRef(source.parsed);
  if (isSwagger2(source.parsed)) return { document: await fromSwagger2(source, externalRef), sha256: source.sha256 };
  // 3.2 and later 3.x keep 3.1's shape (they add keywords such as itemSchema and methods such as QUERY, which the
  // report does not read): compared as 3.1. The generator itself takes 3.0 and 3.1 only.
  if (!isLaterOpenApi3(source.parsed)) detectVersion(source);
  if (!externalRef) return { document: source.parsed, sha256: source.sha256 };
  const bundled = await validateAndBundle(source);
  return { document: bundled.document, sha256: source.sha256 };
}

function isLaterOpenApi3(parsed: unknown): boolean {
  const version = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>).openapi : undefined;
  return typeof version === 'string' && /^3\.([2-9]|\d{2,})(\.\d+)?$/.test(version);
}

function isSwagger2(parsed: unknown): boolean {
  return parsed !== null && typeof parsed === 'object' && (parsed as Record<string, unknown>).swagger === '2.0';
}

interface Swagger2OpenApi {
  convertObj(document: unknown, options: Record<string, unknown>): Promise<{ openapi: unknown }>;
}

/** The OpenAPI 3.0 document swagger2openapi makes of a Swagger 2.0 one (loaded only when one is met). */
async function fromSwagger2(source: SpecSource, externalRef: boolean): Promise<unknown> {
  // A CommonJS package without types: required, and typed by the one function used.
  const converter = createRequire(import.meta.url)('swagger2openapi') as Swagger2OpenApi;
  try {
    // `patch` fixes the small errors 2.0 documents often have; `warnOnly` keeps a converted document usable.
    const converted = await converter.convertObj(structuredClone(source.parsed), { patch: true, warnOnly: true, resolve: externalRef, source: source.file });
    return converted.openapi;
  } catch (error) {
    throw new GeneratorError(`cannot convert this Swagger 2.0 document to OpenAPI 3.0: ${(error as Error).message}`, { file: source.file, line: 1 });
  }
}
