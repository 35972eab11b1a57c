import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import WebSocket from 'ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import { callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { launch } from '../../utils/process.js';
import { freePort, startReceiver, verifySignature } from '../../utils/webhook-receiver.js';
import { eventually, quietFor } from '../../utils/waiting.js';

/** Fast retries, and the loopback receivers allowed. */
const WEBHOOK_ENV = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_RETRY_MAX_MS: '200' };
const SECRET = 'a-receiver-secret-of-32-chars-00';

async function register(gateway: { url: string }, body: Record<string, unknown>): Promise<{ id: number; secret: string }> {
  const created = await callRest(gateway.url, 'POST', '/api/webhooks', body);
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return { id: created.body.data.webhook.id, secret: created.body.data.secret };
}

async function deliveries(gateway: { url: string }, webhookId: number, query = '') {
  const listed = await callRest(gateway.url, 'GET', `/api/webhooks/${webhookId}/deliveries${query}`);
  expect(listed.status, JSON.stringify(listed.body)).toBe(200);
  return listed.body.data as any[];
}

const inbound = (gateway: { url: string }, body: string, from = '966507654321') =>
  callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from, body });

/** Lets a few more deliveries (that must not come) have their chance. */
const settle = () => quietFor(400);

describe('webhooks: registration', () => {
  it('creates a webhook with a generated secret shown once, lists, updates and deletes it', async () => {
    const gateway = await startGateway(WEBHOOK_ENV);
    const receiver = await startReceiver();
    const created = await callRest(gateway.url, 'POST', '/api/webhooks', { url: receiver.url, events: ['message', 'message_ack'] });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      success: true,
      message: 'Webhook created; keep its secret now, it is not shown again',
      data: { webhook: { url: receiver.url, events: ['message', 'message_ack'], enabled: true, disabledReason: null } },
    });
    expect(created.body.data.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const id = created.body.data.webhook.id;

    const listed = await callRest(gateway.url, 'GET', '/api/webhooks');
    expect(listed.body.data).toEqual([
      expect.objectContaining({ id, url: receiver.url, events: ['message', 'message_ack'], enabled: true }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.data.secret);

    const updated = await callRest(gateway.url, 'PUT', `/api/webhooks/${id}`, { events: ['*'], enabled: false });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ id, events: ['*'], enabled: false });

    const graphql = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ webhooks { id events enabled } }' }),
    });
    expect(((await graphql.json()) as any).data.webhooks).toEqual([{ id, events: ['*'], enabled: false }]);

    expect(await callRest(gateway.url, 'DELETE', `/api/webhooks/${id}`)).toEqual({
      status: 200,
      body: { success: true, message: 'Webhook deleted successfully' },
    });
    expect((await callRest(gateway.url, 'GET', '/api/webhooks')).body.data).toEqual([]);
    const missing = await callRest(gateway.url, 'DELETE', `/api/webhooks/${id}`);
    expect(missing).toEqual({
      status: 404,
      body: { success: false, error: `Webhook ${id} not found`, message: 'Check the id or the route' },
    });
    expect((await callRest(gateway.url, 'PUT', `/api/webhooks/${id}`, { enabled: true })).status).toBe(404);
    expect((await callRest(gateway.url, 'GET', `/api/webhooks/${id}/deliveries`)).status).toBe(404);
    expect((await callRest(gateway.url, 'POST', '/api/webhooks/deliveries/999/redeliver')).status).toBe(404);
  });

  it('refuses a bad URL, an unknown event, a short secret, an unknown ordering and a private address without the opt-in, in the envelope', async () => {
    // Media's opt-in does not let webhooks reach private addresses: each has its own.
    const gateway = await startGateway({ MEDIA_ALLOW_PRIVATE_URLS: 'true' });
    const refused = async (body: unknown) => {
      const answer = await callRest(gateway.url, 'POST', '/api/webhooks', body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.success).toBe(false);
      return answer.body.error as string;
    };
    expect(await refused({})).toBe('url is required');
    expect(await refused({ url: 'ftp://example.com/x' })).toBe('url must be an http or https URL');
    expect(await refused({ url: 'not a url' })).toContain('is not a valid URL');
    expect(await refused({ url: 'https://user:pw@example.com/x' })).toContain('must not contain credentials');
    expect(await refused({ url: 'https://example.com/x', events: ['message', 'mesage'] })).toContain(
      'events[1] "mesage" is not an event name',
    );
    expect(await refused({ url: 'https://example.com/x', events: [] })).toContain('at least one event name');
    expect(await refused({ url: 'https://example.com/x', secret: 'short' })).toBe('secret must be at least 16 characters');
    expect(await refused({ url: 'https://example.com/x', ordering: 'per_chat' })).toBe('ordering must be one of webhook, per-chat');
    expect(await refused({ url: 'https://example.com/x', ordering: 'per-chat', concurrency: 0 })).toBe('concurrency must be at least 1');
    expect(await refused({ url: 'https://example.com/x', concurrency: 65 })).toBe('concurrency may be at most 64');
    expect(await refused({ url: 'https://example.com/x', concurrency: 1.5 })).toBe('concurrency must be a whole number');
    expect(await refused({ url: 'http://127.0.0.1:9/hooks' })).toBe(
      'url points to a private or reserved address (127.0.0.1); set WEBHOOK_ALLOW_PRIVATE_URLS=true to allow private addresses',
    );
    expect(await refused({ url: 'http://localhost:9/hooks' })).toContain(
      'url points to a private or reserved address (localhost is 127.0.0.1',
    );
    expect((await callRest(gateway.url, 'PUT', '/api/webhooks/1', {})).status).toBe(400);
    expect((await callRest(gateway.url, 'GET', '/api/webhooks/abc/deliveries')).body.error).toBe(
      'Webhook id must be a positive whole number, e.g. 1',
    );
    expect((await callRest(gateway.url, 'GET', '/api/webhooks')).body.data).toEqual([]);
  });
});

describe('webhooks: delivery', () => {
  it('delivers each event once per webhook, signed, with the raw stream frame as data', async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const first = await startReceiver();
    const second = await startReceiver();
    const a = await register(gateway, { url: first.url, events: ['message'], secret: SECRET });
    const b = await register(gateway, { url: second.url, events: ['*'] });
    const frames: Array<{ event: string; data: unknown }> = [];
    const socket = new WebSocket(`${gateway.rawWsUrl}/ws?apiKey=${TEST_API_KEY}`);
    onTestFinished(() => socket.close());
    socket.on('message', (raw) => frames.push(JSON.parse(raw.toString())));
    await new Promise((resolve) => socket.once('open', resolve));

    expect((await inbound(gateway, 'Is my order on its way?')).status).toBe(200);
    await eventually(() => expect(first.received).toHaveLength(1));
    await eventually(() => expect(second.received.filter((r) => r.body.event === 'message')).toHaveLength(1));
    await settle();
    expect(first.received).toHaveLength(1);
    expect(second.received.filter((r) => r.body.event === 'message')).toHaveLength(1);

    const [delivered] = first.received;
    expect(delivered!.headers['content-type']).toBe('application/json');
    expect(delivered!.headers['x-waqtor-event']).toBe('message');
    expect(delivered!.headers['x-waqtor-delivery']).toBe(delivered!.body.id);
    expect(delivered!.headers['x-waqtor-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(delivered!.headers['x-waqtor-signature']).toContain(`t=${delivered!.headers['x-waqtor-timestamp']},`);
    expect(Math.abs(Number(delivered!.headers['x-waqtor-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(verifySignature(SECRET, delivered!.headers['x-waqtor-signature'] as string, delivered!.raw)).toBe(true);
    expect(verifySignature(SECRET, delivered!.headers['x-waqtor-signature'] as string, delivered!.raw.replace('order', 'ordre'))).toBe(
      false,
    );
    expect(verifySignature(b.secret, delivered!.headers['x-waqtor-signature'] as string, delivered!.raw)).toBe(false);
    const secondCopy = second.received.find((r) => r.body.event === 'message')!;
    expect(verifySignature(b.secret, secondCopy.headers['x-waqtor-signature'] as string, secondCopy.raw)).toBe(true);
    // One event, one id, whichever webhook it goes to.
    expect(secondCopy.body.id).toBe(delivered!.body.id);

    await eventually(() => expect(frames.some((f) => f.event === 'message')).toBe(true));
    const frame = frames.find((f) => f.event === 'message')!;
    expect(delivered!.body).toEqual({
      id: expect.any(String),
      event: 'message',
      session: 'default',
      timestamp: expect.any(String),
      data: frame.data,
    });
    expect(delivered!.body.data).toMatchObject({ from: '966507654321@c.us', body: 'Is my order on its way?', fromMe: false });

    // The attempt is stored once the receiver's answer is in, a moment after the receiver has it.
    const [record] = await eventually(async () => {
      const found = await deliveries(gateway, a.id);
      expect(found[0]).toMatchObject({
        eventId: delivered!.body.id,
        event: 'message',
        state: 'delivered',
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
        nextAttemptAt: null,
      });
      return found;
    });
    expect(record.payload).toEqual(delivered!.body);
    expect(record.attemptLog).toEqual([{ attemptedAt: expect.any(String), statusCode: 200, durationMs: expect.any(Number), error: null }]);
  });

  it("delivers a send's acks and a campaign's progress, and campaign_completed once when its run ends", async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const receiver = await startReceiver();
    await register(gateway, { url: receiver.url, events: ['message_ack', 'campaign_progress', 'campaign_completed'] });
    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501112233', message: 'Hello' });
    expect(sent.status).toBe(200);
    const messageId = sent.body.data.id;
    await eventually(() =>
      expect(
        receiver.received.filter((r) => r.body.event === 'message_ack' && r.body.data.id === messageId).map((r) => r.body.data.status),
      ).toEqual(['sent', 'delivered']),
    );

    const campaign = await callRest(gateway.url, 'POST', '/api/campaigns/create', {
      name: 'November offer',
      message: 'Hi',
      recipients: ['966501112234', '966501112235'],
    });
    const id = campaign.body.data.id;
    expect((await callRest(gateway.url, 'POST', `/api/campaigns/${id}/execute`)).status).toBe(200);
    await eventually(() => expect(receiver.received.filter((r) => r.body.event === 'campaign_completed')).toHaveLength(1));
    await eventually(() =>
      expect(receiver.received.filter((r) => r.body.event === 'campaign_progress').at(-1)!.body.data.counts).toMatchObject({
        delivered: 2,
        total: 2,
      }),
    );
    await settle();
    const completed = receiver.received.filter((r) => r.body.event === 'campaign_completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]!.body.data).toMatchObject({
      campaignId: id,
      name: 'November offer',
      status: 'completed',
      counts: { sent: 2, total: 2 },
    });
    expect(completed[0]!.body.data.recipient).toBeUndefined();
    const progress = receiver.received.filter((r) => r.body.event === 'campaign_progress').map((r) => r.body.data);
    expect(progress.filter((p) => p.recipient?.state === 'sent')).toHaveLength(2);
    expect(progress.filter((p) => p.recipient?.state === 'delivered')).toHaveLength(2);
  });

  it('retries a receiver answering 500 until it answers 200, with the same delivery id, and records every attempt', async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const receiver = await startReceiver({ answer: (_r, index) => (index < 3 ? 500 : 200) });
    const { id } = await register(gateway, { url: receiver.url, events: ['message'] });
    await inbound(gateway, 'first');
    await eventually(() => expect(receiver.accepted()).toHaveLength(1));
    await settle();
    expect(receiver.received.map((r) => r.status)).toEqual([500, 500, 500, 200]);
    expect(new Set(receiver.received.map((r) => r.headers['x-waqtor-delivery'])).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
    const [record] = await eventually(async () => {
      const found = await deliveries(gateway, id);
      expect(found[0]).toMatchObject({ state: 'delivered', attempts: 4, lastStatusCode: 200 });
      return found;
    });
    expect(record.attemptLog.map((a: any) => [a.statusCode, a.error])).toEqual([
      [500, 'HTTP 500'],
      [500, 'HTTP 500'],
      [500, 'HTTP 500'],
      [200, null],
    ]);
    const webhook = (await callRest(gateway.url, 'GET', '/api/webhooks')).body.data[0];
    expect(webhook).toMatchObject({ enabled: true, failingSince: null });
    // Each failed attempt is a warning, with when the next one is due as a date a person can read.
    const failures = gateway.logs.lines
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'webhook delivery failed; will retry');
    expect(failures).toHaveLength(3);
    for (const failure of failures) {
      expect(failure).toMatchObject({ level: 40, error: 'HTTP 500' });
      expect(new Date(failure.retryAt).toISOString()).toBe(failure.retryAt);
    }
  });

  it('gives up at once on a 404, visible in the deliveries, and goes on with the next event', async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const receiver = await startReceiver({ answer: (request) => (request.body.data.body === 'first' ? 404 : 200) });
    const { id } = await register(gateway, { url: receiver.url, events: ['message'] });
    await inbound(gateway, 'first');
    await inbound(gateway, 'second');
    await eventually(() => expect(receiver.accepted()).toHaveLength(1));
    await settle();
    expect(receiver.received.map((r) => [r.body.data.body, r.status])).toEqual([
      ['first', 404],
      ['second', 200],
    ]);
    const dead = await deliveries(gateway, id, '?state=dead');
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      state: 'dead',
      attempts: 1,
      lastStatusCode: 404,
      lastError: 'HTTP 404: not retried',
      nextAttemptAt: null,
    });
    expect(dead[0].payload.data.body).toBe('first');
    expect((await callRest(gateway.url, 'GET', `/api/webhooks/${id}/deliveries?state=lost`)).body.error).toBe(
      'state must be one of pending, delivered, dead',
    );
  });

  it('redelivers a delivery: the same event id and body, a fresh signature, recorded as a new delivery', async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const receiver = await startReceiver({ answer: (_r, index) => (index === 0 ? 404 : 200) });
    const { id, secret } = await register(gateway, { url: receiver.url, events: ['message'] });
    await inbound(gateway, 'lost the first time');
    const [dead] = await eventually(async () => {
      const found = await deliveries(gateway, id, '?state=dead');
      expect(found).toHaveLength(1);
      return found;
    });
    const again = await callRest(gateway.url, 'POST', `/api/webhooks/deliveries/${dead.id}/redeliver`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      success: true,
      message: 'Delivery queued again',
      data: { eventId: dead.eventId, state: 'pending', attempts: 0, attemptLog: [] },
    });
    expect(again.body.data.id).not.toBe(dead.id);
    await eventually(() => expect(receiver.accepted()).toHaveLength(1));
    const [first, second] = receiver.received;
    expect(second!.raw).toBe(first!.raw);
    expect(second!.headers['x-waqtor-delivery']).toBe(first!.headers['x-waqtor-delivery']);
    expect(verifySignature(secret, second!.headers['x-waqtor-signature'] as string, second!.raw)).toBe(true);
    await eventually(async () =>
      expect((await deliveries(gateway, id)).map((d) => [d.id, d.state])).toEqual([
        [again.body.data.id, 'delivered'],
        [dead.id, 'dead'],
      ]),
    );
  });

  it("delivers one webhook's events in the order they were raised, even when some attempts fail", async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    let calls = 0;
    const receiver = await startReceiver({ answer: () => (++calls % 3 === 0 ? 503 : 200) });
    await register(gateway, { url: receiver.url, events: ['message'] });
    const bodies = Array.from({ length: 20 }, (_, i) => `message ${i + 1}`);
    for (const body of bodies) await inbound(gateway, body);
    await eventually(() => expect(receiver.accepted()).toHaveLength(20), 15_000);
    expect(receiver.accepted().map((r) => r.body.data.body)).toEqual(bodies);
    // A failed event is retried before any later one is sent.
    const order = receiver.received.map((r) => bodies.indexOf(r.body.data.body));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('leaves a webhook waiting for its retry alone while events pour in, then delivers them all in order', async () => {
    // A retry far enough off that 60 events on a loaded machine arrive before it.
    const gateway = await startGateway({ ...WEBHOOK_ENV, WEBHOOK_RETRY_BASE_MS: '10000', WEBHOOK_RETRY_MAX_MS: '10000' }, { link: true });
    let up = false;
    const receiver = await startReceiver({ answer: () => (up ? 200 : 503) });
    for (let i = 0; i < 5; i++) await register(gateway, { url: `${receiver.url}/${i}`, events: ['message'] });
    await inbound(gateway, 'message 0');
    await eventually(() => expect(receiver.received).toHaveLength(5));

    // Nothing behind a delivery waiting for its retry may go first: the outbox need not be asked again
    // until then, however many events arrive (it was asked for each webhook at every event).
    const store = gateway.services.webhookStore;
    const due = store.due.bind(store);
    let asked = 0;
    store.due = (...args) => {
      asked++;
      return due(...args);
    };
    const bodies = Array.from({ length: 60 }, (_, i) => `message ${i + 1}`);
    for (const body of bodies) await inbound(gateway, body);
    expect(asked).toBeLessThan(5);

    up = true;
    await eventually(() => expect(receiver.accepted()).toHaveLength(5 * 61), 30_000);
    for (let i = 0; i < 5; i++)
      expect(
        receiver
          .accepted()
          .filter((r) => r.url === `/hooks/${i}`)
          .map((r) => r.body.data.body),
      ).toEqual(['message 0', ...bodies]);
  }, 60_000);

  it("delivers a per-chat webhook's chats side by side: a failing chat holds only its own deliveries, each chat's in order", async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const [alice, bob, carol] = ['966501110001', '966501110002', '966501110003'];
    let aliceUp = false;
    const receiver = await startReceiver({ answer: (request) => (!aliceUp && request.body.data.from.startsWith(alice) ? 503 : 200) });
    const created = await callRest(gateway.url, 'POST', '/api/webhooks', {
      url: receiver.url,
      events: ['message'],
      ordering: 'per-chat',
      concurrency: 4,
    });
    expect(created.body.data.webhook).toMatchObject({ ordering: 'per-chat', concurrency: 4 });
    const from = (sender: string) => (r: { body: { data: Record<string, any> } }) => r.body.data.from.startsWith(sender);
    const bodiesOf = (list: typeof receiver.received, sender: string) => list.filter(from(sender)).map((r) => r.body.data.body);

    for (const [sender, body] of [
      [alice, 'a1'],
      [bob, 'b1'],
      [alice, 'a2'],
      [bob, 'b2'],
      [carol, 'c1'],
      [bob, 'b3'],
    ] as const)
      await inbound(gateway, body, sender);
    await eventually(() => {
      expect(bodiesOf(receiver.accepted(), bob)).toEqual(['b1', 'b2', 'b3']);
      expect(bodiesOf(receiver.accepted(), carol)).toEqual(['c1']);
      // Alice's first message is being retried; her second waits behind it.
      expect(bodiesOf(receiver.received, alice).length).toBeGreaterThanOrEqual(2);
    }, 15_000);
    expect(new Set(bodiesOf(receiver.received, alice))).toEqual(new Set(['a1']));

    aliceUp = true;
    await eventually(() => expect(bodiesOf(receiver.accepted(), alice)).toEqual(['a1', 'a2']), 15_000);
    await settle();
    expect(receiver.accepted()).toHaveLength(6);
    const pending = await deliveries(gateway, created.body.data.webhook.id, '?state=pending');
    expect(pending).toEqual([]);
  });

  it("makes at most a per-chat webhook's concurrency of deliveries at once, and one at a time for a webhook in order", async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const inFlight = new Map<string, { now: number; most: number }>();
    const receiver = await startReceiver({
      answer: async (request) => {
        const count = inFlight.get(request.url) ?? { now: 0, most: 0 };
        inFlight.set(request.url, count);
        count.now += 1;
        count.most = Math.max(count.most, count.now);
        await new Promise((resolve) => setTimeout(resolve, 300));
        count.now -= 1;
        return 200;
      },
    });
    await register(gateway, { url: `${receiver.url}/per-chat`, events: ['message'], ordering: 'per-chat', concurrency: 2 });
    await register(gateway, { url: `${receiver.url}/in-order`, events: ['message'] });
    const senders = Array.from({ length: 6 }, (_, i) => `96650222000${i}`);
    for (const sender of senders) await inbound(gateway, `from ${sender}`, sender);
    await eventually(() => expect(receiver.accepted()).toHaveLength(12), 20_000);
    expect(inFlight.get('/hooks/per-chat')?.most).toBe(2);
    expect(inFlight.get('/hooks/in-order')?.most).toBe(1);
    expect(
      receiver
        .accepted()
        .filter((r) => r.url === '/hooks/in-order')
        .map((r) => r.body.data.body),
    ).toEqual(senders.map((sender) => `from ${sender}`));
  });

  it('disables a webhook whose every attempt failed for the max age, and raises webhook_disabled', async () => {
    const gateway = await startGateway({ ...WEBHOOK_ENV, WEBHOOK_MAX_AGE_MS: '1000' }, { link: true });
    const failing = await startReceiver({ answer: () => 500 });
    const watcher = await startReceiver();
    const { id } = await register(gateway, { url: failing.url, events: ['message'] });
    await register(gateway, { url: watcher.url, events: ['webhook_disabled'] });
    await inbound(gateway, 'nobody will get this');
    await eventually(() => expect(watcher.received).toHaveLength(1), 10_000);
    expect(watcher.received[0]!.body).toMatchObject({ event: 'webhook_disabled', data: { webhookId: id, url: failing.url } });
    expect(watcher.received[0]!.body.data.reason).toMatch(/^Every attempt failed for 1 s \(WEBHOOK_MAX_AGE_MS\); the last: HTTP 500/);
    const webhook = (await callRest(gateway.url, 'GET', '/api/webhooks')).body.data.find((w: any) => w.id === id);
    expect(webhook).toMatchObject({ enabled: false, disabledReason: watcher.received[0]!.body.data.reason });
    const [record] = await deliveries(gateway, id);
    expect(record.state).toBe('dead');
    expect(record.lastError).toMatch(/^HTTP 500: still failing after the maximum age/);
    const attemptsWhenDisabled = failing.received.length;
    await inbound(gateway, 'not queued for a disabled webhook');
    await settle();
    expect(failing.received).toHaveLength(attemptsWhenDisabled);
    expect(await deliveries(gateway, id)).toHaveLength(1);

    // Enabled again, it starts afresh.
    failing.answerWith(() => 200);
    const enabled = await callRest(gateway.url, 'PUT', `/api/webhooks/${id}`, { enabled: true });
    expect(enabled.body.data).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    await inbound(gateway, 'back');
    await eventually(() => expect(failing.accepted().map((r) => r.body.data.body)).toEqual(['back']));
  });

  it('counts deliveries by outcome and the queue depth on /metrics', async () => {
    const gateway = await startGateway(WEBHOOK_ENV, { link: true });
    const receiver = await startReceiver({ answer: (_r, index) => (index === 0 ? 500 : 200) });
    await register(gateway, { url: receiver.url, events: ['message'] });
    await inbound(gateway, 'counted');
    await eventually(async () => {
      const metrics = await (await fetch(`${gateway.url}/metrics`, { headers: { 'x-api-key': TEST_API_KEY } })).text();
      expect(metrics).toContain('waqtor_webhook_deliveries_total{outcome="retried"} 1');
      expect(metrics).toContain('waqtor_webhook_deliveries_total{outcome="delivered"} 1');
      expect(metrics).toContain('waqtor_webhook_queue_depth 0');
    });
    expect(receiver.accepted()).toHaveLength(1);
  });
});

describe('webhooks across a crash', () => {
  it('an event raised while the receiver is down is delivered after a SIGKILL and a restart, to the webhook from WEBHOOK_URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waqtor-webhooks-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const port = await freePort();
    const env = {
      API_KEY: TEST_API_KEY,
      PORT: '0',
      HOST: '127.0.0.1',
      WHATSAPP_DRIVER: 'sandbox',
      SANDBOX_AUTO_LINK_MS: '0',
      DATABASE_PATH: join(dir, 'waqtor.db'),
      WEBHOOK_URL: `http://127.0.0.1:${port}/hooks`,
      WEBHOOK_EVENTS: 'message',
      WEBHOOK_SECRET: SECRET,
      ...WEBHOOK_ENV,
    };
    let run = await launch(env);
    let url = await run.url();
    await eventually(async () => expect((await callRest(url, 'GET', '/api/status/client')).status).toBe(200), 10_000);
    const [webhook] = (await callRest(url, 'GET', '/api/webhooks')).body.data;
    expect(webhook).toMatchObject({ url: env.WEBHOOK_URL, events: ['message'], enabled: true });
    expect((await inbound({ url }, 'sent while the receiver was down')).status).toBe(200);
    await eventually(async () => {
      const [pending] = await deliveries({ url }, webhook.id);
      expect(pending).toMatchObject({ state: 'pending' });
      expect(pending.attempts).toBeGreaterThanOrEqual(2);
      expect(pending.lastError).toMatch(/^could not connect: ECONNREFUSED/);
    });
    run.kill('SIGKILL');
    await run.exited;

    const receiver = await startReceiver({ port });
    run = await launch(env);
    url = await run.url();
    await eventually(() => expect(receiver.accepted()).toHaveLength(1), 10_000);
    const [delivered] = receiver.accepted();
    expect(delivered!.body).toMatchObject({ event: 'message', data: { body: 'sent while the receiver was down' } });
    expect(verifySignature(SECRET, delivered!.headers['x-waqtor-signature'] as string, delivered!.raw)).toBe(true);
    await eventually(async () => {
      const [record] = await deliveries({ url }, webhook.id);
      expect(record).toMatchObject({ state: 'delivered', eventId: delivered!.body.id });
      expect(record.attemptLog.at(-1)).toMatchObject({ statusCode: 200, error: null });
    });
    expect((await callRest(url, 'GET', '/api/webhooks')).body.data).toHaveLength(1);
  });
});
