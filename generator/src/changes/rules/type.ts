import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/** Types compared as sets: request widening (more accepted) is a feature, response narrowing a fix; all else breaks. */
export const typeRule: ChangeRule = {
  id: 'type',
  subject: 'type',
  summary: 'request: types only added (or the type dropped: any value) is a feature, otherwise breaking; response: types only removed is a fix, otherwise breaking',
  classify: (d) => {
    const before = (d.before as string[]) ?? [];
    const after = (d.after as string[]) ?? [];
    const widened = before.length > 0 && (after.length === 0 || before.every((type) => after.includes(type) || (type === 'integer' && after.includes('number'))));
    const narrowed = after.length > 0 && (before.length === 0 || after.every((type) => before.includes(type) || (type === 'integer' && before.includes('number'))));
    const change = `type changed from ${show(before.length ? before : 'any')} to ${show(after.length ? after : 'any')}`;
    if (d.direction === 'request' && widened) return { level: 'feature', message: `${d.where}: ${change} (accepts more)` };
    if (d.direction === 'response' && narrowed) return { level: 'fix', message: `${d.where}: ${change} (returns less)` };
    return { level: 'breaking', message: `${d.where}: ${change}` };
  },
};
