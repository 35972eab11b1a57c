import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { Database, EntityManager } from './orm.js';

/** Rows deleted per transaction: small enough that no purge holds its locks (or SQLite's one writer) for long. */
export const PURGE_BATCH_SIZE = 1_000;

/**
 * Deletes the rows `where` selects, a batch at a time, each batch in a short transaction of its own, so the
 * gateway's own writes go on between batches. `alongside` deletes what belongs to a batch's rows first (in
 * the same transaction). Answers how many rows were deleted.
 */
export async function purgeInBatches<T extends { id: string | number }>(
  db: Database,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { batchSize?: number; alongside?: (em: EntityManager, ids: Array<T['id']>) => Promise<unknown> } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  let purged = 0;
  for (;;) {
    const deleted = await db.em.fork().transactional(async (em) => {
      const rows = (await em.createQueryBuilder(entity).select('id').where(where).limit(batchSize).execute('all')) as Array<Pick<T, 'id'>>;
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      await options.alongside?.(em, ids);
      return em.nativeDelete(entity, { id: { $in: ids } } as unknown as FilterQuery<T>);
    });
    purged += deleted;
    if (deleted < batchSize) return purged;
  }
}
