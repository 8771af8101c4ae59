/** Mutation operators for response headers: removed or renamed. */
import { isObject, operationsOf, renameKey, resolve, type Json, type OperationEntry } from '../spec-walk.js';
import { inlineResponse, operator, where } from './define.js';

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

export const removeResponseHeader = operator(
  {
    name: 'remove-response-header',
    category: 'response header',
    breaking: true,
    rule: 'keyword-removed',
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

export const renameResponseHeader = operator(
  {
    name: 'rename-response-header',
    category: 'response header',
    breaking: true,
    rule: 'keyword-removed',
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
