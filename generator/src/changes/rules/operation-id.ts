import type { ChangeRule } from '../types.js';
import { show } from './show.js';

export const operationIdRule: ChangeRule = {
  id: 'operation-id',
  subject: 'operation-id',
  summary:
    'a method renamed in the generated client (its operationId changed, its path when it has none, or a name it lost to another operation) is breaking; an operationId respelled to the same method name is docs',
  classify: (d) =>
    d.name === 'method'
      ? { level: 'breaking', message: `the method ${show(d.before)} is now ${show(d.after)} (another operation took its name): calls to it no longer compile` }
      : d.name === 'path'
        ? { level: 'breaking', message: `the method named from the path changed from ${show(d.before)} to ${show(d.after)}: the method is renamed` }
        : { level: 'breaking', message: `operationId changed from ${show(d.before)} to ${show(d.after)}: the method is renamed` },
};
