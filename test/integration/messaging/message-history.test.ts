import { join } from 'node:path';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../utils/databases.js';
import { callGraphql, callRest, startGateway } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

const CHAT = '966501234567@c.us';
const FIELDS = 'id fromMe body caption type hasMedia status quotedId reaction edited deleted';

async function gatewayOn(store: 'sqlite' | 'postgresql') {
  const database = await scratchDatabase(store);
  return startGateway(database.kind === 'postgresql' ? { DATABASE_URL: database.url } : {}, { link: true });
}

describe.each(['sqlite', 'postgresql'] as const)('the stored message history on %s', (store) => {
  it("keeps every message sent and received with what happened to it, pages a chat's messages, and answers with the session stopped", async () => {
    const gateway = await gatewayOn(store);
    const first = (await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Your order shipped' }))
      .body.data.id as string;
    const photo = (
      await callRest(gateway.url, 'POST', '/api/messages/send-media', {
        phone: '966501234567',
        mediaBase64: Buffer.from('89504e470d0a1a0a', 'hex').toString('base64'),
        mimetype: 'image/png',
        caption: 'The parcel',
        replyTo: first,
      })
    ).body.data.id as string;
    const inbound = (
      await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966501234567', body: 'Thanks! When will it arrive?' })
    ).body.data.id as string;
    const gone = (await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966501234567', body: 'Oops, wrong chat' })).body.data
      .id as string;
    await callRest(gateway.url, 'POST', '/api/sandbox/inbound/reaction', { messageId: first, emoji: '👍' });
    await callRest(gateway.url, 'POST', '/api/sandbox/inbound/edit', { messageId: inbound, body: 'Thanks! When does it arrive?' });
    await callRest(gateway.url, 'POST', '/api/sandbox/inbound/revoke', { messageId: gone });
    expect((await callRest(gateway.url, 'POST', `/api/messages/${inbound}/reaction`, { emoji: '❤️' })).status).toBe(200);

    const expected = [
      {
        id: gone,
        fromMe: false,
        body: '',
        caption: null,
        type: 'chat',
        hasMedia: false,
        status: null,
        quotedId: null,
        reaction: null,
        edited: false,
        deleted: true,
      },
      {
        id: inbound,
        fromMe: false,
        body: 'Thanks! When does it arrive?',
        caption: null,
        type: 'chat',
        hasMedia: false,
        status: null,
        quotedId: null,
        reaction: '❤️',
        edited: true,
        deleted: false,
      },
      {
        id: photo,
        fromMe: true,
        body: '',
        caption: 'The parcel',
        type: 'image',
        hasMedia: true,
        status: expect.any(String),
        quotedId: first,
        reaction: null,
        edited: false,
        deleted: false,
      },
      {
        id: first,
        fromMe: true,
        body: 'Your order shipped',
        caption: null,
        type: 'chat',
        hasMedia: false,
        status: expect.any(String),
        quotedId: null,
        reaction: '👍',
        edited: false,
        deleted: false,
      },
    ];
    await eventually(async () =>
      expect((await callGraphql(gateway.url, `{ chatMessages(chatId: "${CHAT}") { ${FIELDS} } }`)).data.chatMessages).toEqual(expected),
    );
    const older = await callRest(gateway.url, 'GET', `/api/chats/966501234567/messages?limit=2&before=${encodeURIComponent(inbound)}`);
    expect(older.body.data.map((m: { id: string }) => m.id)).toEqual([photo, first]);
    expect(older.body.data[1]).toMatchObject({ from: '15550100001@c.us', to: CHAT, chatId: CHAT, reaction: '👍' });

    const chats = await callRest(gateway.url, 'GET', '/api/chats');
    expect(chats.body.data).toEqual([
      { chatId: CHAT, isGroup: false, unreadCount: 2, lastMessage: expect.objectContaining({ id: gone, deleted: true }) },
    ]);
    expect((await callRest(gateway.url, 'POST', '/api/chats/966501234567/seen')).status).toBe(200);
    expect((await callRest(gateway.url, 'GET', '/api/chats')).body.data[0].unreadCount).toBe(0);

    expect((await callRest(gateway.url, 'POST', '/api/sessions/default/stop')).status).toBe(200);
    const whileStopped = await callRest(gateway.url, 'GET', '/api/chats/966501234567/messages');
    expect(whileStopped.body.data.map((m: { id: string }) => m.id)).toEqual([gone, inbound, photo, first]);
  });

  it('searches the words of stored messages, ranked, filtered and paged; deleted words are not found', async () => {
    const gateway = await gatewayOn(store);
    const send = async (phone: string, message: string) =>
      (await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone, message })).body.data.id as string;
    const refund = await send(
      '966501234567',
      'Your refund for order 1042 is on its way; we will write again once the bank has processed it, usually within three days',
    );
    const refundAgain = await send('966501234567', 'Refund, refund: the refund for 1042');
    const other = await send('966502223333', 'Order 1043 shipped; no refund needed');
    await send('966501234567', 'Nothing to see here');
    const inbound = (await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966504445555', body: 'Where is my refund?' }))
      .body.data.id as string;
    const deleted = await send('966501234567', 'refund secret code 99');
    expect((await callRest(gateway.url, 'DELETE', `/api/messages/${deleted}?everyone=true`)).status).toBe(200);

    await eventually(async () => {
      const all = await callRest(gateway.url, 'GET', '/api/messages/search?q=refund');
      expect(all.status).toBe(200);
      expect(all.body.data.items.map((m: { id: string }) => m.id).sort()).toEqual([refund, refundAgain, other, inbound].sort());
      expect(all.body.data.items[0].id).toBe(refundAgain);
    });
    const inChat = await callRest(gateway.url, 'GET', '/api/messages/search?q=refund%201042&chatId=966501234567');
    expect(inChat.body.data.items.map((m: { id: string }) => m.id)).toEqual([refundAgain, refund]);
    const fromThem = await callRest(gateway.url, 'GET', '/api/messages/search?q=REFUND&from=966504445555');
    expect(fromThem.body.data.items.map((m: { id: string }) => m.id)).toEqual([inbound]);
    const future = await callRest(gateway.url, 'GET', `/api/messages/search?q=refund&after=${new Date(Date.now() + 60_000).toISOString()}`);
    expect(future.body.data).toEqual({ items: [] });
    const page1 = await callGraphql(gateway.url, '{ searchMessages(input: {q: "refund", first: 3}) { items { id } nextCursor } }');
    expect(page1.data.searchMessages.items).toHaveLength(3);
    const page2 = await callGraphql(
      gateway.url,
      `{ searchMessages(input: {q: "refund", first: 3, cursor: "${page1.data.searchMessages.nextCursor}"}) { items { id } nextCursor } }`,
    );
    expect(page2.data.searchMessages).toEqual({ items: [{ id: expect.any(String) }], nextCursor: null });
    expect((await callRest(gateway.url, 'GET', '/api/messages/search?q=%22%20OR%20*%20NEAR(')).status).toBe(200);
    for (const [query, error] of [
      ['', 'q is required: the words to find'],
      ['q=refund&first=0', 'first must be from 1 to 100'],
      ['q=refund&before=yesterday', 'before must be a date and time'],
      ['q=refund&cursor=abc', 'cursor must be a nextCursor from an earlier page'],
    ]) {
      const answer = await callRest(gateway.url, 'GET', `/api/messages/search?${query}`);
      expect([answer.status, answer.body.error]).toEqual([400, expect.stringContaining(error!)]);
    }
  });
});

describe("a chat's earlier messages", () => {
  it('are fetched from WhatsApp once for a chat the history has nothing of, then answered from the store', async () => {
    const gateway = await startGateway({}, { link: true });
    const sent = (await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Before the upgrade' }))
      .body.data.id as string;
    const received = (await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966501234567', body: 'Older reply' })).body.data
      .id as string;
    await eventually(async () => expect((await callRest(gateway.url, 'GET', '/api/chats')).body.data).toHaveLength(1));
    // As a gateway upgraded from before the history finds its database: the messages only WhatsApp has.
    const file = new Database(join(gateway.dir, 'db', 'waqtor.db'));
    file.exec('delete from messages');
    file.close();
    expect((await callRest(gateway.url, 'GET', '/api/chats')).body.data).toEqual([]);

    const fetched = await callRest(gateway.url, 'GET', '/api/chats/966501234567/messages');
    // Both were sent within one second, which is all WhatsApp's timestamps tell apart.
    expect(fetched.body.data.map((m: { id: string; fromMe: boolean; body: string }) => [m.id, m.fromMe, m.body])).toEqual(
      expect.arrayContaining([
        [received, false, 'Older reply'],
        [sent, true, 'Before the upgrade'],
      ]),
    );
    expect(fetched.body.data).toHaveLength(2);
    expect((await callRest(gateway.url, 'GET', '/api/chats')).body.data.map((c: { chatId: string }) => c.chatId)).toEqual([CHAT]);
    expect((await callRest(gateway.url, 'GET', '/api/chats/966509999999/messages')).body.data).toEqual([]);
  });
});
