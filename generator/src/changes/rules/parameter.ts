import type { ChangeRule } from '../types.js';

export const parameterRule: ChangeRule = {
  id: 'parameter',
  subject: 'parameter',
  summary: 'a required parameter added, or any parameter removed (callers passing it stop compiling), is breaking, unless removed as its lifecycle announced (draft or alpha, or deprecated with no sunset or a past one: a feature); an optional one added is a feature',
  classify: (d) => {
    if (d.kind === 'removed' && d.sanctioned) return { level: 'feature', message: `${d.where} removed as announced (${d.sanctioned}): no major release by the spec's lifecycle` };
    if (d.kind === 'removed') return { level: 'breaking', message: `${d.where} removed: calls that pass it no longer compile` };
    return d.required
      ? { level: 'breaking', message: `${d.where} added as required: existing calls lack it` }
      : { level: 'feature', message: `${d.where} added (optional)` };
  },
};
