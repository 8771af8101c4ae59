import { conflictingTypes, deref, derefObject, getAtPointer, isObject, joinPointer, requiredCycle, sampleSchema, undeclaredProperties, type JsonObject as Json, type OperationModel } from '@periskope-tools/generator';
import { ONE_OF_OVERLAP, type SchemaValidator, type SchemaViolation } from '../spec/schema-validator.js';
import { fillPrismDeepObjects, fillPrismObject, prismFormReading, prismQueryObjectReading, withSomethingToSend } from './prism-form.js';

/** A request value no candidate could make valid: the schema it is for, and what was wrong with the best try. */
export interface UnsatisfiedValue {
  /** `query parameter per_page`, `request body`. */
  what: string;
  /** Pointer of the schema. */
  pointer: string;
  reason: string;
  /**
   * A value was found that breaks nothing but a `oneOf`, by matching more than one of its branches: the schema's
   * branches overlap (a spec defect, e.g. a branch that extends another with optional properties only), not a value
   * the suite failed to build.
   */
  overlap: boolean;
  /**
   * Why no request the spec allows can be sent, when the spec says so itself: the schema requires itself through
   * required properties (`requiredCycle`), its `allOf` parts leave no type in common (`conflictingTypes`), a GET
   * or HEAD requires a body (fetch sends none), or a path parameter has no place in the path template. A spec
   * defect, not a value the suite failed to build.
   */
  impossible?: string;
  /**
   * Every value the schema accepts is one the mock cannot read (Prism 5.14's form decoding refuses it): the mock's
   * gap, not the suite's values or the spec.
   */
  mockCannotRead?: string;
}

export interface RequestValues {
  /** The arguments object for the generated client's method. */
  args: Json;
  unsatisfied: UnsatisfiedValue[];
}

/** oneOf/anyOf branches tried (sampler variants) before giving up on a value. */
const VARIANTS = 4;

/**
 * Arguments for one call that the spec accepts: for each parameter and the body, the spec's own examples first
 * (the parameter's or media type's `example`/`examples`, then the schema's), else sampled values (the document
 * layer's sampler, one variant per `oneOf`/`anyOf` branch), and of those the first that Ajv finds valid for the
 * schema (request direction: `readOnly` properties need not be sent). Parameters are checked as the server reads
 * them from the wire: as strings, coerced to the schema's types (so `1` for `oneOf: [integer, string]` matches both
 * branches and is refused; a string that only the string branch takes is chosen). An optional parameter is sent only
 * with a valid documented example (leaving it out is always valid). A form or multipart body is shaped the way Prism
 * reads it and must also be valid as Prism decodes it (./prism-form.ts). When no candidate is valid, the first one is
 * sent anyway and the value is listed in `unsatisfied` with the schema pointer and Ajv's reasons.
 */
export function requestValues(document: unknown, operation: OperationModel, validator: SchemaValidator): RequestValues {
  const unsatisfied: UnsatisfiedValue[] = [];
  const byLocation: Record<string, Json> = {};
  for (const parameter of operation.parameters) {
    const object = getAtPointer(document, parameter.pointer) as Json;
    const what = `${parameter.in} parameter ${parameter.name}`;
    if (parameter.in === 'path' && !operation.path.includes(`{${parameter.name}}`)) {
      // Nowhere to put it: every request lacks it, and the mock requires it.
      const impossible = `the path ${operation.path} has no {${parameter.name}} for the path parameter #${parameter.pointer} to go in`;
      unsatisfied.push({ what, pointer: parameter.pointer, reason: 'not in the path template', overlap: false, impossible });
      continue;
    }
    const schemaPointer = parameterSchemaPointer(object, parameter.pointer);
    const schema = schemaPointer ? getAtPointer(document, schemaPointer.pointer) : undefined;
    // An exploded form query object is read by Prism field by field, as text (prismQueryObjectReading).
    const formObject = parameter.in === 'query' && schemaPointer?.json === false && (object?.style ?? 'form') === 'form' && object?.explode !== false && isObjectSchema(derefObject(document, schema));
    const wireValid = (value: unknown): SchemaViolation[] => (schemaPointer === undefined ? [] : validator.validate(schemaPointer.pointer, schemaPointer.json ? value : wireReading(value), 'request', { coerceTypes: !schemaPointer.json }));
    const check = (value: unknown): SchemaViolation[] => {
      // The client refuses a path value that is empty, `.` or `..` (it would address another resource).
      if (parameter.in === 'path' && addressesAnotherResource(value)) return [{ instancePath: '/', message: `${JSON.stringify(value)} is no path segment (the client refuses it)` }];
      const violations = wireValid(value);
      if (violations.length > 0 || !formObject || !isObject(value)) return violations;
      return validator.validate(schemaPointer!.pointer, prismQueryObjectReading(value), 'request', { coerceTypes: true }).map((violation) => ({ ...violation, message: `as Prism reads it: ${violation.message}` }));
    };
    // A caller writes the value as its schema's type, not as the text the server reads: `"23456"` for an integer
    // is the same on the wire as 23456, but only 23456 type-checks. So a value valid only as the wire reads it
    // (coerced) is a last resort, and no documented value is sent for an optional parameter.
    const typed = (value: unknown) =>
      undeclaredProperties(document, schema, value).length === 0 && (schemaPointer === undefined || schemaPointer.json || violationsOrNone(() => validator.validate(schemaPointer.pointer, value, 'request')).length === 0);
    let { documented: examples, sampled } = candidates(document, object, schema, parameter.in === 'path');
    // Prism builds a deepObject query parameter's object from its schema even when it is not sent (as it does for
    // a form body, ./prism-form.ts): it is sent then, with every nested object Prism builds. An exploded form object
    // Prism builds from the query's fields, sent or not (absent, it is `{}` and its required list applies): it is
    // sent too.
    const deepObject = parameter.in === 'query' && object?.style === 'deepObject' && derefObject(document, schema).type === 'object';
    const builtByPrism = deepObject || formObject;
    if (deepObject) {
      const fill = (value: unknown) => Array.from({ length: VARIANTS }, (_, variant) => fillPrismObject(document, schema, value, variant));
      examples = examples.flatMap(fill);
      sampled = sampled.flatMap(fill);
    }
    // Prism 5.14 splits an array or object header that is not sent (`simple` style) and dies on `undefined`: such a
    // header is sent, an empty array where one is allowed (an empty header value, which Prism reads as `[]`).
    const splitByPrism = parameter.in === 'header' && ['array', 'object'].includes(String(derefObject(document, schema).type));
    if (splitByPrism && !parameter.required) {
      const chosen = choose([...examples, ...(derefObject(document, schema).type === 'array' ? [[]] : []), ...sampled], check, typed);
      if (chosen.violations.length > 0 && schemaPointer) unsatisfied.push({ what, pointer: schemaPointer.pointer, reason: describe(chosen.violations), overlap: chosen.overlap });
      (byLocation[parameter.in] ??= {})[parameter.name] = chosen.value ?? [];
      continue;
    }
    if (!parameter.required && !builtByPrism) {
      // An optional parameter is sent only with a documented example that is valid, and typed as a caller writes
      // it: leaving it out is always valid.
      const documented = choose(examples, check, typed);
      if (documented.value !== undefined && documented.violations.length === 0 && typed(documented.value)) (byLocation[parameter.in] ??= {})[parameter.name] = documented.value;
      continue;
    }
    const chosen = choose([...examples, ...sampled], check, typed);
    if (chosen.violations.length > 0 && schemaPointer) {
      const value = unsatisfiedValue(document, what, schemaPointer.pointer, chosen);
      // Valid for the schema as a server reads the query, refused as Prism reads it.
      if (formObject && violationsOrNone(() => wireValid(chosen.value)).length === 0) value.mockCannotRead = `Prism reads an exploded form object's fields as text, so ${describe(chosen.violations)}`;
      unsatisfied.push(value);
    }
    (byLocation[parameter.in] ??= {})[parameter.name] = chosen.value ?? 'example';
  }
  let body: unknown;
  const requestBody = operation.requestBody;
  const bodyless = !requestBody && bodylessRequiredBody(document, operation);
  if (bodyless) unsatisfied.push(bodyless);
  if (requestBody) {
    const mediaPointer = `${requestBody.pointer}${joinPointer('content', requestBody.mediaType)}`;
    const media = getAtPointer(document, mediaPointer) as Json | undefined;
    const schemaPointer = media && 'schema' in media ? `${mediaPointer}/schema` : undefined;
    // A form body is tried the way Prism reads it, the nested objects it builds sampled with each branch variant.
    const shape = (value: unknown): unknown[] =>
      requestBody.encoding === 'form' || requestBody.encoding === 'multipart'
        ? Array.from({ length: VARIANTS }, (_, variant) => withSomethingToSend(document, media, fillPrismDeepObjects(document, media, value, variant)))
        : [value];
    const check = (value: unknown): SchemaViolation[] => {
      if (schemaPointer === undefined) return [];
      const violations = validator.validate(schemaPointer, value, 'request');
      if (violations.length > 0 || (requestBody.encoding !== 'form' && requestBody.encoding !== 'multipart')) return violations;
      // Valid for the schema; a form body must also be valid the way the mock reads it.
      const reading = prismFormReading(document, media, value, requestBody.encoding);
      if ('refused' in reading) return [{ instancePath: '/', message: `Prism cannot read it: ${reading.refused}` }];
      return validator.validate(schemaPointer, reading.value, 'request', { coerceTypes: true }).map((violation) => ({ ...violation, message: `as Prism reads it: ${violation.message}` }));
    };
    const { documented, sampled } = candidates(document, media, media?.schema);
    // A value with properties the schema leaves undeclared is valid, but the generated object types have no index
    // signature for them, so a literal call could not carry it: one without them is preferred.
    // And a body whose properties sit beside the parameters in the arguments can only be written as an object (not `null`).
    const flat = operation.argumentShape !== 'nested' && requestBody.propertyNames !== null;
    const typed = (value: unknown) => (!flat || isObject(value)) && (media === undefined || undeclaredProperties(document, media.schema, value).length === 0);
    const chosen = choose([...documented, ...sampled].flatMap(shape), check, typed);
    // An optional body no value is valid for is left out, as an optional parameter is: sending none is valid.
    if (chosen.violations.length > 0 && !requestBody.required) chosen.value = undefined;
    else if (chosen.violations.length > 0 && schemaPointer) {
      const value = unsatisfiedValue(document, 'request body', schemaPointer, chosen);
      // Valid for the schema, refused by Prism's decoding: the mock cannot read what the spec allows.
      const reading = requestBody.encoding === 'form' || requestBody.encoding === 'multipart' ? prismFormReading(document, media, chosen.value, requestBody.encoding) : undefined;
      if (reading && violationsOrNone(() => validator.validate(schemaPointer, chosen.value, 'request')).length === 0) value.mockCannotRead = 'refused' in reading ? reading.refused : describe(chosen.violations);
      unsatisfied.push(value);
    }
    body = chosen.value;
  }
  return { args: shapeArguments(operation, byLocation, body), unsatisfied };
}

/**
 * A required request body on a GET or HEAD: the model leaves it out (fetch refuses to send one, and HTTP gives such a
 * body no meaning), so the mock sees every call without it.
 */
function bodylessRequiredBody(document: unknown, operation: OperationModel): UnsatisfiedValue | undefined {
  if (operation.method !== 'get' && operation.method !== 'head') return undefined;
  const pointer = `${operation.pointer}/requestBody`;
  const documented = deref(document, getAtPointer(document, pointer));
  if (!isObject(documented) || documented.required !== true) return undefined;
  const method = operation.method.toUpperCase();
  return { what: 'request body', pointer, reason: `fetch sends no body with ${method}`, overlap: false, impossible: `a ${method} request cannot carry the body #${pointer} requires (fetch sends none; HTTP gives a ${method} body no meaning)` };
}

function unsatisfiedValue(document: unknown, what: string, pointer: string, chosen: { violations: SchemaViolation[]; overlap: boolean }): UnsatisfiedValue {
  const schema = getAtPointer(document, pointer);
  const cycle = requiredCycle(document, schema);
  const why = cycle !== undefined ? `it requires itself through required properties (back to ${cycle}), so no finite value is valid` : conflictingTypes(document, schema);
  const reason = describe(chosen.violations);
  return { what, pointer, reason, overlap: chosen.overlap, ...(why !== undefined ? { impossible: `no value can be valid for schema #${pointer}: ${why}` } : {}) };
}

function shapeArguments(operation: OperationModel, byLocation: Record<string, Json>, body: unknown): Json {
  if (operation.argumentShape === 'nested') {
    return { ...byLocation, ...(body === undefined ? {} : { body }) };
  }
  const flat: Json = {};
  for (const values of Object.values(byLocation)) Object.assign(flat, values);
  if (body !== undefined) {
    if (operation.requestBody?.propertyNames && isObject(body)) Object.assign(flat, body);
    else flat.body = body;
  }
  return flat;
}

/** The schema of a parameter: `schema`, or the schema of its one `content` media type (JSON text on the wire, not coerced). */
function parameterSchemaPointer(object: Json | undefined, pointer: string): { pointer: string; json: boolean } | undefined {
  if (!object) return undefined;
  if ('schema' in object) return { pointer: `${pointer}/schema`, json: false };
  const content = object.content;
  if (!isObject(content)) return undefined;
  const mediaType = Object.keys(content)[0];
  return mediaType !== undefined && isObject(content[mediaType]) && 'schema' in content[mediaType] ? { pointer: `${pointer}${joinPointer('content', mediaType, 'schema')}`, json: true } : undefined;
}

/** The values to try, best first: the spec's own examples, then the sampler's values. */
interface Candidates {
  /** The holder's (parameter's or media type's) `example` and each of its `examples`, the schema's `example` and `examples`. */
  documented: unknown[];
  /** The sampler's value with the schema's nested examples, then one variant per branch without examples. */
  sampled: unknown[];
}

/** `fuller`: the sampler's values with optional properties too come last (a path value that must not be `{}`). */
function candidates(document: unknown, holder: Json | undefined, schemaOrRef: unknown, fuller = false): Candidates {
  const documented: unknown[] = [];
  const sampled: unknown[] = [];
  if (holder && 'example' in holder) documented.push(holder.example);
  if (holder && isObject(holder.examples)) {
    for (const entry of Object.values(holder.examples)) {
      const resolved = deref(document, entry);
      if (isObject(resolved) && 'value' in resolved) documented.push(resolved.value);
    }
  }
  if (schemaOrRef !== undefined) {
    const schema = derefObject(document, schemaOrRef);
    if ('example' in schema) documented.push(schema.example);
    if (Array.isArray(schema.examples)) documented.push(...schema.examples);
    sampled.push(sampleSchema(document, schemaOrRef, { direction: 'request' }));
    for (let variant = 0; variant < VARIANTS; variant++) sampled.push(sampleSchema(document, schemaOrRef, { direction: 'request', useExamples: false, variant }));
    if (fuller) sampled.push(sampleSchema(document, schemaOrRef, { direction: 'request', allProperties: true }));
    // Without the optional properties that have a default: valid too, and readable where a default is not
    // (Prism reads a one-item array in a multipart part as its text: OpenAI's createTranscription).
    sampled.push(sampleSchema(document, schemaOrRef, { direction: 'request', useExamples: false, defaulted: false }));
  }
  return { documented, sampled };
}

/**
 * The first candidate without violations; else the first candidate, with its violations, and whether some candidate
 * broke nothing but a oneOf by matching several of its branches. Each distinct value is checked once.
 */
function choose(values: unknown[], check: (value: unknown) => SchemaViolation[], typed: (value: unknown) => boolean = () => true): { value: unknown; violations: SchemaViolation[]; overlap: boolean } {
  let first: { value: unknown; violations: SchemaViolation[] } | undefined;
  let firstValid: unknown;
  let overlap = false;
  const seen = new Set<string>();
  for (const value of values) {
    if (value === undefined) continue;
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.add(key);
    let violations: SchemaViolation[];
    try {
      violations = check(value);
    } catch {
      // A schema Ajv cannot compile says nothing against the value: the response oracles report that schema.
      violations = [];
    }
    if (violations.length === 0) {
      // Valid; best if a caller can also write it as a literal against the generated types (see `typed`).
      if (typed(value)) return { value, violations, overlap: false };
      if (firstValid === undefined) firstValid = value;
      continue;
    }
    overlap ||= violations.every((violation) => violation.message.includes(ONE_OF_OVERLAP));
    first ??= { value, violations };
  }
  if (firstValid !== undefined) return { value: firstValid, violations: [], overlap: false };
  return { ...(first ?? { value: undefined, violations: [] }), overlap };
}

/** A schema Ajv cannot compile says nothing against a value (as in `choose`): the response oracles report that schema. */
function violationsOrNone(validate: () => SchemaViolation[]): SchemaViolation[] {
  try {
    return validate();
  } catch {
    return [];
  }
}

/** An object schema: `type: object` (alone or in a 3.1 type list), or properties without a type. */
function isObjectSchema(schema: Json): boolean {
  if (Array.isArray(schema.type)) return schema.type.includes('object');
  return schema.type === 'object' || (schema.type === undefined && isObject(schema.properties));
}

/** A value that is no path segment once serialized: empty (`''`, `[]`, `{}`), `.` or `..`. */
function addressesAnotherResource(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return value === '' || value === '.' || value === '..';
}

/** How a parameter value arrives at the server: scalars as text (arrays and objects of them item by item). */
function wireReading(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wireReading);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wireReading(item)]));
  return value === null || value === undefined ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function describe(violations: SchemaViolation[]): string {
  return violations
    .slice(0, 5)
    .map((violation) => `${violation.instancePath === '/' ? '' : `${violation.instancePath} `}${violation.message}`)
    .join('; ');
}
