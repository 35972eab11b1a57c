import { describe, expect, it } from 'vitest';
import { postgresqlMigrations } from '../../../src/db/migrations/postgresql/index.js';
import { postgresqlMigrationNames } from '../../../src/db/migrations/postgresql/names.js';
import { sqliteMigrations } from '../../../src/db/migrations/sqlite/index.js';
import { sqliteMigrationNames } from '../../../src/db/migrations/sqlite/names.js';
import { createLogger } from '../../../src/logger.js';
import { openDatabase } from '../../../src/db/orm.js';
import { openScratchStore, scratchDatabase, type StoreKind } from '../../utils/databases.js';

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: migrations', (kind) => {
  it('is migrated on open, and the migrations match the entities exactly', async () => {
    const db = await openScratchStore(kind);
    expect(await db.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await db.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('opens a database that is up to date without running a migration, knowing the migrations by name alone', async () => {
    const [names, migrations] =
      kind === 'sqlite' ? [sqliteMigrationNames, sqliteMigrations] : [postgresqlMigrationNames, postgresqlMigrations];
    expect(names).toEqual(migrations.map((migration) => migration.name));
    const database = await scratchDatabase(kind);
    const logs: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void logs.push(line) });
    await (await openDatabase(database, logger)).close();
    const again = await openDatabase(database, logger);
    await again.close();
    expect(logs.filter((line) => line.includes('database migrated'))).toHaveLength(1);
  });
});
