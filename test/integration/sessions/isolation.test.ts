import { describe, expect, it } from 'vitest';
import { callRest, startGateway } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually, quietFor } from '../../utils/waiting.js';
import { startReceiver } from '../../utils/webhook-receiver.js';

const WEBHOOK_ENV = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' };

describe('two sessions on one gateway', () => {
  it('keep apart: a send on sales is in its outbox, events and webhooks only, each naming the session', async () => {
    const gateway = await startGateway(WEBHOOK_ENV);
    const call = (method: string, path: string, body?: unknown) => callRest(gateway.url, method, path, body);
    for (const name of ['sales', 'support']) {
      expect((await call('POST', '/api/sessions', { name })).status).toBe(200);
      expect((await call('POST', `/api/sessions/${name}/sandbox/link`)).body.data.state).toBe('CONNECTED');
    }
    const salesInfo = (await call('GET', '/api/sessions/sales/status/info')).body.data;
    const supportInfo = (await call('GET', '/api/sessions/support/status/info')).body.data;
    // Each sandbox session is a phone of its own; default keeps the documented number.
    expect(salesInfo.wid).toMatch(/^1555\d{7}@c\.us$/);
    expect(new Set([salesInfo.wid, supportInfo.wid, '15550100001@c.us']).size).toBe(3);

    const salesHooks = await startReceiver();
    const supportHooks = await startReceiver();
    const everyHooks = await startReceiver();
    await call('POST', '/api/sessions/sales/webhooks', { url: salesHooks.url, events: ['message_ack'] });
    const support = await call('POST', '/api/sessions/support/webhooks', { url: supportHooks.url, events: ['message_ack'] });
    expect(support.body.data.webhook.sessions).toEqual(['support']);
    await call('POST', '/api/webhooks', { url: everyHooks.url, events: ['message_ack'], sessions: ['*'] });
    expect((await call('GET', '/api/sessions/support/webhooks')).body.data.map((w: { url: string }) => w.url)).toEqual([
      supportHooks.url,
      everyHooks.url,
    ]);

    const supportStream = await connect(`${gateway.rawWsUrl}/ws?apiKey=${gateway.config.apiKey}&session=support`);
    const everyStream = await connect(`${gateway.rawWsUrl}/ws?apiKey=${gateway.config.apiKey}&session=*`);
    // Both are told where their sessions stand first: linked, so `ready`.
    await supportStream.next('ready');
    await eventually(() =>
      expect(
        everyStream.frames
          .filter((f) => f.event === 'ready')
          .map((f) => f.session)
          .sort(),
      ).toEqual(['sales', 'support']),
    );

    const sent = await call('POST', '/api/sessions/sales/messages/send-text', { phone: '966501234567', message: 'for sales' });
    expect(sent.status).toBe(200);
    const id = sent.body.data.id as string;

    expect((await call('GET', '/api/sessions/sales/sandbox/outbox')).body.data.map((m: { id: string }) => m.id)).toEqual([id]);
    expect((await call('GET', '/api/sessions/support/sandbox/outbox')).body.data).toEqual([]);
    expect((await call('GET', '/api/sandbox/outbox')).body.data).toEqual([]);
    expect((await gateway.outboxFile()).map((line) => [line.session, line.id])).toEqual([['sales', id]]);
    expect((await call('GET', `/api/sessions/sales/messages/${id}/status`)).status).toBe(200);
    expect((await call('GET', `/api/sessions/support/messages/${id}/status`)).status).toBe(404);

    await eventually(() =>
      expect(everyStream.frames.filter((f) => f.event === 'message_ack').map((f) => [f.session, f.data?.status])).toEqual([
        ['sales', 'sent'],
        ['sales', 'delivered'],
      ]),
    );
    await eventually(() =>
      expect(salesHooks.received.map((r) => [r.body.event, (r.body as { session?: string }).session])).toHaveLength(2),
    );
    expect(salesHooks.received.map((r) => (r.body as { session?: string }).session)).toEqual(['sales', 'sales']);
    await eventually(() => expect(everyHooks.received).toHaveLength(2));
    await quietFor(300);
    expect(supportStream.frames.filter((f) => f.event === 'message_ack')).toEqual([]);
    expect(supportHooks.received).toEqual([]);

    // GraphQL names the session by argument, and every event says which session it came from.
    const graphql = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': gateway.config.apiKey },
      body: JSON.stringify({
        query:
          '{ a: clientStatus(session: "sales") { ready } b: sandboxOutbox(session: "support") { id } c: sandboxOutbox(session: "sales") { session } }',
      }),
    });
    expect(await graphql.json()).toEqual({ data: { a: { ready: true }, b: [], c: [{ session: 'sales' }] } });
  });

  it('counts sends per session on /metrics', async () => {
    const gateway = await startGateway({}, { link: true });
    await callRest(gateway.url, 'POST', '/api/sessions', { name: 'sales' });
    await callRest(gateway.url, 'POST', '/api/sessions/sales/sandbox/link');
    await callRest(gateway.url, 'POST', '/api/sessions/sales/messages/send-text', { phone: '966501234567', message: 'a' });
    await callRest(gateway.url, 'POST', '/api/sessions/sales/messages/send-text', { phone: '966501234567', message: 'b' });
    await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'c' });
    const text = await (await fetch(`${gateway.url}/metrics`, { headers: { 'x-api-key': gateway.config.apiKey } })).text();
    expect(text).toContain('waqtor_messages_sent_total{session="sales",kind="text"} 2');
    expect(text).toContain('waqtor_messages_sent_total{session="default",kind="text"} 1');
  });

  it('caps each session on its own: a session at its hourly cap does not hold another back', async () => {
    const gateway = await startGateway({ CAMPAIGN_MAX_PER_HOUR: '2' });
    const call = (method: string, path: string, body?: unknown) => callRest(gateway.url, method, path, body);
    const recipients = ['966501234561', '966501234562', '966501234563'];
    for (const name of ['sales', 'support']) {
      await call('POST', '/api/sessions', { name });
      await call('POST', `/api/sessions/${name}/sandbox/link`);
      const created = await call('POST', `/api/sessions/${name}/campaigns/create`, { name: `${name} run`, message: 'hi', recipients });
      await call('POST', `/api/sessions/${name}/campaigns/${created.body.data.id}/execute?wait=false`);
    }
    await eventually(async () =>
      expect((await gateway.outboxFile()).map((line) => line.session).sort()).toEqual(['sales', 'sales', 'support', 'support']),
    );
    await quietFor(300);
    expect(await gateway.outboxFile()).toHaveLength(4);
    for (const name of ['sales', 'support']) {
      const [campaign] = (await call('GET', `/api/sessions/${name}/campaigns/list`)).body.data;
      expect(campaign).toMatchObject({ status: 'running', counts: { sent: 2, pending: 1 } });
    }
  });
});
