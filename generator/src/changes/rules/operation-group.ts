import type { ChangeRule } from '../types.js';
import { show } from './show.js';

export const operationGroupRule: ChangeRule = {
  id: 'operation-group',
  subject: 'operation-group',
  summary: 'a method moved to another group (`client.<group>`, from its first tag or path segment) is breaking; a first tag respelled to the same group is docs',
  classify: (d) =>
    d.where === 'group'
      ? { level: 'breaking', message: `the method moves from client.${String(d.before)} to client.${String(d.after)}: calls through the old group no longer compile` }
      : { level: 'breaking', message: `first tag changed from ${show(d.before)} to ${show(d.after)}: the method moves to another group` },
};
