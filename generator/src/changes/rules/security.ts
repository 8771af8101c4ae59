import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/**
 * An operation's security is a list of alternatives (`[]`: none needed). Keeping every old alternative and adding
 * some is a feature; dropping one a caller may use, or requiring auth where none was, is breaking. A scheme's
 * definition changing (type, header name, location) breaks the callers of every operation that uses it.
 */
export const securityRule: ChangeRule = {
  id: 'security',
  subject: 'security',
  summary: 'alternatives only added is a feature; any alternative removed, auth newly required, or a scheme redefined is breaking; a scheme added is a feature',
  classify: (d) => {
    if (d.name !== undefined) {
      if (d.kind === 'added') return { level: 'feature', message: `${d.where} added` };
      return { level: 'breaking', message: `${d.where} ${d.kind === 'removed' ? 'removed' : 'redefined'}` };
    }
    const before = (d.before as string[]) ?? [];
    const after = (d.after as string[]) ?? [];
    const open = (list: string[]) => list.length === 0 || list.includes('');
    if (open(before) && !open(after)) return { level: 'breaking', message: `security: authentication now required (${show(after)})` };
    const kept = before.every((alternative) => after.includes(alternative) || open(after));
    return kept
      ? { level: 'feature', message: `security: alternatives changed from ${show(before)} to ${show(after)} (every old one still works)` }
      : { level: 'breaking', message: `security: changed from ${show(before)} to ${show(after)}` };
  },
};
