import type { ChangeRule } from '../types.js';

export const requestBodyRequiredRule: ChangeRule = {
  id: 'request-body-required',
  subject: 'request-body-required',
  summary: 'a request body that becomes required is breaking; one that becomes optional is a feature',
  classify: (d) =>
    d.kind === 'added'
      ? { level: 'breaking', message: 'request body became required' }
      : { level: 'feature', message: 'request body became optional' },
};
