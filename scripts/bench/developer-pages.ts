/**
 * The pages for developers as a browser meets them: GraphiQL at /graphql and the API reference at
 * /api/docs, each opened in a fresh headless Chromium (nothing cached) on a gateway with the sandbox
 * driver. For each: the time from navigation to usable (GraphiQL's run button; the reference's first tag),
 * the bytes on the wire, and any request to another origin (there is no internet here, so a page that
 * needs one never becomes usable). Beside them, a bare page of the same gateway (/health) opened the
 * same way, since these machines are noisy.
 *
 * Run: `npx tsx scripts/bench/developer-pages.ts` (builds nothing: run `npm run build` first), or with a URL
 * of a gateway already running (another checkout's, for a before/after) as its argument.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Request } from 'playwright-core';

const RUNS = 3;
const USABLE_WITHIN_MS = 20_000;
const API_KEY = 'bench-key-0123456789';

const pages = [
  { name: 'bare page (/health)', path: '/health', ready: 'body' },
  { name: 'GraphiQL', path: '/graphql', ready: '.graphiql-execute-button' },
  { name: 'API reference', path: '/api/docs', ready: '.opblock-tag' },
];

async function startGateway(): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-pages-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['build/launch.js'], {
    env: {
      ...process.env,
      API_KEY,
      PORT: String(port),
      HOST: '127.0.0.1',
      WHATSAPP_DRIVER: 'sandbox',
      LOG_LEVEL: 'warn',
      DATABASE_PATH: join(dir, 'db.sqlite'),
      WHATSAPP_SESSION_PATH: join(dir, 'session'),
      MEDIA_CACHE_PATH: join(dir, 'media'),
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (
      await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await sleep(50);
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const given = process.argv[2];
const gateway = given ? { url: given, stop: async () => undefined } : await startGateway();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});
const origin = new URL(gateway.url).origin;
console.log(`| page | usable (median of ${RUNS}) | bytes on the wire | requests to other origins |`);
console.log('|---|---|---|---|');
try {
  for (const { name, path, ready } of pages) {
    const times: number[] = [];
    let bytes = 0;
    let foreign: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const requests: Request[] = [];
      context.on('request', (request) => requests.push(request));
      const page = await context.newPage();
      const started = performance.now();
      try {
        await page.goto(`${gateway.url}${path}`);
        await page.locator(ready).first().waitFor({ timeout: USABLE_WITHIN_MS });
        times.push(performance.now() - started);
      } catch {
        times.push(Number.POSITIVE_INFINITY);
      }
      const sizes = await Promise.all(
        requests.map(async (request) => (await request.sizes().catch(() => undefined))?.responseBodySize ?? 0),
      );
      bytes = sizes.reduce((sum, size) => sum + size, 0);
      foreign = [
        ...new Set(requests.map((request) => request.url()).filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))),
      ];
      await context.close();
    }
    const time = median(times);
    const shown = Number.isFinite(time) ? `${Math.round(time)} ms` : `not within ${USABLE_WITHIN_MS / 1000} s`;
    console.log(`| ${name} | ${shown} | ${bytes.toLocaleString('en')} | ${foreign.length} |`);
  }
} finally {
  await browser.close();
  await gateway.stop();
}
