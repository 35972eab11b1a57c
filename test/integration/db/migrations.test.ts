import { describe, expect, it } from 'vitest';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: migrations', (kind) => {
  it('is migrated on open, and the migrations match the entities exactly', async () => {
    const db = await openScratchStore(kind);
    expect(await db.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await db.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
  });
});
