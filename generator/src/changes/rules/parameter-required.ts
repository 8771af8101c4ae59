import type { ChangeRule } from '../types.js';

export const parameterRequiredRule: ChangeRule = {
  id: 'parameter-required',
  subject: 'parameter-required',
  summary: 'a parameter that becomes required is breaking; one that becomes optional is a feature',
  classify: (d) =>
    d.kind === 'added'
      ? { level: 'breaking', message: `${d.where} became required: calls without it no longer compile` }
      : { level: 'feature', message: `${d.where} became optional` },
};
