import { preferredMediaType } from '../../document/index.js';
import type { ChangeRule } from '../types.js';

/** The client sends and reads one media type per body, the preferred one: only a change of that one breaks. */
export const mediaTypeRule: ChangeRule = {
  id: 'media-type',
  subject: 'media-type',
  summary: 'a change of the media type the client uses (the preferred one) is breaking; another one added is a feature, removed a fix',
  classify: (d) => {
    const before = (d.before as string[]) ?? [];
    const after = (d.after as string[]) ?? [];
    const used = preferredMediaType(before);
    const nowUsed = preferredMediaType(after);
    if (used !== undefined && used !== nowUsed) {
      return { level: 'breaking', message: `${d.where}: the client used ${used}; now ${nowUsed ?? 'nothing'}` };
    }
    return d.kind === 'added' ? { level: 'feature', message: `${d.where}: media type added` } : { level: 'fix', message: `${d.where}: media type removed (not the one the client uses)` };
  },
};
