import type { ChangeRule } from '../types.js';

export const propertyRequiredRule: ChangeRule = {
  id: 'property-required',
  subject: 'property-required',
  summary: 'request: becoming required is breaking, becoming optional a feature; response: becoming optional is breaking (may be missing), becoming required a feature',
  classify: (d) => {
    const becameRequired = d.kind === 'added';
    if (d.direction === 'response') {
      return becameRequired
        ? { level: 'feature', message: `${d.where}: response property is now always present` }
        : { level: 'breaking', message: `${d.where}: response property became optional: it may be missing` };
    }
    return becameRequired
      ? { level: 'breaking', message: `${d.where}: request property became required` }
      : { level: 'feature', message: `${d.where}: request property became optional` };
  },
};
