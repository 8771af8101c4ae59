import type { ChangeRule } from '../types.js';

export const additionalPropertiesRule: ChangeRule = {
  id: 'additional-properties',
  subject: 'additional-properties',
  summary: 'request: fewer extra properties allowed is breaking, more a feature; response: more extra properties is a feature, fewer a fix',
  classify: (d) => {
    const opened = d.kind === 'added';
    if (d.direction === 'response') return { level: opened ? 'feature' : 'fix', message: `${d.where}: additionalProperties ${opened ? 'widened' : 'narrowed'}` };
    return opened
      ? { level: 'feature', message: `${d.where}: more extra properties accepted` }
      : { level: 'breaking', message: `${d.where}: fewer extra properties accepted` };
  },
};
