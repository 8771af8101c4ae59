import type { ChangeRule, RangeBound } from '../types.js';
import { show } from './show.js';

function isBound(value: unknown): value is RangeBound {
  return typeof value === 'object' && value !== null && typeof (value as RangeBound).value === 'number' && typeof (value as RangeBound).exclusive === 'boolean';
}

/** `>= 1`, `< 10`: a bound as it reads. */
function showBound(keyword: string, value: unknown): string {
  if (!isBound(value)) return show(value);
  const lower = keyword === 'minimum';
  return `${lower ? '>' : '<'}${value.exclusive ? '' : '='} ${value.value}`;
}

const UPPER_BOUNDS = new Set(['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties', 'maxContains']);
const LOWER_BOUNDS = new Set(['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties', 'minContains']);

/** Whether `divisor` divides `value` a whole number of times, within floating-point noise (2.5 divides 5). */
function divides(divisor: number, value: number): boolean {
  const quotient = value / divisor;
  return divisor !== 0 && Math.abs(quotient - Math.round(quotient)) < 1e-9;
}

/** A pattern any string matches (`.*`, `^.*$`) constrains nothing: the same as no pattern. */
function constrains(keyword: string, value: unknown): boolean {
  if (value === undefined || value === false) return false;
  return !(keyword === 'pattern' && typeof value === 'string' && /^\^?\(?\.\*\)?\$?$/.test(value));
}

/**
 * How the new value of a validation keyword compares with the old one: `stricter` (accepts fewer values),
 * `looser` (accepts more), `same` (neither side constrains: `false` or `.*` dropped or added), or `other` when
 * neither follows from the values (a pattern or format replaced by another, a multipleOf neither divides).
 */
export function compareConstraint(keyword: string, before: unknown, after: unknown): 'stricter' | 'looser' | 'same' | 'other' {
  const had = constrains(keyword, before);
  const has = constrains(keyword, after);
  if (!had && !has) return 'same';
  if (!has) return 'looser';
  if (!had) return 'stricter';
  // A numeric range's bounds (compare-schema.ts): further in is stricter, and at one value an exclusive bound is.
  if (isBound(before) && isBound(after)) {
    if (before.value === after.value) return after.exclusive ? 'stricter' : 'looser';
    return (LOWER_BOUNDS.has(keyword) ? after.value > before.value : after.value < before.value) ? 'stricter' : 'looser';
  }
  if (typeof before === 'number' && typeof after === 'number') {
    if (UPPER_BOUNDS.has(keyword)) return after < before ? 'stricter' : 'looser';
    if (LOWER_BOUNDS.has(keyword)) return after > before ? 'stricter' : 'looser';
    // Every multiple of 10 is one of 5: a multipleOf that the old one divides is stricter, one that divides it looser.
    if (keyword === 'multipleOf') return divides(before, after) ? 'stricter' : divides(after, before) ? 'looser' : 'other';
  }
  // 3.0's boolean exclusiveMinimum/Maximum and uniqueItems: both true here (false constrains nothing).
  if (typeof before === 'boolean' && typeof after === 'boolean') return 'looser';
  return 'other';
}

/**
 * Validation keywords do not change the generated types, but they are promises about values. A request that
 * may refuse what it accepted (stricter, or a pattern or format replaced) breaks calls that worked; accepting
 * more is a feature. A response that may return what it did not (looser, or replaced: a longer string, a
 * smaller array, another pattern) breaks callers relying on the old promise; a stricter response is a fix.
 */
export const constraintRule: ChangeRule = {
  id: 'constraint',
  subject: 'constraint',
  summary:
    'request: stricter (maxLength down, minimum up, a pattern or format added or replaced, ...) is breaking, looser a feature; response: looser or replaced is breaking, stricter a fix; `false` or `.*` added or dropped: docs',
  classify: (d) => {
    const [before, after] = [showBound(d.name ?? '', d.before), showBound(d.name ?? '', d.after)];
    const change = `${d.name} ${d.kind === 'added' ? `added: ${after}` : d.kind === 'removed' ? `removed (was ${before})` : `changed from ${before} to ${after}`}`;
    const how = compareConstraint(d.name ?? '', d.before, d.after);
    if (how === 'same') return { level: 'docs', message: `${d.where}: ${change}: constrains nothing either way` };
    if (d.direction === 'response') {
      return how === 'stricter'
        ? { level: 'fix', message: `${d.where}: ${change}: the response promises more` }
        : { level: 'breaking', message: `${d.where}: ${change}: the response may return values it did not` };
    }
    if (d.direction === 'request' && how !== 'looser') return { level: 'breaking', message: `${d.where}: ${change}: the request is stricter` };
    return { level: 'feature', message: `${d.where}: ${change}: the request accepts more` };
  },
};
