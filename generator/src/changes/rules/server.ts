import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/** The client's default base URL is the first server: changing it sends every call elsewhere. */
export const serverRule: ChangeRule = {
  id: 'server',
  subject: 'server',
  summary: 'the first server URL (the default base URL) changed is breaking; other servers changed is a feature',
  classify: (d) => {
    const before = (d.before as string[]) ?? [];
    const after = (d.after as string[]) ?? [];
    return before[0] !== after[0]
      ? { level: 'breaking', message: `${d.where}: default base URL changed from ${show(before[0] ?? 'none')} to ${show(after[0] ?? 'none')}` }
      : { level: 'feature', message: `${d.where}: changed from ${show(before)} to ${show(after)} (same default)` };
  },
};
