import type { ChangeRule } from '../types.js';
import { show } from './show.js';

export const operationIdRule: ChangeRule = {
  id: 'operation-id',
  subject: 'operation-id',
  summary: 'a changed operationId renames the method: breaking',
  classify: (d) => ({ level: 'breaking', message: `operationId changed from ${show(d.before)} to ${show(d.after)}: the method is renamed` }),
};
