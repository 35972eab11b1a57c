import { describe, expect, it } from 'vitest';
import { callRest, startGateway } from '../../utils/gateway.js';

describe('chats', () => {
  it("lists a chat's messages newest first, marks it read, shows typing, archives, pins and mutes it", async () => {
    const gateway = await startGateway({}, { link: true });
    const chat = '966501234567@c.us';
    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hello' });
    const inbound = await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966501234567', body: 'Hi back' });
    // The typed client encodes the chat id's @; a number names the same chat.
    const listed = await gateway.rest.GET('/api/chats/{chatId}/messages', { params: { path: { chatId: chat }, query: { limit: 10 } } });
    expect(listed.response.status).toBe(200);
    const messages = listed.data!.data!;
    expect(messages.map((m) => m.id).sort()).toEqual([sent.body.data.id, inbound.body.data.id].sort());
    expect(messages[0]!.timestamp).toBeGreaterThanOrEqual(messages[1]!.timestamp);
    expect(messages.find((m) => m.fromMe)).toMatchObject({ body: 'Hello', to: chat });
    expect(messages.find((m) => !m.fromMe)).toMatchObject({ body: 'Hi back', from: chat });
    expect((await callRest(gateway.url, 'GET', '/api/chats/966501234567/messages?limit=1')).body.data).toHaveLength(1);

    const chats = async () =>
      ((await callRest(gateway.url, 'GET', '/api/status/chats')).body.data as Array<Record<string, unknown>>).find((c) => c.id === chat);
    expect(await chats()).toMatchObject({ unreadCount: 1, archived: false, pinned: false, muted: false });
    for (const [path, body, message] of [
      ['seen', undefined, 'Chat marked as read'],
      ['presence', { state: 'typing' }, 'Presence shown'],
      ['archive', undefined, 'Chat archived'],
      ['pin', undefined, 'Chat pinned'],
      ['mute', { until: new Date(Date.now() + 3_600_000).toISOString() }, 'Chat muted'],
    ] as const) {
      expect(await callRest(gateway.url, 'POST', `/api/chats/${chat}/${path}`, body)).toEqual({
        status: 200,
        body: { success: true, message, data: { chatId: chat } },
      });
    }
    expect(await chats()).toMatchObject({ unreadCount: 0, archived: true, pinned: true, muted: true });
    for (const path of ['unarchive', 'unpin', 'unmute'])
      expect((await callRest(gateway.url, 'POST', `/api/chats/${chat}/${path}`)).status).toBe(200);
    expect(await chats()).toMatchObject({ archived: false, pinned: false, muted: false });
  });

  it('answers 404 for a chat the account does not have and 400 for bad input', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await callRest(gateway.url, 'POST', '/api/chats/966501119999@c.us/seen')).toEqual({
      status: 404,
      body: { success: false, error: 'Chat not found', message: 'Check the id or the route' },
    });
    await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hello' });
    for (const [method, path, body, error] of [
      ['POST', '/api/chats/966501234567@c.us/presence', { state: 'dancing' }, 'state must be one of typing, recording, paused'],
      ['POST', '/api/chats/966501234567@c.us/mute', { until: '2020-01-01T00:00:00Z' }, 'until must be in the future'],
      ['POST', '/api/chats/966501234567@c.us/mute', { until: 'tomorrow' }, 'until must be a date and time'],
      ['GET', '/api/chats/966501234567@c.us/messages?limit=500', undefined, 'limit must be from 1 to 100'],
      ['GET', '/api/chats/0501234567/messages', undefined, 'looks like a national number'],
    ] as const) {
      const answer = await callRest(gateway.url, method, path, body);
      expect([answer.status, answer.body.error]).toEqual([400, expect.stringContaining(error)]);
    }
  });
});
