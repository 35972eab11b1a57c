/**
 * Start-up time to the first answered request, and idle memory (RSS), of the gateway with the sandbox
 * driver, beside a bare node:http server measured the same way in the same run (these machines are noisy).
 * Run: `npm run bench:startup`. Not part of the test command.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const RUNS = 5;
const IDLE_MS = 5_000;
const API_KEY = 'bench-key-0123456789';

interface Sample {
  startupMs: number;
  rssMb: number;
}

async function measure(
  args: string[],
  port: number,
  request: RequestInit & { path: string },
  env: Record<string, string>,
): Promise<Sample> {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-'));
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
    await sleep(IDLE_MS);
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
    const rssKb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1]);
    return { startupMs, rssMb: rssKb / 1024 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const bare = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}'); }).listen(18181, '127.0.0.1')`;
const subjects = {
  'bare node:http': () => measure(['-e', bare], 18181, { path: '/' }, {}),
  'WaQtor (sandbox, SQLite)': () =>
    measure(
      ['--import', 'tsx', 'src/main.ts'],
      18182,
      {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
        body: JSON.stringify({ query: '{ health { status } }' }),
      },
      { API_KEY, PORT: '18182', HOST: '127.0.0.1', WHATSAPP_DRIVER: 'sandbox', LOG_LEVEL: 'warn' },
    ),
};

const rows: string[] = ['| process | start-up to first answer (median of 5) | idle RSS after 5 s (median) |', '|---|---|---|'];
for (const [name, run] of Object.entries(subjects)) {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await run());
  rows.push(
    `| ${name} | ${median(samples.map((s) => s.startupMs)).toFixed(0)} ms | ${median(samples.map((s) => s.rssMb)).toFixed(1)} MB |`,
  );
}
console.log(rows.join('\n'));
