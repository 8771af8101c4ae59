/** Mutation operators for parameters: added as required, removed, retyped, made required, an enum value removed; added as optional, reordered. */
import { exampleScalars, inline, isObject, label, operationsOf, pathsOf, renameKey, resolve, retypeScalar, scalarType, schemasUnder, type Json } from '../spec-walk.js';
import { effectiveParameters, first, NON_BODY_METHODS, operator, parametersArray, pickEnumValue } from './define.js';

export const addRequiredQueryParameter = operator(
  { name: 'add-required-query-parameter', category: 'parameter', breaking: true, rule: 'parameter-added', description: 'A new required query parameter; the client cannot send it.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    parametersArray(entry).push({ name: 'mutation_required', in: 'query', required: true, schema: { type: 'string' }, example: 'required' });
    return `added required query parameter mutation_required to ${label(entry)}`;
  },
);

export const addRequiredHeaderParameter = operator(
  { name: 'add-required-header-parameter', category: 'parameter', breaking: true, rule: 'parameter-added', description: 'A new required header parameter; the client cannot send it.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    parametersArray(entry).push({ name: 'X-Mutation-Required', in: 'header', required: true, schema: { type: 'string' }, example: 'required' });
    return `added required header X-Mutation-Required to ${label(entry)}`;
  },
);

export const addRequiredPathParameter = operator(
  { name: 'add-required-path-parameter', category: 'parameter', breaking: true, rule: 'operation-removed', description: 'A path gains a path parameter; the client builds the old URL.' },
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

export const removeParameter = operator(
  { name: 'remove-parameter', category: 'parameter', breaking: true, rule: 'parameter-removed', description: 'A parameter the client sends is removed from an operation.' },
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

export const changeParameterType = operator(
  { name: 'change-parameter-type', category: 'parameter', breaking: true, rule: 'type-changed', description: "A parameter's type changes (string to integer, otherwise to string)." },
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

export const makeParameterRequired = operator(
  { name: 'make-parameter-required', category: 'parameter', breaking: true, rule: 'became-required', description: 'An optional parameter becomes required; callers may omit it.' },
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

export const removeRequestEnumValue = operator(
  { name: 'remove-request-enum-value', category: 'parameter', breaking: true, rule: 'enum-value-removed', description: 'A value the client may send (parameter or request body enum) is no longer accepted.' },
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

export const addOptionalQueryParameter = operator(
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

export const reorderParameters = operator(
  { name: 'reorder-parameters', category: 'parameter', breaking: false, description: "An operation's parameters are listed in reverse order." },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => Array.isArray(candidate.operation.parameters) && candidate.operation.parameters.length >= 2);
    if (!entry) return null;
    (entry.operation.parameters as unknown[]).reverse();
    return `reversed the parameter order of ${label(entry)}`;
  },
);
