/**
 * The cost of the largest input each bounded field accepts: for each, one request with that field (and
 * its siblings) at their bounds, sent to the built gateway on the sandbox, timed, with the growth of the
 * process's peak memory (VmHWM, reset before each request) while it is answered. Beside them, in the same
 * run, the smallest send-text as the baseline. Run: `npx tsx scripts/bench/largest-inputs.ts` (built first);
 * BENCH_NODE_OPTIONS=--max-old-space-size=160 runs the gateway on a small heap, to show none of them needs more.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const API_KEY = 'bench-key-0123456789';
const PORT = 18_000 + Math.floor(Math.random() * 1_000);
const MEDIA_MAX_BYTES = 16 * 1024 * 1024;

/** Numbers the sandbox takes, as many as a list needs. */
const numbers = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `9665${String(10_000_000 + from + i)}`);
const text = (length: number) => 'a'.repeat(length);
/** One grapheme, 32 code units: a family of four, each with a skin tone, joined. */
const LARGEST_EMOJI = '👨🏽‍👩🏽‍👧🏽‍👦🏽'.slice(0, 32);

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string | ((made: Made) => string);
  body?: unknown;
  /** The status the gateway answers when the input is accepted. */
  expect: number;
}

interface Made {
  messageId: string;
}

const cases: Case[] = [
  {
    name: 'baseline: smallest send-text',
    method: 'POST',
    path: '/api/messages/send-text',
    body: { phone: '966501234567', message: 'hi' },
    expect: 200,
  },
  {
    name: 'send-text: message 65,536, 50 mentions, replyTo',
    method: 'POST',
    path: '/api/messages/send-text',
    body: { phone: '966501234567', message: text(65_536), mentions: numbers(50) },
    expect: 200,
  },
  {
    name: `send-media: base64 of ${MEDIA_MAX_BYTES / 2 ** 20} MiB (the body's limit)`,
    method: 'POST',
    path: '/api/messages/send-media',
    body: { phone: '966501234567', mediaBase64: Buffer.alloc(MEDIA_MAX_BYTES, 7).toString('base64'), mimetype: 'application/octet-stream' },
    expect: 200,
  },
  {
    name: 'send-media: caption 65,536, filename 255, mimetype 255',
    method: 'POST',
    path: '/api/messages/send-media',
    body: {
      phone: '966501234567',
      mediaBase64: Buffer.alloc(1_024, 7).toString('base64'),
      mimetype: `application/${'x'.repeat(243)}`,
      caption: text(65_536),
      filename: `${text(251)}.bin`,
    },
    expect: 200,
  },
  {
    name: 'send-location: name 256, address 1,024',
    method: 'POST',
    path: '/api/messages/send-location',
    body: { phone: '966501234567', latitude: 24.7, longitude: 46.7, name: text(256), address: text(1_024) },
    expect: 200,
  },
  {
    name: 'send-poll: question 255, 12 options of 100',
    method: 'POST',
    path: '/api/messages/send-poll',
    body: { phone: '966501234567', question: text(255), options: Array.from({ length: 12 }, (_, i) => `${i}`.padEnd(100, 'o')) },
    expect: 200,
  },
  {
    name: 'send-contact: 20 contacts, names of 256',
    method: 'POST',
    path: '/api/messages/send-contact',
    body: { phone: '966501234567', contacts: numbers(20).map((phone) => ({ name: text(256), phone })) },
    expect: 200,
  },
  {
    name: 'reaction: emoji of 32 code units',
    method: 'POST',
    path: ({ messageId }) => `/api/messages/${encodeURIComponent(messageId)}/reaction`,
    body: { emoji: LARGEST_EMOJI },
    expect: 200,
  },
  {
    name: 'send-bulk: 1,000 recipients (BULK_MAX_RECIPIENTS), message 65,536, all sent',
    method: 'POST',
    path: '/api/messages/send-bulk',
    body: { recipients: numbers(1_000), message: text(65_536) },
    expect: 200,
  },
  {
    name: 'campaign: 50,000 recipients, message 65,536',
    method: 'POST',
    path: '/api/campaigns/create',
    body: { name: text(255), message: text(65_536), recipients: numbers(50_000, 100_000), scheduledAt: '2099-01-01T09:00:00.000+03:00' },
    expect: 200,
  },
  {
    name: 'campaign: personalised texts at their 32 Mi-character bound',
    method: 'POST',
    path: '/api/campaigns/create',
    body: {
      name: 'personalised',
      message: `${text(60_000)}{{n}}`,
      recipients: numbers(550, 200_000).map((phone, i) => ({ phone, vars: { n: String(i) } })),
      scheduledAt: '2099-01-01T09:00:00Z',
    },
    expect: 200,
  },
  {
    name: 'webhook: url 2,048, 100 events',
    method: 'POST',
    path: '/api/webhooks',
    body: { url: `https://example.com/${text(2_028)}`, events: Array.from({ length: 100 }, () => 'message') },
    expect: 200,
  },
  {
    name: 'key: name 100, 100 sessions listed',
    method: 'POST',
    path: '/api/keys',
    body: { name: text(100), sessions: Array.from({ length: 100 }, () => 'default') },
    expect: 200,
  },
  {
    name: 'group: subject 100, 1,024 participants',
    method: 'POST',
    path: '/api/groups',
    body: { name: text(100), participants: numbers(1_024, 300_000) },
    expect: 200,
  },
  {
    name: 'session: name 32, proxy 2,048',
    method: 'POST',
    path: '/api/sessions',
    body: { name: 'b'.repeat(32), proxy: `http://${text(2_028)}.example:3128`, start: false },
    expect: 200,
  },
  {
    name: 'sandbox inbound: body 65,536',
    method: 'POST',
    path: '/api/sandbox/inbound',
    body: { from: '966501234567', body: text(65_536) },
    expect: 200,
  },
  {
    name: 'path: message id of 255',
    method: 'GET',
    path: `/api/messages/${text(255)}/status`,
    expect: 404,
  },
];

async function peakRssKb(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return { rss: Number(status.match(/VmRSS:\s+(\d+)/)?.[1]), peak: Number(status.match(/VmHWM:\s+(\d+)/)?.[1]) };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-largest-'));
  const child = spawn(process.execPath, ['build/launch.js'], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '',
      API_KEY,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WHATSAPP_DRIVER: 'sandbox',
      SANDBOX_AUTO_LINK_MS: '0',
      DATABASE_PATH: join(dir, 'db.sqlite'),
      MEDIA_CACHE_PATH: join(dir, 'media'),
      MEDIA_MAX_BYTES: String(MEDIA_MAX_BYTES),
      RATE_LIMIT_STANDARD_MAX: '1000000',
      RATE_LIMIT_STRICT_MAX: '1000000',
      // send-bulk answers when its last send is made: no pause between them here.
      BULK_DELAY_MIN_MS: '0',
      BULK_DELAY_MAX_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${PORT}`;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  try {
    for (;;) {
      const ready = await fetch(`${url}/api/status/client`, { headers: { 'x-api-key': API_KEY } }).catch(() => undefined);
      if (ready?.ok && ((await ready.json()) as { data: { ready: boolean } }).data.ready) break;
      await sleep(50);
    }
    const sent = (await (await call('POST', '/api/messages/send-text', { phone: '966501234567', message: 'react to me' })).json()) as {
      data: { id: string };
    };
    const made: Made = { messageId: sent.data.id };
    process.stdout.write(`| input | status | time (ms) | peak memory growth (MB) | body (kB) |\n|---|---|---|---|---|\n`);
    for (const test of cases) {
      const path = typeof test.path === 'function' ? test.path(made) : test.path;
      const body = test.body === undefined ? undefined : JSON.stringify(test.body);
      // Resets VmHWM to the current RSS, so the peak read after is this request's.
      await writeFile(`/proc/${child.pid}/clear_refs`, '5');
      const before = await peakRssKb(child.pid!);
      const started = performance.now();
      const response = await fetch(`${url}${path}`, {
        method: test.method,
        headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
        ...(body !== undefined && { body }),
      });
      const answer = await response.text();
      const ms = performance.now() - started;
      const after = await peakRssKb(child.pid!);
      if (response.status !== test.expect) throw new Error(`${test.name}: ${response.status} ${answer.slice(0, 300)}`);
      process.stdout.write(
        `| ${test.name} | ${response.status} | ${ms.toFixed(0)} | ${((after.peak - before.rss) / 1024).toFixed(1)} | ${((body?.length ?? 0) / 1024).toFixed(0)} |\n`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
