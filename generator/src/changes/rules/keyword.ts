import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/** Anything else the client depends on (a discriminator, a serialisation style, a whole schema swapped): breaking, to be safe. */
export const keywordRule: ChangeRule = {
  id: 'keyword',
  subject: 'keyword',
  summary: 'any other change the client depends on (discriminator, style/explode, `not`, a schema replaced): breaking',
  classify: (d) => ({
    level: 'breaking',
    message: `${d.where}: ${d.name ?? 'value'} ${d.kind === 'added' ? `added: ${show(d.after)}` : d.kind === 'removed' ? `removed (was ${show(d.before)})` : `changed from ${show(d.before)} to ${show(d.after)}`}`,
  }),
};
