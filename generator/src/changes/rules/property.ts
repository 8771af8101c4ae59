import type { ChangeRule } from '../types.js';

export const propertyRule: ChangeRule = {
  id: 'property',
  subject: 'property',
  summary:
    'request: a required property added or any property removed is breaking, an optional one added a feature; response: a property added is a feature, removed breaking',
  classify: (d) => {
    if (d.direction === 'response') {
      return d.kind === 'added'
        ? { level: 'feature', message: `${d.where}: property added to the response` }
        : { level: 'breaking', message: `${d.where}: property removed from the response: code reading it no longer compiles` };
    }
    if (d.kind === 'removed') return { level: 'breaking', message: `${d.where}: property removed from the request: calls that send it no longer compile` };
    return d.required
      ? { level: 'breaking', message: `${d.where}: required property added to the request: existing calls lack it` }
      : { level: 'feature', message: `${d.where}: optional property added to the request` };
  },
};
