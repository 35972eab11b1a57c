/**
 * Throughput and latency of the REST and GraphQL doors, beside a bare node:http handler and an Express
 * handler returning the same JSON, measured in the same run (these machines are noisy); then the raw
 * WebSocket fan-out: 1,000 clients, 100 inbound messages, time from the sandbox inbound call to the frame
 * at every client. Each gateway row is marked against its target. The gateway runs as `npm start` runs it,
 * built (`npm run bench` builds it first). Run: `npm run bench`. Not part of the test command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import WebSocket from 'ws';

const API_KEY = 'bench-key-0123456789';
const CONNECTIONS = 50;
const DURATION_S = 10;
const FAN_OUT_CLIENTS = 1_000;
const FAN_OUT_MESSAGES = 100;
const STATUS_JSON = JSON.stringify({
  success: true,
  data: { status: 'connected', ready: true, state: 'CONNECTED', message: 'WhatsApp client is ready' },
});

const bare = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json; charset=utf-8'); s.end(${JSON.stringify(STATUS_JSON)}); }).listen(18281, '127.0.0.1')`;
const express = `const app = require('express')(); app.get('/', (q, s) => s.type('json').send(${JSON.stringify(STATUS_JSON)})); app.listen(18282, '127.0.0.1')`;

async function startProcess(args: string[], env: Record<string, string>, readyUrl: string, init?: RequestInit): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: 'ignore' });
  for (;;) {
    try {
      if ((await fetch(readyUrl, init)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
}

async function load(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/** Every client waits for each message's frame; the clock starts just before the inbound call. */
async function fanOut(base: string): Promise<{ p50: number; p99: number; frames: number }> {
  const clients = await Promise.all(
    Array.from(
      { length: FAN_OUT_CLIENTS },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/?apiKey=${API_KEY}`);
          socket.once('open', () => resolve(socket));
          socket.once('error', reject);
        }),
    ),
  );
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  for (const socket of clients) {
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { event: string; data: { body?: string } };
      const started = frame.event === 'message' ? sentAt.get(frame.data.body ?? '') : undefined;
      if (started !== undefined) latencies.push(performance.now() - started);
    });
  }
  for (let i = 0; i < FAN_OUT_MESSAGES; i += 1) {
    const body = `fan-out ${i}`;
    const expected = (i + 1) * FAN_OUT_CLIENTS;
    sentAt.set(body, performance.now());
    await fetch(`${base}/api/sandbox/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ from: '971501234567', body }),
    });
    while (latencies.length < expected) await sleep(1);
  }
  for (const socket of clients) socket.terminate();
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), frames: sorted.length };
}

const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-'));
const rows: Row[] = [];
try {
  const baseline = await startProcess(['-e', bare], {}, 'http://127.0.0.1:18281/');
  rows.push(await load('bare node:http, same JSON', { url: 'http://127.0.0.1:18281/' }));
  await stop(baseline);
  const expressServer = await startProcess(['-e', express], {}, 'http://127.0.0.1:18282/');
  rows.push(await load('Express 5, same JSON', { url: 'http://127.0.0.1:18282/' }));
  await stop(expressServer);

  const base = 'http://127.0.0.1:18283';
  const headers = { 'content-type': 'application/json', 'x-api-key': API_KEY };
  const gateway = await startProcess(
    ['build/launch.js'],
    {
      API_KEY,
      PORT: '18283',
      HOST: '127.0.0.1',
      WHATSAPP_DRIVER: 'sandbox',
      SANDBOX_AUTO_LINK_MS: '0',
      DATABASE_PATH: join(dir, 'db.sqlite'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_STANDARD_MAX: '100000000',
      // The fan-out's thousand clients all connect from this one address.
      HTTP_MAX_CONNECTIONS_PER_CLIENT: '100000',
    },
    `${base}/api/status/client`,
    { headers },
  );
  try {
    rows.push(await load('WaQtor GET /api/status/client', { url: `${base}/api/status/client`, headers }));
    rows.push(
      await load('WaQtor POST /api/messages/send-text', {
        url: `${base}/api/messages/send-text`,
        method: 'POST',
        headers,
        body: JSON.stringify({ phone: '966501234567', message: 'Hello from WaQtor' }),
      }),
    );
    rows.push(
      await load('WaQtor sendText over GraphQL', {
        url: `${base}/graphql`,
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: 'mutation($input: SendTextInput!) { sendText(input: $input) { id timestamp to } }',
          variables: { input: { phone: '966501234567', message: 'Hello from WaQtor' } },
        }),
      }),
    );
    const fan = await fanOut(base);
    const [reference, expressRow, status, restSend, graphqlSend] = rows as [Row, Row, Row, Row, Row];
    const met = (ok: boolean) => (ok ? 'met' : 'not met');
    const vsExpress = (row: Row) => row.rps / expressRow.rps;
    const targets = new Map<Row, string>([
      [status, `≥ 1.0× Express: ${met(vsExpress(status) >= 1)} (${vsExpress(status).toFixed(2)}×)`],
      [
        restSend,
        `≥ 0.5× Express, p99 ≤ 25 ms: ${met(vsExpress(restSend) >= 0.5 && restSend.p99 <= 25)} (${vsExpress(restSend).toFixed(3)}×, p99 ${restSend.p99} ms)`,
      ],
      [graphqlSend, `≥ the REST send: ${met(graphqlSend.rps >= restSend.rps)}`],
    ]);
    console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each\n`);
    console.log('| | requests/s | p50 ms | p99 ms | requests/s vs bare node:http | target |');
    console.log('|---|---|---|---|---|---|');
    for (const row of rows)
      console.log(
        `| ${row.name} | ${Math.round(row.rps)} | ${row.p50} | ${row.p99} | ${(row.rps / reference.rps).toFixed(3)} | ${targets.get(row) ?? ''} |`,
      );
    console.log(
      `\nRaw WebSocket fan-out: ${FAN_OUT_CLIENTS} clients × ${FAN_OUT_MESSAGES} inbound messages = ${fan.frames} frames;` +
        ` inbound call → frame at a client: p50 ${fan.p50.toFixed(1)} ms, p99 ${fan.p99.toFixed(1)} ms`,
    );
  } finally {
    await stop(gateway);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
