import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Document, LineCounter as YamlLineCounter, Node } from 'yaml';
import { GeneratorError, type SourceLocation } from '../errors.js';
import { locateJsonPointers } from './json-locator.js';
import { splitPointer } from '../document/index.js';
import { checkStructure, cutRefCycles, DEFAULT_MAX_DEPTH, DEFAULT_MAX_SPEC_BYTES, type RefCycle } from './limits.js';
import { yaml } from '../libraries/yaml.js';

export { DEFAULT_MAX_SPEC_BYTES };

export interface SpecSource {
  /** Path as the user gave it (used in messages). */
  file: string;
  text: string;
  sha256: string;
  parsed: unknown;
  /** How the text was parsed: JSON.parse, or the YAML parser (JSON that JSON.parse refuses may still be YAML). */
  syntax: 'json' | 'yaml';
  /** Whether a `$ref` points outside the document, when the reader's structure check found out (it walks every node). */
  externalRef?: boolean;
  /** Circles of `$ref`s the reader cut in `parsed` (limits.ts, cutRefCycles); each is a warning. */
  refCycles?: readonly RefCycle[];
  /** Line and column of the node at a JSON pointer, for error messages. */
  locate(pointer: string): SourceLocation;
  /** The same for many pointers at once: for a JSON spec, one pass over the text instead of one per pointer. */
  locateAll(pointers: readonly string[]): SourceLocation[];
}

export interface ReadOptions {
  maxBytes?: number;
  /** Deepest nesting of objects and arrays accepted (default DEFAULT_MAX_DEPTH). */
  maxDepth?: number;
}

/** Reads, parses and checks the document's structure (nesting depth, circular `$ref`s). */
export async function readSource(file: string, options: ReadOptions = {}): Promise<SpecSource> {
  return parseSpecFile(await readSpecFile(file, options), options);
}

/** The spec's bytes as text, with their hash: what is read once and handed to every thread that needs it. */
export interface SpecFile {
  file: string;
  text: string;
  sha256: string;
  /** The bytes the text was decoded from, when they were read from a file (the spec tasks get them as they are). */
  bytes?: Uint8Array;
}

/** Reads the file within the size limit; nothing is parsed yet. */
export async function readSpecFile(file: string, options: ReadOptions = {}): Promise<SpecFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SPEC_BYTES;
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new GeneratorError(`cannot read the spec: ${describeFsError(error)}`, { file });
  }
  if (size > maxBytes) {
    throw new GeneratorError(
      `the spec is ${formatMiB(size)}, above the ${formatMiB(maxBytes)} limit (raise it with --max-spec-mb)`,
      { file },
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new GeneratorError(`cannot read the spec: ${describeFsError(error)}`, { file });
  }
  return { file, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}

/** Parses a spec read by readSpecFile and checks its structure (nesting depth, circular `$ref`s). */
export function parseSpecFile(spec: SpecFile, options: ReadOptions = {}): SpecSource {
  const source = parseSource(spec, options);
  versionAsString(source.parsed);
  const { externalRef, refCycles } = checkStructure(source.parsed, spec.file, source.locate, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  cutRefCycles(source.parsed, refCycles);
  return { ...source, externalRef, ...(refCycles.length > 0 ? { refCycles } : {}) };
}

/**
 * The SpecSource of a document that another thread has read, parsed and checked (pipeline/): nothing is parsed
 * or checked here, only the reader's `$ref` circle cuts are made again. Lines are found only if asked for (to report an error), from the text.
 */
export function sourceParsedElsewhere(spec: SpecFile, parsed: unknown, syntax: SpecSource['syntax'], externalRef?: boolean, refCycles?: readonly RefCycle[]): SpecSource {
  const { file, text, sha256 } = spec;
  versionAsString(parsed);
  // The same cuts as the reader's (a document parsed again from the text still has the circles).
  if (refCycles) cutRefCycles(parsed, refCycles);
  const known = { ...(externalRef === undefined ? {} : { externalRef }), ...(refCycles && refCycles.length > 0 ? { refCycles } : {}) };
  if (syntax === 'json') {
    const locateAll = jsonLocator(file, text);
    return { file, text, sha256, parsed, syntax, ...known, locate: (pointer) => locateAll([pointer])[0]!, locateAll };
  }
  let locator: Locator | undefined;
  const locate: Locator = (pointer) => (locator ??= yamlLocator(file, text))(pointer);
  return { file, text, sha256, parsed, syntax, ...known, locate, locateAll: (pointers) => pointers.map(locate) };
}

/**
 * `openapi: 3.0` (or `swagger: 2.0`) unquoted is a YAML number (3, 2), as hand-written fixtures have it; every
 * reader (Redocly's, swagger2openapi, ours) wants the string. Read as the version it spells (`3` and `3.0` as "3.0",
 * `3.1` as "3.1", `2` as "2.0"); versionWarnings (load/openapi.ts) finds the number in the text and says so. The same
 * on every thread, before any reader.
 */
function versionAsString(parsed: unknown): void {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return;
  const document = parsed as Record<string, unknown>;
  for (const key of ['openapi', 'swagger']) {
    const version = document[key];
    if (typeof version !== 'number' || !Number.isFinite(version)) continue;
    document[key] = Number.isInteger(version) ? `${version}.0` : String(version);
  }
}

/** Parses YAML or JSON, keeping enough of the syntax tree to point at lines in errors. */
function parseSource({ file, text, sha256 }: SpecFile, options: ReadOptions): SpecSource {
  if (text.trim() === '') throw new GeneratorError('the spec is empty', { file });

  const looksLikeJson = /^\s*[{[]/.test(text);
  if (looksLikeJson) {
    try {
      const parsed: unknown = JSON.parse(text);
      const locateAll = jsonLocator(file, text);
      return { file, text, sha256, parsed, syntax: 'json', locate: (pointer) => locateAll([pointer])[0]!, locateAll };
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      // A .json file is JSON: YAML would accept some broken JSON (a trailing comma), so it gets no second chance.
      if (/\.json$/i.test(file)) throw jsonSyntaxError(file, text, error);
      // Otherwise it may be YAML flow style; YAML parsing gives the line and column if it is broken.
    }
  }
  const lineCounter = new (yaml().LineCounter)();
  // prettyErrors fills in `linePos`; we print only the first line of the message ourselves.
  const document = yaml().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const firstError = document.errors[0];
  if (firstError && /call stack/i.test(firstError.message)) throw tooDeepToParse(file, options);
  if (firstError) {
    const position = firstError.linePos?.[0];
    throw new GeneratorError(`${looksLikeJson ? 'JSON' : 'YAML'} syntax error: ${firstLine(firstError.message)}`, {
      file,
      line: position?.line,
      column: position?.col,
    });
  }
  let parsed: unknown;
  try {
    parsed = document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeepToParse(file, options);
    throw new GeneratorError(`cannot expand the YAML document: ${firstLine(String(error))}`, { file });
  }
  const locate = locatorFor(file, document, lineCounter);
  return { file, text, sha256, parsed, syntax: 'yaml', locate, locateAll: (pointers) => pointers.map(locate) };
}

/** JSON.parse says `... at position 42` (and in newer engines `(line 3 column 5)`): turn it into file:line:col. */
function jsonSyntaxError(file: string, text: string, error: SyntaxError): GeneratorError {
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)\s*$/, '');
  const offset = Number(/at position (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
  if (Number.isNaN(offset)) return new GeneratorError(`JSON syntax error: ${reason}`, { file });
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return new GeneratorError(`JSON syntax error: ${reason}`, { file, line, column });
}

/** The YAML parser recurses per nesting level; a hostile document runs it out of stack before we can count. */
function tooDeepToParse(file: string, options: ReadOptions): GeneratorError {
  const limit = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  return new GeneratorError(`the document nests too deeply for the YAML parser (the limit is ${limit} levels; see --max-depth)`, { file });
}

type Locator = (pointer: string) => SourceLocation;

function yamlLocator(file: string, text: string): Locator {
  const lineCounter = new (yaml().LineCounter)();
  try {
    return locatorFor(file, yaml().parseDocument(text, { lineCounter }), lineCounter);
  } catch {
    return (pointer) => ({ file, pointer });
  }
}

/** JSON specs are located by one pass over the text (json-locator.ts), not by building a YAML tree. */
function jsonLocator(file: string, text: string): (pointers: readonly string[]) => SourceLocation[] {
  let yamlFallback: Locator | undefined;
  return (pointers) => {
    let positions: ReturnType<typeof locateJsonPointers>;
    try {
      positions = locateJsonPointers(text, pointers);
    } catch {
      // Not the JSON the locator expects (it should not happen: the text passed JSON.parse): the YAML tree knows the lines.
      yamlFallback ??= yamlLocator(file, text);
      return pointers.map(yamlFallback);
    }
    return pointers.map((pointer, index) => {
      const position = positions[index];
      return position ? { file, ...position, pointer } : { file, pointer };
    });
  };
}

function locatorFor(file: string, document: Document, lineCounter: YamlLineCounter): Locator {
  const { isMap, isScalar, isSeq } = yaml();
  return (pointer) => {
    // Walk as deep as the pointer goes; point at the deepest node that exists (for a mapping entry, its key).
    let node: Node | null | undefined = document.contents as Node | null;
    let found: Node | null | undefined = node;
    for (const segment of splitPointer(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        node = pair?.value as Node | undefined;
        if (pair) found = (pair.key as Node | undefined) ?? node;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)] as Node | undefined;
        if (node) found = node;
      } else {
        node = undefined;
      }
      if (!node) break;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return { file, pointer };
    const position = lineCounter.linePos(offset);
    return { file, line: position.line, column: position.col, pointer };
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
