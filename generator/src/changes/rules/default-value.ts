import type { ChangeRule } from '../types.js';
import { show } from './show.js';

export const defaultValueRule: ChangeRule = {
  id: 'default-value',
  subject: 'default-value',
  summary: 'a changed default: a fix (types do not change; behaviour for callers who omit the value does)',
  classify: (d) => ({ level: 'fix', message: `${d.where}: default changed from ${show(d.before)} to ${show(d.after)}` }),
};
