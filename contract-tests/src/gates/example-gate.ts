import { deref, getAtPointer, isObject, joinPointer, pathItemOperations, refOf, refPointer, type JsonObject as Json } from '@periskope-tools/generator';
import { finding, type Finding } from '../findings.js';
import type { ContractContext } from '../spec/context.js';
import type { SchemaDirection, SchemaValidator, SchemaViolation } from '../spec/schema-validator.js';

/** One example in the spec that does not validate against the schema it illustrates. */
export interface ExampleProblem {
  /** Operation id (the model's: operationId, or `METHOD /path`), or `components` for component-level examples. */
  operation: string;
  /** `response 409 application/json`, `request body application/json`, `parameter query:limit`, `schema #/...` */
  where: string;
  /** `default` for a single `example`, the key for `examples`, `schema example` or `schema examples[i]`. */
  example: string;
  /** JSON pointer of the example value in the spec. */
  pointer: string;
  /** JSON pointer of the schema it was validated against (a reader checks the two side by side). */
  schemaPointer: string;
  /** JSON pointer inside the example value where it fails (`/` for the root). */
  instancePath: string;
  /** Ajv's message, e.g. `must be string`. */
  message: string;
}

export interface ExampleCheck {
  /** How many example values were validated. */
  checked: number;
  problems: ExampleProblem[];
}


/**
 * Where an example sits. `direction` decides which `required` properties count: a request may leave out
 * `readOnly` ones, a response `writeOnly` ones. Without a direction (component schemas, used both ways),
 * an example passes when it is valid in either direction.
 */
interface Site {
  operations: string[];
  where: string;
  direction?: SchemaDirection;
}

interface Gate {
  document: Json;
  version: '3.0' | '3.1';
  validator: SchemaValidator;
  operationIds: Map<string, string>;
  /** Pointers of path items already walked through a `$ref` from `paths`. */
  walkedPathItems: Set<string>;
  checked: number;
  problems: ExampleProblem[];
}

/**
 * Validates every example of the spec against the schema it illustrates, independently of Prism and of
 * Redocly: media-type `example`/`examples` of responses, request bodies, parameters and headers (Example
 * Objects followed through `$ref`), parameter and header `example`/`examples`, and schema-level `example`
 * (and, in 3.1, `examples` arrays) anywhere in the document. Every problem is reported, not only the first.
 * `$ref` keys inside example values are data and are never followed.
 */
export function checkExamples(context: ContractContext): ExampleCheck {
  const document = context.spec.document as unknown as Json;
  const gate: Gate = {
    document,
    version: context.spec.version,
    // The context's validator, shared with the response oracles: each schema is compiled once per run, not twice.
    validator: context.validator,
    operationIds: new Map(context.model.operations.map((operation) => [operation.pointer, operation.id])),
    walkedPathItems: new Set(),
    checked: 0,
    problems: [],
  };

  for (const [path, item] of entries(document.paths)) {
    walkPathItem(gate, item, joinPointer('paths', path), path, (method) => `${method.toUpperCase()} ${path}`);
  }
  for (const [name, item] of entries(document.webhooks)) {
    walkPathItem(gate, item, joinPointer('webhooks', name), `webhook ${name}`, (method) => `${method.toUpperCase()} webhook ${name}`);
  }

  const components = isObject(document.components) ? document.components : {};
  const base = (kind: string, name: string) => joinPointer('components', kind, name);
  const inComponents = (where: string, direction?: SchemaDirection): Site => ({ operations: ['components'], where, direction });
  for (const [name, schema] of entries(components.schemas)) {
    walkSchema(gate, schema, base('schemas', name), { operations: ['components'], where: '' });
  }
  for (const [name, response] of entries(components.responses)) {
    if (!isRef(response)) walkResponse(gate, response, base('responses', name), ['components'], `response ${name}`);
  }
  for (const [name, body] of entries(components.requestBodies)) {
    if (!isRef(body)) walkRequestBody(gate, body, base('requestBodies', name), ['components'], `request body ${name}`);
  }
  for (const [name, parameter] of entries(components.parameters)) {
    if (!isRef(parameter)) walkParameter(gate, parameter, base('parameters', name), ['components']);
  }
  for (const [name, header] of entries(components.headers)) {
    if (!isRef(header)) walkHeader(gate, header, base('headers', name), inComponents(`header ${name}`, 'response'));
  }
  for (const [name, callback] of entries(components.callbacks)) {
    walkCallback(gate, callback, base('callbacks', name), `callback ${name}`);
  }
  for (const [name, item] of entries(components.pathItems)) {
    const pointer = base('pathItems', name);
    if (!gate.walkedPathItems.has(pointer)) {
      walkPathItem(gate, item, pointer, `pathItems ${name}`, (method) => `${method.toUpperCase()} pathItems ${name}`);
    }
  }
  return { checked: gate.checked, problems: gate.problems };
}

/**
 * One line per problem, naming both pointers: `file:line: operation, where, example "name" (#example-pointer, at
 * /instance/path) against schema #schema-pointer: message` (the schema is left out where `where` names it already).
 */
export function formatExampleProblem(
  problem: ExampleProblem,
  specFile: string,
  locate?: (pointer: string) => { line?: number },
): string {
  const line = locate?.(problem.pointer).line;
  const at = problem.instancePath === '/' ? 'at the root' : `at ${problem.instancePath}`;
  return (
    `${specFile}${line === undefined ? '' : `:${line}`}: ${problem.operation}, ${problem.where}, ` +
    `example "${problem.example}" (#${problem.pointer}, ${at})${problem.where.includes(`#${problem.schemaPointer}`) ? '' : ` against schema #${problem.schemaPointer}`}: ${problem.message}`
  );
}

// ---------------------------------------------------------------------------------------------------------
// The walk. It follows the OpenAPI structure, never the generic shape of the tree, so example values are
// only ever read as data. `$ref`s to reusable objects are not followed (their targets are walked where they
// live, once); the exceptions are Example Objects (validated against the schema of the media type that
// references them) and path items referenced from `paths` (walked with the operation ids of the model).

function walkPathItem(gate: Gate, rawItem: unknown, pointer: string, label: string, fallbackId: (method: string) => string): void {
  let item = rawItem;
  let itemPointer = pointer;
  const ref = refOf(rawItem);
  if (ref !== undefined) {
    const target = refPointer(ref);
    if (target === undefined) return;
    itemPointer = target;
    item = getAtPointer(gate.document, itemPointer);
    gate.walkedPathItems.add(itemPointer);
  }
  if (!isObject(item)) return;

  const operations: { method: string; id: string; operation: Json }[] = [];
  for (const [method, operation] of pathItemOperations(item)) {
    const id =
      gate.operationIds.get(`${pointer}/${method}`) ??
      (typeof operation.operationId === 'string' && operation.operationId !== '' ? operation.operationId : fallbackId(method));
    operations.push({ method, id, operation });
  }

  // A path-level parameter belongs to every operation of the path that does not redefine it.
  asArray(item.parameters).forEach((parameter, index) => {
    if (isRef(parameter) || !isObject(parameter)) return;
    const key = parameterKey(gate, parameter);
    const users = operations.filter(({ operation }) => !asArray(operation.parameters).some((own) => parameterKey(gate, own) === key));
    walkParameter(gate, parameter, `${itemPointer}/parameters/${index}`, users.length > 0 ? users.map((user) => user.id) : [label]);
  });

  for (const { method, id, operation } of operations) {
    walkOperation(gate, operation, `${itemPointer}/${method}`, id);
  }
}

function walkOperation(gate: Gate, operation: Json, pointer: string, id: string): void {
  asArray(operation.parameters).forEach((parameter, index) => {
    if (!isRef(parameter) && isObject(parameter)) walkParameter(gate, parameter, `${pointer}/parameters/${index}`, [id]);
  });
  if (isObject(operation.requestBody) && !isRef(operation.requestBody)) {
    walkRequestBody(gate, operation.requestBody, `${pointer}/requestBody`, [id], 'request body');
  }
  for (const [status, response] of entries(operation.responses)) {
    if (!isRef(response)) walkResponse(gate, response, `${pointer}${joinPointer('responses', status)}`, [id], `response ${status}`);
  }
  for (const [name, callback] of entries(operation.callbacks)) {
    walkCallback(gate, callback, `${pointer}${joinPointer('callbacks', name)}`, `${id} callback ${name}`);
  }
}

function walkCallback(gate: Gate, callback: unknown, pointer: string, label: string): void {
  if (isRef(callback)) return;
  for (const [expression, item] of entries(callback)) {
    walkPathItem(gate, item, `${pointer}${joinPointer(expression)}`, `${label} ${expression}`, (method) => `${label} ${method.toUpperCase()} ${expression}`);
  }
}

function walkRequestBody(gate: Gate, body: unknown, pointer: string, operations: string[], label: string): void {
  for (const [mediaType, media] of entries(isObject(body) ? body.content : undefined)) {
    walkMediaType(gate, media, mediaType, `${pointer}${joinPointer('content', mediaType)}`, { operations, where: `${label} ${mediaType}`, direction: 'request' });
  }
}

function walkResponse(gate: Gate, response: unknown, pointer: string, operations: string[], label: string): void {
  if (!isObject(response)) return;
  for (const [name, header] of entries(response.headers)) {
    if (!isRef(header)) walkHeader(gate, header, `${pointer}${joinPointer('headers', name)}`, { operations, where: `${label} header ${name}`, direction: 'response' });
  }
  for (const [mediaType, media] of entries(response.content)) {
    walkMediaType(gate, media, mediaType, `${pointer}${joinPointer('content', mediaType)}`, { operations, where: `${label} ${mediaType}`, direction: 'response' });
  }
}

function walkParameter(gate: Gate, parameter: unknown, pointer: string, operations: string[]): void {
  if (!isObject(parameter)) return;
  const site: Site = { operations, where: `parameter ${String(parameter.in)}:${String(parameter.name)}`, direction: 'request' };
  walkSchemaHolder(gate, parameter, pointer, site);
}

function walkHeader(gate: Gate, header: unknown, pointer: string, site: Site): void {
  if (isObject(header)) walkSchemaHolder(gate, header, pointer, site);
}

/** Parameters and headers: `example`/`examples` against `schema`, or a `content` map of media types. */
function walkSchemaHolder(gate: Gate, holder: Json, pointer: string, site: Site): void {
  const schemaPointer = 'schema' in holder ? `${pointer}/schema` : undefined;
  checkExampleFields(gate, holder, pointer, schemaPointer, site);
  if (schemaPointer) walkSchema(gate, holder.schema, schemaPointer, site);
  for (const [mediaType, media] of entries(holder.content)) {
    walkMediaType(gate, media, mediaType, `${pointer}${joinPointer('content', mediaType)}`, { ...site, where: `${site.where} ${mediaType}` });
  }
}

function walkMediaType(gate: Gate, media: unknown, mediaType: string, pointer: string, site: Site): void {
  if (!isObject(media)) return;
  const schemaPointer = 'schema' in media ? `${pointer}/schema` : undefined;
  // XML examples are serialized text; the schema describes the parsed structure, which Ajv cannot check.
  if (!/xml/i.test(mediaType)) checkExampleFields(gate, media, pointer, schemaPointer, site);
  if (schemaPointer) walkSchema(gate, media.schema, schemaPointer, site);
  for (const [property, encoding] of entries(media.encoding)) {
    if (!isObject(encoding)) continue;
    for (const [name, header] of entries(encoding.headers)) {
      if (isRef(header)) continue;
      const headerPointer = `${pointer}${joinPointer('encoding', property, 'headers', name)}`;
      walkHeader(gate, header, headerPointer, { ...site, where: `${site.where} encoding ${property} header ${name}` });
    }
  }
}

/** `example` (named `default`) and `examples` (Example Objects, `$ref` to components/examples followed). */
function checkExampleFields(gate: Gate, holder: Json, pointer: string, schemaPointer: string | undefined, site: Site): void {
  if (schemaPointer === undefined) return;
  if ('example' in holder) checkValue(gate, holder.example, `${pointer}/example`, 'default', schemaPointer, site);
  for (const [name, rawExample] of entries(holder.examples)) {
    let example = rawExample;
    let examplePointer = `${pointer}${joinPointer('examples', name)}`;
    const ref = refOf(rawExample);
    if (ref !== undefined) {
      const target = refPointer(ref);
      if (target === undefined) continue;
      examplePointer = target;
      example = getAtPointer(gate.document, examplePointer);
    }
    // Only `value` is an example; an `externalValue` lives outside the document.
    if (isObject(example) && 'value' in example) checkValue(gate, example.value, `${examplePointer}/value`, name, schemaPointer, site);
  }
}

/** Subschema positions (JSON Schema 2020-12 and OpenAPI 3.0): never example values, defaults or enums. */
const SINGLE_SUBSCHEMAS = ['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];
const ARRAY_SUBSCHEMAS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const MAP_SUBSCHEMAS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];

/** Schema-level `example` and (3.1) `examples` entries, on this schema and every subschema it contains. */
function walkSchema(gate: Gate, schema: unknown, pointer: string, site: Site, depth = 0): void {
  if (!isObject(schema) || depth > 256) return;
  const schemaSite: Site = { ...site, where: `schema #${pointer}` };
  if ('example' in schema) checkValue(gate, schema.example, `${pointer}/example`, 'schema example', pointer, schemaSite);
  if (gate.version === '3.1' && Array.isArray(schema.examples)) {
    schema.examples.forEach((value, index) => {
      checkValue(gate, value, `${pointer}/examples/${index}`, `schema examples[${index}]`, pointer, schemaSite);
    });
  }
  for (const keyword of SINGLE_SUBSCHEMAS) {
    if (isObject(schema[keyword])) walkSchema(gate, schema[keyword], `${pointer}/${keyword}`, site, depth + 1);
  }
  for (const keyword of ARRAY_SUBSCHEMAS) {
    asArray(schema[keyword]).forEach((member, index) => walkSchema(gate, member, `${pointer}/${keyword}/${index}`, site, depth + 1));
  }
  for (const keyword of MAP_SUBSCHEMAS) {
    for (const [name, member] of entries(schema[keyword])) {
      walkSchema(gate, member, `${pointer}${joinPointer(keyword, name)}`, site, depth + 1);
    }
  }
}

/** Validates one example value; a schema that does not compile is reported as the example's problem. */
function checkValue(gate: Gate, value: unknown, pointer: string, example: string, schemaPointer: string, site: Site): void {
  gate.checked += 1;
  let violations: SchemaViolation[];
  try {
    violations = validateInDirection(gate.validator, schemaPointer, value, site.direction);
  } catch (error) {
    violations = [{ instancePath: '/', message: `schema #${schemaPointer} cannot be compiled: ${(error as Error).message}` }];
  }
  for (const operation of site.operations) {
    for (const violation of violations) {
      gate.problems.push({ operation, where: site.where, example, pointer, schemaPointer, instancePath: violation.instancePath, message: violation.message });
    }
  }
}

/** Without a direction, valid as a response or as a request is enough; the response's problems are reported. */
function validateInDirection(validator: SchemaValidator, schemaPointer: string, value: unknown, direction?: SchemaDirection): SchemaViolation[] {
  if (direction) return validator.validate(schemaPointer, value, direction);
  const asResponse = validator.validate(schemaPointer, value, 'response');
  if (asResponse.length === 0) return asResponse;
  return validator.validate(schemaPointer, value, 'request').length === 0 ? [] : asResponse;
}

function parameterKey(gate: Gate, parameter: unknown): string | undefined {
  const resolved = deref(gate.document, parameter);
  return isObject(resolved) ? `${String(resolved.in)}:${String(resolved.name)}` : undefined;
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRef(value: unknown): boolean {
  return refOf(value) !== undefined;
}

/**
 * Each problem as an `example-invalid` finding (kind `spec`), its message the one-line form with file and line. The
 * lines are looked up in one pass (`locateAll`): one scan of the document, not one per problem (GitHub's spec has
 * over a thousand problems in 12 MB of JSON).
 */
export function exampleFindings(
  problems: readonly ExampleProblem[],
  specFile: string,
  locateAll?: (pointers: readonly string[]) => { line?: number }[],
): Finding[] {
  const lines = locateAll && problems.length > 0 ? locateAll(problems.map((problem) => problem.pointer)) : [];
  return problems.map((problem, index) =>
    finding('example-invalid', formatExampleProblem(problem, specFile, locateAll ? () => lines[index]! : undefined), {
      operation: problem.operation,
      example: problem.example,
      pointer: problem.pointer,
    }),
  );
}
