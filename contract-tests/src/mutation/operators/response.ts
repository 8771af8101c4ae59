/** Mutation operators for responses: properties removed, renamed, retyped or no longer required, enum values removed or added, `nullable` removed, array items retyped, statuses removed or added, the media type or error body changed; an optional property added, properties reordered. */
import { exampleScalars, exampleSlots, inline, isObject, isSuccess, label, operationsOf, renameKey, resolve, responseMedia, retypeScalar, scalarType, schemasUnder, type Json } from '../spec-walk.js';
import { deleteFromExamples, editExamples, first, freshKey, inlineResponse, objectSchemaWithProperties, operator, pickEnumValue, renameInExamples, retypeFirstScalarProperty, where } from './define.js';

export const removeResponseProperty = operator(
  { name: 'remove-response-property', category: 'response', breaking: true, rule: 'property-removed', description: 'A property the client reads disappears from a success response.' },
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

export const renameResponseProperty = operator(
  { name: 'rename-response-property', category: 'response', breaking: true, rule: 'property-removed', description: 'A success response property is renamed.' },
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

export const changeResponsePropertyType = operator(
  { name: 'change-response-property-type', category: 'response', breaking: true, rule: 'type-changed', description: "A success response property's type changes." },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      const change = retypeFirstScalarProperty(document, target.media);
      if (!change) continue;
      return `changed property ${change.name} of ${where(target.status, target.entry)} from ${change.from} to ${change.to}`;
    }
    return null;
  },
);

export const responsePropertyNoLongerRequired = operator(
  {
    name: 'response-property-no-longer-required',
    category: 'response',
    breaking: true,
    rule: 'no-longer-required',
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

export const removeResponseEnumValue = operator(
  { name: 'remove-response-enum-value', category: 'response', breaking: true, rule: 'enum-value-removed', description: 'An enum value the client expects in a success response is removed.' },
  (document) => {
    const found = firstResponseSchema(document, (schema) => Array.isArray(schema.enum) && schema.enum.length >= 2);
    if (!found) return null;
    const values = found.place.schema.enum as unknown[];
    const removed = pickEnumValue(values, exampleScalars(document));
    found.place.schema.enum = values.filter((value) => value !== removed);
    return `removed enum value ${JSON.stringify(removed)} from ${found.at}`;
  },
);

export const addResponseEnumValue = operator(
  { name: 'add-response-enum-value', category: 'response', breaking: true, rule: 'enum-value-added', description: "A success response enum gains a value the client's literal type does not allow." },
  (document) => {
    const found = firstResponseSchema(document, (schema) => Array.isArray(schema.enum) && schema.enum.length >= 1 && typeof schema.enum[0] === 'string');
    if (!found) return null;
    (found.place.schema.enum as unknown[]).push('mutation_added');
    return `added enum value "mutation_added" to ${found.at}`;
  },
);

export const removeNullable = operator(
  { name: 'remove-nullable', category: 'response', breaking: true, rule: 'keyword-removed', description: 'A nullable response field stops being nullable.' },
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

export const changeArrayItemType = operator(
  { name: 'change-array-item-type', category: 'response', breaking: true, rule: 'type-changed', description: "The item type of an array in a success response changes." },
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

export const removeResponseStatus = operator(
  { name: 'remove-response-status', category: 'response', breaking: true, rule: 'response-removed', description: 'A documented error status is removed; the client still types it.' },
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

export const addResponseStatus = operator(
  { name: 'add-response-status', category: 'response', breaking: true, rule: 'response-added', description: 'A new documented status the client does not know (it throws UnexpectedResponseError).' },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => isObject(candidate.operation.responses) && !('410' in candidate.operation.responses));
    if (!entry) return null;
    (entry.operation.responses as Json)['410'] = { description: 'Gone (added by mutation).' };
    return `added response 410 to ${label(entry)}`;
  },
);

export const changeSuccessMediaType = operator(
  { name: 'change-success-media-type', category: 'response', breaking: true, rule: 'keyword-removed', description: 'A success response moves to another media type.' },
  (document) => {
    const target = first(responseMedia(document, { success: true }), (candidate) => candidate.mediaType === 'application/json');
    if (!target) return null;
    const response = inlineResponse(document, target.entry, target.status);
    renameKey(response.content as Json, target.mediaType, 'application/vnd.mutation+json');
    return `${where(target.status, target.entry)} is now application/vnd.mutation+json instead of ${target.mediaType}`;
  },
);

export const changeErrorBodySchema = operator(
  { name: 'change-error-body-schema', category: 'response', breaking: true, rule: 'property-removed', description: "An error response's body schema is replaced by a different shape." },
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

export const addOptionalResponseProperty = operator(
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

export const reorderProperties = operator(
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
