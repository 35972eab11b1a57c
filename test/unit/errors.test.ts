import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { badInput, databaseUnavailable, isDatabaseUnavailable } from '../../src/errors.js';

/** An error as a driver raises it: a message and a code. */
const raised = (message: string, code?: string) => Object.assign(new Error(message), code === undefined ? {} : { code });

describe('which failures mean the database is away', () => {
  it.each([
    ['a refused connection', raised('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', raised('read ECONNRESET', 'ECONNRESET')],
    ['PostgreSQL shutting down', raised('terminating connection due to administrator command', '57P01')],
    ['PostgreSQL starting up', raised('the database system is starting up', '57P03')],
    ['a statement over its timeout', raised('canceling statement due to statement timeout', '57014')],
    ['a read-only server', raised('cannot execute INSERT in a read-only transaction', '25006')],
    ['a connection cut mid-query', raised('Connection terminated unexpectedly')],
    [
      'a transaction whose BEGIN met a dropped connection',
      new DriverException(raised('Transaction query already complete, run with DEBUG=knex:tx for more info')),
    ],
    [
      'no pooled connection in time',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
    ],
    ['SQLite locked by another writer', raised('database is locked', 'SQLITE_BUSY')],
    ['SQLite on a full disk', raised('database or disk is full', 'SQLITE_FULL')],
    ['SQLite failing to write', raised('disk I/O error', 'SQLITE_IOERR')],
    ['the ORM wrapping any of them', new DriverException(raised('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))],
    ['a wrapper naming it as its cause', new Error('could not store', { cause: raised('database is locked', 'SQLITE_BUSY') })],
    ['the coded error itself', databaseUnavailable()],
  ])('%s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a duplicate key', new UniqueConstraintViolationException(raised('duplicate key value violates unique constraint', '23505'))],
    ['a syntax error', raised('syntax error at or near "selec"', '42601')],
    ['a missing table', raised('no such table: nodes', 'SQLITE_ERROR')],
    ['a refused input', badInput('Phone number is required')],
    ['not an error at all', 'ECONNREFUSED'],
  ])('not %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
