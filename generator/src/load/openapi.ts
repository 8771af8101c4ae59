import { GeneratorError, type SourceLocation } from '../errors.js';
import { forEachRef, type OpenApiDocument } from '../document/index.js';
import type { SpecSource } from './read-source.js';

// What the spec is (OpenAPI 3.0 or 3.1, with or without external `$ref`s) and how lint warnings read, apart from
// validate-and-bundle.ts so that a thread that only needs these does not load Redocly.

export type OpenApiVersion = '3.0' | '3.1';

export type { OpenApiDocument };

export interface BundledSpec {
  source: SpecSource;
  version: OpenApiVersion;
  /** Every external $ref inlined; internal $refs kept as they are. */
  document: OpenApiDocument;
  /** Non-fatal problems, already formatted with file and line. */
  warnings: string[];
}

/** A non-fatal problem, as plain data (it crosses threads); `location` is set when it is known already. */
export interface LintWarning {
  message: string;
  pointer: string;
  ruleId: string;
  location?: SourceLocation;
}

export function detectVersion(source: SpecSource): OpenApiVersion {
  const parsed = source.parsed as Record<string, unknown> | null;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new GeneratorError('not an OpenAPI document: the top level is not a mapping', { file: source.file, line: 1 });
  }
  if ('swagger' in parsed) {
    throw new GeneratorError(
      `Swagger ${String(parsed.swagger)} is not supported: convert it to OpenAPI 3 first (for example with swagger2openapi)`,
      source.locate('/swagger'),
    );
  }
  const version = parsed.openapi;
  if (typeof version !== 'string') {
    throw new GeneratorError('not an OpenAPI 3.x document: there is no `openapi` version field', { file: source.file, line: 1 });
  }
  // `3.0` and `3.1` without a patch number are read as their family, as Redocly and openapi-typescript read them.
  if (/^3\.0(\.\d+)?$/.test(version)) return '3.0';
  if (/^3\.1(\.\d+)?$/.test(version)) return '3.1';
  throw new GeneratorError(`OpenAPI ${version} is not supported (3.0.x and 3.1.x are)`, source.locate('/openapi'));
}

/** A note when the `openapi` field names a version family without its patch number (`"3.0"`), which is read as that family. */
export function versionWarnings(source: SpecSource): LintWarning[] {
  const version = (source.parsed as Record<string, unknown>).openapi;
  if (typeof version !== 'string' || !/^3\.[01]$/.test(version)) return [];
  // Unquoted in the text: a number the reader turned into this string (read-source.ts).
  const number = /(?:^|[{,])\s*"?openapi"?\s*:\s*(3(?:\.\d+)?)\s*(?:[,}#]|$)/m.exec(source.text)?.[1];
  if (number !== undefined) {
    return [{ message: `\`openapi: ${number}\` is a number, not a version string; read as OpenAPI ${version} (quote it, or name the patch version: "${version}.x")`, pointer: '/openapi', ruleId: 'openapi-version' }];
  }
  return [{ message: `\`openapi: "${version}"\` names no patch version (${version}.x); read as OpenAPI ${version}`, pointer: '/openapi', ruleId: 'openapi-version' }];
}

/** A warning for each `$ref` circle the reader cut (read-source.ts): the schema there is typed `unknown`. */
export function refCycleWarnings(source: SpecSource): LintWarning[] {
  return (source.refCycles ?? []).map(({ pointer, cycle }) => ({
    message: `circular $ref: ${cycle} (a reference that only leads back to itself, so it has no type); the $ref is dropped here and the schema typed unknown`,
    pointer,
    ruleId: 'ref-cycle',
  }));
}

/** Whether any `$ref` points outside the document (a `$ref` key inside an example counts too: harmless). */
export function hasExternalRef(document: unknown): boolean {
  let found = false;
  forEachRef(document, (ref) => (found = !ref.startsWith('#')));
  return found;
}

/** Warnings beyond this many are reported by JSON pointer only: finding a line parses the whole text again. */
const LOCATED_WARNINGS = 20;

/** One line per warning, with file and line for the first LOCATED_WARNINGS (found together: one pass). */
export function describeWarnings(warnings: readonly LintWarning[], source: SpecSource): string[] {
  const toLocate = warnings.slice(0, LOCATED_WARNINGS).map((warning, index) => ({ warning, index })).filter(({ warning }) => !warning.location);
  const located = source.locateAll(toLocate.map(({ warning }) => problemPointer(warning.ruleId, warning.pointer)));
  const locations = new Map(toLocate.map(({ index }, at) => [index, { ...located[at]!, pointer: warnings[index]!.pointer }]));
  return warnings.map((warning, index) => {
    const location = warning.location ?? locations.get(index) ?? { file: source.file, pointer: warning.pointer };
    return new GeneratorError(warning.message, location).message;
  });
}

/** An unresolved reference is reported at the object holding it; the `$ref` line is what to fix. */
export function problemPointer(ruleId: string, pointer: string): string {
  return ruleId === 'no-unresolved-refs' ? `${pointer}/$ref` : pointer;
}
