/** Mutation operators for security: a scheme changed, an operation made public, a new scheme required. */
import { isObject, label, operationsOf, resolve, type Json } from '../spec-walk.js';
import { effectiveSecurity, first, freshKey, operator } from './define.js';

export const changeSecurityScheme = operator(
  { name: 'change-security-scheme', category: 'security', breaking: true, rule: 'type-changed', description: 'A security scheme changes kind (bearer token to API key header, or back).' },
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

export const removeOperationSecurity = operator(
  { name: 'remove-operation-security', category: 'security', breaking: true, rule: 'value-changed', description: 'An operation that required credentials becomes public (`security: []`).' },
  (document) => {
    const entry = first(operationsOf(document), (candidate) => effectiveSecurity(document, candidate).length > 0);
    if (!entry) return null;
    entry.operation.security = [];
    return `${label(entry)} no longer requires credentials`;
  },
);

export const addOperationSecurity = operator(
  {
    name: 'add-operation-security',
    category: 'security',
    breaking: true,
    rule: 'value-changed',
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
