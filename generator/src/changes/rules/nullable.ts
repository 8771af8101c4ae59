import type { ChangeRule } from '../types.js';

export const nullableRule: ChangeRule = {
  id: 'nullable',
  subject: 'nullable',
  summary: 'request: null accepted is a feature, no longer accepted breaking; response: null possible is breaking, no longer possible a fix',
  classify: (d) => {
    const nowNullable = d.kind === 'added';
    if (d.direction === 'response') {
      return nowNullable
        ? { level: 'breaking', message: `${d.where}: may now be null in the response` }
        : { level: 'fix', message: `${d.where}: never null in the response any more` };
    }
    return nowNullable ? { level: 'feature', message: `${d.where}: null now accepted` } : { level: 'breaking', message: `${d.where}: null no longer accepted` };
  },
};
