import type { ChangeRule } from '../types.js';

export const operationRule: ChangeRule = {
  id: 'operation',
  subject: 'operation',
  summary: 'an operation added is a feature (a new method); removed is breaking (its method disappears)',
  classify: (d) =>
    d.kind === 'added'
      ? { level: 'feature', message: `operation ${d.where} added: the client gets a new method` }
      : { level: 'breaking', message: `operation ${d.where} removed: its method disappears from the client` },
};
