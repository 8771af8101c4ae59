import type { ChangeRule } from '../types.js';
import { show } from './show.js';

export const operationIdRule: ChangeRule = {
  id: 'operation-id',
  subject: 'operation-id',
  summary: 'a changed operationId renames the method: breaking; so does a path parameter renamed in an operation without one (its method is named from the path)',
  classify: (d) =>
    d.name === 'path'
      ? { level: 'breaking', message: `the method named from the path changed from ${show(d.before)} to ${show(d.after)}: the method is renamed` }
      : { level: 'breaking', message: `operationId changed from ${show(d.before)} to ${show(d.after)}: the method is renamed` },
};
