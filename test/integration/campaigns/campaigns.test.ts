import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  CampaignDocument,
  CampaignsDocument,
  CreateCampaignDocument,
  OnCampaignProgressDocument,
  SandboxDisconnectDocument,
  SandboxInboundDocument,
  SandboxLinkDocument,
  type OnCampaignProgressSubscription,
} from '../../generated/graphql.js';
import { callRest, startGateway, TEST_API_KEY, type TestGateway } from '../../utils/gateway.js';
import { eventually, quietFor } from '../../utils/waiting.js';

const call = (gateway: TestGateway, method: string, path: string, body?: unknown) => callRest(gateway.url, method, path, body);

const numbers = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `9665012${20001 + from + i}`);

async function create(gateway: TestGateway, body: Record<string, unknown>) {
  const response = await call(gateway, 'POST', '/api/campaigns/create', body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as { id: number; recipients: string[] };
}

const campaign = async (gateway: TestGateway, id: number) => (await call(gateway, 'GET', `/api/campaigns/${id}`)).body.data;

/** How often each chat got a message, from the sandbox's outbox file. */
async function sendsPerChat(gateway: TestGateway): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const entry of await gateway.outboxFile()) counts.set(entry.chatId as string, (counts.get(entry.chatId as string) ?? 0) + 1);
  return counts;
}

describe('the documented campaign routes', () => {
  it('create, execute, list and get answer the documented bodies, and each recipient gets the message once', async () => {
    const gateway = await startGateway({}, { link: true });
    const created = await call(gateway, 'POST', '/api/campaigns/create', {
      name: 'Black Friday Sale',
      message: '🎉 Special offer! 50% off all items.',
      recipients: ['966501234567@c.us', '966507654321', '966501230000', '966501234567'],
    });
    expect(created).toEqual({
      status: 200,
      body: {
        success: true,
        message: 'Campaign created successfully',
        data: {
          id: 1,
          name: 'Black Friday Sale',
          message: '🎉 Special offer! 50% off all items.',
          // One message per chat, however often the list names it.
          recipients: ['966501234567@c.us', '966507654321@c.us', '966501230000@c.us'],
          status: 'pending',
          scheduled_at: null,
          created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      },
    });
    expect(await gateway.outboxFile()).toEqual([]);

    const executed = await call(gateway, 'POST', '/api/campaigns/1/execute');
    expect(executed).toEqual({
      status: 200,
      body: {
        success: true,
        message: 'Campaign executed successfully',
        data: {
          results: {
            total: 3,
            sent: 2,
            failed: 1,
            unknown: 0,
            skipped: 0,
            pending: 0,
            errors: [{ phone: '966501230000', chatId: '966501230000@c.us', state: 'failed', error: '966501230000 is not on WhatsApp' }],
          },
          campaign: { id: 1, name: 'Black Friday Sale', status: 'completed' },
        },
      },
    });
    expect([...(await sendsPerChat(gateway))]).toEqual([
      ['966501234567@c.us', 1],
      ['966507654321@c.us', 1],
    ]);

    const list = await call(gateway, 'GET', '/api/campaigns/list');
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: 1,
        name: 'Black Friday Sale',
        status: 'completed',
        recipients: created.body.data.recipients,
        completed_at: expect.any(String),
      }),
    ]);
    // Acks follow: each sent recipient moves on to delivered.
    await eventually(async () => expect((await campaign(gateway, 1)).counts).toMatchObject({ total: 3, sent: 2, delivered: 2, failed: 1 }));
    expect(await campaign(gateway, 1)).toEqual({
      id: 1,
      name: 'Black Friday Sale',
      message: '🎉 Special offer! 50% off all items.',
      recipients: created.body.data.recipients,
      status: 'completed',
      scheduled_at: null,
      created_at: created.body.data.created_at,
      updated_at: expect.any(String),
      started_at: expect.any(String),
      completed_at: expect.any(String),
      error: null,
      counts: { total: 3, pending: 0, sending: 0, sent: 2, delivered: 2, read: 0, failed: 1, unknown: 0, skipped: 0 },
    });

    // A completed campaign is not sent again.
    const again = await call(gateway, 'POST', '/api/campaigns/1/execute');
    expect(again.status).toBe(400);
    expect(again.body.error).toMatch(/^Campaign is completed/);
    expect((await gateway.outboxFile()).length).toBe(2);
  });

  it("fills {{placeholders}} from each recipient's vars, and refuses a campaign that leaves one empty, naming the recipient", async () => {
    const gateway = await startGateway({}, { link: true });
    const missing = await call(gateway, 'POST', '/api/campaigns/create', {
      name: 'Hello',
      message: 'Hi {{name}}, your code is {{ code }}',
      recipients: [
        { phone: '966501234567', vars: { name: 'Ann', code: 7 } },
        { phone: '966507654321', vars: { name: 'Bob' } },
      ],
    });
    expect(missing).toEqual({
      status: 400,
      body: { success: false, error: 'recipients[1] (966507654321): no value for {{code}}', message: expect.any(String) },
    });
    const { id } = await create(gateway, {
      name: 'Hello',
      message: 'Hi {{name}}, your code is {{ code }}',
      recipients: [
        { phone: '966501234567', vars: { name: 'Ann', code: 7 } },
        { chatId: '966507654321@c.us', message: 'Own text for {{name}}', vars: { name: 'Bob' } },
      ],
    });
    await call(gateway, 'POST', `/api/campaigns/${id}/execute`);
    expect((await gateway.outboxFile()).map((m) => [m.chatId, m.body])).toEqual([
      ['966501234567@c.us', 'Hi Ann, your code is 7'],
      ['966507654321@c.us', 'Own text for Bob'],
    ]);
    const detail = await gateway.request(CampaignDocument, { id: String(id), first: 1 });
    const page = detail.body.data!.campaign!.recipients;
    expect(page.items).toEqual([
      expect.objectContaining({
        phone: '966501234567',
        vars: { name: 'Ann', code: '7' },
        message: 'Hi Ann, your code is 7',
        state: expect.stringMatching(/^(sent|delivered)$/),
      }),
    ]);
    const next = await gateway.request(CampaignDocument, { id: String(id), first: 1, after: page.nextCursor! });
    expect(next.body.data!.campaign!.recipients).toEqual({
      items: [expect.objectContaining({ chatId: '966507654321@c.us' })],
      nextCursor: null,
    });
  });

  it.each([
    [{ message: 'hi', recipients: ['966501234567'] }, 'name is required'],
    [{ name: 'x', recipients: ['966501234567'] }, 'message is required: the text to send'],
    [{ name: 'x', message: 'hi' }, 'recipients is required: a list of recipients'],
    [{ name: 'x', message: 'hi', recipients: [] }, 'recipients must list at least one recipient'],
    [{ name: 'x', message: 'hi', recipients: ['0501234567'] }, 'recipients[0] (0501234567): '],
    [
      { name: 'x', message: 'hi', recipients: ['966501234567'], scheduledAt: 'next monday' },
      'scheduledAt must be an ISO 8601 date and time with a zone, e.g. 2025-11-01T18:00:00Z',
    ],
    [{ name: 'x', message: 'hi', recipients: ['966501234567'], scheduledAt: '2025-11-01T18:00:00' }, 'scheduledAt must be an ISO 8601'],
    [{ name: 'x', message: 'hi', recipients: [{ phone: '966501234567', vars: 'Ann' }] }, 'recipients[0].vars must be a JSON object, not'],
  ])('refuses create %j with 400', async (body, error) => {
    const gateway = await startGateway();
    const response = await call(gateway, 'POST', '/api/campaigns/create', body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ success: false });
    expect(response.body.error).toContain(error);
    expect((await call(gateway, 'GET', '/api/campaigns/list')).body.data).toEqual([]);
  });

  it("takes its recipients as a CSV body, by the dashboard's column rules, and lists them with their state, a page at a time", async () => {
    const gateway = await startGateway({}, { link: true });
    const csv = 'name,Phone\nAnn,966501234567\n"Bilal, Jr.",966507654321\nCarl,0000\n';
    const post = (query: string, body: string) =>
      fetch(`${gateway.url}/api/campaigns/create?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv; charset=utf-8', 'x-api-key': TEST_API_KEY },
        body,
      });
    // A row the gateway cannot send to is named, as in the JSON form.
    const refused = await post(new URLSearchParams({ name: 'Spring', message: 'Hi {{name}}' }).toString(), csv);
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([400, expect.stringContaining('recipients[2]')]);
    const created = await post(new URLSearchParams({ name: 'Spring', message: 'Hi {{name}}' }).toString(), csv.replace('Carl,0000\n', ''));
    expect(created.status).toBe(200);
    const { id } = ((await created.json()) as { data: { id: number } }).data;
    await call(gateway, 'POST', `/api/campaigns/${id}/execute`);
    expect((await gateway.outboxFile()).map((m) => [m.chatId, m.body])).toEqual([
      ['966501234567@c.us', 'Hi Ann'],
      ['966507654321@c.us', 'Hi Bilal, Jr.'],
    ]);

    const sentOrDelivered = expect.stringMatching(/^(sent|delivered)$/);
    const firstPage = await call(gateway, 'GET', `/api/campaigns/${id}/recipients?first=1`);
    expect(firstPage).toMatchObject({
      status: 200,
      body: {
        success: true,
        data: {
          id,
          status: 'completed',
          recipients: {
            // Sent, or already delivered: the sandbox acks a moment after the send.
            items: [{ phone: '966501234567', chatId: '966501234567@c.us', vars: { name: 'Ann' }, state: sentOrDelivered, error: null }],
            nextCursor: expect.any(String),
          },
        },
      },
    });
    const cursor = firstPage.body.data.recipients.nextCursor as string;
    const secondPage = await call(gateway, 'GET', `/api/campaigns/${id}/recipients?first=1&after=${cursor}`);
    expect(secondPage.body.data.recipients).toMatchObject({ items: [{ phone: '966507654321', state: sentOrDelivered }], nextCursor: null });
    expect(secondPage.body.data.recipients.items[0].messageId).toBe((await gateway.outboxFile())[1]!.id);
    expect((await call(gateway, 'GET', `/api/campaigns/${id}/recipients?state=failed`)).body.data.recipients.items).toEqual([]);
    expect(await call(gateway, 'GET', `/api/campaigns/${id}/recipients?state=lost`)).toMatchObject({ status: 400 });
    expect(await call(gateway, 'GET', '/api/campaigns/999/recipients')).toMatchObject({ status: 404 });
  });

  it('answers 404 for an unknown id and 400 for a malformed one on every id route', async () => {
    const gateway = await startGateway({}, { link: true });
    for (const [method, path, body] of [
      ['GET', '/api/campaigns/42', undefined],
      ['POST', '/api/campaigns/42/execute', undefined],
      ['PUT', '/api/campaigns/42/status', { status: 'cancelled' }],
      ['DELETE', '/api/campaigns/42', undefined],
    ] as const) {
      expect(await call(gateway, method, path, body), `${method} ${path}`).toEqual({
        status: 404,
        body: { success: false, error: 'Campaign not found', message: expect.any(String) },
      });
      const malformed = await call(gateway, method, path.replace('42', 'abc'), body);
      expect(malformed.status).toBe(400);
      expect(malformed.body.error).toBe('Campaign id must be a positive whole number, e.g. 1');
    }
    expect((await call(gateway, 'GET', '/api/messages/nope/status')).status).toBe(404);
  });

  it('refuses a bad status with 400 and a change the campaign cannot make', async () => {
    const gateway = await startGateway({}, { link: true });
    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients: ['966501234567'] });
    const bad = await call(gateway, 'PUT', `/api/campaigns/${id}/status`, { status: 'archived' });
    expect(bad).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'status must be one of cancelled, completed, failed, paused, pending, running',
        message: expect.any(String),
      },
    });
    expect((await call(gateway, 'PUT', `/api/campaigns/${id}/status`, {})).status).toBe(400);
    const completed = await call(gateway, 'PUT', `/api/campaigns/${id}/status`, { status: 'completed' });
    expect(completed.status).toBe(400);
    expect(completed.body.error).toBe('A pending campaign cannot be set to completed; it can be set to running or cancelled');
    expect(await call(gateway, 'PUT', `/api/campaigns/${id}/status`, { status: 'cancelled' })).toEqual({
      status: 200,
      body: { success: true, message: 'Campaign status updated', data: { id, status: 'cancelled' } },
    });
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('refuses a synchronous execute while WhatsApp is not ready, and sends nothing', async () => {
    const gateway = await startGateway();
    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients: ['966501234567'] });
    const response = await call(gateway, 'POST', `/api/campaigns/${id}/execute`);
    expect(response.status).toBe(503);
    expect(response.body.error).toBe('WhatsApp client not ready');
    expect((await campaign(gateway, id)).status).toBe('pending');
  });

  it('execute is a strict-limit route', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STRICT_MAX: '1' }, { link: true });
    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients: ['966501234567'] });
    expect((await call(gateway, 'POST', `/api/campaigns/${id}/execute`)).status).toBe(200);
    const limited = await call(gateway, 'POST', `/api/campaigns/${id}/execute`);
    expect(limited).toEqual({ status: 429, body: expect.objectContaining({ success: false, error: 'Too many requests' }) });
  });
});

describe('a campaign running in the background', () => {
  it('?wait=false answers at once with the campaign running; progress streams on graphql-ws and as campaign_progress frames', async () => {
    const gateway = await startGateway({ CAMPAIGN_DELAY_MIN_MS: '20', CAMPAIGN_DELAY_MAX_MS: '40' }, { link: true });
    const { id } = await create(gateway, { name: 'Weekly', message: 'hi', recipients: numbers(5) });

    const client = createClient({
      url: gateway.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { apiKey: TEST_API_KEY },
    });
    onTestFinished(() => client.dispose());
    const progress: OnCampaignProgressSubscription['campaignProgress'][] = [];
    client.subscribe<OnCampaignProgressSubscription>(
      { query: print(OnCampaignProgressDocument), variables: { id: String(id) } },
      { next: (value) => value.data && progress.push(value.data.campaignProgress), error: () => undefined, complete: () => undefined },
    );
    const frames: Array<{ event: string; data: any }> = [];
    const raw = new WebSocket(`${gateway.rawWsUrl}/?apiKey=${TEST_API_KEY}`);
    onTestFinished(() => raw.close());
    raw.on('message', (data) => frames.push(JSON.parse(data.toString())));
    await new Promise((resolve) => raw.once('open', resolve));
    // Answered only once the stream has taken the client in: from then on it gets every frame.
    raw.send(JSON.stringify({ event: 'ping' }));
    await eventually(() => expect(frames.some((frame) => frame.event === 'pong')).toBe(true));

    const started = await call(gateway, 'POST', `/api/campaigns/${id}/execute?wait=false`);
    expect(started.status).toBe(200);
    expect(started.body.message).toBe('Campaign is running; progress streams as campaign_progress events');
    expect(started.body.data.campaign).toEqual({ id, name: 'Weekly', status: 'running' });
    expect(started.body.data.results.pending).toBeGreaterThan(0);

    await eventually(() => expect(progress.at(-1)).toMatchObject({ status: 'completed', counts: { total: 5, sent: 5 } }));
    expect(progress.filter((p) => p.recipient?.state === 'sent').map((p) => p.recipient!.chatId)).toEqual(
      numbers(5).map((n) => `${n}@c.us`),
    );
    // Counts only grow as recipients are sent.
    const sent = progress.map((p) => p.counts.sent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    await eventually(() =>
      expect(frames.filter((f) => f.event === 'campaign_progress').at(-1)?.data).toMatchObject({
        campaignId: id,
        status: 'completed',
        counts: { sent: 5 },
      }),
    );
    await eventually(() => expect(progress.at(-1)?.counts.delivered).toBe(5));
  });

  it('cancelling stops before the next recipient; deleting a running campaign cancels it first', async () => {
    const gateway = await startGateway({ CAMPAIGN_DELAY_MIN_MS: '150', CAMPAIGN_DELAY_MAX_MS: '150' }, { link: true });
    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients: numbers(20) });
    await call(gateway, 'POST', `/api/campaigns/${id}/execute?wait=false`);
    await eventually(async () => expect((await gateway.outboxFile()).length).toBeGreaterThanOrEqual(2));
    expect((await call(gateway, 'PUT', `/api/campaigns/${id}/status`, { status: 'cancelled' })).body.data).toEqual({
      id,
      status: 'cancelled',
    });
    const sentAtCancel = (await gateway.outboxFile()).length;
    await quietFor(400);
    expect((await gateway.outboxFile()).length).toBe(sentAtCancel);
    const cancelled = await campaign(gateway, id);
    expect(cancelled).toMatchObject({ status: 'cancelled', counts: { total: 20, sent: sentAtCancel, pending: 20 - sentAtCancel } });

    // Resuming sends only to those not yet sent.
    expect((await call(gateway, 'PUT', `/api/campaigns/${id}/status`, { status: 'running' })).body.data.status).toBe('running');
    await eventually(async () => expect((await gateway.outboxFile()).length).toBeGreaterThan(sentAtCancel + 1), 5_000);
    expect(await call(gateway, 'DELETE', `/api/campaigns/${id}`)).toEqual({
      status: 200,
      body: { success: true, message: 'Campaign deleted successfully' },
    });
    const sentAtDelete = (await gateway.outboxFile()).length;
    await quietFor(400);
    expect((await gateway.outboxFile()).length).toBe(sentAtDelete);
    expect([...(await sendsPerChat(gateway)).values()].every((count) => count === 1)).toBe(true);
    expect((await call(gateway, 'GET', `/api/campaigns/${id}`)).status).toBe(404);
  });

  it('pauses while WhatsApp is not ready and resumes by itself on ready', async () => {
    const gateway = await startGateway({ CAMPAIGN_DELAY_MIN_MS: '50', CAMPAIGN_DELAY_MAX_MS: '50' }, { link: true });
    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients: numbers(6) });
    await call(gateway, 'POST', `/api/campaigns/${id}/execute?wait=false`);
    await eventually(async () => expect((await gateway.outboxFile()).length).toBeGreaterThanOrEqual(2));
    await gateway.request(SandboxDisconnectDocument, { reason: 'TIMEOUT' });
    await quietFor(300);
    const whileDown = await campaign(gateway, id);
    expect(whileDown.status).toBe('running');
    expect(whileDown.counts.pending).toBeGreaterThan(0);
    expect(whileDown.counts.failed).toBe(0);
    expect((await gateway.outboxFile()).length).toBe(whileDown.counts.sent);
    expect(gateway.logs.text).toContain('campaign waits for WhatsApp to be ready');

    await gateway.request(SandboxLinkDocument);
    await eventually(
      async () => expect(await campaign(gateway, id)).toMatchObject({ status: 'completed', counts: { sent: 6, failed: 0 } }),
      5_000,
    );
    expect([...(await sendsPerChat(gateway)).values()]).toEqual([1, 1, 1, 1, 1, 1]);
  });
  it('marks a recipient unknown, never to be sent again, when the connection drops during its send', async () => {
    const gateway = await startGateway({ SANDBOX_LATENCY_MS: '800' }, { link: true });
    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients: numbers(3) });
    await call(gateway, 'POST', `/api/campaigns/${id}/execute?wait=false`);
    const inFlight = await eventually(async () => {
      const page = (await gateway.request(CampaignDocument, { id: String(id), state: 'sending' })).body.data!.campaign!.recipients.items;
      expect(page).toHaveLength(1);
      return page[0]!;
    });
    await gateway.request(SandboxDisconnectDocument, { reason: 'TIMEOUT' });
    await eventually(async () => expect((await campaign(gateway, id)).counts.unknown).toBe(1));
    await gateway.request(SandboxLinkDocument);
    await eventually(
      async () => expect(await campaign(gateway, id)).toMatchObject({ status: 'completed', counts: { sent: 2, unknown: 1 } }),
      8_000,
    );
    const recipients = (await gateway.request(CampaignDocument, { id: String(id) })).body.data!.campaign!.recipients.items;
    expect(recipients.find((r) => r.chatId === inFlight.chatId)).toMatchObject({
      state: 'unknown',
      error: 'The connection dropped during the send; it may have been delivered',
    });
    // WhatsApp took it before the drop: it is in the outbox once, and no recipient got the message twice.
    expect([...(await sendsPerChat(gateway)).values()]).toEqual([1, 1, 1]);
  });
});

describe('opt-outs', () => {
  it('GET, POST and DELETE /api/optouts keep the list; a listed recipient is skipped at creation', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await call(gateway, 'POST', '/api/optouts', { phone: '966507654321' })).toEqual({
      status: 200,
      body: {
        success: true,
        message: 'Opt-out list updated',
        data: { chatId: '966507654321@c.us', changed: true, message: 'Added to the opt-out list' },
      },
    });
    expect((await call(gateway, 'POST', '/api/optouts', { phone: '966507654321' })).body.data.changed).toBe(false);
    expect((await call(gateway, 'POST', '/api/optouts', {})).body.error).toBe('Phone number is required');
    expect((await call(gateway, 'GET', '/api/optouts')).body.data).toEqual([
      { chatId: '966507654321@c.us', source: 'api', createdAt: expect.any(String) },
    ]);

    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients: ['966501234567', '966507654321'] });
    expect((await campaign(gateway, id)).counts).toMatchObject({ total: 2, pending: 1, skipped: 1 });
    const executed = await call(gateway, 'POST', `/api/campaigns/${id}/execute`);
    expect(executed.body.data.results).toMatchObject({
      total: 2,
      sent: 1,
      skipped: 1,
      errors: [{ chatId: '966507654321@c.us', state: 'skipped', error: 'The recipient opted out' }],
    });
    expect((await gateway.outboxFile()).map((m) => m.chatId)).toEqual(['966501234567@c.us']);

    expect((await call(gateway, 'DELETE', '/api/optouts', { phone: '966507654321' })).body.data).toMatchObject({ changed: true });
    expect(await call(gateway, 'DELETE', '/api/optouts', { phone: '966507654321' })).toMatchObject({
      status: 404,
      body: { error: 'That number is not on the opt-out list' },
    });
    expect((await call(gateway, 'GET', '/api/optouts')).body.data).toEqual([]);
  });

  it('an inbound STOP in the middle of a campaign skips that recipient from then on', async () => {
    const gateway = await startGateway({ CAMPAIGN_DELAY_MIN_MS: '100', CAMPAIGN_DELAY_MAX_MS: '100' }, { link: true });
    const recipients = numbers(8);
    const last = recipients.at(-1)!;
    const { id } = await create(gateway, { name: 'x', message: 'hi', recipients });
    await call(gateway, 'POST', `/api/campaigns/${id}/execute?wait=false`);
    await eventually(async () => expect((await gateway.outboxFile()).length).toBeGreaterThanOrEqual(1));
    await gateway.request(SandboxInboundDocument, { input: { from: `${last}@c.us`, body: '  unsubscribe ' } });
    await gateway.request(SandboxInboundDocument, { input: { from: `${recipients[0]}@c.us`, body: 'please stop sending me these' } });
    await eventually(async () => expect((await campaign(gateway, id)).status).toBe('completed'), 5_000);
    const done = await campaign(gateway, id);
    expect(done.counts).toMatchObject({ total: 8, sent: 7, skipped: 1 });
    expect((await gateway.outboxFile()).map((m) => m.chatId)).not.toContain(`${last}@c.us`);
    expect((await call(gateway, 'GET', '/api/optouts')).body.data).toEqual([
      { chatId: `${last}@c.us`, source: 'keyword', keyword: 'UNSUBSCRIBE', createdAt: expect.any(String) },
    ]);
  });
});

describe('send-bulk through the runner', () => {
  it('keeps its documented answer and is a bulk campaign, left out of the campaign list', async () => {
    const gateway = await startGateway({}, { link: true });
    const response = await call(gateway, 'POST', '/api/messages/send-bulk', {
      recipients: ['966501234567', '966501230000'],
      message: 'hi',
    });
    expect(response.body.data).toEqual({
      total: 2,
      sent: 1,
      failed: 1,
      results: [
        { phone: '966501234567', status: 'sent', messageId: expect.any(String) },
        { phone: '966501230000', status: 'failed', error: '966501230000 is not on WhatsApp' },
      ],
    });
    expect((await call(gateway, 'GET', '/api/campaigns/list')).body.data).toEqual([]);
    const bulk = await gateway.request(CampaignsDocument, { kind: 'bulk' });
    expect(bulk.body.data!.campaigns).toEqual([
      expect.objectContaining({ kind: 'bulk', status: 'completed', counts: { total: 2, sent: 1 } }),
    ]);
    const status = await call(gateway, 'GET', `/api/messages/${response.body.data.results[0].messageId}/status`);
    expect(status).toMatchObject({
      status: 200,
      body: {
        success: true,
        data: { chatId: '966501234567@c.us', kind: 'text', status: expect.stringMatching(/^(pending|sent|delivered)$/) },
      },
    });
  });

  it('answers 503 while WhatsApp is not ready and records nothing', async () => {
    const gateway = await startGateway();
    const response = await call(gateway, 'POST', '/api/messages/send-bulk', { recipients: ['966501234567'], message: 'hi' });
    expect(response).toMatchObject({ status: 503, body: { error: 'WhatsApp client not ready' } });
    expect((await gateway.request(CampaignsDocument, { kind: 'bulk' })).body.data!.campaigns).toEqual([]);
  });
});

describe('the scheduler', () => {
  it('starts a campaign by itself when its scheduledAt falls due', async () => {
    const gateway = await startGateway({}, { link: true });
    const at = new Date(Date.now() + 700).toISOString();
    const created = await gateway.request(CreateCampaignDocument, {
      input: { name: 'Later', message: 'hi', recipients: [{ phone: '966501234567' }], scheduledAt: at },
    });
    const id = created.body.data!.createCampaign!.id;
    expect(created.body.data!.createCampaign).toMatchObject({ status: 'pending', scheduledAt: at });
    await quietFor(300);
    expect(await gateway.outboxFile()).toEqual([]);
    await eventually(async () => expect((await campaign(gateway, id)).status).toBe('completed'), 5_000);
    expect((await gateway.outboxFile()).length).toBe(1);
    expect(gateway.logs.text).toContain('scheduled campaign is due; starting it');
  });
});
