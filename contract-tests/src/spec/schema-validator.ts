import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { deref, escapePointerSegment, inlineParentBases, isObject, refOf, withPathItemRefsResolved, type OpenApiDocument } from '@periskope-tools/generator';

/** One schema violation, with the JSON pointer inside the validated value. */
export interface SchemaViolation {
  instancePath: string;
  message: string;
}

/**
 * Which way a value travels. `request`: `readOnly` properties are not required (clients do not send them);
 * `response`: `writeOnly` properties are not required (servers do not return them). Without a direction
 * the schemas are used exactly as written.
 */
export type SchemaDirection = 'request' | 'response';

export interface ValidateOptions {
  /**
   * Read strings as the types the schema asks for (`"1"` as an integer), as a server reads parameters from the
   * wire; Prism's own request validation does. The value itself is not changed.
   */
  coerceTypes?: boolean;
}

export interface SchemaValidator {
  /** Validates `value` against the schema at `schemaPointer` in the spec; [] when valid. */
  validate(schemaPointer: string, value: unknown, direction?: SchemaDirection, options?: ValidateOptions): SchemaViolation[];
}

const DOCUMENT_ID = 'https://contract.invalid/openapi.json';

// OpenAPI's own formats: the JSON Schema validators do not know them; their shape is not checked.
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'];

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * Validates values against schemas of the spec with Ajv (independent of Prism): draft 2020-12 for OpenAPI
 * 3.1, and Ajv's OpenAPI 3.0 support (`nullable`) for 3.0, with 3.0's boolean `exclusiveMinimum`/`Maximum`
 * translated to their JSON Schema form. With a direction, the value is checked against a copy of the
 * document whose `required` lists leave out the `readOnly` (request) or `writeOnly` (response) properties;
 * each copy is built on first use. Throws when the schema at the pointer cannot be compiled.
 */
export function createSchemaValidator(document: unknown, version: '3.0' | '3.1'): SchemaValidator {
  const documents = new Map<SchemaDirection | 'as written', unknown>();
  const compilers = new Map<string, (schemaPointer: string) => ValidateFunction>();
  const compilerFor = (direction: SchemaDirection | undefined, coerceTypes: boolean) => {
    const key = `${direction ?? 'as written'}${coerceTypes ? ' coerced' : ''}`;
    let compiler = compilers.get(key);
    if (!compiler) {
      let schemaDocument = documents.get(direction ?? 'as written');
      if (schemaDocument === undefined) {
        schemaDocument = direction ? withoutDirectionalRequired(document, direction) : document;
        documents.set(direction ?? 'as written', schemaDocument);
      }
      compiler = createCompiler(schemaDocument, version, coerceTypes);
      compilers.set(key, compiler);
    }
    return compiler;
  };
  return {
    validate(schemaPointer, value, direction, options = {}) {
      const coerceTypes = options.coerceTypes === true;
      const validate = compilerFor(direction, coerceTypes)(schemaPointer);
      // Coercion rewrites the value it validates: validate a copy.
      if (validate(coerceTypes ? structuredClone(value) : value)) return [];
      return (validate.errors ?? []).map(toViolation);
    },
  };
}

/**
 * Compiles schemas of the document by pointer. Patterns are compiled as Unicode regular expressions, as JSON
 * Schema means them; a pattern that is not valid in Unicode mode (`^[a-z\\-\\:]+$`, DigitalOcean's) is
 * compiled without it, as OpenAPI tools commonly do. Unknown formats are not checked, and each is noted once.
 */
function createCompiler(document: unknown, version: '3.0' | '3.1', coerceTypes = false): (schemaPointer: string) => ValidateFunction {
  // A child that is `allOf` its parent, itself `oneOf` its children, would apply the parent to the same value
  // again without end (Ajv: "Maximum call stack size exceeded"); it is read as the generated types read it, the
  // parent's own part in place of the parent (inlineParentBases returns the document itself when there is no such pair).
  // Schema pointers under a path item that is a `$ref` (`/paths/~1users/post/...`) lead to the item it names.
  const schemaDocument = translateOpenApi(structuredClone(withPathItemRefsResolved(inlineParentBases(document as OpenApiDocument))), version);
  const unicode = createAjv(schemaDocument, version, true, coerceTypes);
  let legacy: AnyAjv | undefined;
  const cache = new Map<string, ValidateFunction>();
  return (schemaPointer) => {
    let validate = cache.get(schemaPointer);
    if (!validate) {
      const id = `${DOCUMENT_ID}#${encodePointerForUri(schemaPointer)}`;
      // getSchema compiles the schema where it sits (about 15% less compiling on GitHub's spec than a `{ $ref }`
      // wrapper around it); a pointer it cannot resolve goes through compile() for Ajv's own error.
      const compile = (ajv: AnyAjv) => (ajv.getSchema(id) as ValidateFunction | undefined) ?? ajv.compile({ $ref: id });
      try {
        validate = compile(unicode);
      } catch (error) {
        if (!/Invalid regular expression|pattern/i.test((error as Error).message)) throw error;
        legacy ??= createAjv(schemaDocument, version, false, coerceTypes);
        validate = compile(legacy);
      }
      cache.set(schemaPointer, validate);
    }
    return validate;
  };
}

type AnyAjv = Ajv | Ajv2020;

const notedFormats = new Set<string>();

function createAjv(schemaDocument: unknown, version: '3.0' | '3.1', unicodeRegExp: boolean, coerceTypes: boolean): AnyAjv {
  const logger = {
    log: () => {},
    error: (...args: unknown[]) => console.error(...args),
    warn: (message: unknown) => {
      // `unknown format "unix-time" ignored in schema at path ...`: once per format, not once per schema.
      const format = /unknown format "([^"]+)"/.exec(String(message))?.[1];
      if (format === undefined) console.warn(message);
      else if (!notedFormats.has(format)) {
        notedFormats.add(format);
        console.warn(`schema validation: format "${format}" is unknown, so values of that format are not checked`);
      }
    },
  };
  const options = { strict: false, allErrors: true, validateSchema: false, addUsedSchema: false, unicodeRegExp, coerceTypes, logger } as const;
  const ajv = version === '3.1' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv as Ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  ajv.addSchema(schemaDocument as object, DOCUMENT_ID);
  return ajv;
}

/** How a oneOf violation says that more than one branch took the value (`branches matched: 0, 1`). */
export const ONE_OF_OVERLAP = 'branches matched:';

function toViolation(error: ErrorObject): SchemaViolation {
  const passing = error.keyword === 'oneOf' ? (error.params as { passingSchemas?: number[] | null }).passingSchemas : undefined;
  const detail =
    error.keyword === 'enum'
      ? ` (${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)})`
      : Array.isArray(passing)
        ? ` (${ONE_OF_OVERLAP} ${passing.join(', ')})`
        : '';
  return { instancePath: error.instancePath || '/', message: `${error.message ?? error.keyword}${detail}` };
}

/** Pointer segments may hold `{`, `}` or spaces (paths do); in a URI fragment they must be percent-encoded. */
function encodePointerForUri(pointer: string): string {
  return pointer
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%7E/gi, '~'))
    .join('/');
}

/**
 * OpenAPI → what Ajv understands. 3.0: `exclusiveMinimum: true` beside `minimum` becomes the bound itself; 3.1 too,
 * where a boolean there is the spec's defect (JSON Schema 2020-12 wants the bound itself, and Ajv refuses to compile
 * it: every body under it went unchecked) that can only mean what it meant in 3.0 (dialectDefects reports it). Both
 * versions: `nullable: true` without a `type` (beside `allOf`, as in GitHub's spec, or a `$ref`, as in OpenAI's;
 * Ajv reads `nullable` in either
 * mode and refuses to compile it without `type`, and 3.1 documents carry it over from 3.0) becomes
 * `anyOf: [the schema, { type: 'null' }]`, and `nullable: false` without a `type` is dropped (it says nothing).
 */
function translateOpenApi(node: unknown, version: '3.0' | '3.1'): unknown {
  if (Array.isArray(node)) {
    node.forEach((item) => translateOpenApi(item, version));
    return node;
  }
  if (node === null || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  for (const [flag, bound] of EXCLUSIVE_BOUNDS) {
    if (typeof object[flag] === 'boolean') {
      if (object[flag] === true && typeof object[bound] === 'number') {
        object[flag] = object[bound];
        delete object[bound];
      } else {
        delete object[flag];
      }
    }
  }
  if (object.nullable === true && object.type === undefined) {
    const schema = { ...object };
    delete schema.nullable;
    for (const key of Object.keys(object)) delete object[key];
    object.anyOf = [schema, { type: 'null' }];
  } else if (object.nullable === false && object.type === undefined) {
    delete object.nullable;
  }
  for (const value of Object.values(object)) translateOpenApi(value, version);
  return object;
}


const EXCLUSIVE_BOUNDS = [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const;

/** A schema that breaks its document's JSON Schema dialect, read the one way it can mean (see translateOpenApi). */
export interface DialectDefect {
  pointer: string;
  message: string;
}

/**
 * The schemas of an OpenAPI 3.1 document with OpenAPI 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum`, which
 * JSON Schema 2020-12 does not allow (it wants the bound itself). The validator reads them as 3.0 meant them, so the
 * bodies are still checked; each is the spec's to fix. None in a 3.0 document, where the boolean is the dialect.
 */
export function dialectDefects(document: unknown, version: '3.0' | '3.1'): DialectDefect[] {
  if (version === '3.0') return [];
  const defects: DialectDefect[] = [];
  const visit = (node: unknown, pointer: string, childrenAreNamed: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${pointer}/${index}`, false));
      return;
    }
    if (!isObject(node)) return;
    if (!childrenAreNamed) {
      for (const [flag, bound] of EXCLUSIVE_BOUNDS) {
        if (typeof node[flag] !== 'boolean') continue;
        const meaning = node[flag] === true && typeof node[bound] === 'number' ? `${flag}: ${node[bound]}` : `no ${flag}`;
        defects.push({ pointer: `${pointer}/${flag}`, message: `${flag}: ${node[flag]} is OpenAPI 3.0's form, but this is an OpenAPI 3.1 document (JSON Schema 2020-12 wants the bound itself): checked as ${meaning}` });
      }
    }
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${escapePointerSegment(key)}`;
      if (childrenAreNamed) visit(value, at, false);
      else if (!DATA_KEYS.has(key) && !key.startsWith('x-')) visit(value, at, NAMED_CHILDREN.has(key));
    }
  };
  visit(document, '', false);
  return defects;
}

/**
 * Why Ajv could not compile a schema, when the schema is at fault rather than the validator: an anchor name
 * (`$anchor`, `$dynamicAnchor`) declared by several schemas of one schema resource (JSON Schema 2020-12 gives a name
 * one schema per resource; without an `$id` of their own, every schema of the document is in the document's). A
 * `schema-invalid` finding then, not the suite's `schema-uncheckable`. Undefined for any other error.
 */
export function schemaDefectOf(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const anchor = /reference "[^"]*#([^"/]+)" resolves to more than one schema/.exec(message);
  if (anchor) return `the anchor #${anchor[1]} is declared by more than one schema of one schema resource (JSON Schema 2020-12 allows it once per resource: give each declaring schema its own $id)`;
  return undefined;
}

/** Keys whose values are data (examples, defaults, enumerations) or extensions: never schemas. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'links']);

/** Keys whose children are named entries (property names, media types, statuses, component names). */
const NAMED_CHILDREN = new Set([
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies',
  'paths', 'webhooks', 'callbacks', 'responses', 'content', 'headers', 'encoding',
  'schemas', 'parameters', 'requestBodies', 'securitySchemes', 'pathItems',
]);

/**
 * A copy of the document in which every schema's `required` list leaves out the properties that do not
 * travel in `direction`: `readOnly` ones for requests, `writeOnly` ones for responses. Only schema
 * positions are rewritten; example values, defaults and enumerations are left exactly as they are.
 */
export function withoutDirectionalRequired(document: unknown, direction: SchemaDirection): unknown {
  const copy = structuredClone(document);
  const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
  const visit = (node: unknown, childrenAreNamed: boolean): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, false);
      return;
    }
    if (!isObject(node)) return;
    if (!childrenAreNamed && Array.isArray(node.required) && isObject(node.properties)) {
      const properties = node.properties;
      node.required = node.required.filter(
        (name) => !(typeof name === 'string' && hasFlag(copy, properties[name], flag)),
      );
    }
    for (const [key, value] of Object.entries(node)) {
      if (childrenAreNamed) visit(value, false);
      else if (!DATA_KEYS.has(key) && !key.startsWith('x-')) visit(value, NAMED_CHILDREN.has(key));
    }
  };
  visit(copy, false);
  return copy;
}

/**
 * Whether a property schema carries `readOnly`/`writeOnly: true`: itself, through local `$ref`s, or in an
 * `allOf` member (the usual way to add the flag beside a `$ref` in OpenAPI 3.0).
 */
function hasFlag(document: unknown, schema: unknown, flag: 'readOnly' | 'writeOnly', depth = 0): boolean {
  if (depth > 32 || !isObject(schema)) return false;
  if (typeof schema[flag] === 'boolean') return schema[flag] === true;
  if (refOf(schema) !== undefined && hasFlag(document, deref(document, schema), flag, depth + 1)) return true;
  return Array.isArray(schema.allOf) && schema.allOf.some((member) => hasFlag(document, member, flag, depth + 1));
}

