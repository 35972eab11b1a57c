import { z } from 'zod';

/** `first`: how many items a page holds, 1 to `max`. */
export const pageSize = (max: number) =>
  z.number().int().min(1, 'first must be at least 1').max(max, `first must be at most ${max}`).nullish();

/** `after`: the nextCursor of the page before, the id of its last item. */
export const pageCursor = z.string().regex(/^\d+$/, 'after must be a nextCursor from an earlier page').nullish();

/**
 * One page out of `limit + 1` rows read: the extra row only tells that another page follows, and the
 * cursor for it is the id of the page's last item.
 */
export function pageOf<T extends { id: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(items.at(-1)!.id) : null };
}
