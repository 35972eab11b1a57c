/**
 * Webhook delivery: 5,000 messages arriving at once through the sandbox driver, each stored in the chat's
 * history with its delivery in the outbox (those that waited together in one transaction) and POSTed
 * (signed) to a receiver on loopback, every attempt recorded; timed until the receiver has them all,
 * on SQLite and on PostgreSQL. Beside each, in the same run, the bare baseline: 5,000 POSTs of the same
 * body, one after another over keep-alive, to the same receiver with no database. Then a receiver that
 * takes 20 ms to answer, 1,000 messages from 50 chats, on SQLite: a webhook in order against one with
 * per-chat ordering, beside as many bare POSTs at once as its concurrency. Run: `npm run bench`.
 * Not part of the test command.
 */
import { ADMIN } from '../../src/domain/caller.js';
import http, { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../src/app/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { inboundEvent } from './inbound-event.js';
import { scratchPostgres } from './scratch-postgres.js';
import { statementCount } from './statement-count.js';
import { DEFAULT_SESSION } from '../../src/domain/session-name.js';
import type { SandboxDriver } from '../../src/whatsapp/sandbox/sandbox-driver.js';
import { createWebhookInput } from '../../src/webhooks/webhook-inputs.js';

const EVENTS = 5_000;
/** The slow receiver's rows. */
const SLOW_EVENTS = 1_000;
const SLOW_CHATS = 50;
const SLOW_ANSWER_MS = 20;
const PER_CHAT_CONCURRENCY = 8;

/** A receiver that answers 204 (after `answerMs`) and counts; `until(n)` resolves once it has had n requests. */
async function startReceiver(answerMs = 0) {
  let count = 0;
  let waiter: { n: number; resolve: () => void } | undefined;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const answer = () => {
        count += 1;
        res.writeHead(204).end();
        if (waiter && count >= waiter.n) waiter.resolve();
      };
      if (answerMs > 0) setTimeout(answer, answerMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    reset: () => (count = 0),
    until: (n: number) => new Promise<void>((resolve) => (count >= n ? resolve() : (waiter = { n, resolve }))),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

/** The same number of POSTs with no outbox: keep-alive, to the same receiver, `atOnce` at a time. */
async function barePosts(url: string, events = EVENTS, atOnce = 1): Promise<number> {
  const agent = new http.Agent({ keepAlive: true });
  const body = JSON.stringify({ id: 'x', event: 'message', timestamp: new Date().toISOString(), data: inboundEvent(0).data });
  const started = performance.now();
  let sent = 0;
  const postOneByOne = async () => {
    while (sent < events) {
      sent += 1;
      await post();
    }
  };
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        url,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  await Promise.all(Array.from({ length: atOnce }, postOneByOne));
  agent.destroy();
  return (performance.now() - started) / 1000;
}

async function gatewayRun(
  database: Record<string, string>,
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  dir: string,
  load: { events: number; chats: number; ordering?: 'webhook' | 'per-chat' } = { events: EVENTS, chats: 1 },
): Promise<{ recordS: number; receivedS: number; storedS: number; statements: number; transactions: number }> {
  const { events, chats, ordering } = load;
  const config = loadConfig({
    API_KEY: 'bench-key-0123456789',
    PORT: '0',
    HOST: '127.0.0.1',
    WHATSAPP_DRIVER: 'sandbox',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    SANDBOX_AUTO_LINK_MS: '0',
    LOG_LEVEL: 'warn',
    WHATSAPP_SESSION_PATH: join(dir, 'session'),
    ...database,
  });
  const app = buildApp(config, createLogger(config.logLevel));
  const { services } = await app.start();
  try {
    await services.webhooks.create(
      'default',
      ADMIN,
      createWebhookInput.parse({ url: receiver.url, events: ['message'], ordering, concurrency: PER_CHAT_CONCURRENCY }),
    );
    await services.openSessions.waitUntilReady(DEFAULT_SESSION, new AbortController().signal);
    const sandbox = services.openSessions.get(DEFAULT_SESSION).driver as SandboxDriver;
    // An event is announced once it is stored with its deliveries.
    const announced = services.bus.subscribeLocal()[Symbol.asyncIterator]();
    receiver.reset();
    statementCount.start();
    const started = performance.now();
    for (let i = 0; i < events; i += 1)
      sandbox.inbound({ from: `9665012${String(34_567 + (i % chats))}`, body: `Order ${i}: is it on its way?` });
    for (let stored = 0; stored < events;) if ((await announced.next()).value?.event === 'message') stored += 1;
    await announced.return?.();
    const recordS = (performance.now() - started) / 1000;
    await receiver.until(events);
    const receivedS = (performance.now() - started) / 1000;
    // Delivered counts once the attempt is stored, so this is when every attempt is in the database.
    while ((await services.metrics.webhookDeliveries.get()).values.find((v) => v.labels.outcome === 'delivered')?.value !== events) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const storedS = (performance.now() - started) / 1000;
    return { recordS, receivedS, storedS, ...statementCount.stop() };
  } finally {
    await app.stop();
  }
}

const rows: string[] = [];
const slowRows: string[] = [];
const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-webhooks-'));
const receiver = await startReceiver();
const slowReceiver = await startReceiver(SLOW_ANSWER_MS);
try {
  for (const kind of ['sqlite', 'postgresql'] as const) {
    const scratch = kind === 'postgresql' ? await scratchPostgres() : undefined;
    try {
      receiver.reset();
      const bareS = await barePosts(receiver.url);
      const { recordS, receivedS, storedS, statements, transactions } = await gatewayRun(
        scratch ? { DATABASE_URL: scratch.url } : { DATABASE_PATH: join(dir, 'run.db') },
        receiver,
        dir,
      );
      const bareRate = EVENTS / bareS;
      const rate = EVENTS / storedS;
      rows.push(
        `| ${kind === 'sqlite' ? 'SQLite (WAL, synchronous=NORMAL)' : 'PostgreSQL'} | ${Math.round(bareRate)} | ${Math.round(EVENTS / recordS)} | ${Math.round(rate)} | ${(rate / bareRate).toFixed(3)} | ${receivedS.toFixed(1)} / ${storedS.toFixed(1)} | ${(statements / EVENTS).toFixed(1)} / ${(transactions / EVENTS).toFixed(2)} | ≥ 0.5× bare: ${rate / bareRate >= 0.5 ? 'met' : 'not met'} |`,
      );
    } finally {
      await scratch?.drop();
    }
  }
  for (const ordering of ['webhook', 'per-chat'] as const) {
    const atOnce = ordering === 'webhook' ? 1 : PER_CHAT_CONCURRENCY;
    slowReceiver.reset();
    const bareS = await barePosts(slowReceiver.url, SLOW_EVENTS, atOnce);
    slowReceiver.reset();
    const { storedS } = await gatewayRun({ DATABASE_PATH: join(dir, `slow-${ordering}.db`) }, slowReceiver, dir, {
      events: SLOW_EVENTS,
      chats: SLOW_CHATS,
      ordering,
    });
    const bareRate = SLOW_EVENTS / bareS;
    const rate = SLOW_EVENTS / storedS;
    slowRows.push(
      `| ${ordering === 'webhook' ? '`webhook` (in order, one at a time)' : `\`per-chat\`, concurrency ${PER_CHAT_CONCURRENCY}`} | ${atOnce} | ${Math.round(bareRate)} | ${Math.round(rate)} | ${(rate / bareRate).toFixed(2)} |`,
    );
  }
} finally {
  await receiver.close();
  await slowReceiver.close();
  await rm(dir, { recursive: true, force: true });
}

console.log(`\nWebhook delivery: ${EVENTS.toLocaleString('en')} events to one loopback receiver (204), signed, every attempt recorded\n`);
console.log(
  '| database | bare keep-alive POSTs/s | events recorded/s | deliveries/s, every attempt stored | ratio | s until all received / all stored | statements / transactions per event, recorded and delivered | target |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);

console.log(
  `\nA receiver that answers in ${SLOW_ANSWER_MS} ms: ${SLOW_EVENTS.toLocaleString('en')} events from ${SLOW_CHATS} chats, SQLite, every attempt recorded\n`,
);
console.log('| ordering | bare POSTs at once | bare keep-alive POSTs/s | deliveries/s, every attempt stored | ratio |');
console.log('|---|---|---|---|---|');
for (const row of slowRows) console.log(row);
