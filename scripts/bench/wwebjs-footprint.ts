/**
 * The real driver's footprint: memory of the gateway plus its Chromium once started, and the time from
 * SIGTERM to the last Chromium process of the session gone. A bare headless Chromium on about:blank (same
 * flags) is measured in the same run as the baseline, since these machines are noisy.
 *
 * WhatsApp Web cannot be reached here, and offline whatsapp-web.js fails within a second and retries. So
 * Chromium is pointed (https_proxy) at a local proxy that accepts connections and never answers, the way a
 * network that drops packets behaves: the browser stays up with WhatsApp Web's page loading. A linked
 * account with WhatsApp Web fully loaded uses more than this. Run: `npm run bench:wwebjs`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BrowserProfile } from '../../src/whatsapp/wwebjs/browser-profile.js';

const RUNS = 3;
const SETTLE_MS = 10_000;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const API_KEY = 'bench-key-0123456789';

interface Sample {
  rssMb: number;
  pssMb: number;
  processes: number;
  shutdownMs?: number;
}

async function memoryOf(pids: number[]): Promise<Omit<Sample, 'shutdownMs'>> {
  let rssKb = 0;
  let pssKb = 0;
  let processes = 0;
  for (const pid of pids) {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    if (!rollup) continue;
    processes += 1;
    rssKb += Number(rollup.match(/^Rss:\s+(\d+)/m)?.[1] ?? 0);
    pssKb += Number(rollup.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0);
  }
  return { rssMb: rssKb / 1024, pssMb: pssKb / 1024, processes };
}

async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once('exit', resolve));
}

async function blackHoleProxy(): Promise<{ server: Server; port: number }> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return { server, port: address.port };
}

async function gateway(proxyPort: number): Promise<Sample> {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-wwebjs-'));
  const sessionPath = join(dir, 'session');
  const profile = new BrowserProfile(sessionPath, 'default');
  // The gateway runs in its own folder, as a user's would, built as `npm start` runs it (`npm run build`).
  const child = spawn(process.execPath, [join(process.cwd(), 'build/launch.js')], {
    cwd: dir,
    env: {
      ...process.env,
      API_KEY,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WHATSAPP_DRIVER: 'wwebjs',
      WHATSAPP_SESSION_PATH: sessionPath,
      WWEBJS_INIT_TIMEOUT_MS: String(10 * 60_000),
      https_proxy: `http://127.0.0.1:${proxyPort}`,
    },
    stdio: 'ignore',
  });
  try {
    while ((await profile.browserPids()).length === 0) {
      if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode} before launching Chromium`);
      await sleep(100);
    }
    await sleep(SETTLE_MS);
    const memory = await memoryOf([child.pid!, ...(await profile.browserPids())]);
    const signalled = performance.now();
    child.kill('SIGTERM');
    while ((await profile.browserPids()).length > 0) await sleep(5);
    const shutdownMs = performance.now() - signalled;
    await exited(child);
    return { ...memory, shutdownMs };
  } finally {
    child.kill('SIGKILL');
    await profile.endBrowsers();
    await rm(dir, { recursive: true, force: true });
  }
}

async function bareChromium(): Promise<Sample> {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-chromium-'));
  const profile = new BrowserProfile(dir, 'bare');
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--user-data-dir=${profile.dir}`,
      profile.marker,
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  try {
    while ((await profile.browserPids()).length === 0) await sleep(100);
    await sleep(SETTLE_MS);
    const memory = await memoryOf(await profile.browserPids());
    const signalled = performance.now();
    child.kill('SIGTERM');
    while ((await profile.browserPids()).length > 0) await sleep(5);
    return { ...memory, shutdownMs: performance.now() - signalled };
  } finally {
    await profile.endBrowsers();
    await exited(child);
    await rm(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const proxy = await blackHoleProxy();
const subjects: Record<string, () => Promise<Sample>> = {
  'bare headless Chromium on about:blank': bareChromium,
  'WaQtor (wwebjs) + its Chromium': () => gateway(proxy.port),
};
const rows = [
  `| processes (median of ${RUNS}) | count | RSS sum | PSS sum | SIGTERM to last Chromium process gone |`,
  '|---|---|---|---|---|',
];
for (const [name, run] of Object.entries(subjects)) {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await run());
  rows.push(
    `| ${name} | ${median(samples.map((s) => s.processes))} | ${median(samples.map((s) => s.rssMb)).toFixed(0)} MB | ${median(samples.map((s) => s.pssMb)).toFixed(0)} MB | ${median(samples.map((s) => s.shutdownMs!)).toFixed(0)} ms |`,
  );
}
proxy.server.close();
console.log(rows.join('\n'));
process.exit(0);
