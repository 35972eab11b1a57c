import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callGraphql, callRest, startGateway, TEST_API_KEY, type TestGateway } from '../../utils/gateway.js';
import { sample, scrape } from '../../utils/metrics.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';

const KNOWN = '966501110001';
const NEW_1 = '966501110002';
const NEW_2 = '966501110003';

const graphql = (gateway: TestGateway, query: string) => callGraphql(gateway.url, query);

const delivered = async (gateway: TestGateway) => (await gateway.outboxFile()).map((m) => m.to);

describe("WhatsApp's limit on new contacts", () => {
  it('fails the refused recipient with ACCOUNT_LIMITED, pauses the campaign, refuses new contacts, and resumes at the end', async () => {
    // A gap between recipients lets the refusal (a failed ack, as WhatsApp Web gives it) arrive before the next send.
    const gateway = await startGateway({ CAMPAIGN_DELAY_MIN_MS: '400', CAMPAIGN_DELAY_MAX_MS: '400' }, { link: true });
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    expect((await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: KNOWN, body: 'Hello, is my order ready?' })).status).toBe(
      200,
    );

    const until = new Date(Date.now() + 5_000);
    const limited = await callRest(gateway.url, 'POST', '/api/sandbox/limit', { until: until.toISOString() });
    expect(limited.status).toBe(200);
    expect(limited.body.data).toEqual({
      reason: expect.stringContaining('new contacts'),
      until: new Date(Math.floor(until.getTime() / 1000) * 1000).toISOString(),
    });

    const created = await callRest(gateway.url, 'POST', '/api/campaigns/create', {
      name: 'December offer',
      message: 'Our December offer is here',
      recipients: [NEW_1, KNOWN, NEW_2],
    });
    const id = created.body.data.id;
    expect((await callRest(gateway.url, 'POST', `/api/campaigns/${id}/execute`)).status).toBe(200);

    const frame = await stream.next('session_limited');
    expect(frame).toMatchObject({
      session: 'default',
      data: { reason: expect.stringContaining('new contacts'), since: expect.any(String) },
    });
    expect(frame.data!.until).toBe(limited.body.data.until);
    const paused = await eventually(async () => {
      const campaign = await callRest(gateway.url, 'GET', `/api/campaigns/${id}`);
      expect(campaign.body.data.status).toBe('paused');
      return campaign.body.data;
    });
    expect(paused.error).toContain(`Paused until ${limited.body.data.until}`);
    const recipients = await callRest(gateway.url, 'GET', `/api/campaigns/${id}/recipients`);
    const first = recipients.body.data.recipients.items.find((r: { phone: string }) => r.phone === NEW_1);
    expect(first).toMatchObject({ state: 'failed', error: expect.stringMatching(/^ACCOUNT_LIMITED: .*new contacts/) });
    const refusedAck = stream.frames.find((f) => f.event === 'message_ack' && f.data?.status === 'failed');
    expect(refusedAck?.data?.refused).toEqual({ reason: expect.stringContaining('new contacts'), until: limited.body.data.until });

    const session = await callRest(gateway.url, 'GET', '/api/sessions/default');
    expect(session.body.data.limit).toEqual({ reason: expect.any(String), since: frame.data!.since, until: limited.body.data.until });
    const viaGraphql = await graphql(gateway, '{ session(name: "default") { limit { reason until } } }');
    expect(viaGraphql.data.session.limit.until).toBe(limited.body.data.until);

    // While limited: a new contact is not tried at all; a person who wrote to the account still gets the message.
    const toNew = await fetch(`${gateway.url}/api/messages/send-text`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
      body: JSON.stringify({ phone: '966501110004', message: 'Hi' }),
    });
    expect(toNew.status).toBe(429);
    expect(Number(toNew.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await toNew.json()).toMatchObject({
      success: false,
      error: expect.stringContaining("WhatsApp limits this account's messages to new contacts"),
    });
    const gqlToNew = await graphql(gateway, 'mutation { sendText(input: { phone: "966501110005", message: "Hi" }) { id } }');
    expect(gqlToNew.errors?.[0]?.extensions.code).toBe('ACCOUNT_LIMITED');
    expect(
      (await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: KNOWN, message: 'Yes, it is on its way' })).status,
    ).toBe(200);
    expect(await delivered(gateway)).toEqual([KNOWN]);

    // At the limit's end the campaign resumes by itself and reaches the rest.
    await eventually(
      async () => expect((await callRest(gateway.url, 'GET', `/api/campaigns/${id}`)).body.data.status).toBe('completed'),
      15_000,
    );
    expect((await delivered(gateway)).sort()).toEqual([KNOWN, KNOWN, NEW_2].sort());
    expect((await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data.limit).toBeNull();

    const metrics = await scrape(gateway);
    expect(sample(metrics, 'waqtor_sends_refused_total', { session: 'default', reason: 'account_limited' })).toBe(1);
    expect(sample(metrics, 'waqtor_sends_refused_total', { session: 'default', reason: 'held_back' })).toBe(2);
    expect(sample(metrics, 'waqtor_sessions_limited', { session: 'default' })).toBe(0);
  }, 40_000);

  it('keeps a limit with no end until lifted, holds new contacts back meanwhile, and leaves its paused campaign to the user', async () => {
    const gateway = await startGateway({ CAMPAIGN_DELAY_MIN_MS: '300', CAMPAIGN_DELAY_MAX_MS: '300' }, { link: true });
    const limited = await graphql(gateway, 'mutation { sandboxLimit { reason until } }');
    expect(limited.data.sandboxLimit).toEqual({ reason: expect.stringContaining('new contacts'), until: null });
    const campaign = async (recipients: string[]) => {
      const created = await callRest(gateway.url, 'POST', '/api/campaigns/create', { name: 'Offer', message: 'Hi', recipients });
      await callRest(gateway.url, 'POST', `/api/campaigns/${created.body.data.id}/execute`);
      return created.body.data.id as number;
    };
    const status = async (id: number) => (await callRest(gateway.url, 'GET', `/api/campaigns/${id}`)).body.data.status;
    const recipients = async (id: number) =>
      (await callRest(gateway.url, 'GET', `/api/campaigns/${id}/recipients`)).body.data.recipients.items;

    // The first refusal is WhatsApp's, after the message was taken: it fails, and the campaign pauses.
    const paused = await campaign([NEW_1, NEW_2]);
    await eventually(async () => expect(await status(paused)).toBe('paused'));
    expect((await graphql(gateway, '{ session(name: "default") { limit { until } } }')).data.session.limit).toEqual({ until: null });

    // A campaign started while limited holds new contacts back instead of trying them.
    const later = await campaign([NEW_2]);
    await eventually(async () => expect(await status(later)).toBe('failed'));
    expect((await recipients(later))[0]).toMatchObject({ state: 'failed', error: expect.stringMatching(/^ACCOUNT_LIMITED: /) });

    const lifted = await callRest(gateway.url, 'DELETE', '/api/sandbox/limit');
    expect(lifted).toMatchObject({ status: 200, body: { success: true, data: { lifted: true } } });
    expect((await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data.limit).toBeNull();
    // No end was given, so the paused campaign waits for the user.
    expect(await status(paused)).toBe('paused');
    expect(await delivered(gateway)).toEqual([]);
    expect((await callRest(gateway.url, 'PUT', `/api/campaigns/${paused}/status`, { status: 'running' })).status).toBe(200);
    await eventually(async () => expect(await status(paused)).toBe('completed'));
    expect(await delivered(gateway)).toEqual([NEW_2]);
  });

  it('keeps the limit across a restart, and resumes the paused campaign at its end', async () => {
    const first = await startGateway({ CAMPAIGN_DELAY_MIN_MS: '300', CAMPAIGN_DELAY_MAX_MS: '300' }, { link: true });
    const limited = await callRest(first.url, 'POST', '/api/sandbox/limit', { until: new Date(Date.now() + 6_000).toISOString() });
    const created = await callRest(first.url, 'POST', '/api/campaigns/create', {
      name: 'Restart',
      message: 'Hi',
      recipients: [NEW_1, NEW_2],
    });
    const id = created.body.data.id;
    await callRest(first.url, 'POST', `/api/campaigns/${id}/execute`);
    await eventually(async () => expect((await callRest(first.url, 'GET', `/api/campaigns/${id}`)).body.data.status).toBe('paused'));
    await first.stop();

    const second = await startGateway({ DATABASE_PATH: join(first.dir, 'db', 'waqtor.db') }, { link: true });
    expect((await callRest(second.url, 'GET', '/api/sessions/default')).body.data.limit).toMatchObject({ until: limited.body.data.until });
    expect((await callRest(second.url, 'GET', `/api/campaigns/${id}`)).body.data.status).toBe('paused');
    await eventually(
      async () => expect((await callRest(second.url, 'GET', `/api/campaigns/${id}`)).body.data.status).toBe('completed'),
      15_000,
    );
    expect(await delivered(second)).toEqual([NEW_2]);
    const recipients = (await callRest(second.url, 'GET', `/api/campaigns/${id}/recipients`)).body.data.recipients.items;
    expect(recipients.map((r: { phone: string; state: string }) => [r.phone, r.state])).toEqual([
      [NEW_1, 'failed'],
      [NEW_2, expect.stringMatching(/^(sent|delivered)$/)],
    ]);
  }, 40_000);

  it('still tries new contacts while limited when LIMITED_SEND_TO_NEW_CONTACTS=true', async () => {
    const gateway = await startGateway({ LIMITED_SEND_TO_NEW_CONTACTS: 'true' }, { link: true });
    await graphql(gateway, 'mutation { sandboxLimit { reason } }');
    const first = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: NEW_1, message: 'Hi' });
    await eventually(async () => expect((await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data.limit).not.toBeNull());
    const second = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: NEW_2, message: 'Hi' });
    expect([first.status, second.status]).toEqual([200, 200]);
    await eventually(async () =>
      expect((await callRest(gateway.url, 'GET', `/api/messages/${second.body.data.id}/status`)).body.data.status).toBe('failed'),
    );
    expect(sample(await scrape(gateway), 'waqtor_sends_refused_total', { session: 'default', reason: 'account_limited' })).toBe(2);
  });

  it('refuses a bad end', async () => {
    const gateway = await startGateway({}, { link: true });
    const refused = await callRest(gateway.url, 'POST', '/api/sandbox/limit', { until: 'tomorrow' });
    expect(refused).toMatchObject({
      status: 400,
      body: { success: false, error: expect.stringContaining('until must be a date and time') },
    });
  });
});
