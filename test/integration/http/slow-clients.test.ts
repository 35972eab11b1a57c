import { connect, type Socket } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

/** A client that sends a request line, then one more header line every 200 ms, and never ends its headers. */
function trickle(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  const state = { closed: false, closedAfterMs: 0 };
  const opened = performance.now();
  socket.on('error', () => undefined);
  socket.on('close', () => Object.assign(state, { closed: true, closedAfterMs: performance.now() - opened }));
  socket.on('connect', () => socket.write('GET /api/status/client HTTP/1.1\r\nHost: gateway\r\n'));
  const timer = setInterval(() => socket.writable && socket.write('X-Slow: yes\r\n'), 200);
  socket.on('close', () => clearInterval(timer));
  onTestFinished(() => {
    clearInterval(timer);
    socket.destroy();
  });
  return state;
}

const refusedCount = async (url: string) => {
  const text = await (await fetch(`${url}/metrics`, { headers: { 'x-api-key': TEST_API_KEY } })).text();
  return Number(/^waqtor_http_connections_refused_total (\d+)$/m.exec(text)?.[1]);
};

describe('slow clients', () => {
  it('closes sockets that trickle their headers within the header timeout, caps connections per address, and keeps answering others', async () => {
    const gateway = await startGateway({ HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_MAX_CONNECTIONS_PER_CLIENT: '20' });
    const slow = Array.from({ length: 15 }, () => trickle(gateway.port));
    await eventually(() => expect(slow.every((socket) => !socket.closed)).toBe(true));
    // Normal requests go on beside them.
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    const extra = Array.from({ length: 10 }, () => trickle(gateway.port));
    // Over the cap: closed at once, and counted.
    await eventually(() => expect(extra.filter((socket) => socket.closed && socket.closedAfterMs < 500).length).toBeGreaterThanOrEqual(4));
    // Every trickling socket is closed once its headers are late, although each keeps sending.
    await eventually(() => expect([...slow, ...extra].every((socket) => socket.closed)).toBe(true), 5_000);
    expect(Math.max(...slow.map((socket) => socket.closedAfterMs))).toBeLessThan(3_500);
    expect(await refusedCount(gateway.url)).toBeGreaterThanOrEqual(4);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });
});
