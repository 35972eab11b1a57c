import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseOn, scratchPostgres, scratchRedis, tcpProxy, type ScratchPostgres, type ScratchRedis } from '../utils/chaos.js';
import { createSessions, scratchCluster, TEST_LEASE_TTL_MS, type ClusterNode } from '../utils/cluster.js';
import { callRest, TEST_API_KEY } from '../utils/gateway.js';
import { connect } from '../utils/raw-stream.js';
import { eventually, quietFor } from '../utils/waiting.js';

/**
 * The faults production brings, on two gateway nodes: the database restarted under them, Redis away, a
 * node cut off from both, a node paused past its lease. Each test has a PostgreSQL and a Redis of its file's
 * own to stop and start, and TCP proxies to cut one node off alone.
 */

let postgres: ScratchPostgres;
let redis: ScratchRedis;
let databases = 0;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([scratchPostgres(), scratchRedis()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([postgres?.remove(), redis?.stop()]);
});

const freshDatabase = () => createDatabaseOn(postgres, `faults_${process.pid}_${(databases += 1)}`);

const fastCampaigns = {
  RATE_LIMIT_STANDARD_MAX: '100000',
  RATE_LIMIT_STRICT_MAX: '100000',
  CAMPAIGN_DELAY_MIN_MS: '80',
  CAMPAIGN_DELAY_MAX_MS: '120',
};

interface Answer {
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  ms: number;
}

/** One request, timed: its status, the error code its body carries (REST or GraphQL), and Retry-After. */
async function timed(url: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(20_000),
  });
  const json = (await response.json()) as { error?: string; errors?: Array<{ extensions?: { code?: string } }> };
  const ms = performance.now() - started;
  const code = json.errors?.[0]?.extensions?.code ?? (response.status === 503 && json.error ? 'REST 503' : undefined);
  return { status: response.status, code, retryAfter: response.headers.get('retry-after'), ms };
}

/** A campaign to `size` recipients on each session, started; their ids by session. */
async function campaignsOn(via: string, sessions: string[], size: number, tag: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [index, session] of sessions.entries()) {
    const recipients = Array.from({ length: size }, (_, i) => `96650${index}${String(i + 1).padStart(6, '0')}`);
    const created = await callRest(via, 'POST', `/api/sessions/${session}/campaigns/create`, { name: tag, message: tag, recipients });
    expect(created.status).toBe(200);
    const id = created.body.data.id as number;
    expect((await callRest(via, 'POST', `/api/sessions/${session}/campaigns/${id}/execute?wait=false`)).status).toBe(200);
    ids.set(session, id);
  }
  return ids;
}

async function campaign(via: string, session: string, id: number) {
  const answer = await callRest(via, 'GET', `/api/sessions/${session}/campaigns/${id}`);
  expect(answer.status).toBe(200);
  return answer.body.data as { status: string; counts: { sent: number; unknown: number; pending: number } } & Record<string, unknown>;
}

/** Lines of a sandbox outbox file, each a delivered message. */
async function delivered(path: string): Promise<Array<{ session: string; chatId: string; body: string }>> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { session: string; chatId: string; body: string });
}

function repeats(messages: Array<{ session: string; chatId: string; body: string }>): string[] {
  const seen = new Map<string, number>();
  for (const { session, chatId, body } of messages)
    seen.set(`${session} ${chatId} ${body}`, (seen.get(`${session} ${chatId} ${body}`) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([key]) => key);
}

/** Waits until every session is connected, as a node reports it. */
async function allReady(via: string, sessions: string[]): Promise<void> {
  for (const session of sessions) {
    await eventually(
      async () => expect((await callRest(via, 'GET', `/api/sessions/${session}/status/client`)).body.data.ready).toBe(true),
      15_000,
    );
  }
}

/** When the node's leases on the sessions it holds run out, read from the database itself. */
async function leaseEnd(databaseUrl: string, node: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ until: Date | null }>(
      'select max(lease_expires_at) as until from sessions where lease_owner = $1',
      [node],
    );
    return rows[0]!.until!.getTime();
  } finally {
    await client.end();
  }
}

describe('faults under a cluster of two gateways', () => {
  it('PostgreSQL restarted for 10 s mid-campaign: 503 DATABASE_UNAVAILABLE within 5 s, never 500; events wait; everything resumes; nobody messaged twice', async ({
    annotate,
  }) => {
    const databaseUrl = await freshDatabase();
    // The default lease: a node holds its sessions through a 10 s outage, renewing as soon as the database is back.
    const cluster = await scratchCluster({ ...fastCampaigns, SESSION_LEASE_TTL_MS: '30000' }, { databaseUrl, redisUrl: redis.url });
    const a = await cluster.start('node-a');
    await cluster.placed(a.url, ['default']);
    const b = await cluster.start('node-b');
    const sessions = ['default', 's1', 's2', 's3'];
    await createSessions(a.url, sessions.slice(1));
    await cluster.placed(a.url, sessions);
    await allReady(a.url, sessions);
    const listener = await connect(`${a.url.replace('http', 'ws')}/?apiKey=${TEST_API_KEY}&session=default`);

    const ids = await campaignsOn(b.url, sessions, 60, 'outage');
    await eventually(async () => {
      for (const [session, id] of ids) expect((await campaign(a.url, session, id)).counts.sent).toBeGreaterThanOrEqual(3);
    }, 20_000);

    await postgres.stop();
    const downAt = performance.now();
    const answers: Array<Answer & { what: string }> = [];
    let inboundAnswered: Answer | undefined;
    let sentDuring: string | undefined;
    const ask = async (what: string, ...request: Parameters<typeof timed>) => answers.push({ what, ...(await timed(...request)) });
    while (performance.now() - downAt < 10_000) {
      for (const node of [a, b]) {
        await ask('sessions', node.url, 'GET', '/api/sessions');
        await ask('campaign', node.url, 'GET', `/api/sessions/s1/campaigns/${ids.get('s1')}`);
        await ask('graphql', node.url, 'POST', '/graphql', { query: '{ sessions { name } }' });
        await ask('ready', node.url, 'GET', '/health/ready');
      }
      if (!sentDuring) {
        const sent = await fetch(`${a.url}/api/messages/send-text`, {
          method: 'POST',
          headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
          body: JSON.stringify({ phone: '966509990001', message: 'sent while the database is away' }),
        });
        expect(sent.status).toBe(200);
        sentDuring = ((await sent.json()) as { data: { id: string } }).data.id;
        inboundAnswered = await timed(a.url, 'POST', '/api/sandbox/inbound', {
          from: '966509990002',
          body: 'heard while the database is away',
        });
      }
      await quietFor(500);
    }
    const inboundFrames = () =>
      listener.frames.filter((frame) => frame.event === 'message' && frame.data?.body === 'heard while the database is away');
    expect(inboundAnswered?.status).toBe(200);
    // Not announced before it is stored.
    expect(inboundFrames()).toEqual([]);

    await postgres.start();
    const upAt = performance.now();
    await eventually(async () => {
      for (const node of [a, b]) expect((await fetch(`${node.url}/health/ready`)).status).toBe(200);
    }, 10_000);
    const readyMs = performance.now() - upAt;
    const sentAtReturn = new Map<string, number>();
    for (const [session, id] of ids) sentAtReturn.set(session, (await campaign(a.url, session, id)).counts.sent);
    await eventually(async () => {
      for (const [session, id] of ids) {
        const { status, counts } = await campaign(a.url, session, id);
        expect(status === 'completed' || counts.sent > sentAtReturn.get(session)!, session).toBe(true);
      }
    }, 10_000);
    const movingMs = performance.now() - upAt;

    const codes = [...new Set(answers.map(({ what, status, code }) => `${what} ${status} ${code ?? ''}`.trim()))].sort();
    const slowest = Math.max(...answers.map(({ ms }) => ms));
    await annotate(`during the outage: ${codes.join('; ')}; slowest answer ${Math.round(slowest)} ms`);
    await annotate(`after it: every node ready in ${Math.round(readyMs)} ms, every campaign moving in ${Math.round(movingMs)} ms`);
    expect(answers.filter(({ status }) => status >= 500 && status !== 503)).toEqual([]);
    expect(slowest).toBeLessThan(5_000);
    for (const answer of answers.filter(({ what }) => what !== 'ready' && what !== 'graphql')) {
      expect([answer.status, answer.code, answer.retryAfter]).toEqual([503, 'REST 503', '5']);
    }
    expect(answers.filter(({ what }) => what === 'graphql').map(({ code }) => code)).toEqual(
      answers.filter(({ what }) => what === 'graphql').map(() => 'DATABASE_UNAVAILABLE'),
    );
    expect(answers.filter(({ what }) => what === 'ready').every(({ status }) => status === 503)).toBe(true);
    const afterwards = await fetch(`${a.url}/api/sessions`, { headers: { 'x-api-key': TEST_API_KEY } }).catch(() => undefined);
    expect(afterwards?.status).toBe(200);

    await eventually(() => expect(inboundFrames()).toHaveLength(1), 10_000);
    await eventually(async () => {
      const status = await callRest(a.url, 'GET', `/api/messages/${encodeURIComponent(sentDuring!)}/status`);
      expect([status.status, status.body.data?.status]).toEqual([200, 'delivered']);
    }, 10_000);
    for (const [session, id] of ids) {
      await eventually(async () => expect((await campaign(b.url, session, id)).status).toBe('completed'), 60_000);
    }
    const outbox = await cluster.outbox();
    expect(repeats(outbox)).toEqual([]);
    const unknowns = new Map<string, number>();
    for (const [session, id] of ids) unknowns.set(session, (await campaign(b.url, session, id)).counts.unknown);
    await annotate(`unknown recipients by session: ${JSON.stringify(Object.fromEntries(unknowns))}; duplicates: 0`);
    for (const [session, count] of unknowns) expect(count, session).toBeLessThanOrEqual(1);
    for (const [session] of ids)
      expect(outbox.filter((m) => m.session === session && m.body === 'outage').length).toBeGreaterThanOrEqual(59);
  }, 180_000);

  it('Redis away for 8 s: sends go on, and once it is back events cross nodes again and a key revoked meanwhile is refused everywhere', async ({
    annotate,
  }) => {
    const redisOwn = await scratchRedis();
    const cluster = await scratchCluster(
      { RATE_LIMIT_STANDARD_MAX: '100000' },
      { databaseUrl: await freshDatabase(), redisUrl: redisOwn.url },
    );
    const a = await cluster.start('node-a');
    await cluster.placed(a.url, ['default']);
    const b = await cluster.start('node-b');
    await allReady(b.url, ['default']);
    const made = await callRest(a.url, 'POST', '/api/keys', { name: 'crm', sessions: ['default'] });
    const key = made.body.data.key as string;
    const asKey = (url: string) => fetch(`${url}/api/status/client`, { headers: { 'x-api-key': key } });
    await eventually(async () => expect((await asKey(b.url)).status).toBe(200));
    const listener = await connect(`${b.url.replace('http', 'ws')}/?apiKey=${TEST_API_KEY}&session=default`);

    await redisOwn.stop();
    const statuses: number[] = [];
    let slowest = 0;
    for (let i = 0; i < 8; i += 1) {
      for (const node of [a, b]) {
        const sent = await timed(node.url, 'POST', '/api/messages/send-text', { phone: `96650888${1001 + i}`, message: `redis away ${i}` });
        statuses.push(sent.status);
        slowest = Math.max(slowest, sent.ms);
      }
      if (i === 2) expect((await callRest(a.url, 'DELETE', `/api/keys/${made.body.data.id}`)).status).toBe(200);
      await quietFor(1_000);
    }
    await annotate(`sends while Redis is away: ${statuses.length}, all 200, the slowest in ${Math.round(slowest)} ms`);
    expect(statuses).toEqual(statuses.map(() => 200));
    expect(slowest).toBeLessThan(5_000);
    // The node where it was revoked refuses it at once.
    expect((await asKey(a.url)).status).toBe(401);

    await redisOwn.start();
    const backAt = performance.now();
    await eventually(async () => expect((await asKey(b.url)).status).toBe(401), 5_000);
    await eventually(async () => {
      const body = `across nodes ${Math.round(performance.now())}`;
      await callRest(a.url, 'POST', '/api/sandbox/inbound', { from: '966508887777', body });
      await eventually(() => expect(listener.frames.some((frame) => frame.data?.body === body)).toBe(true), 500);
    }, 5_000);
    expect(performance.now() - backAt).toBeLessThan(5_000);
    await redisOwn.stop();
  }, 120_000);

  it('a node cut off from PostgreSQL and Redis stops its sessions before its lease runs out and sends nothing after; the other node, reaching the database by another address, takes them over', async ({
    annotate,
  }) => {
    const databaseUrl = await freshDatabase();
    const [databaseProxyA, databaseProxyB, redisProxyA] = await Promise.all([
      tcpProxy(postgres.port),
      tcpProxy(postgres.port),
      tcpProxy(redis.port),
    ]);
    const through = (proxy: { port: number }) => databaseUrl.replace(`:${postgres.port}/`, `:${proxy.port}/`);
    const cluster = await scratchCluster(fastCampaigns, { databaseUrl, redisUrl: redis.url });
    const outboxA = join(cluster.outboxPath, '..', 'outbox-a.jsonl');
    const a = await cluster.start('node-a', {
      DATABASE_URL: through(databaseProxyA),
      REDIS_URL: `redis://127.0.0.1:${redisProxyA.port}`,
      SANDBOX_OUTBOX_PATH: outboxA,
    });
    await cluster.placed(a.url, ['default']);
    const b = await cluster.start('node-b', { DATABASE_URL: through(databaseProxyB) });
    await allReady(b.url, ['default']);
    // One cluster, though the nodes reach the database by different addresses: events raised on one are heard on the other.
    const listener = await connect(`${b.url.replace('http', 'ws')}/?apiKey=${TEST_API_KEY}&session=default`);
    await callRest(b.url, 'POST', '/api/sandbox/inbound', { from: '966507776666', body: 'one cluster' });
    await eventually(() => expect(listener.frames.some((frame) => frame.data?.body === 'one cluster')).toBe(true));

    await Promise.all([databaseProxyA.cut(), redisProxyA.cut()]);
    const cutAt = Date.now();
    const leaseRunsOut = await leaseEnd(databaseUrl, 'node-a');
    // A client keeps sending through the cut-off node, which holds the session.
    const answers: number[] = [];
    let countAtExpiry: number | undefined;
    while (Date.now() < leaseRunsOut + 1_000) {
      if (countAtExpiry === undefined && Date.now() >= leaseRunsOut) countAtExpiry = (await delivered(outboxA)).length;
      answers.push(
        (await timed(a.url, 'POST', '/api/messages/send-text', { phone: '966507771234', message: `cut ${answers.length}` })).status,
      );
      await quietFor(100);
    }
    const stopLine = a.run.logLines().find((line) => line.msg.startsWith('session lease not renewed in time')) as
      { time?: number } | undefined;
    expect(stopLine?.time).toBeDefined();
    const movedOwners = await cluster.placed(b.url, ['default'], 15_000);
    const ownedAt = Date.now();
    expect(movedOwners.get('default')).toBe('node-b');
    await quietFor(1_000);
    const sentByA = await delivered(outboxA);
    await annotate(
      `cut to drivers stopped: ${stopLine!.time! - cutAt} ms; cut to node B owning them: ${ownedAt - cutAt} ms (lease ${TEST_LEASE_TTL_MS} ms); ` +
        `sent by the cut-off node after its lease ran out: ${sentByA.length - countAtExpiry!}; answers: ${[...new Set(answers)].join(', ')}`,
    );
    expect(stopLine!.time!).toBeLessThan(leaseRunsOut);
    expect(sentByA.length).toBe(countAtExpiry);
    expect(answers.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(answers.at(-1)).toBe(503);
    await Promise.all([databaseProxyA.close(), databaseProxyB.close(), redisProxyA.close()]);
  }, 120_000);

  it('a node paused past its lease sends nothing on that session when it wakes; its campaign completes on the other node, nobody messaged twice', async ({
    annotate,
  }) => {
    const databaseUrl = await freshDatabase();
    const cluster = await scratchCluster(fastCampaigns, { databaseUrl, redisUrl: redis.url });
    const outboxA = join(cluster.outboxPath, '..', 'outbox-a.jsonl');
    const a: ClusterNode = await cluster.start('node-a', { SANDBOX_OUTBOX_PATH: outboxA });
    await cluster.placed(a.url, ['default']);
    const b = await cluster.start('node-b');
    await allReady(b.url, ['default']);
    const ids = await campaignsOn(b.url, ['default'], 80, 'paused');
    await eventually(async () => expect((await delivered(outboxA)).length).toBeGreaterThanOrEqual(5), 15_000);

    a.run.kill('SIGSTOP');
    const leaseRunsOut = await leaseEnd(databaseUrl, 'node-a');
    await eventually(async () => expect((await cluster.owners(b.url)).get('default')).toBe('node-b'), 20_000);
    await eventually(async () => expect((await campaign(b.url, 'default', ids.get('default')!)).counts.sent).toBeGreaterThan(0), 5_000);
    const countAtPause = (await delivered(outboxA)).length;
    expect(Date.now()).toBeGreaterThan(leaseRunsOut);
    a.run.kill('SIGCONT');
    await eventually(async () => expect((await campaign(b.url, 'default', ids.get('default')!)).status).toBe('completed'), 60_000);
    const sentByA = (await delivered(outboxA)).length - countAtPause;
    await annotate(`sent by the paused node after it woke past its lease: ${sentByA}`);
    expect(sentByA).toBe(0);
    const all = [...(await delivered(outboxA)), ...(await cluster.outbox())];
    expect(repeats(all)).toEqual([]);
    expect((await campaign(b.url, 'default', ids.get('default')!)).counts.unknown).toBeLessThanOrEqual(1);
  }, 120_000);
});
