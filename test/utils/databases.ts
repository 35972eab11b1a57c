import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { onTestFinished } from 'vitest';
import type { Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';

/** The PostgreSQL server the suite uses; a test that cannot reach it fails, it does not skip. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type StoreKind = Config['database']['kind'];

/** A fresh, empty store of the given kind, removed when the test finishes. */
export async function scratchDatabase(kind: StoreKind): Promise<Config['database']> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'waqtor-store-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    return { kind, path: join(dir, 'nested', 'waqtor.db') };
  }
  const name = `waqtor_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  onTestFinished(async () => {
    const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  });
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { kind, url: url.toString() };
}

/** A fresh store of the given kind, migrated, closed and removed when the test finishes. */
export async function openScratchStore(kind: StoreKind): Promise<Database> {
  const db = await openDatabase(await scratchDatabase(kind), createLogger('silent'));
  onTestFinished(() => db.close(true));
  return db;
}
