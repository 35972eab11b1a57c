import { Migrator } from '@mikro-orm/migrations';
import type { MikroORM, Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { MikroORM as Orm } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ApiKeyRecord } from './entities/api-key-record.js';
import { CampaignRecipientRecord } from './entities/campaign-recipient-record.js';
import { CampaignRecord } from './entities/campaign-record.js';
import { IdempotencyRecord } from './entities/idempotency-record.js';
import { MessageRecord } from './entities/message-record.js';
import { NodeRecord } from './entities/node-record.js';
import { OptOutRecord } from './entities/opt-out-record.js';
import { LidPhoneRecord } from './entities/lid-phone-record.js';
import { SessionRecord } from './entities/session-record.js';
import { WebhookAttemptRecord } from './entities/webhook-attempt-record.js';
import { WebhookDeliveryRecord } from './entities/webhook-delivery-record.js';
import { WebhookRecord } from './entities/webhook-record.js';
import { WhatsAppLoginRecord } from './entities/whatsapp-login-record.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type Database = MikroORM<AbstractSqlDriver>;
export type EntityManager = SqlEntityManager;

export const entities = [
  SessionRecord,
  MessageRecord,
  CampaignRecord,
  CampaignRecipientRecord,
  OptOutRecord,
  LidPhoneRecord,
  IdempotencyRecord,
  WebhookRecord,
  WebhookDeliveryRecord,
  WebhookAttemptRecord,
  ApiKeyRecord,
  NodeRecord,
  WhatsAppLoginRecord,
];

/**
 * MikroORM options for either store. The entities and the code using them are the same for both; only the
 * driver and its migrations differ. Migrations are listed explicitly (no file globbing), so they load the
 * same under tsx, vitest and a compiled build.
 */
export function databaseOptions(database: Config['database'], logger?: Logger): Options<AbstractSqlDriver> {
  const common = {
    entities,
    extensions: [Migrator],
    allowGlobalContext: false,
    debug: false,
    logger: (message: string) => logger?.debug({ orm: message }, 'orm'),
    // The schema lives in the committed migrations; never derive it at runtime.
    discovery: { warnWhenNoEntities: true },
  } satisfies Options<AbstractSqlDriver>;
  if (database.kind === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      migrations: migrationOptions('postgresql', postgresqlMigrations),
    } as Options<AbstractSqlDriver>;
  }
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: database.path,
    pool: {
      // WAL with synchronous=NORMAL survives a killed process and spares an fsync per commit; both are
      // per-connection settings, and the pool opens new connections over time.
      afterCreate: (connection: { exec(sql: string): void }, done: (error: Error | null, connection: unknown) => void) => {
        try {
          connection.exec('pragma journal_mode = WAL; pragma synchronous = NORMAL; pragma busy_timeout = 5000;');
          done(null, connection);
        } catch (error) {
          done(error as Error, connection);
        }
      },
    },
    migrations: migrationOptions('sqlite', sqliteMigrations),
  } as Options<AbstractSqlDriver>;
}

function migrationOptions(folder: string, migrationsList: NonNullable<Options['migrations']>['migrationsList']) {
  const path = `src/db/migrations/${folder}`;
  return { path, pathTs: path, migrationsList, emit: 'ts' as const, snapshot: false, transactional: true, allOrNothing: true };
}

/** Opens the store and brings its schema up to date; the SQLite file's folder is created if missing. */
export async function openDatabase(database: Config['database'], logger: Logger): Promise<Database> {
  const orm = (await Orm.init(databaseOptions(database, logger))) as Database;
  try {
    const applied = database.kind === 'postgresql' ? await migrateAlone(orm) : await orm.getMigrator().up();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/** Any number that no other program takes an advisory lock on in the same database. */
const MIGRATION_LOCK = 0x5761_7174;

/**
 * Migrates while holding a PostgreSQL advisory lock, so the nodes of a cluster starting together on an
 * empty database migrate it once, one after another, instead of racing to create the same tables.
 */
async function migrateAlone(orm: Database) {
  return orm.em
    .getConnection()
    .getKnex()
    .transaction(async (lock) => {
      await lock.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      return orm.getMigrator().up();
    });
}

/** Whether the database answers a query now (the readiness check); false rather than an error. */
export async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
