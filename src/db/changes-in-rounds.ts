/**
 * Splits a batch of changes into rounds in which each key changes at most once, keeping each key's changes
 * in their order: a round can then be written a statement per kind of change (`… where id in (…)`), and
 * every row still moves through its changes one after another, as if each had been written on its own.
 */
export function inRounds<T>(changes: readonly T[], keyOf: (change: T) => unknown): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<unknown, number>();
  for (const change of changes) {
    const key = keyOf(change);
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    (rounds[round] ??= []).push(change);
  }
  return rounds;
}

/** Items by a key, the keys in the order they first appear. */
export function groupedBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
