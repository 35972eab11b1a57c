/**
 * Housekeeping's webhook purge: 100,000 delivered deliveries (each with one attempt), older than the
 * retention, deleted the way the gateway deletes them (batches of 1,000 rows in short transactions), on
 * SQLite and on PostgreSQL. Beside each, the bare baseline from the same run: the same rows deleted by two
 * unbatched DELETE statements in one transaction. Run: `npx tsx scripts/bench/retention.ts` (also the
 * last part of `npm run bench`). Not part of the test command.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebhookAttemptRecord } from '../../src/db/entities/webhook-attempt-record.js';
import { WebhookDeliveryRecord } from '../../src/db/entities/webhook-delivery-record.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';
import { WebhookStore } from '../../src/webhooks/webhook-store.js';
import { scratchPostgres } from './scratch-postgres.js';

const ROWS = 100_000;
const CHUNK = 2_000;
const DAY_MS = 24 * 60 * 60_000;

type Store = { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };

/** Fills the outbox with ROWS delivered deliveries from a month ago, one attempt each. */
async function fill(db: Database): Promise<void> {
  const store = new WebhookStore(db);
  const webhook = await store.create({
    sessions: ['default'],
    url: 'https://receiver.example/hooks',
    events: ['*'],
    secret: 'secret-0123456789',
    enabled: true,
  });
  const longAgo = new Date(Date.now() - 30 * DAY_MS);
  for (let start = 0; start < ROWS; start += CHUNK) {
    await db.em.fork().transactional(async (em) => {
      const deliveries = Array.from({ length: CHUNK }, (_, i) => ({
        webhookId: webhook.id,
        eventId: String(start + i).padStart(36, '0'),
        event: 'message',
        payload: '{"id":"x","event":"message","data":{}}',
        state: 'delivered' as const,
        attempts: 1,
        nextAttemptAt: longAgo,
        createdAt: longAgo,
        lastAttemptAt: longAgo,
        deliveredAt: longAgo,
        lastStatusCode: 200,
        lastError: null,
      }));
      const ids = (await em.insertMany(WebhookDeliveryRecord, deliveries)) as number[];
      await em.insertMany(
        WebhookAttemptRecord,
        ids.map((deliveryId) => ({ deliveryId, attemptedAt: longAgo, statusCode: 200, durationMs: 5, error: null })),
      );
    });
  }
}

async function measure(store: Store, purge: (db: Database) => Promise<unknown>): Promise<number> {
  const db = await openDatabase(store, createLogger('silent'));
  try {
    await fill(db);
    const started = performance.now();
    await purge(db);
    const seconds = (performance.now() - started) / 1000;
    const left = await db.em.fork().count(WebhookDeliveryRecord, {});
    if (left !== 0) throw new Error(`${left} deliveries were left`);
    return seconds;
  } finally {
    await db.close(true);
  }
}

const cutoff = () => new Date(Date.now() - 7 * DAY_MS);
const batched = (db: Database) => new WebhookStore(db).purgeFinished(cutoff());
const bare = (db: Database) =>
  db.em.fork().transactional(async (em) => {
    await em.nativeDelete(WebhookAttemptRecord, {});
    await em.nativeDelete(WebhookDeliveryRecord, { state: { $in: ['delivered', 'dead'] }, lastAttemptAt: { $lt: cutoff() } });
  });

async function row(name: string, store: () => Promise<{ store: Store; drop: () => Promise<void> }>): Promise<string> {
  const results: number[] = [];
  for (const purge of [bare, batched]) {
    const scratch = await store();
    try {
      results.push(await measure(scratch.store, purge));
    } finally {
      await scratch.drop();
    }
  }
  const [bareSeconds, batchedSeconds] = results as [number, number];
  return `| ${name} | ${bareSeconds.toFixed(2)} | ${batchedSeconds.toFixed(2)} | ${(bareSeconds / batchedSeconds).toFixed(2)} |`;
}

const sqlite = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-'));
  return { store: { kind: 'sqlite' as const, path: join(dir, 'bench.db') }, drop: () => rm(dir, { recursive: true, force: true }) };
};
const postgresql = async () => {
  const scratch = await scratchPostgres();
  return { store: { kind: 'postgresql' as const, url: scratch.url }, drop: scratch.drop };
};

console.log(`Purging ${ROWS.toLocaleString('en')} delivered webhook deliveries with their attempts`);
console.log('| database | bare: two DELETEs, one transaction (s) | housekeeping: batches of 1,000 (s) | ratio |');
console.log('|---|---|---|---|');
console.log(await row('SQLite (WAL, synchronous=NORMAL)', sqlite));
console.log(await row('PostgreSQL', postgresql));
