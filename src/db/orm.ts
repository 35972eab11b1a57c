import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM as Orm, type MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { postgresqlDriver, sqliteDriver } from './bound-parameters.js';
import { ApiKeyRecord } from './entities/api-key-record.js';
import { CampaignRecipientRecord } from './entities/campaign-recipient-record.js';
import { CampaignRecord } from './entities/campaign-record.js';
import { ClusterIdentityRecord } from './entities/cluster-identity-record.js';
import { IdempotencyRecord } from './entities/idempotency-record.js';
import { MessageRecord } from './entities/message-record.js';
import { NodeRecord } from './entities/node-record.js';
import { OptOutRecord } from './entities/opt-out-record.js';
import { LidPhoneRecord } from './entities/lid-phone-record.js';
import { WebVersionRecord } from './entities/web-version-record.js';
import { SessionRecord } from './entities/session-record.js';
import { WebhookAttemptRecord } from './entities/webhook-attempt-record.js';
import { WebhookDeliveryRecord } from './entities/webhook-delivery-record.js';
import { WebhookRecord } from './entities/webhook-record.js';
import { WhatsAppLoginRecord } from './entities/whatsapp-login-record.js';
import { postgresqlMigrationNames } from './migrations/postgresql/names.js';
import { sqliteMigrationNames } from './migrations/sqlite/names.js';

export type Database = MikroORM<AbstractSqlDriver>;
export type EntityManager = SqlEntityManager;

export const entities = [
  SessionRecord,
  MessageRecord,
  CampaignRecord,
  CampaignRecipientRecord,
  OptOutRecord,
  LidPhoneRecord,
  WebVersionRecord,
  IdempotencyRecord,
  WebhookRecord,
  WebhookDeliveryRecord,
  WebhookAttemptRecord,
  ApiKeyRecord,
  NodeRecord,
  WhatsAppLoginRecord,
  ClusterIdentityRecord,
];

/** How long a new PostgreSQL connection may take, and a request may wait for a pooled one. */
const CONNECT_TIMEOUT_MS = 2_000;
const ACQUIRE_TIMEOUT_MS = 3_000;
/** How long one statement may run (or, on SQLite, wait for a lock), so a request is answered within 5 s. */
const STATEMENT_TIMEOUT_MS = 4_000;

/**
 * MikroORM options for either store. The entities and the code using them are the same for both; only the
 * driver and its migrations differ. Migrations are listed explicitly (no file globbing), so they load the
 * same under tsx, vitest and a compiled build. Only the store's own driver is loaded; `withMigrations:
 * false` leaves out the migrator (umzug and its command-line helpers), which a database already up to date
 * never needs.
 */
export async function databaseOptions(
  database: Config['database'],
  logger?: Logger,
  { withMigrations = true } = {},
): Promise<Options<AbstractSqlDriver>> {
  const common = {
    entities,
    allowGlobalContext: false,
    debug: false,
    logger: (message: string) => logger?.debug({ orm: message }, 'orm'),
    // The schema lives in the committed migrations; never derive it at runtime.
    discovery: { warnWhenNoEntities: true },
    // The message search index is the database's own (an FTS5 table on SQLite, a tsvector table on
    // PostgreSQL), kept by triggers, which the entities cannot describe: the schema comparison leaves it alone.
    schemaGenerator: { skipTables: [/^messages_fts/] },
  } satisfies Options<AbstractSqlDriver>;
  if (database.kind === 'postgresql') {
    return {
      ...common,
      driver: await postgresqlDriver(),
      clientUrl: database.url,
      // A database that is away is an answer within the deadline (DATABASE_UNAVAILABLE), never a request
      // that hangs: on connecting, on waiting for a pooled connection, and on a statement the server or the
      // network does not finish (a paused server, a partition that drops packets rather than refusing them).
      pool: { acquireTimeoutMillis: ACQUIRE_TIMEOUT_MS },
      driverOptions: {
        connection: {
          connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
          statement_timeout: STATEMENT_TIMEOUT_MS,
          query_timeout: STATEMENT_TIMEOUT_MS + 500,
          keepAlive: true,
        },
      },
      ...(withMigrations && (await migrationSettings(database.kind))),
    } as Options<AbstractSqlDriver>;
  }
  return {
    ...common,
    driver: await sqliteDriver(),
    dbName: database.path,
    pool: {
      // WAL with synchronous=NORMAL survives a killed process and spares an fsync per commit; both are
      // per-connection settings, and the pool opens new connections over time.
      afterCreate: (connection: LibSqlConnection, done: (error: Error | null, connection: unknown) => void) => {
        try {
          connection.exec(`pragma journal_mode = WAL; pragma synchronous = NORMAL; pragma busy_timeout = ${STATEMENT_TIMEOUT_MS};`);
          retireOnFailedRead(connection);
          prepareOnce(connection);
          done(null, connection);
        } catch (error) {
          done(error as Error, connection);
        }
      },
    },
    ...(withMigrations && (await migrationSettings(database.kind))),
  } as Options<AbstractSqlDriver>;
}

/** What the pool holds on SQLite: a libsql connection, with the creation time the pool judges it by. */
interface LibSqlConnection {
  exec(sql: string): void;
  prepare(sql: string): { all(...parameters: unknown[]): unknown[] };
  __created: number;
}

/**
 * A statement that reads rows (a SELECT, an INSERT … RETURNING) and fails midway, SQLite busy because
 * another program holds the file, stays in progress inside libsql until it is garbage-collected, and while
 * it does its connection can neither commit nor roll back: every later request on it would fail. Such a
 * connection is retired (the pool drops a connection older than its limit when it is next handed out, and
 * opens a fresh one), so the gateway answers again as soon as the file is free.
 */
function retireOnFailedRead(connection: LibSqlConnection): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    statement.all = (...parameters) => {
      try {
        return all(...parameters);
      } catch (error) {
        connection.__created = 0;
        throw error;
      }
    };
    return statement;
  };
}

/** Prepared statements a connection keeps, the least recently used given up first. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Keeps each statement prepared on its connection: with the values bound, the gateway's statements repeat
 * word for word, and preparing one again costs as much as running it.
 */
function prepareOnce(connection: LibSqlConnection): void {
  const prepare = connection.prepare.bind(connection);
  const prepared = new Map<string, ReturnType<LibSqlConnection['prepare']>>();
  connection.prepare = (sql) => {
    const statement = prepared.get(sql) ?? prepare(sql);
    prepared.delete(sql);
    prepared.set(sql, statement);
    if (prepared.size > STATEMENT_CACHE_SIZE) prepared.delete(prepared.keys().next().value!);
    return statement;
  };
}

/** The migrator and the store's migrations, as options. */
async function migrationSettings(kind: Config['database']['kind']) {
  const { Migrator } = await import('@mikro-orm/migrations');
  return { extensions: [Migrator], migrations: await migrationOptions(kind) };
}

/** The store's migrations, loaded (with the migrator they import) only when they are to run. */
async function migrationOptions(kind: Config['database']['kind']) {
  const migrationsList =
    kind === 'postgresql'
      ? (await import('./migrations/postgresql/index.js')).postgresqlMigrations
      : (await import('./migrations/sqlite/index.js')).sqliteMigrations;
  const path = `src/db/migrations/${kind === 'postgresql' ? 'postgresql' : 'sqlite'}`;
  return { path, pathTs: path, migrationsList, emit: 'ts' as const, snapshot: false, transactional: true, allOrNothing: true };
}

/** Opens the store and brings its schema up to date; the SQLite file's folder is created if missing. */
export async function openDatabase(database: Config['database'], logger: Logger): Promise<Database> {
  const orm = (await Orm.init(await databaseOptions(database, logger, { withMigrations: false }))) as Database;
  try {
    if (await isUpToDate(orm, database.kind)) return orm;
    if (database.kind === 'postgresql') {
      await migratePostgresql(database, logger);
      return orm;
    }
    orm.config.set('migrations', { ...orm.config.get('migrations'), ...(await migrationOptions(database.kind)) });
    (await import('@mikro-orm/migrations')).Migrator.register(orm);
    logMigrated(logger, await orm.getMigrator().up());
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

function logMigrated(logger: Logger, applied: Array<{ name: string }>): void {
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
}

/**
 * Migrates PostgreSQL on connections of its own without the statement deadline: rewriting a large table
 * (a long message history) takes longer than a request may, and a migration cut off midway would stop
 * every start.
 */
async function migratePostgresql(database: Extract<Config['database'], { kind: 'postgresql' }>, logger: Logger): Promise<void> {
  const options = await databaseOptions(database, logger);
  const migrator = (await Orm.init({
    ...options,
    driverOptions: { connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true } },
  })) as Database;
  try {
    logMigrated(logger, await migrateAlone(migrator));
  } finally {
    await migrator.close(true);
  }
}

/** Where MikroORM's migrator records the migrations it ran. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * Whether every migration has run, read from the migrator's own table without loading the migrator: the
 * usual start of a gateway on its existing database. A table not there yet (a new database) is not.
 */
async function isUpToDate(orm: Database, kind: Config['database']['kind']): Promise<boolean> {
  const knex = orm.em.getConnection().getKnex();
  if (!(await knex.schema.hasTable(MIGRATIONS_TABLE))) return false;
  const ran = new Set((await knex(MIGRATIONS_TABLE).select('name')).map((row: { name: string }) => row.name));
  const listed = kind === 'postgresql' ? postgresqlMigrationNames : sqliteMigrationNames;
  return listed.every((name) => ran.has(name));
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

/** How often a loop that met the database away asks whether it answers again. */
const DATABASE_POLL_MS = 500;

/**
 * Resolves once the database answers a query again (at once if it does), or when the signal aborts: what a
 * loop that met the database away waits on before it carries on where it stopped.
 */
export async function waitForDatabase(db: Database, signal?: AbortSignal): Promise<void> {
  while (!signal?.aborted && !(await databaseAnswers(db))) {
    await sleep(DATABASE_POLL_MS, undefined, { signal, ref: false }).catch(() => undefined);
  }
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
