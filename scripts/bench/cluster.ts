/**
 * A cluster of three gateway processes on one PostgreSQL database and Redis (sandbox driver). Two rows,
 * each beside its bare baseline from the same run:
 * - an inbound message raised on the node that owns the session → its frame at 1,000 raw-stream clients
 *   spread over the three nodes (p50/p99 for those on the other nodes), beside the same 1,000 clients all
 *   on the owner;
 * - `POST /api/messages/send-text` through a node that forwards it to the owner, beside the same send on
 *   the owner (50 connections, 10 s each).
 * Run: `npx tsx scripts/bench/cluster.ts` (also part of `npm run bench`). Needs Redis at BENCH_REDIS_URL
 * (default redis://127.0.0.1:6379). Not part of the test command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { scratchPostgres } from './scratch-postgres.js';

const API_KEY = 'bench-key-0123456789';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PORTS = [18291, 18292, 18293];
const CLIENTS = 1_000;
const MESSAGES = 100;
const CONNECTIONS = 50;
const DURATION_S = 10;
const headers = { 'content-type': 'application/json', 'x-api-key': API_KEY };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

async function startNode(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['build/launch.js'], {
    cwd: process.cwd(),
    env: { ...process.env, ...env, PORT: String(port), NODE_ID: `node-${port}`, CLUSTER_ADVERTISE_URL: `http://127.0.0.1:${port}` },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** The node that runs `default`, once it runs, linked. */
async function ownerOfDefault(): Promise<string> {
  for (;;) {
    const answer = (await (await fetch(`http://127.0.0.1:${PORTS[0]}/api/cluster`, { headers })).json()) as {
      data: { nodes: Array<{ advertiseUrl: string; live: boolean; sessions: string[] }> };
    };
    const owner = answer.data.nodes.find((node) => node.live && node.sessions.includes('default'));
    if (owner && (await fetch(`${owner.advertiseUrl}/api/status/client`, { headers })).ok) return owner.advertiseUrl;
    await sleep(100);
  }
}

/** Clients on the given nodes (round robin); the clock starts just before each inbound call on the owner. */
async function fanOut(owner: string, nodes: string[]): Promise<{ remote: number[]; local: number[] }> {
  const clients = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      const node = nodes[i % nodes.length]!;
      const socket = new WebSocket(`${node.replace(/^http/, 'ws')}/?apiKey=${API_KEY}`);
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      return { socket, remote: node !== owner };
    }),
  );
  const remote: number[] = [];
  const local: number[] = [];
  const sentAt = new Map<string, number>();
  for (const client of clients) {
    client.socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { event: string; data: { body?: string } };
      const started = frame.event === 'message' ? sentAt.get(frame.data.body ?? '') : undefined;
      if (started !== undefined) (client.remote ? remote : local).push(performance.now() - started);
    });
  }
  for (let i = 0; i < MESSAGES; i += 1) {
    const body = `fan-out ${i}`;
    sentAt.set(body, performance.now());
    await fetch(`${owner}/api/sandbox/inbound`, { method: 'POST', headers, body: JSON.stringify({ from: '971501234567', body }) });
    const deadline = performance.now() + 10_000;
    while (remote.length + local.length < (i + 1) * CLIENTS && performance.now() < deadline) await sleep(1);
  }
  for (const { socket } of clients) socket.terminate();
  return { remote: remote.sort((a, b) => a - b), local: local.sort((a, b) => a - b) };
}

async function sends(url: string) {
  const result = await autocannon({
    url: `${url}/api/messages/send-text`,
    method: 'POST',
    headers,
    body: JSON.stringify({ phone: '966501234567', message: 'Hello from the cluster' }),
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors };
}

const database = await scratchPostgres();
const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-cluster-'));
const env = {
  API_KEY,
  HOST: '127.0.0.1',
  WHATSAPP_DRIVER: 'sandbox',
  SANDBOX_AUTO_LINK_MS: '0',
  DATABASE_URL: database.url,
  REDIS_URL,
  CLUSTER_SECRET: randomBytes(24).toString('hex'),
  WHATSAPP_SESSION_PATH: join(dir, 'session'),
  LOG_LEVEL: 'warn',
  RATE_LIMIT_STANDARD_MAX: '100000000',
  // The fan-out's thousand clients all connect from this one address.
  HTTP_MAX_CONNECTIONS_PER_CLIENT: '100000',
  RATE_LIMIT_STRICT_MAX: '100000000',
};
const nodes: ChildProcess[] = [];
try {
  nodes.push(...(await Promise.all(PORTS.map((port) => startNode(port, env)))));
  const urls = PORTS.map((port) => `http://127.0.0.1:${port}`);
  const owner = await ownerOfDefault();
  const other = urls.find((url) => url !== owner)!;

  const alone = await fanOut(owner, [owner]);
  const spread = await fanOut(owner, urls);
  const onOwner = await sends(owner);
  const forwarded = await sends(other);

  console.log(`\nThree nodes; sandbox; ${CLIENTS} raw-stream clients × ${MESSAGES} inbound messages\n`);
  console.log('| row | p50 ms | p99 ms | bare baseline (same run): all clients on the owner, p50 / p99 ms |');
  console.log('|---|---|---|---|');
  console.log(
    `| inbound on the owner → frame at a client on another node (${spread.remote.length} frames) | ${percentile(spread.remote, 50).toFixed(1)} | ${percentile(spread.remote, 99).toFixed(1)} | ${percentile(alone.local, 50).toFixed(1)} / ${percentile(alone.local, 99).toFixed(1)} |`,
  );
  console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each\n`);
  console.log('| row | requests/s | p50 ms | p99 ms | failed | vs the same send on the owner |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| send-text on the owner (baseline) | ${Math.round(onOwner.rps)} | ${onOwner.p50} | ${onOwner.p99} | ${onOwner.failed} | 1.000 |`,
  );
  console.log(
    `| send-text forwarded from another node | ${Math.round(forwarded.rps)} | ${forwarded.p50} | ${forwarded.p99} | ${forwarded.failed} | ${(forwarded.rps / onOwner.rps).toFixed(3)} |`,
  );
} finally {
  await Promise.all(nodes.map(stop));
  await database.drop();
  await rm(dir, { recursive: true, force: true });
}
