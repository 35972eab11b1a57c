/**
 * Counts the statements the gateway sends to its database, and the transactions among them, by watching
 * the one place every statement passes on its way to the driver (each dialect's `_query`). For the bench
 * rows that report statements per recipient or per delivery; `start()` and `stop()` bracket what is counted.
 */
import { createRequire } from 'node:module';

interface Dialect {
  prototype: { _query(connection: unknown, query: { sql: string }): Promise<unknown> };
}

const require = createRequire(import.meta.url);
const { LibSqlKnexDialect, PostgreSqlKnexDialect } = require('@mikro-orm/knex') as Record<string, Dialect>;

let counting = false;
let statements = 0;
let transactions = 0;

for (const dialect of [LibSqlKnexDialect!, PostgreSqlKnexDialect!]) {
  const query = dialect.prototype._query;
  dialect.prototype._query = function (connection, statement) {
    if (counting) {
      statements += 1;
      if (/^\s*begin\b/i.test(statement.sql)) transactions += 1;
    }
    return query.call(this, connection, statement);
  };
}

export const statementCount = {
  start(): void {
    statements = 0;
    transactions = 0;
    counting = true;
  },
  stop(): { statements: number; transactions: number } {
    counting = false;
    return { statements, transactions };
  },
};
