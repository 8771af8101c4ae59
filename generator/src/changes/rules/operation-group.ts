import type { ChangeRule } from '../types.js';
import { show } from './show.js';

export const operationGroupRule: ChangeRule = {
  id: 'operation-group',
  subject: 'operation-group',
  summary: 'a changed first tag moves the method to another group (`client.<group>`): breaking',
  classify: (d) => ({ level: 'breaking', message: `first tag changed from ${show(d.before)} to ${show(d.after)}: the method moves to another group` }),
};
