import type { ChangeRule } from '../types.js';
import { show } from './show.js';

const UPPER_BOUNDS = new Set(['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties']);
const LOWER_BOUNDS = new Set(['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties']);

/** Whether the new value of a validation keyword accepts fewer values than the old one. */
export function isStricter(keyword: string, before: unknown, after: unknown): boolean {
  if (after === undefined) return false;
  if (before === undefined) return after !== false;
  if (typeof before === 'number' && typeof after === 'number') {
    if (UPPER_BOUNDS.has(keyword)) return after < before;
    if (LOWER_BOUNDS.has(keyword)) return after > before;
  }
  // 3.0's boolean exclusiveMinimum/Maximum, uniqueItems: true is the stricter one.
  if (typeof before === 'boolean' && typeof after === 'boolean') return after && !before;
  // pattern, format, multipleOf, enum: another value accepts other things; treat as stricter.
  return true;
}

/**
 * Validation keywords do not change the generated types, but a stricter request makes calls that worked fail
 * at the server: breaking. A looser request is a feature. In a response they change what a caller may expect of
 * values it already receives: a fix either way.
 */
export const constraintRule: ChangeRule = {
  id: 'constraint',
  subject: 'constraint',
  summary: 'request: stricter (maxLength down, minimum up, a pattern or format added, ...) is breaking, looser a feature; response: a fix',
  classify: (d) => {
    const change = `${d.name} ${d.kind === 'added' ? `added: ${show(d.after)}` : d.kind === 'removed' ? `removed (was ${show(d.before)})` : `changed from ${show(d.before)} to ${show(d.after)}`}`;
    if (d.direction !== 'request') return { level: 'fix', message: `${d.where}: ${change}` };
    return isStricter(d.name ?? '', d.before, d.after)
      ? { level: 'breaking', message: `${d.where}: ${change}: the request is stricter` }
      : { level: 'feature', message: `${d.where}: ${change}: the request accepts more` };
  },
};
