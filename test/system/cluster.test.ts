import { describe, expect, it } from 'vitest';
import { callRest, TEST_API_KEY } from '../utils/gateway.js';
import { createSessions, scratchCluster, TEST_LEASE_TTL_MS, type ClusterNode, type Delivered } from '../utils/cluster.js';
import { connect } from '../utils/raw-stream.js';
import { eventually, quietFor } from '../utils/waiting.js';

const SESSIONS = ['default', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** The sessions each node runs. */
const byNode = (owners: Map<string, string>) => {
  const nodes = new Map<string, string[]>();
  for (const [session, node] of owners) nodes.set(node, [...(nodes.get(node) ?? []), session]);
  return nodes;
};

/** A campaign on each session, each to its own recipients, started at once; their ids by session. */
async function campaignsOn(via: string, sessions: string[], round: number, size: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [index, session] of sessions.entries()) {
    const recipients = Array.from(
      { length: size },
      (_, i) => `96650${round}${String(index).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
    );
    const created = await callRest(via, 'POST', `/api/sessions/${session}/campaigns/create`, {
      name: `r${round}`,
      message: `round ${round}`,
      recipients,
    });
    expect(created.status).toBe(200);
    const id = created.body.data.id as number;
    expect((await callRest(via, 'POST', `/api/sessions/${session}/campaigns/${id}/execute?wait=false`)).status).toBe(200);
    ids.set(session, id);
  }
  return ids;
}

async function recipientStates(via: string, session: string, id: number): Promise<string[]> {
  const response = await fetch(`${via}/graphql`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($id: ID!, $s: String!) { campaign(id: $id, session: $s) { status recipients(first: 100) { items { state } } } }',
      variables: { id: String(id), s: session },
    }),
  });
  const body = (await response.json()) as { data?: { campaign: { status: string; recipients: { items: Array<{ state: string }> } } } };
  if (!body.data) throw new Error(JSON.stringify(body));
  expect(body.data.campaign.status).toBe('completed');
  return body.data.campaign.recipients.items.map((r) => r.state);
}

/** Each delivery of a round, counted by session and chat: none may be above one. */
function repeats(delivered: Delivered[], round: number) {
  const counts = countBy(
    delivered.filter((d) => d.body === `round ${round}`),
    (d) => `${d.session} ${d.chatId}`,
  );
  return [...counts].filter(([, count]) => count > 1);
}

describe('a cluster of three gateways on one PostgreSQL database and Redis', () => {
  it('spreads nine sessions over the nodes; a send through any node lands once; events reach every node; a fourth node takes only unowned sessions', async () => {
    const cluster = await scratchCluster({ RATE_LIMIT_STANDARD_MAX: '100000' });
    const nodes = await Promise.all(['node-a', 'node-b', 'node-c'].map((id) => cluster.start(id)));
    const [a, b, c] = nodes as [ClusterNode, ClusterNode, ClusterNode];
    await createSessions(a.url, SESSIONS.slice(1));
    const owners = await cluster.placed(b.url, SESSIONS);
    const spread = byNode(owners);
    expect([...spread.keys()].sort()).toEqual(['node-a', 'node-b', 'node-c']);
    for (const sessions of spread.values()) expect(sessions.length).toBeGreaterThanOrEqual(2);
    for (const session of SESSIONS) {
      await eventually(async () =>
        expect((await callRest(c.url, 'GET', `/api/sessions/${session}/status/client`)).body.data.ready).toBe(true),
      );
    }

    const ready = await fetch(`${b.url}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', checks: { database: 'ok', redis: 'ok' } }]);
    const metrics = await (await fetch(`${a.url}/metrics`, { headers: { 'x-api-key': TEST_API_KEY } })).text();
    const stateLines = metrics.split('\n').filter((line) => line.startsWith('waqtor_session_state{') && line.endsWith(' 1'));
    expect(stateLines.length).toBe(spread.get('node-a')!.length);
    expect(stateLines.every((line) => line.includes('node="node-a"'))).toBe(true);

    // Any node lists every session as the node running it sees it.
    await eventually(async () => {
      const listed = (await callRest(a.url, 'GET', '/api/sessions')).body.data as Array<{
        name: string;
        state: string;
        me: { phone: string } | null;
      }>;
      expect(listed.map(({ name, state, me }) => [name, state, typeof me?.phone])).toEqual(
        SESSIONS.map((name) => [name, 'CONNECTED', 'string']),
      );
    });

    const listener = await connect(`${a.url.replace('http', 'ws')}/?apiKey=${TEST_API_KEY}&session=*`);
    for (const node of nodes) {
      for (const [index, session] of SESSIONS.entries()) {
        const sent = await callRest(node.url, 'POST', `/api/sessions/${session}/messages/send-text`, {
          phone: `96650123${String(index + 1).padStart(4, '0')}`,
          message: `${session} via ${node.id}`,
        });
        expect(sent.status, `${session} via ${node.id}`).toBe(200);
      }
    }
    const delivered = await cluster.outbox();
    for (const node of nodes) {
      for (const session of SESSIONS) {
        expect(delivered.filter((d) => d.body === `${session} via ${node.id}`).map((d) => d.session)).toEqual([session]);
      }
    }

    const onC = spread.get('node-c')![0]!;
    const inbound = await callRest(b.url, 'POST', `/api/sessions/${onC}/sandbox/inbound`, {
      from: '966501112222',
      body: 'raised on node C',
    });
    expect(inbound.status).toBe(200);
    const heard = () => listener.frames.filter((f) => f.event === 'message' && f.data?.body === 'raised on node C');
    await eventually(() => expect(heard()).toHaveLength(1));
    expect(heard()[0]!.session).toBe(onC);
    await quietFor(500);
    expect(heard()).toHaveLength(1);

    // A key for one session, made on node A, works on that session through node B, and on no other.
    const made = await callRest(a.url, 'POST', '/api/keys', { name: 'crm', sessions: [onC] });
    const key = made.body.data.key as string;
    const asKey = (url: string, session: string) =>
      fetch(`${url}/api/sessions/${session}/messages/send-text`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ phone: '966501113333', message: `key on ${session}` }),
      });
    await eventually(async () => expect((await asKey(b.url, onC)).status).toBe(200));
    const other = spread.get('node-a')![0]!;
    expect((await asKey(b.url, other)).status).toBe(403);
    // A forged hop marker straight to the owner is refused as an unknown key.
    const forged = await fetch(`${c.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-waqtor-hop': 'e30.forged' },
      body: JSON.stringify({ query: `mutation { sandboxLink(session: "${onC}") { state } }` }),
    });
    expect(((await forged.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    // An idempotent send forwarded from node A, repeated through node B, is one message with one answer.
    const once = { phone: '966501114444', message: 'exactly once' };
    const firstTry = await fetch(`${a.url}/api/sessions/${onC}/messages/send-text`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json', 'idempotency-key': 'cluster-once' },
      body: JSON.stringify(once),
    });
    const retry = await fetch(`${b.url}/api/sessions/${onC}/messages/send-text`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json', 'idempotency-key': 'cluster-once' },
      body: JSON.stringify(once),
    });
    expect(firstTry.status).toBe(200);
    expect(await retry.json()).toEqual(await firstTry.json());
    expect((await cluster.outbox()).filter((m) => m.body === 'exactly once')).toHaveLength(1);

    // Stopping or deleting a session through a node that does not run it stops it where it runs.
    const [toStop, toDelete] = [...owners]
      .filter(([session, node]) => node !== 'node-a' && session !== onC && session !== 'default')
      .map(([session]) => session) as [string, string];
    expect((await callRest(a.url, 'POST', `/api/sessions/${toStop}/stop`)).body.data).toMatchObject({
      status: 'stopped',
      state: 'UNLAUNCHED',
    });
    expect((await callRest(a.url, 'DELETE', `/api/sessions/${toDelete}`)).status).toBe(200);
    const remaining = await cluster.owners(b.url);
    expect([remaining.has(toStop), remaining.has(toDelete)]).toEqual([false, false]);
    expect(
      (await callRest(b.url, 'POST', `/api/sessions/${toStop}/messages/send-text`, { phone: '966501115555', message: 'stopped' })).status,
    ).toBe(404);
    expect((await callRest(b.url, 'POST', `/api/sessions/${toStop}/start`)).status).toBe(200);
    await cluster.placed(b.url, [toStop]);

    const d = await cluster.start('node-d');
    await createSessions(b.url, ['s9', 's10']);
    const kept = SESSIONS.filter((session) => session !== toDelete);
    const before = new Map([...(await cluster.owners(a.url))].filter(([session]) => kept.includes(session)));
    const after = await cluster.placed(a.url, [...kept, 's9', 's10']);
    expect(byNode(after).get('node-d')?.sort()).toEqual(['s10', 's9']);
    // Through a few of its placement passes, node D leaves the others' sessions where they are.
    await quietFor(TEST_LEASE_TTL_MS);
    expect(new Map([...(await cluster.owners(d.url))].filter(([session]) => kept.includes(session)))).toEqual(before);
    // Its waits: nine sessions placed and linked, a node joining, then a few placement passes.
  }, 120_000);

  it('counts the documented standard limit across the nodes together', async () => {
    const cluster = await scratchCluster();
    const nodes = await Promise.all(['node-a', 'node-b', 'node-c'].map((id) => cluster.start(id)));
    const statuses: number[] = [];
    // The documented standard limit: 300 requests per client address in a minute.
    for (let i = 0; i < 330; i += 1) statuses.push((await callRest(nodes[i % 3]!.url, 'GET', '/api/status/client')).status);
    expect(statuses.filter((status) => status !== 429)).toHaveLength(300);
    expect(statuses.slice(300).every((status) => status === 429)).toBe(true);
    const refused = await fetch(`${nodes[1]!.url}/api/status/client`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-limit')).toBe('300');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('opens a linked sandbox session linked on the node that takes it over, with no one linking it again', async () => {
    // No linking by itself: only the login kept in the database can link the session on node B.
    const cluster = await scratchCluster({ SANDBOX_AUTO_LINK_MS: '-1' });
    const a = await cluster.start('node-a');
    await cluster.placed(a.url, ['default']);
    expect((await callRest(a.url, 'GET', '/api/status/client')).status).toBe(503);
    expect((await callRest(a.url, 'POST', '/api/sandbox/link')).status).toBe(200);
    const b = await cluster.start('node-b');
    a.run.kill('SIGKILL');
    await a.run.exited;
    // Its waits: the lease running out (3 s), then B's next placement pass and the session opening there.
    await eventually(async () => {
      expect((await cluster.owners(b.url)).get('default')).toBe('node-b');
      expect((await callRest(b.url, 'GET', '/api/sessions/default')).body.data).toMatchObject({ state: 'CONNECTED', node: 'node-b' });
    }, 20_000);
    expect((await callRest(b.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'after the move' })).status).toBe(
      200,
    );
  }, 60_000);

  it('moves the sessions of a killed node and of a stopped one; their campaigns complete, nobody gets a message twice', async ({
    annotate,
  }) => {
    const cluster = await scratchCluster({
      RATE_LIMIT_STANDARD_MAX: '100000',
      RATE_LIMIT_STRICT_MAX: '100000',
      SANDBOX_LATENCY_MS: '10',
      CAMPAIGN_DELAY_MIN_MS: '100',
      CAMPAIGN_DELAY_MAX_MS: '200',
    });
    const nodes = await Promise.all(['node-a', 'node-b', 'node-c'].map((id) => cluster.start(id)));
    const [a, b, c] = nodes as [ClusterNode, ClusterNode, ClusterNode];
    await createSessions(a.url, SESSIONS.slice(1));
    await cluster.placed(a.url, SESSIONS);
    for (const session of SESSIONS) {
      await eventually(async () =>
        expect((await callRest(a.url, 'GET', `/api/sessions/${session}/status/client`)).body.data.ready).toBe(true),
      );
    }

    // Round 1: node C is killed while its campaigns run.
    const first = await campaignsOn(a.url, SESSIONS, 1, 30);
    const killedSessions = byNode(await cluster.owners(a.url)).get('node-c')!;
    expect(killedSessions.length).toBeGreaterThan(0);
    await eventually(async () => {
      const sent = countBy(await cluster.outbox(), (d) => d.session);
      for (const session of killedSessions) expect(sent.get(session) ?? 0).toBeGreaterThanOrEqual(3);
    }, 15_000);
    c.run.kill('SIGKILL');
    const killedAt = Date.now();
    await c.run.exited;
    await eventually(async () => {
      const current = await cluster.owners(a.url);
      for (const session of killedSessions) expect(['node-a', 'node-b']).toContain(current.get(session));
    }, 15_000);
    const failoverMs = Date.now() - killedAt;
    await annotate(`sessions owned again ${failoverMs} ms after SIGKILL (lease ${TEST_LEASE_TTL_MS} ms)`);
    expect(failoverMs).toBeLessThan(TEST_LEASE_TTL_MS + 5_000);
    for (const [session, id] of first) {
      await eventually(
        async () => expect((await callRest(a.url, 'GET', `/api/sessions/${session}/campaigns/${id}`)).body.data.status).toBe('completed'),
        30_000,
      );
    }
    expect(repeats(await cluster.outbox(), 1)).toEqual([]);
    for (const [session, id] of first) {
      const states = await recipientStates(b.url, session, id);
      expect(states).toHaveLength(30);
      expect(states.filter((state) => state === 'unknown').length, session).toBeLessThanOrEqual(killedSessions.includes(session) ? 1 : 0);
    }

    // Round 2: node B is stopped with SIGTERM while its campaigns run; it hands its sessions over at once.
    const second = await campaignsOn(a.url, SESSIONS, 2, 20);
    const drainedSessions = byNode(await cluster.owners(a.url)).get('node-b')!;
    expect(drainedSessions.length).toBeGreaterThan(0);
    await eventually(async () => {
      const sent = countBy(
        (await cluster.outbox()).filter((d) => d.body === 'round 2'),
        (d) => d.session,
      );
      for (const session of drainedSessions) expect(sent.get(session) ?? 0).toBeGreaterThanOrEqual(3);
    }, 15_000);
    // As a supervisor stops the gateway.
    b.run.child.kill('SIGTERM');
    const stoppedAt = Date.now();
    await eventually(async () => {
      const current = await cluster.owners(a.url);
      for (const session of drainedSessions) expect(current.get(session)).toBe('node-a');
    }, 10_000);
    const drainMs = Date.now() - stoppedAt;
    await annotate(`sessions owned again ${drainMs} ms after SIGTERM`);
    expect(drainMs).toBeLessThan(5_000);
    expect(await b.run.exited).toBe(0);
    for (const [session, id] of second) {
      await eventually(
        async () => expect((await callRest(a.url, 'GET', `/api/sessions/${session}/campaigns/${id}`)).body.data.status).toBe('completed'),
        30_000,
      );
    }
    expect(repeats(await cluster.outbox(), 2)).toEqual([]);
    for (const [session, id] of second) {
      const states = await recipientStates(a.url, session, id);
      expect(states).toHaveLength(20);
      expect(
        states.filter((state) => state === 'unknown'),
        session,
      ).toEqual([]);
    }
    // Its waits: two failovers, each up to a lease and 15 s, and nine campaigns to complete after each (30 s at most).
  }, 180_000);
});
