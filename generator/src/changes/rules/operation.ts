import type { ChangeRule } from '../types.js';

export const operationRule: ChangeRule = {
  id: 'operation',
  subject: 'operation',
  summary: 'an operation added is a feature (a new method); removed is breaking (its method disappears), unless removed as its lifecycle announced (draft or alpha, or deprecated with no sunset or a past one: a feature)',
  classify: (d) => {
    if (d.kind === 'added') return { level: 'feature', message: `operation ${d.where} added: the client gets a new method` };
    if (d.sanctioned) return { level: 'feature', message: `operation ${d.where} removed as announced (${d.sanctioned}): its method disappears, with no major release by the spec's lifecycle` };
    return { level: 'breaking', message: `operation ${d.where} removed: its method disappears from the client` };
  },
};
