import type { ChangeRule } from '../types.js';

export const requestBodyRule: ChangeRule = {
  id: 'request-body',
  subject: 'request-body',
  summary: 'a required request body added, or a body removed, is breaking; an optional body added is a feature',
  classify: (d) => {
    if (d.kind === 'removed') return { level: 'breaking', message: 'request body removed: calls that send one no longer compile' };
    return d.required
      ? { level: 'breaking', message: 'required request body added: existing calls lack it' }
      : { level: 'feature', message: 'optional request body added' };
  },
};
