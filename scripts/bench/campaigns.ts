/**
 * The campaign runner's hot path: 10,000 recipients through the real gateway (sandbox driver, latency 0,
 * pacing 0, no caps), every state change persisted, on SQLite and on PostgreSQL. Beside each, a bare loop
 * of 10,000 single-row autocommit INSERTs on the same database in the same run, since these machines are
 * noisy. Run: `npm run bench` (after the HTTP rows). Not part of the test command.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../src/app/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';
import { normalizeRecipient } from '../../src/domain/phone-number.js';
import { scratchPostgres } from './scratch-postgres.js';
import { DEFAULT_SESSION } from '../../src/domain/session-name.js';
import { statementCount } from './statement-count.js';

const RECIPIENTS = 10_000;

type Store = { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };

/** 10,000 single-row INSERTs, each its own transaction, through the gateway's own connection settings. */
async function bareInserts(store: Store): Promise<number> {
  const db = await openDatabase(store, createLogger('silent'));
  try {
    const connection = db.em.getConnection();
    await connection.execute(
      'create table bench_rows (id integer primary key, chat_id varchar(255) not null, state varchar(16) not null)',
      [],
      'run',
    );
    const started = performance.now();
    for (let i = 0; i < RECIPIENTS; i += 1) {
      await connection.execute(
        'insert into bench_rows (id, chat_id, state) values (?, ?, ?)',
        [i, `9665${String(10_000_001 + 2 * i)}@c.us`, 'pending'],
        'run',
      );
    }
    return (performance.now() - started) / 1000;
  } finally {
    await db.close(true);
  }
}

/** A 10,000-recipient campaign run to completion; then the time until every delivery ack is stored too. */
async function campaignRun(
  store: Store,
  dir: string,
): Promise<{ runS: number; deliveredS: number; statements: number; transactions: number }> {
  const config = loadConfig({
    API_KEY: 'bench-key-0123456789',
    PORT: '0',
    HOST: '127.0.0.1',
    WHATSAPP_DRIVER: 'sandbox',
    SANDBOX_AUTO_LINK_MS: '0',
    SANDBOX_ACK_DELAY_MS: '0',
    SANDBOX_LATENCY_MS: '0',
    CAMPAIGN_DELAY_MIN_MS: '0',
    CAMPAIGN_DELAY_MAX_MS: '0',
    CAMPAIGN_MAX_PER_HOUR: '0',
    CAMPAIGN_MAX_PER_DAY: '0',
    LOG_LEVEL: 'warn',
    WHATSAPP_SESSION_PATH: join(dir, 'session'),
    ...(store.kind === 'sqlite' ? { DATABASE_PATH: store.path } : { DATABASE_URL: store.url }),
  });
  const app = buildApp(config, createLogger(config.logLevel));
  const { services } = await app.start();
  try {
    const { openSessions, campaigns } = services;
    await openSessions.waitUntilReady(DEFAULT_SESSION, new AbortController().signal);
    const recipients = Array.from({ length: RECIPIENTS }, (_, i) => {
      const normalized = normalizeRecipient(`9665${String(10_000_001 + 2 * i)}`);
      if (!normalized.ok) throw new Error(normalized.error);
      return { input: normalized.recipient.to, recipient: normalized.recipient, variables: null, message: null };
    });
    const campaign = await campaigns.create(DEFAULT_SESSION, { name: 'bench', message: 'hello', recipients, scheduledAt: null });
    statementCount.start();
    const started = performance.now();
    const { results } = await campaigns.execute(DEFAULT_SESSION, campaign.id, true);
    const runS = (performance.now() - started) / 1000;
    if (results.sent !== RECIPIENTS) throw new Error(`sent ${results.sent} of ${RECIPIENTS}`);
    for (;;) {
      const current = await campaigns.get(DEFAULT_SESSION, campaign.id);
      if (current.deliveredCount + current.readCount === RECIPIENTS) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const deliveredS = (performance.now() - started) / 1000;
    return { runS, deliveredS, ...statementCount.stop() };
  } finally {
    await app.stop();
  }
}

const met = (ok: boolean) => (ok ? 'met' : 'not met');
const rows: string[] = [];
const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-campaigns-'));
try {
  for (const kind of ['sqlite', 'postgresql'] as const) {
    const scratch = kind === 'postgresql' ? await scratchPostgres() : undefined;
    try {
      const bareStore: Store = scratch ? { kind: 'postgresql', url: scratch.url } : { kind: 'sqlite', path: join(dir, 'bare.db') };
      const runStore: Store = scratch ? { kind: 'postgresql', url: scratch.url } : { kind: 'sqlite', path: join(dir, 'run.db') };
      const bareS = await bareInserts(bareStore);
      const { runS, deliveredS, statements, transactions } = await campaignRun(runStore, dir);
      const bareRate = RECIPIENTS / bareS;
      const runRate = RECIPIENTS / runS;
      const ackLagS = deliveredS - runS;
      const marks = `≥ 0.5× inserts: ${met(runRate / bareRate >= 0.5)}; acks within 2 s of the last send: ${met(ackLagS <= 2)} (${ackLagS.toFixed(1)} s)`;
      rows.push(
        `| ${kind === 'sqlite' ? 'SQLite (WAL, synchronous=NORMAL)' : 'PostgreSQL'} | ${Math.round(bareRate)} | ${Math.round(runRate)} | ${(runRate / bareRate).toFixed(3)} | ${deliveredS.toFixed(1)} | ${(statements / RECIPIENTS).toFixed(1)} / ${(transactions / RECIPIENTS).toFixed(1)} | ${marks} |`,
      );
    } finally {
      await scratch?.drop();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

console.log(
  `\nCampaign runner: ${RECIPIENTS.toLocaleString('en')} recipients, sandbox latency 0, pacing 0, every state change persisted\n`,
);
console.log(
  '| database | bare single-row inserts/s | campaign recipients/s | ratio | s until every delivery ack is stored | statements / transactions per recipient, to its delivery ack | targets |',
);
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
