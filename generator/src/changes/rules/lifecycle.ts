import { stabilityRank, sunsetTime } from '../lifecycle.js';
import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/**
 * The lifecycle promises of an operation or parameter (changes/lifecycle.ts). Shortening one breaks the callers
 * who planned by it: a deprecated item's sunset removed or moved earlier, a stability level lowered. A value that
 * is not a date or a known level promises nothing readable: breaking too. Anything else is docs.
 */
export const lifecycleRule: ChangeRule = {
  id: 'lifecycle',
  subject: 'lifecycle',
  summary: "a deprecated item's `x-sunset` removed, moved earlier or no longer a date, or an `x-stability-level` lowered or not one of draft, alpha, beta, stable, is breaking; otherwise docs",
  classify: (d) => {
    const change = `${d.where}: ${d.name} ${d.kind === 'added' ? `set to ${show(d.after)}` : d.kind === 'removed' ? `removed (was ${show(d.before)})` : `${show(d.before)} → ${show(d.after)}`}`;
    if (d.name === 'x-stability-level') {
      const before = stabilityRank(d.before);
      const after = stabilityRank(d.after);
      if (before === undefined || after === undefined) return { level: 'breaking', message: `${change}: not a stability level (draft, alpha, beta, stable), so it promises nothing` };
      return after < before ? { level: 'breaking', message: `${change}: less stable than it was promised` } : { level: 'docs', message: change };
    }
    const before = sunsetTime(d.before);
    const after = sunsetTime(d.after);
    if ((after !== undefined && Number.isNaN(after)) || (before !== undefined && Number.isNaN(before))) return { level: 'breaking', message: `${change}: not a date, so the sunset promises nothing` };
    if (d.stillDeprecated && before !== undefined && (after === undefined || after < before)) {
      return { level: 'breaking', message: `${change}: the deprecated item's promised availability is cut short` };
    }
    return { level: 'docs', message: change };
  },
};
