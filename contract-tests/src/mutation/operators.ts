/**
 * Spec-mutation operators: each makes one edit a spec author could make, to check that the contract suite
 * fails on every edit that breaks the committed client (breaking) and on none that cannot (harmless).
 *
 * Operators are pure and deterministic: `apply` never touches its input, and picks its target as the first
 * place in document order where the edit applies (operations as written, methods in HTTP_METHODS order,
 * statuses and properties as written). It returns null when the document has no such place. Breaking
 * operators keep the document's own examples consistent with the edit where they can, so a mutant is caught
 * for the change itself rather than for an example it left stale.
 */
import {
  editAtPath,
  exampleScalars,
  exampleSlots,
  inline,
  insertAfter,
  isObject,
  isSuccess,
  label,
  operationsOf,
  pathsOf,
  renameKey,
  requestMedia,
  resolve,
  responseMedia,
  retypeScalar,
  scalarType,
  schemasUnder,
  type Json,
  type OperationEntry,
} from './spec-walk.js';

export type MutationCategory = 'operation' | 'parameter' | 'request body' | 'response' | 'response header' | 'security' | 'documentation';

export interface MutationResult {
  /** The mutated copy. */
  document: Json;
  /** What was changed where: `removed property from of ContactList (getContacts 200)`. */
  description: string;
}

export interface MutationOperator {
  /** kebab-case; also the name of the fixture folder test/fixtures/mutation/<name>/. */
  name: string;
  category: MutationCategory;
  /** Whether a client generated from the original spec can no longer be trusted against the mutant. */
  breaking: boolean;
  description: string;
  apply(document: unknown): MutationResult | null;
}

/** Wraps an edit: clones the input, runs the edit on the clone, returns null when it found no target. */
function operator(
  spec: Omit<MutationOperator, 'apply'>,
  edit: (document: Json) => string | null,
): MutationOperator {
  return {
    ...spec,
    apply(input) {
      if (!isObject(input)) return null;
      const document = structuredClone(input);
      const description = edit(document);
      return description === null ? null : { document, description };
    },
  };
}

const NON_BODY_METHODS = new Set(['get', 'head', 'delete', 'options', 'trace']);
const ALTERNATIVE_METHODS = ['post', 'put', 'patch', 'get', 'delete'];

function first<T>(items: Iterable<T>, predicate: (item: T) => boolean = () => true): T | undefined {
  for (const item of items) if (predicate(item)) return item;
  return undefined;
}

function parametersArray(entry: OperationEntry): unknown[] {
  if (!Array.isArray(entry.operation.parameters)) entry.operation.parameters = [];
  return entry.operation.parameters as unknown[];
}

/** Parameters that apply to an operation, merged by the document layer (its own override path-level ones). */
function effectiveParameters(entry: OperationEntry): Json[] {
  return entry.parameters.map((parameter) => parameter.value);
}

function effectiveSecurity(document: Json, entry: OperationEntry): unknown[] {
  const own = entry.operation.security ?? document.security;
  return Array.isArray(own) ? own : [];
}

/** A name not yet used as a key of `object`: `base`, `base2`, ... */
function freshKey(object: Json, base: string): string {
  if (!(base in object)) return base;
  for (let index = 2; ; index++) if (!(`${base}${index}` in object)) return `${base}${index}`;
}

function objectSchemaWithProperties(document: Json, raw: unknown): Json | undefined {
  const schema = resolve(document, raw);
  return isObject(schema) && isObject(schema.properties) && Object.keys(schema.properties).length > 0 ? schema : undefined;
}

function where(status: string, entry: OperationEntry): string {
  return `${label(entry)} response ${status}`;
}

/** Applies `edit` to the top-level `property` of every explicit example of `media`. */
function editExamples(document: Json, media: Json, path: string[], edit: (value: unknown) => unknown): void {
  for (const slot of exampleSlots(document, media)) slot.set(editAtPath(slot.get(), path, edit));
}

function renameInExamples(document: Json, media: Json, from: string, to: string): void {
  for (const slot of exampleSlots(document, media)) {
    const value = slot.get();
    if (isObject(value) && from in value) renameKey(value, from, to);
  }
}

function deleteFromExamples(document: Json, media: Json, property: string): void {
  for (const slot of exampleSlots(document, media)) {
    const value = slot.get();
    if (isObject(value)) delete value[property];
  }
}

// ---------------------------------------------------------------------------------------------- operations

const removeOperation = operator(
  { name: 'remove-operation', category: 'operation', breaking: true, description: 'An operation disappears from the spec; the client still has its method.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    delete entry.pathItem[entry.method];
    const paths = pathsOf(document);
    if (operationsOf({ paths: { [entry.path]: entry.pathItem } }).length === 0) delete paths[entry.path];
    return `removed ${label(entry)}`;
  },
);

const addOperation = operator(
  { name: 'add-operation', category: 'operation', breaking: true, description: 'A new operation appears in the spec; the client has no method for it.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    const paths = pathsOf(document);
    const path = freshKey(paths, `${entry.path.replace(/\/$/, '')}/mutation-added`);
    const tags = Array.isArray(entry.operation.tags) ? entry.operation.tags.slice(0, 1) : undefined;
    paths[path] = {
      get: {
        ...(tags ? { tags } : {}),
        summary: 'Added by mutation',
        operationId: 'mutationAddedOperation',
        responses: {
          '200': {
            description: 'Added by mutation.',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } },
                example: { ok: true },
              },
            },
          },
        },
      },
    };
    return `added mutationAddedOperation (GET ${path})`;
  },
);

const renamePath = operator(
  { name: 'rename-path', category: 'operation', breaking: true, description: "A path is renamed; the client still calls the old URL." },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    const paths = pathsOf(document);
    const renamed = freshKey(paths, `${entry.path.replace(/\/$/, '')}-renamed`);
    renameKey(paths, entry.path, renamed);
    return `renamed path ${entry.path} to ${renamed}`;
  },
);

const changeMethod = operator(
  { name: 'change-method', category: 'operation', breaking: true, description: 'An operation moves to another HTTP method on the same path.' },
  (document) => {
    for (const entry of operationsOf(document)) {
      const method = first(ALTERNATIVE_METHODS, (candidate) => candidate !== entry.method && !(candidate in entry.pathItem));
      if (!method) continue;
      const operations = Object.entries(entry.pathItem);
      for (const [key] of operations) delete entry.pathItem[key];
      for (const [key, value] of operations) entry.pathItem[key === entry.method ? method : key] = value;
      return `moved ${label(entry)} to ${method.toUpperCase()}`;
    }
    return null;
  },
);

const renameOperationId = operator(
  { name: 'rename-operation-id', category: 'operation', breaking: true, description: "An operationId changes; the client's method keeps the old name." },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => typeof candidate.operation.operationId === 'string');
    if (!entry) return null;
    const before = entry.operation.operationId as string;
    entry.operation.operationId = `${before}Renamed`;
    return `renamed operationId ${before} to ${before}Renamed`;
  },
);

const changeTag = operator(
  { name: 'change-tag', category: 'operation', breaking: true, description: "An operation's first tag changes, which moves its method to another client group." },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => Array.isArray(candidate.operation.tags) && typeof candidate.operation.tags[0] === 'string');
    if (!entry) return null;
    const tags = entry.operation.tags as string[];
    const declared = Array.isArray(document.tags) ? (document.tags as Json[]).map((tag) => tag.name).filter((name): name is string => typeof name === 'string') : [];
    const target = first(declared, (name) => name !== tags[0]) ?? `${tags[0]}-moved`;
    const before = tags[0];
    tags[0] = target;
    return `moved ${label(entry)} from tag ${before} to ${target}`;
  },
);

// ---------------------------------------------------------------------------------------------- parameters

const addRequiredQueryParameter = operator(
  { name: 'add-required-query-parameter', category: 'parameter', breaking: true, description: 'A new required query parameter; the client cannot send it.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    parametersArray(entry).push({ name: 'mutation_required', in: 'query', required: true, schema: { type: 'string' }, example: 'required' });
    return `added required query parameter mutation_required to ${label(entry)}`;
  },
);

const addRequiredHeaderParameter = operator(
  { name: 'add-required-header-parameter', category: 'parameter', breaking: true, description: 'A new required header parameter; the client cannot send it.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    parametersArray(entry).push({ name: 'X-Mutation-Required', in: 'header', required: true, schema: { type: 'string' }, example: 'required' });
    return `added required header X-Mutation-Required to ${label(entry)}`;
  },
);

const addRequiredPathParameter = operator(
  { name: 'add-required-path-parameter', category: 'parameter', breaking: true, description: 'A path gains a path parameter; the client builds the old URL.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    const paths = pathsOf(document);
    const renamed = `${entry.path.replace(/\/$/, '')}/{mutation_id}`;
    if (renamed in paths) return null;
    renameKey(paths, entry.path, renamed);
    const pathItem = entry.pathItem;
    const parameter = { name: 'mutation_id', in: 'path', required: true, schema: { type: 'string' }, example: 'mutation-1' };
    pathItem.parameters = [...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []), parameter];
    return `added path parameter mutation_id: ${entry.path} became ${renamed}`;
  },
);

const removeParameter = operator(
  { name: 'remove-parameter', category: 'parameter', breaking: true, description: 'A parameter the client sends is removed from an operation.' },
  (document) => {
    for (const entry of operationsOf(document)) {
      const list = entry.operation.parameters;
      if (!Array.isArray(list)) continue;
      const index = list.findIndex((raw) => {
        const parameter = resolve(document, raw);
        return isObject(parameter) && parameter.in !== 'path';
      });
      if (index < 0) continue;
      const parameter = resolve(document, list[index]) as Json;
      list.splice(index, 1);
      if (list.length === 0) delete entry.operation.parameters;
      return `removed ${String(parameter.in)} parameter ${String(parameter.name)} from ${label(entry)}`;
    }
    return null;
  },
);

const changeParameterType = operator(
  { name: 'change-parameter-type', category: 'parameter', breaking: true, description: "A parameter's type changes (string to integer, otherwise to string)." },
  (document) => {
    for (const entry of operationsOf(document)) {
      const list = entry.operation.parameters;
      if (!Array.isArray(list)) continue;
      for (let index = 0; index < list.length; index++) {
        const resolved = resolve(document, list[index]);
        if (!isObject(resolved) || !isObject(resolve(document, resolved.schema)) || Array.isArray((resolve(document, resolved.schema) as Json).enum)) continue;
        if (!scalarType(resolve(document, resolved.schema) as Json)) continue;
        const parameter = inline(document, list, index);
        const schema = inline(document, parameter, 'schema');
        const change = retypeScalar(schema)!;
        if ('example' in parameter) parameter.example = change.convert(parameter.example);
        return `changed the type of ${String(parameter.in)} parameter ${String(parameter.name)} of ${label(entry)} from ${change.from} to ${change.to}`;
      }
    }
    return null;
  },
);

const makeParameterRequired = operator(
  { name: 'make-parameter-required', category: 'parameter', breaking: true, description: 'An optional parameter becomes required; callers may omit it.' },
  (document) => {
    for (const entry of operationsOf(document)) {
      const list = entry.operation.parameters;
      if (!Array.isArray(list)) continue;
      const index = list.findIndex((raw) => {
        const parameter = resolve(document, raw);
        return isObject(parameter) && parameter.required !== true;
      });
      if (index < 0) continue;
      const parameter = inline(document, list, index);
      parameter.required = true;
      return `made ${String(parameter.in)} parameter ${String(parameter.name)} of ${label(entry)} required`;
    }
    return null;
  },
);

const removeRequestEnumValue = operator(
  { name: 'remove-request-enum-value', category: 'parameter', breaking: true, description: 'A value the client may send (parameter or request body enum) is no longer accepted.' },
  (document) => {
    const used = exampleScalars(document);
    for (const entry of operationsOf(document)) {
      const candidates: { schema: Json; where: string }[] = [];
      for (const parameter of effectiveParameters(entry)) {
        const schema = resolve(document, parameter.schema);
        if (isObject(schema)) candidates.push({ schema, where: `${String(parameter.in)} parameter ${String(parameter.name)}` });
      }
      const body = resolve(document, entry.operation.requestBody);
      if (isObject(body) && isObject(body.content)) {
        for (const media of Object.values(body.content)) {
          if (!isObject(media)) continue;
          for (const place of schemasUnder(document, media.schema)) candidates.push({ schema: place.schema, where: `request body ${place.path.join('.') || '(root)'}` });
        }
      }
      for (const { schema, where: place } of candidates) {
        if (!Array.isArray(schema.enum) || schema.enum.length < 2) continue;
        const removed = pickEnumValue(schema.enum, used);
        schema.enum = schema.enum.filter((value) => value !== removed);
        return `removed enum value ${JSON.stringify(removed)} from ${place} of ${label(entry)}`;
      }
    }
    return null;
  },
);

/** The last enum value no example uses (so examples stay valid), else the last one. */
function pickEnumValue(values: unknown[], used: Set<string>): unknown {
  for (let index = values.length - 1; index >= 0; index--) if (!used.has(JSON.stringify(values[index]))) return values[index];
  return values[values.length - 1];
}

// -------------------------------------------------------------------------------------------- request body

const changeRequestPropertyType = operator(
  { name: 'change-request-property-type', category: 'request body', breaking: true, description: "A request body property's type changes; the client sends the old type." },
  (document) => {
    for (const target of requestMedia(document)) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema) continue;
      const properties = schema.properties as Json;
      const name = first(Object.keys(properties), (key) => {
        const property = resolve(document, properties[key]);
        return isObject(property) && scalarType(property) !== undefined && !Array.isArray(property.enum);
      });
      if (!name) continue;
      const change = retypeScalar(inline(document, properties, name))!;
      editExamples(document, target.media, [name], change.convert);
      return `changed request body property ${name} of ${label(target.entry)} from ${change.from} to ${change.to}`;
    }
    return null;
  },
);

const addRequiredRequestProperty = operator(
  { name: 'add-required-request-property', category: 'request body', breaking: true, description: 'A request body gains a required property; the client does not know it.' },
  (document) => {
    for (const target of requestMedia(document)) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema) continue;
      const properties = schema.properties as Json;
      const name = freshKey(properties, 'mutation_required_field');
      properties[name] = { type: 'string', example: 'required by mutation' };
      schema.required = [...(Array.isArray(schema.required) ? schema.required : []), name];
      for (const slot of exampleSlots(document, target.media)) {
        const value = slot.get();
        if (isObject(value)) value[name] = 'required by mutation';
      }
      return `added required request body property ${name} to ${label(target.entry)}`;
    }
    return null;
  },
);

const requireRequestBody = operator(
  {
    name: 'require-request-body',
    category: 'request body',
    breaking: true,
    description: 'An operation that took no (or an optional) body now requires one with a required field.',
  },
  (document) => {
    for (const entry of operationsOf(document)) {
      if (NON_BODY_METHODS.has(entry.method)) continue;
      const existing = resolve(document, entry.operation.requestBody);
      if (isObject(existing) && existing.required === true) continue;
      const schema = { type: 'object', required: ['mutation_field'], properties: { mutation_field: { type: 'string' } } };
      if (!isObject(existing)) {
        entry.operation.requestBody = { required: true, content: { 'application/json': { schema, example: { mutation_field: 'required' } } } };
        return `${label(entry)} now requires a JSON body with required property mutation_field`;
      }
      const body = inline(document, entry.operation, 'requestBody');
      body.required = true;
      return `made the request body of ${label(entry)} required`;
    }
    return null;
  },
);

const makeRequestPropertyOptional = operator(
  {
    name: 'make-request-property-optional',
    category: 'request body',
    breaking: false,
    description: 'A required request body property becomes optional: the client still sends it, the server still accepts it.',
  },
  (document) => {
    for (const target of requestMedia(document)) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema || !Array.isArray(schema.required) || schema.required.length === 0) continue;
      const [name, ...rest] = schema.required as string[];
      if (rest.length === 0) delete schema.required;
      else schema.required = rest;
      return `request body property ${name} of ${label(target.entry)} is no longer required`;
    }
    return null;
  },
);

// -------------------------------------------------------------------------------------------------- responses

const removeResponseProperty = operator(
  { name: 'remove-response-property', category: 'response', breaking: true, description: 'A property the client reads disappears from a success response.' },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema) continue;
      const properties = schema.properties as Json;
      const name = Object.keys(properties)[0]!;
      delete properties[name];
      if (Array.isArray(schema.required)) {
        schema.required = schema.required.filter((entry) => entry !== name);
        if ((schema.required as unknown[]).length === 0) delete schema.required;
      }
      deleteFromExamples(document, target.media, name);
      return `removed property ${name} from ${where(target.status, target.entry)}`;
    }
    return null;
  },
);

const renameResponseProperty = operator(
  { name: 'rename-response-property', category: 'response', breaking: true, description: 'A success response property is renamed.' },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema) continue;
      const properties = schema.properties as Json;
      const name = Object.keys(properties)[0]!;
      const renamed = freshKey(properties, `${name}_renamed`);
      renameKey(properties, name, renamed);
      if (Array.isArray(schema.required)) schema.required = schema.required.map((entry) => (entry === name ? renamed : entry));
      renameInExamples(document, target.media, name, renamed);
      return `renamed property ${name} to ${renamed} in ${where(target.status, target.entry)}`;
    }
    return null;
  },
);

const changeResponsePropertyType = operator(
  { name: 'change-response-property-type', category: 'response', breaking: true, description: "A success response property's type changes." },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema) continue;
      const properties = schema.properties as Json;
      const name = first(Object.keys(properties), (key) => {
        const property = resolve(document, properties[key]);
        return isObject(property) && scalarType(property) !== undefined && !Array.isArray(property.enum);
      });
      if (!name) continue;
      const change = retypeScalar(inline(document, properties, name))!;
      editExamples(document, target.media, [name], change.convert);
      return `changed property ${name} of ${where(target.status, target.entry)} from ${change.from} to ${change.to}`;
    }
    return null;
  },
);

const responsePropertyNoLongerRequired = operator(
  {
    name: 'response-property-no-longer-required',
    category: 'response',
    breaking: true,
    description: 'A success response property the client types as always present becomes optional.',
  },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema || !Array.isArray(schema.required) || schema.required.length === 0) continue;
      const [name, ...rest] = schema.required as string[];
      if (rest.length === 0) delete schema.required;
      else schema.required = rest;
      return `property ${name} of ${where(target.status, target.entry)} is no longer required`;
    }
    return null;
  },
);

/** The first schema under a success response for which `test` holds, with where it is. */
function firstResponseSchema(document: Json, test: (schema: Json) => boolean) {
  for (const target of responseMedia(document, { success: true })) {
    const place = first(schemasUnder(document, target.media.schema), (candidate) => test(candidate.schema));
    if (place) return { target, place, at: `${place.path.join('.') || '(body)'} of ${where(target.status, target.entry)}` };
  }
  return undefined;
}

const removeResponseEnumValue = operator(
  { name: 'remove-response-enum-value', category: 'response', breaking: true, description: 'An enum value the client expects in a success response is removed.' },
  (document) => {
    const found = firstResponseSchema(document, (schema) => Array.isArray(schema.enum) && schema.enum.length >= 2);
    if (!found) return null;
    const values = found.place.schema.enum as unknown[];
    const removed = pickEnumValue(values, exampleScalars(document));
    found.place.schema.enum = values.filter((value) => value !== removed);
    return `removed enum value ${JSON.stringify(removed)} from ${found.at}`;
  },
);

const addResponseEnumValue = operator(
  { name: 'add-response-enum-value', category: 'response', breaking: true, description: "A success response enum gains a value the client's literal type does not allow." },
  (document) => {
    const found = firstResponseSchema(document, (schema) => Array.isArray(schema.enum) && schema.enum.length >= 1 && typeof schema.enum[0] === 'string');
    if (!found) return null;
    (found.place.schema.enum as unknown[]).push('mutation_added');
    return `added enum value "mutation_added" to ${found.at}`;
  },
);

const removeNullable = operator(
  { name: 'remove-nullable', category: 'response', breaking: true, description: 'A nullable response field stops being nullable.' },
  (document) => {
    const found = firstResponseSchema(document, (schema) => schema.nullable === true);
    if (!found) return null;
    delete found.place.schema.nullable;
    // Examples that showed null for it now show a value of its type.
    const type = scalarType(found.place.schema);
    const replacement = type === 'string' ? 'not null' : type === 'boolean' ? false : type ? 0 : {};
    editExamples(document, found.target.media, found.place.path, (value) => (value === null ? replacement : value));
    return `removed nullable from ${found.at}`;
  },
);

const changeArrayItemType = operator(
  { name: 'change-array-item-type', category: 'response', breaking: true, description: "The item type of an array in a success response changes." },
  (document) => {
    const found = firstResponseSchema(document, (schema) => {
      if (schema.type !== 'array') return false;
      const items = resolve(document, schema.items);
      return isObject(items) && scalarType(items) !== undefined && !Array.isArray(items.enum);
    });
    if (!found) return null;
    const change = retypeScalar(inline(document, found.place.schema, 'items'))!;
    editExamples(document, found.target.media, [...found.place.path, '*'], change.convert);
    if (Array.isArray(found.place.schema.example)) found.place.schema.example = found.place.schema.example.map(change.convert);
    return `changed the items of ${found.at} from ${change.from} to ${change.to}`;
  },
);

const removeResponseStatus = operator(
  { name: 'remove-response-status', category: 'response', breaking: true, description: 'A documented error status is removed; the client still types it.' },
  (document) => {
    for (const entry of operationsOf(document)) {
      const responses = entry.operation.responses;
      if (!isObject(responses) || Object.keys(responses).length < 2) continue;
      const status = first(Object.keys(responses), (key) => !isSuccess(key));
      if (!status) continue;
      delete responses[status];
      return `removed response ${status} from ${label(entry)}`;
    }
    return null;
  },
);

const addResponseStatus = operator(
  { name: 'add-response-status', category: 'response', breaking: true, description: 'A new documented status the client does not know (it throws UnexpectedResponseError).' },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => isObject(candidate.operation.responses) && !('410' in candidate.operation.responses));
    if (!entry) return null;
    (entry.operation.responses as Json)['410'] = { description: 'Gone (added by mutation).' };
    return `added response 410 to ${label(entry)}`;
  },
);

const changeSuccessMediaType = operator(
  { name: 'change-success-media-type', category: 'response', breaking: true, description: 'A success response moves to another media type.' },
  (document) => {
    const target = first(responseMedia(document, { success: true }), (candidate) => candidate.mediaType === 'application/json');
    if (!target) return null;
    const response = inlineResponse(document, target.entry, target.status);
    renameKey(response.content as Json, target.mediaType, 'application/vnd.mutation+json');
    return `${where(target.status, target.entry)} is now application/vnd.mutation+json instead of ${target.mediaType}`;
  },
);

const changeErrorBodySchema = operator(
  { name: 'change-error-body-schema', category: 'response', breaking: true, description: "An error response's body schema is replaced by a different shape." },
  (document) => {
    const target = first(responseMedia(document, { success: false }));
    if (!target) return null;
    const response = inlineResponse(document, target.entry, target.status);
    (response.content as Json)[target.mediaType] = {
      schema: {
        type: 'object',
        required: ['error', 'retry_after'],
        properties: { error: { type: 'string' }, retry_after: { type: 'integer' } },
      },
      example: { error: 'changed by mutation', retry_after: 30 },
    };
    return `replaced the body schema of ${where(target.status, target.entry)}`;
  },
);

/** The operation's own copy of a response (so a shared component response is left alone). */
function inlineResponse(document: Json, entry: OperationEntry, status: string): Json {
  return inline(document, entry.operation.responses as Json, status);
}

// --------------------------------------------------------------------------------------------- response headers

function firstResponseHeader(document: Json) {
  let fallback: { entry: OperationEntry; status: string; name: string } | undefined;
  for (const entry of operationsOf(document)) {
    const responses = isObject(entry.operation.responses) ? entry.operation.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      const response = resolve(document, raw);
      if (!isObject(response) || !isObject(response.headers)) continue;
      for (const [name, header] of Object.entries(response.headers)) {
        const resolved = resolve(document, header);
        if (isObject(resolved) && resolved.required === true) return { entry, status, name };
        fallback ??= { entry, status, name };
      }
    }
  }
  return fallback;
}

const removeResponseHeader = operator(
  {
    name: 'remove-response-header',
    category: 'response header',
    breaking: true,
    description: 'A documented response header (the first required one, else the first) is removed.',
  },
  (document) => {
    const found = firstResponseHeader(document);
    if (!found) return null;
    const response = inlineResponse(document, found.entry, found.status);
    delete (response.headers as Json)[found.name];
    if (Object.keys(response.headers as Json).length === 0) delete response.headers;
    return `removed header ${found.name} from ${where(found.status, found.entry)}`;
  },
);

const renameResponseHeader = operator(
  {
    name: 'rename-response-header',
    category: 'response header',
    breaking: true,
    description: 'A documented response header (the first required one, else the first) is renamed.',
  },
  (document) => {
    const found = firstResponseHeader(document);
    if (!found) return null;
    const response = inlineResponse(document, found.entry, found.status);
    renameKey(response.headers as Json, found.name, `${found.name}-Renamed`);
    return `renamed header ${found.name} to ${found.name}-Renamed in ${where(found.status, found.entry)}`;
  },
);

// -------------------------------------------------------------------------------------------------- security

const changeSecurityScheme = operator(
  { name: 'change-security-scheme', category: 'security', breaking: true, description: 'A security scheme changes kind (bearer token to API key header, or back).' },
  (document) => {
    const schemes = (document.components as Json | undefined)?.securitySchemes;
    if (!isObject(schemes)) return null;
    const name = first(Object.keys(schemes), (key) => isObject(resolve(document, schemes[key])));
    if (!name) return null;
    const before = resolve(document, schemes[name]) as Json;
    const isApiKey = before.type === 'apiKey';
    schemes[name] = isApiKey ? { type: 'http', scheme: 'bearer' } : { type: 'apiKey', in: 'header', name: 'X-API-Key' };
    return `security scheme ${name} is now ${isApiKey ? 'an HTTP bearer token' : 'an API key in the X-API-Key header'}`;
  },
);

const removeOperationSecurity = operator(
  { name: 'remove-operation-security', category: 'security', breaking: true, description: 'An operation that required credentials becomes public (`security: []`).' },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => effectiveSecurity(document, candidate).length > 0);
    if (!entry) return null;
    entry.operation.security = [];
    return `${label(entry)} no longer requires credentials`;
  },
);

const addOperationSecurity = operator(
  {
    name: 'add-operation-security',
    category: 'security',
    breaking: true,
    description: 'An operation additionally requires a new API key scheme the client does not send.',
  },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    const components = (document.components ??= {}) as Json;
    const schemes = (components.securitySchemes ??= {}) as Json;
    const scheme = freshKey(schemes, 'mutationApiKey');
    schemes[scheme] = { type: 'apiKey', in: 'header', name: 'X-Mutation-Key' };
    const current = effectiveSecurity(document, entry).filter(isObject);
    entry.operation.security = current.length === 0 ? [{ [scheme]: [] }] : current.map((requirement) => ({ ...structuredClone(requirement), [scheme]: [] }));
    return `${label(entry)} now also requires the API key scheme ${scheme}`;
  },
);

// ------------------------------------------------------------------------------------------- harmless edits

const rewordOperationDocs = operator(
  { name: 'reword-operation-docs', category: 'documentation', breaking: false, description: "An operation's summary and description are reworded." },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    entry.operation.summary = `${typeof entry.operation.summary === 'string' ? entry.operation.summary : 'Operation'} (reworded)`;
    entry.operation.description = 'Reworded by mutation: the same behaviour, described differently.';
    return `reworded the summary and description of ${label(entry)}`;
  },
);

const changeExampleValue = operator(
  {
    name: 'change-example-value',
    category: 'documentation',
    breaking: false,
    description: 'A string in a success response example changes to another value its schema allows.',
  },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      for (const slot of exampleSlots(document, target.media)) {
        const example = slot.get();
        const found = firstFreeString(document, target.media.schema, example, []);
        if (!found) continue;
        slot.set(editAtPath(example, found, (value) => `${String(value)} (edited)`));
        return `edited the example value at ${found.join('.')} of ${where(target.status, target.entry)}`;
      }
    }
    return null;
  },
);

/** The path of the first string in `value` whose schema is a plain string (no enum, format, pattern or length). */
function firstFreeString(document: Json, rawSchema: unknown, value: unknown, path: string[]): string[] | undefined {
  const schema = resolve(document, rawSchema);
  if (!isObject(schema) || schema.allOf || schema.oneOf || schema.anyOf || schema.not) return undefined;
  if (typeof value === 'string') {
    const constrained = ['enum', 'const', 'format', 'pattern', 'minLength', 'maxLength'].some((key) => key in schema);
    return schema.type === 'string' && !constrained ? path : undefined;
  }
  if (Array.isArray(value) && schema.type === 'array') {
    for (let index = 0; index < value.length; index++) {
      const found = firstFreeString(document, schema.items, value[index], [...path, String(index)]);
      if (found) return found;
    }
  }
  if (isObject(value) && isObject(schema.properties)) {
    for (const [key, item] of Object.entries(value)) {
      if (!(key in schema.properties)) continue;
      const found = firstFreeString(document, schema.properties[key], item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

const addOptionalResponseProperty = operator(
  {
    name: 'add-optional-response-property',
    category: 'response',
    breaking: false,
    description: 'A success response gains an optional property (its example shows it); old clients ignore it.',
  },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema || schema.additionalProperties === false) continue;
      const properties = schema.properties as Json;
      const name = freshKey(properties, 'mutation_note');
      properties[name] = { type: 'string', description: 'Added by mutation.' };
      for (const slot of exampleSlots(document, target.media)) {
        const value = slot.get();
        if (isObject(value)) value[name] = 'added by mutation';
      }
      return `added optional property ${name} to ${where(target.status, target.entry)}`;
    }
    return null;
  },
);

const addExtension = operator(
  { name: 'add-extension', category: 'documentation', breaking: false, description: 'Vendor extensions (x-...) are added to the document and an operation.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    document['x-mutation-marker'] = true;
    entry.operation['x-mutation-owner'] = 'contract-tests';
    return `added x-mutation-marker to the document and x-mutation-owner to ${label(entry)}`;
  },
);

const editTagDescription = operator(
  { name: 'edit-tag-description', category: 'documentation', breaking: false, description: "A tag's description is written or edited." },
  (document) => {
    if (!Array.isArray(document.tags) || !isObject(document.tags[0])) return null;
    const tag = document.tags[0] as Json;
    insertAfter(tag, 'name', 'description', `${typeof tag.description === 'string' ? `${tag.description} ` : ''}Edited by mutation.`);
    return `edited the description of tag ${String(tag.name)}`;
  },
);

const addOptionalQueryParameter = operator(
  {
    name: 'add-optional-query-parameter',
    category: 'parameter',
    breaking: false,
    description: 'An optional query parameter is added: the old client cannot send it, and need not (drift reports it as non-breaking).',
  },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => NON_BODY_METHODS.has(candidate.method));
    if (!entry) return null;
    parametersArray(entry).push({ name: 'mutation_optional', in: 'query', required: false, schema: { type: 'string' } });
    return `added optional query parameter mutation_optional to ${label(entry)}`;
  },
);

const reorderProperties = operator(
  { name: 'reorder-properties', category: 'response', breaking: false, description: "A success response schema's properties are listed in reverse order." },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      const schema = objectSchemaWithProperties(document, target.media.schema);
      if (!schema || Object.keys(schema.properties as Json).length < 2) continue;
      schema.properties = Object.fromEntries(Object.entries(schema.properties as Json).reverse());
      return `reversed the property order of ${where(target.status, target.entry)}`;
    }
    return null;
  },
);

const reorderParameters = operator(
  { name: 'reorder-parameters', category: 'parameter', breaking: false, description: "An operation's parameters are listed in reverse order." },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => Array.isArray(candidate.operation.parameters) && candidate.operation.parameters.length >= 2);
    if (!entry) return null;
    (entry.operation.parameters as unknown[]).reverse();
    return `reversed the parameter order of ${label(entry)}`;
  },
);

/** Every operator, breaking ones first. */
export const operators: readonly MutationOperator[] = [
  removeOperation,
  addOperation,
  renamePath,
  changeMethod,
  renameOperationId,
  changeTag,
  addRequiredQueryParameter,
  addRequiredHeaderParameter,
  addRequiredPathParameter,
  removeParameter,
  changeParameterType,
  makeParameterRequired,
  removeRequestEnumValue,
  changeRequestPropertyType,
  addRequiredRequestProperty,
  requireRequestBody,
  removeResponseProperty,
  renameResponseProperty,
  changeResponsePropertyType,
  responsePropertyNoLongerRequired,
  removeResponseEnumValue,
  addResponseEnumValue,
  removeNullable,
  changeArrayItemType,
  removeResponseStatus,
  addResponseStatus,
  changeSuccessMediaType,
  changeErrorBodySchema,
  removeResponseHeader,
  renameResponseHeader,
  changeSecurityScheme,
  removeOperationSecurity,
  addOperationSecurity,
  rewordOperationDocs,
  changeExampleValue,
  addOptionalResponseProperty,
  addExtension,
  editTagDescription,
  addOptionalQueryParameter,
  makeRequestPropertyOptional,
  reorderProperties,
  reorderParameters,
];
