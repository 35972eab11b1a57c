/**
 * Webhook delivery: 5,000 messages arriving at once through the sandbox driver, each stored in the chat's
 * history with its delivery in the outbox (those that waited together in one transaction) and POSTed
 * (signed) to a receiver on loopback, every attempt recorded; timed until the receiver has them all,
 * on SQLite and on PostgreSQL. Beside each, in the same run, the bare baseline: 5,000 POSTs of the same
 * body, one after another over keep-alive, to the same receiver with no database. Run: `npm run bench`.
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

/** A receiver that answers 204 and counts; `until(n)` resolves once it has had n requests. */
async function startReceiver() {
  let count = 0;
  let waiter: { n: number; resolve: () => void } | undefined;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count += 1;
      res.writeHead(204).end();
      if (waiter && count >= waiter.n) waiter.resolve();
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

/** The same number of POSTs with no outbox: sequential, keep-alive, to the same receiver. */
async function barePosts(url: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: true });
  const body = JSON.stringify({ id: 'x', event: 'message', timestamp: new Date().toISOString(), data: inboundEvent(0).data });
  const started = performance.now();
  for (let i = 0; i < EVENTS; i += 1) {
    await new Promise<void>((resolve, reject) => {
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
  }
  agent.destroy();
  return (performance.now() - started) / 1000;
}

async function gatewayRun(
  database: Record<string, string>,
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  dir: string,
): Promise<{ recordS: number; receivedS: number; storedS: number; statements: number; transactions: number }> {
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
    await services.webhooks.create('default', ADMIN, createWebhookInput.parse({ url: receiver.url, events: ['message'] }));
    await services.openSessions.waitUntilReady(DEFAULT_SESSION, new AbortController().signal);
    const sandbox = services.openSessions.get(DEFAULT_SESSION).driver as SandboxDriver;
    // An event is announced once it is stored with its deliveries.
    const announced = services.bus.subscribeLocal()[Symbol.asyncIterator]();
    receiver.reset();
    statementCount.start();
    const started = performance.now();
    for (let i = 0; i < EVENTS; i += 1) sandbox.inbound({ from: '966501234567', body: `Order ${i}: is it on its way?` });
    for (let stored = 0; stored < EVENTS;) if ((await announced.next()).value?.event === 'message') stored += 1;
    await announced.return?.();
    const recordS = (performance.now() - started) / 1000;
    await receiver.until(EVENTS);
    const receivedS = (performance.now() - started) / 1000;
    // Delivered counts once the attempt is stored, so this is when every attempt is in the database.
    while ((await services.metrics.webhookDeliveries.get()).values.find((v) => v.labels.outcome === 'delivered')?.value !== EVENTS) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const storedS = (performance.now() - started) / 1000;
    return { recordS, receivedS, storedS, ...statementCount.stop() };
  } finally {
    await app.stop();
  }
}

const rows: string[] = [];
const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-webhooks-'));
const receiver = await startReceiver();
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
} finally {
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
}

console.log(`\nWebhook delivery: ${EVENTS.toLocaleString('en')} events to one loopback receiver (204), signed, every attempt recorded\n`);
console.log(
  '| database | bare keep-alive POSTs/s | events recorded/s | deliveries/s, every attempt stored | ratio | s until all received / all stored | statements / transactions per event, recorded and delivered | target |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
