import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** One schema violation, with the JSON pointer inside the validated value. */
export interface SchemaViolation {
  instancePath: string;
  message: string;
}

export interface SchemaValidator {
  /** Validates `value` against the schema at `schemaPointer` in the spec; [] when valid. */
  validate(schemaPointer: string, value: unknown): SchemaViolation[];
}

const DOCUMENT_ID = 'https://contract.invalid/openapi.json';

// OpenAPI's own formats: the JSON Schema validators do not know them; their shape is not checked.
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'];

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * Validates values against schemas of the spec with Ajv (independent of Prism): draft 2020-12 for OpenAPI
 * 3.1, and Ajv's OpenAPI 3.0 support (`nullable`) for 3.0, with 3.0's boolean `exclusiveMinimum`/`Maximum`
 * translated to their JSON Schema form.
 */
export function createSchemaValidator(document: unknown, version: '3.0' | '3.1'): SchemaValidator {
  const options = { strict: false, allErrors: true, validateSchema: false, addUsedSchema: false } as const;
  const ajv = version === '3.1' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv as Ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  const schemaDocument = version === '3.0' ? translateOpenApi30(structuredClone(document)) : document;
  ajv.addSchema(schemaDocument as object, DOCUMENT_ID);
  const cache = new Map<string, ValidateFunction>();
  return {
    validate(schemaPointer, value) {
      let validate = cache.get(schemaPointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${encodePointerForUri(schemaPointer)}` });
        cache.set(schemaPointer, validate);
      }
      if (validate(value)) return [];
      return (validate.errors ?? []).map(toViolation);
    },
  };
}

function toViolation(error: ErrorObject): SchemaViolation {
  const detail = error.keyword === 'enum' ? ` (${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)})` : '';
  return { instancePath: error.instancePath || '/', message: `${error.message ?? error.keyword}${detail}` };
}

/** Pointer segments may hold `{`, `}` or spaces (paths do); in a URI fragment they must be percent-encoded. */
function encodePointerForUri(pointer: string): string {
  return pointer
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%7E/gi, '~'))
    .join('/');
}

/** OpenAPI 3.0 wrote `exclusiveMinimum: true` beside `minimum`; JSON Schema wants the bound itself. */
function translateOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) {
    node.forEach(translateOpenApi30);
    return node;
  }
  if (node === null || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof object[flag] === 'boolean') {
      if (object[flag] === true && typeof object[bound] === 'number') {
        object[flag] = object[bound];
        delete object[bound];
      } else {
        delete object[flag];
      }
    }
  }
  for (const value of Object.values(object)) translateOpenApi30(value);
  return object;
}
