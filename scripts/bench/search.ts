/**
 * Searching the stored message history: 1,000,000 messages bulk-inserted into one session's history (100
 * chats, ten words each, from a vocabulary of 10,000 words plus one word in every tenth message), then
 * queries through the gateway's own search (MessageHistory.search: FTS5 on SQLite, tsvector on PostgreSQL),
 * 20 results a page, the best of the newest 5,000 matches first. Beside each, the bare baseline from the same run and database: the same
 * words found by a `LIKE '%word%'` scan, newest first. Run: `npx tsx scripts/bench/search.ts` (also part of
 * `npm run bench`). Not part of the test command.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';
import { MessageHistory } from '../../src/messaging/message-history.js';
import pg from 'pg';
import { scratchPostgres } from './scratch-postgres.js';

const MESSAGES = 1_000_000;
const VOCABULARY = 10_000;
const SESSION = 'default';
/** Queries per row; the p99 of 200 is its second-slowest. */
const QUERIES = 200;
const TARGET_P99_MS = 50;

type Store = { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };

/** The k-th of ten words of message i: spread evenly, each word in about 1,000 messages. */
const word = (k: number, i: string) => `'w' || ((${i} * ${7919 + k * 104_729} + ${k * 31}) % ${VOCABULARY})`;
const body = (i: string) =>
  [...Array.from({ length: 10 }, (_, k) => word(k, i)), `case when ${i} % 10 = 0 then 'refund' else 'hello' end`].join(" || ' ' || ");

/** Inserts the messages in one statement of the database's own, then lets the search index catch up. */
async function fill(db: Database, store: Store): Promise<void> {
  const em = db.em.fork();
  const columns = 'id, session, chat_id, kind, ack, status, created_at, updated_at, from_me, sender, type, body, sent_at';
  if (store.kind === 'sqlite') {
    await em.execute(`drop trigger messages_fts_insert`);
    await em.execute(
      `insert into messages (${columns})
       with recursive s(i) as (select 1 union all select i + 1 from s where i < ${MESSAGES})
       select 'bench_' || i, '${SESSION}', (966500000000 + i % 100) || '@c.us', 'text', 0, 'pending', ${Date.now()}, ${Date.now()}, 0,
         (966500000000 + i % 100) || '@c.us', 'chat', ${body('i')}, ${Date.now()} - (${MESSAGES} - i) * 1000 from s`,
    );
    await em.execute(`insert into messages_fts(messages_fts) values ('rebuild')`);
    await em.execute(`analyze`);
    return;
  }
  const { url } = store;
  // The fixture takes longer than the gateway's statement deadline: its own connection has none.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = (sql: string) => client.query(sql);
  await run(`alter table messages disable trigger messages_fts_keep`);
  await run(`drop index messages_fts_search_index`);
  await run(
    `insert into messages (${columns})
     select 'bench_' || i, '${SESSION}', (966500000000 + i % 100) || '@c.us', 'text', 0, 'pending', now(), now(), false,
       (966500000000 + i % 100) || '@c.us', 'chat', ${body('i::bigint')}, now() - (${MESSAGES} - i) * interval '1 second'
     from generate_series(1, ${MESSAGES}) i`,
  );
  await run(
    `insert into messages_fts (id, session, chat_id, sender, sent_at, search)
     select id, session, chat_id, sender, sent_at, to_tsvector('simple', coalesce(body, '')) from messages order by sent_at`,
  );
  await run(`create index messages_fts_search_index on messages_fts using gin (search)`);
  await run(`alter table messages enable trigger messages_fts_keep`);
  // A bulk load leaves work autovacuum would do during the measurement; a gateway's tables have had it done.
  await run(`vacuum analyze`);
  await run(`checkpoint`);
  await client.end();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Each query timed after a few unmeasured ones, so both columns are read from a warm cache. */
async function timed(run: (q: string) => Promise<unknown>, queries: string[]): Promise<{ p50: number; p99: number }> {
  for (const q of queries.slice(0, 3)) await run(q);
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    await run(q);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** What is searched: one word of the vocabulary, two of them (both required), and the word of every tenth message. */
const querySets: Array<[string, (n: number) => string[]]> = [
  ['one word (~1,000 matches)', (n) => Array.from({ length: n }, (_, i) => `w${(i * 7_777) % VOCABULARY}`)],
  [
    'two words, both required',
    (n) => Array.from({ length: n }, (_, i) => `w${(i * 7_777) % VOCABULARY} w${(i * 3_331 + 17) % VOCABULARY}`),
  ],
  ['a common word (100,000 matches)', (n) => Array.from({ length: n }, () => 'refund')],
];

async function rows(name: string, store: Store, drop: () => Promise<void>): Promise<string[]> {
  const db = await openDatabase(store, createLogger('silent'));
  const lines: string[] = [];
  try {
    const filling = performance.now();
    await fill(db, store);
    console.error(
      `${name}: ${MESSAGES.toLocaleString('en')} messages stored and indexed in ${((performance.now() - filling) / 1000).toFixed(0)} s`,
    );
    const history = new MessageHistory(db, store.kind);
    const em = db.em.fork();
    const like = (q: string) =>
      em.execute(
        `select * from messages m where m.session = ? and ${q
          .split(' ')
          .map(() => "' ' || m.body || ' ' like ?")
          .join(' and ')} order by m.sent_at desc limit 20`,
        [SESSION, ...q.split(' ').map((w) => `% ${w} %`)],
      );
    for (const [what, queries] of querySets) {
      const list = queries(QUERIES);
      const search = await timed((q) => history.search(q, { session: SESSION }, { limit: 21, offset: 0 }), list);
      // The scan reads every row for a rare word: fewer runs tell its cost as well.
      const bare = await timed(like, list.slice(0, 20));
      const met = search.p99 < TARGET_P99_MS ? 'met' : 'not met';
      lines.push(
        `| ${name} | ${what} | ${bare.p50.toFixed(1)} / ${bare.p99.toFixed(1)} | ${search.p50.toFixed(1)} / ${search.p99.toFixed(1)} | ${met} |`,
      );
    }
  } finally {
    await db.close(true);
    await drop();
  }
  return lines;
}

const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-'));
const pgScratch = await scratchPostgres();
console.log(`Searching ${MESSAGES.toLocaleString('en')} stored messages, 20 a page (ms; target: search p99 under ${TARGET_P99_MS} ms)`);
console.log('| database | query | bare: LIKE scan p50 / p99 | search p50 / p99 | target |');
console.log('|---|---|---|---|---|');
for (const line of await rows('SQLite', { kind: 'sqlite', path: join(dir, 'bench.db') }, () => rm(dir, { recursive: true, force: true })))
  console.log(line);
for (const line of await rows('PostgreSQL', { kind: 'postgresql', url: pgScratch.url }, pgScratch.drop)) console.log(line);
