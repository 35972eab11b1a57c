import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { ClientStatusDocument } from '../../generated/graphql.js';
import { openDatabase } from '../../../src/db/orm.js';
import { createLogger } from '../../../src/logger.js';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

const statusClient = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/status/client`, { headers: { 'x-api-key': TEST_API_KEY, ...headers } });

interface SocketAttempt {
  outcome: string;
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

/** Opens a WebSocket and reports how it ended: refused before the upgrade (with the answer), closed, or open. */
function socketAttempt(url: string, protocol?: string): Promise<SocketAttempt> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, protocol);
    onTestFinished(() => socket.terminate());
    socket.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ outcome: `HTTP ${res.statusCode}`, body: JSON.parse(text), headers: res.headers }));
    });
    socket.on('open', () => {
      if (protocol) resolve({ outcome: 'opened', headers: {} });
    });
    socket.on('close', (code) => resolve({ outcome: `closed ${code}`, headers: {} }));
    socket.on('error', () => undefined);
  });
}

describe('rate limits', () => {
  it('counts REST and GraphQL against one standard budget per client, then answers 429 with the documented body and headers', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STANDARD_MAX: '3', RATE_LIMIT_STANDARD_WINDOW_MS: '60000' });
    const first = await statusClient(gateway.url);
    expect([first.headers.get('ratelimit-limit'), first.headers.get('ratelimit-remaining'), first.headers.get('ratelimit-policy')]).toEqual(
      ['3', '2', '3;w=60'],
    );
    expect((await gateway.request(ClientStatusDocument)).status).toBe(200);
    const third = await statusClient(gateway.url);
    expect(third.headers.get('ratelimit-remaining')).toBe('0');

    const refused = await statusClient(gateway.url);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      success: false,
      error: 'Too many requests',
      message: 'You have exceeded the rate limit. Please try again later.',
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    const overGraphQL = await gateway.request(ClientStatusDocument);
    expect(overGraphQL.status).toBe(429);
    expect(overGraphQL.body.errors?.[0]).toMatchObject({ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } });
    // Guessing keys is limited too; the health check never is.
    expect((await statusClient(gateway.url, { 'x-api-key': 'guess' })).status).toBe(429);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('counts every WebSocket upgrade against the same budget, and answers one over it with 429 before the upgrade', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STANDARD_MAX: '4', RATE_LIMIT_STANDARD_WINDOW_MS: '60000' });
    // Four wrong keys, on both socket doors: each is refused as before, and each counts.
    const refusals = [
      await socketAttempt(`${gateway.rawWsUrl}/ws?apiKey=guess-1`),
      await socketAttempt(`${gateway.rawWsUrl}/?apiKey=guess-2`),
      await socketAttempt(gateway.wsUrl, 'graphql-transport-ws'),
      await socketAttempt(`${gateway.rawWsUrl}/ws?apiKey=guess-3`),
    ];
    expect(refusals.map((r) => r.outcome)).toEqual(['closed 1008', 'closed 1008', 'opened', 'closed 1008']);
    for (const url of [`${gateway.rawWsUrl}/ws?apiKey=guess-4`, gateway.wsUrl]) {
      const refused = await socketAttempt(url, url.endsWith('/graphql') ? 'graphql-transport-ws' : undefined);
      expect(refused.outcome).toBe('HTTP 429');
      expect(refused.body).toEqual({
        success: false,
        error: 'Too many requests',
        message: 'You have exceeded the rate limit. Please try again later.',
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50);
      expect(refused.headers['ratelimit-remaining']).toBe('0');
    }
    // One budget: HTTP is over it too.
    expect((await statusClient(gateway.url)).status).toBe(429);
  });

  it('does not count an answer that asks the client to try again (the database away)', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STANDARD_MAX: '3', RATE_LIMIT_STANDARD_WINDOW_MS: '60000' });
    if (gateway.config.database.kind !== 'sqlite') throw new Error('expected SQLite');
    // Another writer holding the file's lock: the gateway answers 503 DATABASE_UNAVAILABLE with Retry-After.
    const holder = await openDatabase(gateway.config.database, createLogger('silent'));
    onTestFinished(() => holder.close(true));
    const writer = await holder.em.getConnection().getKnex().transaction();
    await writer.raw('update sessions set updated_at = updated_at');
    const create = () =>
      fetch(`${gateway.url}/api/campaigns/create`, {
        method: 'POST',
        headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'spring', message: 'hello', recipients: ['966501234567'] }),
      });
    for (let retry = 0; retry < 2; retry += 1) expect((await create()).status).toBe(503);
    await writer.rollback();
    // The retries were not charged: the whole budget of three is left.
    expect((await create()).status).toBe(200);
    expect((await statusClient(gateway.url)).status).toBe(503);
    expect((await statusClient(gateway.url)).status).toBe(503);
    expect((await statusClient(gateway.url)).status).toBe(429);
  });

  it('lets requests through again once the window has passed', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STANDARD_MAX: '1', RATE_LIMIT_STANDARD_WINDOW_MS: '500' });
    expect((await statusClient(gateway.url)).status).toBe(503);
    expect((await statusClient(gateway.url)).status).toBe(429);
    await eventually(async () => expect((await statusClient(gateway.url)).status).toBe(503), 1_000);
  });

  it('holds the strict routes to the strict limit, while the standard routes go on', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STRICT_MAX: '2', RATE_LIMIT_STRICT_WINDOW_MS: '3600000' }, { link: true });
    const bulk = () => gateway.rest.POST('/api/messages/send-bulk', { body: { recipients: ['966501234567'], text: 'hi' } });
    expect((await bulk()).response.status).toBe(200);
    expect((await bulk()).response.status).toBe(200);
    const refused = await bulk();
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('ratelimit-limit')).toBe('2');
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect((await gateway.rest.POST('/api/status/logout')).response.status).toBe(429);
    expect((await gateway.rest.POST('/api/test/send', { body: {} })).response.status).toBe(429);
    expect((await gateway.rest.POST('/api/messages/send-text', { body: { phone: '966501234567', message: 'hi' } })).response.status).toBe(
      200,
    );
    expect((await gateway.outboxFile()).length).toBe(3);
  });

  it('believes X-Forwarded-For only when TRUST_PROXY says so', async () => {
    const untrusting = await startGateway({ RATE_LIMIT_STANDARD_MAX: '1' });
    expect((await statusClient(untrusting.url, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(503);
    expect((await statusClient(untrusting.url, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);

    const behindProxy = await startGateway({ RATE_LIMIT_STANDARD_MAX: '1', TRUST_PROXY: 'loopback' });
    expect((await statusClient(behindProxy.url, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(503);
    expect((await statusClient(behindProxy.url, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(503);
    expect((await statusClient(behindProxy.url, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
  });
});
