import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/**
 * A new value in a response enum is breaking: the generated type is a union of literals, so a caller's
 * exhaustive `switch` stops compiling and, at run time, an old client meets a value its types deny.
 */
export const enumValueRule: ChangeRule = {
  id: 'enum-value',
  subject: 'enum-value',
  summary:
    'request: a value added is a feature, removed breaking; response: a value added is breaking (a literal union grows, exhaustive switches break), removed a fix; `const: x` counts as `enum: [x]`; an `x-extensible-enum` value is judged the same, except that one added to a response is a feature (callers were told to expect new ones)',
  classify: (d) => {
    const value = show(d.kind === 'added' ? d.after : d.before);
    if (d.extensible && d.direction === 'response' && d.kind === 'added') {
      return { level: 'feature', message: `${d.where}: x-extensible-enum value ${value} added to a response (callers were told to expect new values)` };
    }
    if (d.direction === 'response') {
      return d.kind === 'added'
        ? { level: 'breaking', message: `${d.where}: enum value ${value} added to a response: callers may receive a value their types deny` }
        : { level: 'fix', message: `${d.where}: enum value ${value} no longer returned` };
    }
    return d.kind === 'added'
      ? { level: 'feature', message: `${d.where}: enum value ${value} accepted` }
      : { level: 'breaking', message: `${d.where}: enum value ${value} no longer accepted` };
  },
};
