/** One share of a run split across CI machines: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** `--shard 2/3` as a Shard, or the one-line reason it is not one. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !(count >= 1) || !(index >= 1) || index > count) return `--shard must be <index>/<count> with 1 <= index <= count (e.g. 1/3), got ${JSON.stringify(text)}`;
  return { index, count };
}

/**
 * The shard's items: every count-th item, starting at its index (round robin over the given order), so shards
 * of an ordered list are disjoint, cover it exactly once, differ in size by at most one and mix neighbours
 * (one slow operation's responses do not all land on one machine). Deterministic for the same list.
 */
export function takeShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, position) => position % shard.count === shard.index - 1);
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
