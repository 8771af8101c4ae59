/** Mutation operators for request bodies: a property retyped or added as required, the body made required; a property made optional. */
import { exampleSlots, inline, isObject, label, operationsOf, requestMedia, resolve, type Json } from '../spec-walk.js';
import { freshKey, NON_BODY_METHODS, objectSchemaWithProperties, operator, retypeFirstScalarProperty } from './define.js';

export const changeRequestPropertyType = operator(
  { name: 'change-request-property-type', category: 'request body', breaking: true, rule: 'type-changed', description: "A request body property's type changes; the client sends the old type." },
  (document) => {
    for (const target of requestMedia(document)) {
      const change = retypeFirstScalarProperty(document, target.media);
      if (!change) continue;
      return `changed request body property ${change.name} of ${label(target.entry)} from ${change.from} to ${change.to}`;
    }
    return null;
  },
);

export const addRequiredRequestProperty = operator(
  { name: 'add-required-request-property', category: 'request body', breaking: true, rule: 'became-required', description: 'A request body gains a required property; the client does not know it.' },
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

export const requireRequestBody = operator(
  {
    name: 'require-request-body',
    category: 'request body',
    breaking: true,
    rule: 'value-changed',
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

export const makeRequestPropertyOptional = operator(
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
