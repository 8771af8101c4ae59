/** Mutation operators for operations: removed, added, moved (path, method), renamed (operationId, tag). */
import { label, operationsOf, pathsOf, renameKey, type Json } from '../spec-walk.js';
import { ALTERNATIVE_METHODS, first, freshKey, operator } from './define.js';

export const removeOperation = operator(
  { name: 'remove-operation', category: 'operation', breaking: true, rule: 'operation-removed', description: 'An operation disappears from the spec; the client still has its method.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    delete entry.pathItem[entry.method];
    const paths = pathsOf(document);
    if (operationsOf({ paths: { [entry.path]: entry.pathItem } }).length === 0) delete paths[entry.path];
    return `removed ${label(entry)}`;
  },
);

export const addOperation = operator(
  { name: 'add-operation', category: 'operation', breaking: true, rule: 'operation-added', description: 'A new operation appears in the spec; the client has no method for it.' },
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

export const renamePath = operator(
  { name: 'rename-path', category: 'operation', breaking: true, rule: 'operation-removed', description: "A path is renamed; the client still calls the old URL." },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    const paths = pathsOf(document);
    const renamed = freshKey(paths, `${entry.path.replace(/\/$/, '')}-renamed`);
    renameKey(paths, entry.path, renamed);
    return `renamed path ${entry.path} to ${renamed}`;
  },
);

export const changeMethod = operator(
  { name: 'change-method', category: 'operation', breaking: true, rule: 'operation-removed', description: 'An operation moves to another HTTP method on the same path.' },
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

export const renameOperationId = operator(
  { name: 'rename-operation-id', category: 'operation', breaking: true, rule: 'value-changed', description: "An operationId changes; the client's method keeps the old name." },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => typeof candidate.operation.operationId === 'string');
    if (!entry) return null;
    const before = entry.operation.operationId as string;
    entry.operation.operationId = `${before}Renamed`;
    return `renamed operationId ${before} to ${before}Renamed`;
  },
);

export const changeTag = operator(
  { name: 'change-tag', category: 'operation', breaking: true, rule: 'value-changed', description: "An operation's first tag changes, which moves its method to another client group." },
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
