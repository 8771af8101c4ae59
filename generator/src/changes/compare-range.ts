/**
 * Numeric bounds, compared as the range they make: one module so the spellings of a bound (3.0's boolean exclusive
 * flags, 3.1's numeric ones, integers' `> 0` and `>= 1`) are read in one place.
 */
import type { JsonObject as Json } from '../document/index.js';
import type { Direction, RangeBound } from './types.js';
import { push, same, sideOf, type Side, type Walk } from './walk-state.js';

/** The numeric range keywords: compared as the bounds they make together (compareRange), not one by one. */
export const RANGE_KEYS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/**
 * A number's lower and upper bound, each as tight as its keywords make it together: `minimum` (exclusive when 3.0's
 * boolean `exclusiveMinimum` says so) and 3.1's numeric `exclusiveMinimum`, the tighter one winning. So a redundant
 * bound added, or `minimum: 1` respelled `exclusiveMinimum: 0` on an integer, changes nothing; a bound that moves is
 * one `minimum` or `maximum` difference (the constraint rule judges which way).
 */
export function compareRange(walk: Walk, o: Json, n: Json, a: Side, where: string, direction: Direction): void {
  for (const [name, exclusiveKey, lower] of [['minimum', 'exclusiveMinimum', true], ['maximum', 'exclusiveMaximum', false]] as const) {
    const before = effectiveBound(o, name, exclusiveKey, lower);
    const after = effectiveBound(n, name, exclusiveKey, lower);
    if (same(before, after)) continue;
    const at = name in n || !(exclusiveKey in n) ? name : exclusiveKey;
    const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    push(walk, 'constraint', kind, direction, sideOf(a, at), where, { name, before, after });
  }
}

function effectiveBound(schema: Json, key: 'minimum' | 'maximum', exclusiveKey: string, lower: boolean): RangeBound | undefined {
  const candidates: RangeBound[] = [];
  if (typeof schema[key] === 'number') candidates.push({ value: schema[key], exclusive: schema[exclusiveKey] === true });
  if (typeof schema[exclusiveKey] === 'number') candidates.push({ value: schema[exclusiveKey], exclusive: true });
  const integer = schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.every((type) => type === 'integer' || type === 'null'));
  // On integers `> 0` is `>= 1`: written inclusive so the two spellings compare equal.
  const bounds = candidates.map((bound) => (integer && bound.exclusive && Number.isInteger(bound.value) ? { value: bound.value + (lower ? 1 : -1), exclusive: false } : bound));
  const tighter = (x: RangeBound, y: RangeBound) => (x.value !== y.value ? ((lower ? x.value > y.value : x.value < y.value) ? x : y) : x.exclusive ? x : y);
  return bounds.length === 0 ? undefined : bounds.reduce(tighter);
}

