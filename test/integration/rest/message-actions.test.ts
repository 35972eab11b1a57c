import { describe, expect, it } from 'vitest';
import { callGraphql, callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';

interface OutboxEntry {
  id: string;
  to: string;
  body: string;
  forwardedFrom: string | null;
  reaction: string | null;
  edited: boolean;
  deleted: string | null;
}

describe('acting on messages', () => {
  it('reacts, edits, forwards and deletes over REST, and the sandbox shows each', async () => {
    const gateway = await startGateway({}, { link: true });
    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hello' });
    const id = sent.body.data.id as string;
    expect(await callRest(gateway.url, 'POST', `/api/messages/${id}/reaction`, { emoji: '👍' })).toEqual({
      status: 200,
      body: { success: true, message: 'Reaction updated', data: { id } },
    });
    expect((await callRest(gateway.url, 'PUT', `/api/messages/${id}`, { text: 'Hello, edited' })).body).toEqual({
      success: true,
      message: 'Message edited',
      data: { id },
    });
    const forwarded = await callRest(gateway.url, 'POST', `/api/messages/${id}/forward`, { phone: '966501112222' });
    expect(forwarded.body).toEqual({
      success: true,
      message: 'Message forwarded',
      data: { id: expect.stringMatching(/^true_966501112222@c\.us_/), to: '966501112222', forwardedFrom: id },
    });
    const copy = forwarded.body.data.id as string;
    // The copy's id is one the gateway recorded: its delivery status can be followed.
    expect(await callRest(gateway.url, 'GET', `/api/messages/${copy}/status`)).toMatchObject({
      status: 200,
      body: { data: { id: copy, chatId: '966501112222@c.us', kind: 'text' } },
    });
    expect((await callRest(gateway.url, 'DELETE', `/api/messages/${id}?everyone=true`)).body).toEqual({
      success: true,
      message: 'Message deleted',
      data: { id },
    });

    const outbox = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
      body: JSON.stringify({ query: '{ sandboxOutbox { id to body forwardedFrom reaction edited deleted } }' }),
    });
    const entries = ((await outbox.json()) as { data: { sandboxOutbox: OutboxEntry[] } }).data.sandboxOutbox;
    expect(entries).toEqual([
      { id, to: '966501234567', body: 'Hello, edited', forwardedFrom: null, reaction: '👍', edited: true, deleted: 'for-everyone' },
      {
        id: copy,
        to: '966501112222',
        body: 'Hello, edited',
        forwardedFrom: id,
        reaction: null,
        edited: false,
        deleted: null,
      },
    ]);
    // The REST door shows the same, and a reply's quoted message.
    const reply = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501112222', message: 'Yes', replyTo: copy });
    expect((await callRest(gateway.url, 'GET', '/api/sandbox/outbox')).body.data).toEqual([
      expect.objectContaining({ id, reaction: '👍', edited: true, deleted: 'for-everyone', mentions: [] }),
      expect.objectContaining({ id: copy, forwardedFrom: id, edited: false }),
      expect.objectContaining({ id: reply.body.data.id, replyTo: copy, body: 'Yes' }),
    ]);
    // Deleted for everyone: WhatsApp no longer knows it.
    expect((await callRest(gateway.url, 'POST', `/api/messages/${id}/reaction`, { emoji: '👍' })).status).toBe(404);
  });

  it('pins a message for 24 hours, 7 or 30 days and unpins it, over REST and GraphQL, and the sandbox shows the pin', async () => {
    const gateway = await startGateway({}, { link: true });
    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-text', {
      phone: '966501234567',
      message: 'Opening hours: 9 to 5',
    });
    const id = sent.body.data.id as string;
    const before = Date.now();
    expect(await callRest(gateway.url, 'POST', `/api/messages/${id}/pin`, { seconds: 604800 })).toEqual({
      status: 200,
      body: { success: true, message: 'Message pinned', data: { id } },
    });
    const pinnedUntil = (await callRest(gateway.url, 'GET', '/api/sandbox/outbox')).body.data[0].pinnedUntil as string;
    expect(Date.parse(pinnedUntil) - before).toBeGreaterThanOrEqual(604_800_000);
    expect(Date.parse(pinnedUntil) - Date.now()).toBeLessThanOrEqual(604_800_000);
    expect(await callRest(gateway.url, 'DELETE', `/api/sessions/default/messages/${id}/pin`)).toEqual({
      status: 200,
      body: { success: true, message: 'Message unpinned', data: { id } },
    });
    expect((await callRest(gateway.url, 'GET', '/api/sandbox/outbox')).body.data[0].pinnedUntil).toBeUndefined();

    const pinned = await callGraphql(gateway.url, `mutation { pinMessage(id: "${id}", seconds: 86400) { id } }`);
    expect(pinned.data.pinMessage).toEqual({ id });
    const seen = await callGraphql(gateway.url, '{ sandboxOutbox { pinnedUntil } }');
    expect(seen.data.sandboxOutbox[0].pinnedUntil).toEqual(expect.any(String));
    const wrong = await callGraphql(gateway.url, `mutation { pinMessage(id: "${id}", seconds: 60) { id } }`);
    expect(wrong.errors?.[0]).toMatchObject({
      message: expect.stringContaining('seconds must be 86400 (24 hours), 604800 (7 days) or 2592000 (30 days)'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await callGraphql(gateway.url, `mutation { unpinMessage(id: "${id}") { id } }`)).data.unpinMessage).toEqual({ id });
  });

  it("refuses an unknown message (404), another's message to edit or delete for everyone (400), and bad input (400)", async () => {
    const gateway = await startGateway({}, { link: true });
    const inbound = await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966501112222', body: 'hi' });
    const received = inbound.body.data.id as string;
    expect((await callRest(gateway.url, 'POST', `/api/messages/${received}/reaction`, { emoji: '❤️' })).status).toBe(200);
    expect(await callRest(gateway.url, 'PUT', `/api/messages/${received}`, { text: 'changed' })).toEqual({
      status: 400,
      body: {
        success: false,
        error: "Only the account's own messages can be edited",
        message: 'PUT /api/messages/{id} and each of its fields are described at /api/docs',
      },
    });
    const revoke = await callRest(gateway.url, 'DELETE', `/api/messages/${received}?everyone=true`);
    expect([revoke.status, revoke.body.error]).toEqual([
      400,
      "Only the account's own messages can be deleted for everyone; delete it without everyone=true to remove it here",
    ]);
    expect((await callRest(gateway.url, 'DELETE', `/api/messages/${received}`)).status).toBe(200);

    const unknown = 'true_966501234567@c.us_3EB0000000000000000000';
    for (const [method, path, body] of [
      ['POST', `/api/messages/${unknown}/reaction`, { emoji: '👍' }],
      ['PUT', `/api/messages/${unknown}`, { text: 'x' }],
      ['DELETE', `/api/messages/${unknown}`, undefined],
      ['POST', `/api/messages/${unknown}/forward`, { phone: '966501234567' }],
      ['POST', `/api/messages/${unknown}/pin`, { seconds: 86400 }],
      ['DELETE', `/api/messages/${unknown}/pin`, undefined],
    ] as const) {
      expect(await callRest(gateway.url, method, path, body)).toEqual({
        status: 404,
        body: { success: false, error: 'Message not found', message: 'Check the id or the route' },
      });
    }
    const sent = (await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hello' })).body.data.id;
    for (const [method, path, body, error] of [
      ['POST', `/api/messages/${sent}/reaction`, { emoji: 'ok' }, 'emoji must be one emoji, or "" to remove the reaction'],
      ['POST', `/api/messages/${sent}/reaction`, {}, 'emoji is required'],
      ['PUT', `/api/messages/${sent}`, { text: ' ' }, 'The new text is required'],
      ['POST', `/api/messages/${sent}/forward`, {}, 'Phone number is required'],
      ['POST', `/api/messages/${sent}/pin`, { seconds: 3600 }, 'seconds must be 86400 (24 hours), 604800 (7 days) or 2592000 (30 days)'],
      ['POST', `/api/messages/${sent}/pin`, {}, 'seconds is required'],
    ] as const) {
      const answer = await callRest(gateway.url, method, path, body);
      expect([answer.status, answer.body.error]).toEqual([400, expect.stringContaining(error)]);
    }
  });
});
