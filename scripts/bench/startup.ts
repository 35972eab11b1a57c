/**
 * Start-up time to the first answered request, and idle memory (RSS), of the gateway with the sandbox
 * driver as `npm start` runs it (bundled, on the database and code cache its earlier start left), beside
 * a bare node:http server measured the same way in the same run (these machines are noisy), and beside
 * the gateway run from its TypeScript sources by tsx. Run: `npm run bench:startup` (also the last part of `npm run bench`).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const RUNS = 5;
const IDLE_MS = 5_000;
/**
 * V8 grows its young generation to 32 MB while the gateway starts and gives it back once it sees the
 * process idle, some 10 to 20 s later: the gateway's memory is read again after this long.
 */
const SETTLED_MS = 30_000;
const API_KEY = 'bench-key-0123456789';

interface Sample {
  startupMs: number;
  rssMb: number;
  /** After SETTLED_MS idle, where it was waited for. */
  settledRssMb?: number;
}

/** Targets of a gateway start: the first answer within this, and no more memory than this once idle. */
const TARGET_STARTUP_MS = 500;
const TARGET_RSS_MB = 120;

async function measure(
  args: string[],
  port: number,
  request: RequestInit & { path: string },
  env: Record<string, string>,
  dir: string,
  settle = false,
): Promise<Sample> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env: { ...process.env, ...env, DATABASE_PATH: join(dir, 'db.sqlite') },
    stdio: 'ignore',
  });
  try {
    let startupMs = 0;
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${request.path}`, request);
        if (response.ok) {
          await response.arrayBuffer();
          startupMs = performance.now() - started;
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(5);
    }
    const rssMb = async () => Number((await readFile(`/proc/${child.pid}/status`, 'utf8')).match(/VmRSS:\s+(\d+)/)?.[1]) / 1024;
    await sleep(IDLE_MS);
    const sample: Sample = { startupMs, rssMb: await rssMb() };
    if (settle) {
      await sleep(SETTLED_MS - IDLE_MS);
      sample.settledRssMb = await rssMb();
    }
    return sample;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const bare = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}'); }).listen(18181, '127.0.0.1')`;
const health = {
  path: '/graphql',
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
  body: JSON.stringify({ query: '{ health { status } }' }),
};
const gatewayEnv = (port: number) => ({ API_KEY, PORT: String(port), HOST: '127.0.0.1', WHATSAPP_DRIVER: 'sandbox', LOG_LEVEL: 'warn' });
const subjects: Record<string, { run: (dir: string) => Promise<Sample>; target?: true }> = {
  'bare node:http': { run: (dir) => measure(['-e', bare], 18181, { path: '/' }, {}, dir) },
  '`npm start` (node scripts/start.mjs: built, on its database)': {
    run: (dir) => measure(['scripts/start.mjs'], 18182, health, gatewayEnv(18182), dir, true),
    target: true,
  },
  'from the TypeScript sources (tsx src/main.ts)': {
    run: (dir) => measure(['--import', 'tsx', 'src/main.ts'], 18183, health, gatewayEnv(18183), dir),
  },
};

const met = (ok: boolean) => (ok ? 'met' : 'not met');
const rows: string[] = [
  `| process | start-up to first answer (median of ${RUNS}) | idle RSS after ${IDLE_MS / 1000} s (median) | after ${SETTLED_MS / 1000} s | targets: ≤ ${TARGET_STARTUP_MS} ms, ≤ ${TARGET_RSS_MB} MB (after ${IDLE_MS / 1000} s; after ${SETTLED_MS / 1000} s) |`,
  '|---|---|---|---|---|',
];
for (const [name, { run, target }] of Object.entries(subjects)) {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-'));
  try {
    // The first start builds what is stale, creates the database and leaves the bundle's code cache; the
    // measured ones start as users restart.
    await run(dir);
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i += 1) samples.push(await run(dir));
    const startupMs = median(samples.map((s) => s.startupMs));
    const rssMb = median(samples.map((s) => s.rssMb));
    const settled = target ? median(samples.map((s) => s.settledRssMb!)) : undefined;
    const marks =
      settled === undefined
        ? ''
        : `${met(startupMs <= TARGET_STARTUP_MS)}, ${met(rssMb <= TARGET_RSS_MB)}; ${met(settled <= TARGET_RSS_MB)}`;
    rows.push(
      `| ${name} | ${startupMs.toFixed(0)} ms | ${rssMb.toFixed(1)} MB | ${settled === undefined ? '' : `${settled.toFixed(1)} MB`} | ${marks} |`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
console.log(rows.join('\n'));
