import { isUsableBaseUrl } from '../../document/index.js';
import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/**
 * The client's default base URL is the first server. Whether one is usable decides the constructor's type (without
 * it `baseUrl` is required), so losing it is breaking and gaining it a feature. A usable one replaced by another
 * compiles the same and sends calls where the spec now says the API is: a fix (oasdiff agrees: not breaking).
 */
export const serverRule: ChangeRule = {
  id: 'server',
  subject: 'server',
  summary:
    'no usable first server any more (`baseUrl` becomes required) is breaking; a first one gained is a feature; the default base URL replaced by another is a fix; other servers changed is a feature',
  classify: (d) => {
    const before = ((d.before as string[]) ?? [])[0];
    const after = ((d.after as string[]) ?? [])[0];
    const all = `${show((d.before as string[]) ?? [])} to ${show((d.after as string[]) ?? [])}`;
    if (before === after) return { level: 'feature', message: `${d.where}: changed from ${all} (same default)` };
    if (isUsableBaseUrl(before) && !isUsableBaseUrl(after)) {
      return { level: 'breaking', message: `${d.where}: no usable default base URL any more (was ${show(before ?? 'none')}): \`baseUrl\` becomes a required option` };
    }
    if (!isUsableBaseUrl(before) && isUsableBaseUrl(after)) {
      return { level: 'feature', message: `${d.where}: default base URL ${show(after ?? 'none')} added: \`baseUrl\` becomes optional` };
    }
    return { level: 'fix', message: `${d.where}: default base URL changed from ${show(before ?? 'none')} to ${show(after ?? 'none')}` };
  },
};
