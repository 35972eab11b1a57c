import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startGateway, TEST_API_KEY, type TestGateway } from '../../utils/gateway.js';
import { sample, scrape } from '../../utils/metrics.js';
import { eventually } from '../../utils/waiting.js';

const post = (gateway: TestGateway, path: string, body: unknown) =>
  fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
    body: JSON.stringify(body),
  });

describe('GET /metrics', () => {
  it('needs the API key unless METRICS_PUBLIC is set, and answers in Prometheus text format', async () => {
    const gateway = await startGateway();
    const refused = await fetch(`${gateway.url}/metrics`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ success: false, error: 'API key is required' });
    expect((await fetch(`${gateway.url}/metrics`, { headers: { 'x-api-key': 'wrong' } })).status).toBe(401);

    const response = await fetch(`${gateway.url}/metrics?apiKey=${TEST_API_KEY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'waqtor_session_state', { session: 'default', state: 'PAIRING' })).toBe(1);
    expect(sample(text, 'waqtor_session_state', { session: 'default', state: 'CONNECTED' })).toBe(0);

    const open = await startGateway({ METRICS_PUBLIC: 'true' });
    expect((await fetch(`${open.url}/metrics`)).status).toBe(200);
  });

  it('counts each key check against the standard rate limit, so keys cannot be guessed there without bound', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STANDARD_MAX: '3' });
    const statuses: number[] = [];
    for (let guess = 0; guess < 5; guess += 1)
      statuses.push((await fetch(`${gateway.url}/metrics`, { headers: { 'x-api-key': `guess-${guess}` } })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await fetch(`${gateway.url}/metrics`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, expect.stringMatching(/^\d+$/)]);
    // The same budget as the other doors: a REST call from that client is refused as well.
    expect((await fetch(`${gateway.url}/api/status/client`, { headers: { 'x-api-key': TEST_API_KEY } })).status).toBe(429);
  });

  it('moves its counters as messages are sent, fail, are acked and arrive', async () => {
    const gateway = await startGateway({}, { link: true });
    const raw = new WebSocket(`${gateway.rawWsUrl}/?apiKey=${TEST_API_KEY}`);
    onTestFinished(() => raw.close());
    await new Promise((resolve) => raw.once('open', resolve));

    for (const message of ['one', 'two'])
      expect((await post(gateway, '/api/messages/send-text', { phone: '966501234567', message })).status).toBe(200);
    // The sandbox's numbers ending in 0000 are not on WhatsApp: the send is refused after its input was accepted.
    expect((await post(gateway, '/api/messages/send-text', { phone: '966500000000', message: 'nobody' })).status).toBe(400);
    expect((await post(gateway, '/api/messages/send-text', { phone: '12', message: 'invalid' })).status).toBe(400);
    await post(gateway, '/api/sandbox/inbound', { from: '966507654321', body: 'hello' });

    const text = await eventually(async () => {
      const scraped = await scrape(gateway);
      expect(sample(scraped, 'waqtor_message_acks_total', { session: 'default', status: 'delivered' })).toBe(2);
      return scraped;
    });
    expect(sample(text, 'waqtor_messages_sent_total', { session: 'default', kind: 'text' })).toBe(2);
    expect(sample(text, 'waqtor_messages_failed_total', { session: 'default', kind: 'text', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sample(text, 'waqtor_message_acks_total', { session: 'default', status: 'sent' })).toBe(2);
    expect(sample(text, 'waqtor_messages_received_total', { session: 'default', type: 'chat' })).toBe(1);
    expect(sample(text, 'waqtor_http_requests_total', { route: '/api/messages/send-text', method: 'POST', status: '200' })).toBe(2);
    expect(sample(text, 'waqtor_http_requests_total', { route: '/api/messages/send-text', method: 'POST', status: '400' })).toBe(2);
    expect(
      sample(text, 'waqtor_http_request_duration_seconds_count', { route: '/api/messages/send-text', method: 'POST', status: '200' }),
    ).toBe(2);
    expect(sample(text, 'waqtor_graphql_operations_total', { type: 'mutation', field: 'sendText', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'waqtor_graphql_operations_total', { type: 'mutation', field: 'sendText', outcome: 'error' })).toBe(2);
    expect(sample(text, 'waqtor_session_state', { session: 'default', state: 'CONNECTED' })).toBe(1);
    expect(sample(text, 'waqtor_websocket_clients', { endpoint: 'raw' })).toBe(1);

    await post(gateway, '/api/sandbox/disconnect', { reason: 'NAVIGATION' });
    const after = await scrape(gateway);
    expect(sample(after, 'waqtor_driver_restarts_total', { session: 'default', reason: 'NAVIGATION' })).toBe(1);
    expect(sample(after, 'waqtor_session_state', { session: 'default', state: 'CONNECTED' })).toBe(0);
    // A scan of made-up paths lands in one label, not one per path.
    await fetch(`${gateway.url}/wp-login.php`);
    await fetch(`${gateway.url}/.env`);
    expect(sample(await scrape(gateway), 'waqtor_http_requests_total', { route: 'other', method: 'GET', status: '404' })).toBe(2);
  });

  it('counts the subscriptions listening to each session, and forgets one when its client leaves', async () => {
    const gateway = await startGateway({}, { link: true });
    const listening = async (session: string) => sample(await scrape(gateway), 'waqtor_event_subscriptions', { session }) ?? 0;
    const client = createClient({ url: gateway.wsUrl, webSocketImpl: WebSocket, connectionParams: { apiKey: TEST_API_KEY } });
    onTestFinished(() => client.dispose());
    const heard: string[] = [];
    const leave = client.subscribe(
      { query: 'subscription { events(session: "default") { __typename } }' },
      { next: (result) => heard.push(JSON.stringify(result)), error: () => undefined, complete: () => undefined },
    );
    await eventually(async () => expect(await listening('default')).toBe(1));
    // Counted only once it listens: what is published from then on reaches it.
    await post(gateway, '/api/sandbox/inbound', { from: '966507654321', body: 'hello' });
    await eventually(() => expect(heard.join()).toContain('MessageEvent'));

    leave();
    await eventually(async () => expect(await listening('default')).toBe(0));
  });

  it('counts campaign recipients by the state they reach', async () => {
    const gateway = await startGateway({}, { link: true });
    const created = await (
      await post(gateway, '/api/campaigns/create', { name: 'Counted', message: 'Hi', recipients: ['966501111111', '966502222222'] })
    ).json();
    expect((await post(gateway, `/api/campaigns/${created.data.id}/execute`, {})).status).toBe(200);
    await eventually(async () =>
      expect(sample(await scrape(gateway), 'waqtor_campaign_recipients_total', { session: 'default', state: 'delivered' })).toBe(2),
    );
    expect(sample(await scrape(gateway), 'waqtor_campaign_recipients_total', { session: 'default', state: 'sent' })).toBe(2);
  });
});
