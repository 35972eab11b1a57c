import { Utils, type AnyEntity, type Configuration, type EntityData, type LoggingOptions, type QueryResult } from '@mikro-orm/core';
import type { AbstractSqlConnection, AbstractSqlDriver, AbstractSqlPlatform } from '@mikro-orm/knex';

// A mixin's base must take any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConnectionClass = new (...args: any[]) => AbstractSqlConnection;
type Result = QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[];

interface Bound {
  sql: string;
  bindings: unknown[];
}

/**
 * The statement with every value as a bound parameter: MikroORM's raw fragments (a counter's
 * `sent_count + (1)`, a `coalesce(…, ?)`) become part of the text with their own values bound, a list
 * becomes one parameter per item, an identifier is quoted into the text. Undefined when the statement
 * holds what only MikroORM's own formatting reads (an escaped placeholder, a knex query, a nested list).
 */
function bindValues(platform: AbstractSqlPlatform, sql: string, params: readonly unknown[]): Bound | undefined {
  if (sql.includes('\\?')) return undefined;
  const bindings: unknown[] = [];
  let text = '';
  let position = 0;
  let next = 0;
  for (let mark = sql.indexOf('?'); mark !== -1; mark = sql.indexOf('?', position)) {
    text += sql.slice(position, mark);
    if (sql[mark + 1] === '?') {
      text += platform.quoteIdentifier(params[next++] as string);
      position = mark + 2;
      continue;
    }
    position = mark + 1;
    const value = params[next++];
    if (Utils.isRawSql(value)) {
      const inner = bindValues(platform, value.sql, value.params ?? []);
      if (!inner) return undefined;
      text += inner.sql;
      bindings.push(...inner.bindings);
    } else if (Array.isArray(value)) {
      if (value.some((item) => Array.isArray(item) || !plain(item))) return undefined;
      text += value.map(() => '?').join(', ');
      bindings.push(...value.map(binding));
    } else if (plain(value)) {
      text += '?';
      bindings.push(binding(value));
    } else {
      return undefined;
    }
  }
  return { sql: text + sql.slice(position), bindings };
}

/** Not a fragment of SQL of its own (a raw fragment or a knex query). */
function plain(value: unknown): boolean {
  return !Utils.isRawSql(value) && !(typeof value === 'object' && value !== null && 'toSQL' in value);
}

/** A value as the drivers bind it: JSON as text (as MikroORM would have written it), never undefined. */
function binding(value: unknown): unknown {
  if (value === undefined) return null;
  if (Utils.isPlainObject(value)) return JSON.stringify(value);
  return value;
}

/**
 * MikroORM writes every value into the SQL text before a statement leaves, so every statement is new to
 * the database: escaped, parsed and planned again each time. This connection sends the statement with its
 * values bound instead, so its text repeats and SQLite's prepared statement is kept (see `prepareOnce`).
 */
function withBoundParameters(Base: ConnectionClass): ConnectionClass {
  abstract class BoundParameters extends Base {
    override async execute<R extends Result = EntityData<AnyEntity>[]>(
      query: Parameters<AbstractSqlConnection['execute']>[0],
      params: unknown[] = [],
      method: 'all' | 'get' | 'run' = 'all',
      ctx?: Parameters<AbstractSqlConnection['execute']>[3],
      loggerContext?: LoggingOptions,
    ): Promise<R> {
      const bound = typeof query === 'string' ? bindValues(this.platform, query, params) : undefined;
      if (!bound) return super.execute<R>(query, params, method, ctx, loggerContext);
      await this.ensureConnection();
      const sql = this.config.get('onQuery')(bound.sql, bound.bindings);
      return this.executeQuery(
        sql,
        async () => {
          const statement = this.getKnex().raw(sql, bound.bindings as never);
          if (ctx) statement.transacting(ctx);
          return this.transformRawResult(await statement, method) as R;
        },
        { query: sql, params: bound.bindings, ...loggerContext },
      );
    }
  }
  return BoundParameters as unknown as ConnectionClass;
}

type DriverClass = new (config: Configuration) => AbstractSqlDriver;
type DriverBase = new (
  config: Configuration,
  platform: AbstractSqlPlatform,
  connection: ConnectionClass,
  connector: string[],
) => AbstractSqlDriver;

/** A MikroORM driver on this platform whose connections send values bound. */
async function boundDriver(connection: ConnectionClass, platform: new () => AbstractSqlPlatform, connector: string): Promise<DriverClass> {
  const { AbstractSqlDriver } = await import('@mikro-orm/knex');
  const Connection = withBoundParameters(connection);
  return class BoundDriver extends (AbstractSqlDriver as unknown as DriverBase) {
    constructor(config: Configuration) {
      super(config, new platform(), Connection, ['knex', connector]);
    }
  };
}

/** The SQLite driver (libsql), sending values bound. Loaded only by a gateway on SQLite. */
export async function sqliteDriver(): Promise<DriverClass> {
  const { LibSqlConnection, LibSqlPlatform } = await import('@mikro-orm/libsql');
  return boundDriver(LibSqlConnection, LibSqlPlatform, 'libsql');
}

/** The PostgreSQL driver (pg), sending values bound. Loaded only by a gateway on PostgreSQL. */
export async function postgresqlDriver(): Promise<DriverClass> {
  const { PostgreSqlConnection, PostgreSqlPlatform } = await import('@mikro-orm/postgresql');
  return boundDriver(PostgreSqlConnection, PostgreSqlPlatform, 'pg');
}
