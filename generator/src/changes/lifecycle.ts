/**
 * The lifecycle a spec declares for an operation or parameter, in the extensions oasdiff reads: `deprecated` with
 * an `x-sunset` date (the promise of availability until then) and `x-stability-level` (draft, alpha, beta, stable;
 * none is stable). An operation or parameter removed as announced breaks no promise: it was draft or alpha, or
 * deprecated with no sunset or one that has passed (a call would fail on the server after it anyway).
 */
import type { JsonObject as Json } from '../document/index.js';

export const STABILITY_LEVELS = ['draft', 'alpha', 'beta', 'stable'] as const;

/** A stability level's rank (higher is more stable), `stable` when absent, undefined when not a known level. */
export function stabilityRank(value: unknown): number | undefined {
  if (value === undefined) return STABILITY_LEVELS.length - 1;
  const rank = typeof value === 'string' ? STABILITY_LEVELS.indexOf(value as (typeof STABILITY_LEVELS)[number]) : -1;
  return rank >= 0 ? rank : undefined;
}

/** The sunset as epoch milliseconds: undefined when absent, NaN when it is not an RFC 3339 date or date-time. */
export function sunsetTime(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : '';
  return /^\d{4}-\d{2}-\d{2}([Tt ][\d:.]+([Zz]|[+-]\d{2}:\d{2})?)?$/.test(text) ? Date.parse(text) : Number.NaN;
}

/**
 * "Now" for judging a sunset: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when set, so a
 * report and the changelog it writes can be pinned to a date; the clock otherwise.
 */
export function comparisonTime(environment: NodeJS.ProcessEnv = process.env): number {
  const epoch = environment.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
}

/** Why removing this operation or parameter breaks no promise the spec made, or undefined when it does. */
export function sanctionedRemoval(item: Json, operation: Json = item, now = comparisonTime()): string | undefined {
  const stability = operation['x-stability-level'] ?? item['x-stability-level'];
  if (stability === 'draft' || stability === 'alpha') return `x-stability-level ${stability}`;
  if (item.deprecated !== true) return undefined;
  const sunset = sunsetTime(item['x-sunset']);
  if (sunset === undefined) return 'deprecated, with no sunset date';
  return sunset <= now ? `deprecated, sunset ${String(item['x-sunset'])} passed` : undefined;
}
