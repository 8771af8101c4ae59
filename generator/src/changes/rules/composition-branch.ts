import type { ChangeRule } from '../types.js';

/** allOf branches add constraints (a new one narrows), oneOf/anyOf branches add alternatives (a new one widens). */
export const compositionBranchRule: ChangeRule = {
  id: 'composition-branch',
  subject: 'composition-branch',
  summary:
    'oneOf/anyOf: request alternative added is a feature, removed breaking; response alternative added breaking, removed a fix; allOf: the other way round',
  classify: (d) => {
    const widens = d.name === 'allOf' ? d.kind === 'removed' : d.kind === 'added';
    const what = `${d.name} branch ${d.kind}`;
    if (d.direction === 'response') return widens ? { level: 'breaking', message: `${d.where}: ${what}: the response may hold a new shape` } : { level: 'fix', message: `${d.where}: ${what}` };
    return widens ? { level: 'feature', message: `${d.where}: ${what}: the request accepts more` } : { level: 'breaking', message: `${d.where}: ${what}: the request is stricter` };
  },
};
