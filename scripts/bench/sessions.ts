/**
 * 100 sandbox sessions on one gateway: each created (POST /api/sessions), linked, and sending 10 texts
 * through its own prefixed route, 10 sessions at a time. Reports the time to create them, the gateway's
 * RSS before and after, and messages per second; beside it, the bare baseline from the same run: the same
 * 1,000 sends on the default session alone. Run: `npx tsx scripts/bench/sessions.ts` (also part of
 * `npm run bench`). Not part of the test command.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../src/app/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

const SESSIONS = 100;
const PER_SESSION = 10;
const AT_ONCE = 10;
const API_KEY = 'bench-key-0123456789';
const MB = 1024 * 1024;

const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-sessions-'));
const config = loadConfig({
  API_KEY,
  PORT: '0',
  HOST: '127.0.0.1',
  WHATSAPP_DRIVER: 'sandbox',
  LOG_LEVEL: 'warn',
  DATABASE_PATH: join(dir, 'bench.db'),
  WHATSAPP_SESSION_PATH: join(dir, 'session'),
  RATE_LIMIT_STANDARD_MAX: '1000000',
  RATE_LIMIT_STRICT_MAX: '1000000',
});
const app = buildApp(config, createLogger(config.logLevel));
const { url } = await app.start();

async function call(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** Runs `work` for each item, AT_ONCE at a time. */
async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += AT_ONCE) await Promise.all(items.slice(start, start + AT_ONCE).map(work));
}

const sendTen = async (prefix: string) => {
  for (let i = 0; i < PER_SESSION; i += 1) await call('POST', `${prefix}/messages/send-text`, { phone: '966501234567', message: `m${i}` });
};

try {
  // The baseline: the same number of sends, the same concurrency, all on the default session.
  await call('POST', '/api/sandbox/link');
  let started = performance.now();
  await inBatches(
    Array.from({ length: SESSIONS }, () => '/api'),
    sendTen,
  );
  const bareRate = (SESSIONS * PER_SESSION) / ((performance.now() - started) / 1000);

  const rssBefore = process.memoryUsage().rss;
  const names = Array.from({ length: SESSIONS }, (_, i) => `bench-${i}`);
  started = performance.now();
  await inBatches(names, (name) => call('POST', '/api/sessions', { name }));
  const createS = (performance.now() - started) / 1000;
  await inBatches(names, (name) => call('POST', `/api/sessions/${name}/sandbox/link`));
  started = performance.now();
  await inBatches(names, (name) => sendTen(`/api/sessions/${name}`));
  const rate = (SESSIONS * PER_SESSION) / ((performance.now() - started) / 1000);
  const rssAfter = process.memoryUsage().rss;

  console.log(`| row | figure | bare baseline (same run) |`);
  console.log(`|---|---|---|`);
  console.log(`| create ${SESSIONS} sandbox sessions (${AT_ONCE} at a time) | ${createS.toFixed(2)} s | — |`);
  console.log(
    `| RSS before → after creating and linking them | ${(rssBefore / MB).toFixed(0)} MB → ${(rssAfter / MB).toFixed(0)} MB | — |`,
  );
  console.log(
    `| ${SESSIONS * PER_SESSION} texts, ${PER_SESSION} per session, ${AT_ONCE} sessions at a time | ${rate.toFixed(0)} msg/s | ${bareRate.toFixed(0)} msg/s on default alone |`,
  );
} finally {
  await app.stop();
  await rm(dir, { recursive: true, force: true });
}
