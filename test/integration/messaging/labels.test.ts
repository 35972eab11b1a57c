import { describe, expect, it } from 'vitest';
import { callGraphql, callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';
import { startReceiver } from '../../utils/webhook-receiver.js';

const NEW_CUSTOMER = { id: '1', name: 'New customer', color: '#ff9485' };
const PAID = { id: '2', name: 'Paid', color: '#64c4ff' };

describe('WhatsApp Business labels', () => {
  it("lists the sandbox business account's two labels and sets a chat's by REST, raising chat_labels on the stream and a webhook", async () => {
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const receiver = await startReceiver();
    expect((await callRest(gateway.url, 'POST', '/api/webhooks', { url: receiver.url, events: ['chat_labels'] })).status).toBe(200);
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Your order is ready' });

    expect(await callRest(gateway.url, 'GET', '/api/labels')).toMatchObject({
      status: 200,
      body: { success: true, data: [NEW_CUSTOMER, PAID] },
    });
    expect((await callRest(gateway.url, 'GET', '/api/chats/966501234567/labels')).body.data).toEqual([]);
    const set = await callRest(gateway.url, 'PUT', '/api/chats/966501234567/labels', { labelIds: ['2', '1', '2'] });
    expect(set).toMatchObject({
      status: 200,
      body: { success: true, message: 'Chat labels set', data: { chatId: '966501234567@c.us', labels: [NEW_CUSTOMER, PAID] } },
    });
    expect((await stream.next('chat_labels')).data).toEqual({
      chatId: '966501234567@c.us',
      labels: [NEW_CUSTOMER, PAID],
      timestamp: expect.any(String),
    });
    await eventually(() => expect(receiver.received.map((r) => r.body.event)).toEqual(['chat_labels']));
    expect(receiver.received[0]!.body.data).toMatchObject({ chatId: '966501234567@c.us', labels: [NEW_CUSTOMER, PAID] });
    expect((await callRest(gateway.url, 'GET', '/api/chats/966501234567@c.us/labels')).body.data).toEqual([NEW_CUSTOMER, PAID]);
    expect((await callRest(gateway.url, 'PUT', '/api/chats/966501234567/labels', { labelIds: [] })).body.data.labels).toEqual([]);
    expect((await callRest(gateway.url, 'GET', '/api/sessions/default/chats/966501234567/labels')).body.data).toEqual([]);

    const refusals: Array<[string, string, unknown, number, string]> = [
      [
        'PUT',
        '/api/chats/966501234567/labels',
        { labelIds: ['7'] },
        400,
        "No label with id 7; the account's labels are 1 (New customer), 2 (Paid)",
      ],
      ['PUT', '/api/chats/966501234567/labels', {}, 400, 'labelIds is required'],
      ['PUT', '/api/chats/966501234567/labels', { labelIds: [''] }, 400, 'labelIds: an entry is empty'],
      ['PUT', '/api/chats/966509999999/labels', { labelIds: ['1'] }, 404, 'Chat not found'],
      ['GET', '/api/chats/966509999999/labels', undefined, 404, 'Chat not found'],
    ];
    for (const [method, path, body, status, error] of refusals) {
      const answer = await callRest(gateway.url, method, path, body);
      expect({ path, body, status: answer.status }).toEqual({ path, body, status });
      expect(answer.body.error).toContain(error);
    }
  });

  it('are the same over GraphQL, on any session', async () => {
    const gateway = await startGateway({}, { link: true });
    await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hello' });
    const answer = await callGraphql(
      gateway.url,
      `mutation { setChatLabels(chatId: "966501234567", labelIds: ["1"]) { chatId labels { id name color } } }`,
    );
    expect(answer).toEqual({ data: { setChatLabels: { chatId: '966501234567@c.us', labels: [NEW_CUSTOMER] } } });
    expect((await callGraphql(gateway.url, '{ labels { id } chatLabels(chatId: "966501234567@c.us") { name } }')).data).toEqual({
      labels: [{ id: '1' }, { id: '2' }],
      chatLabels: [{ name: 'New customer' }],
    });
    const unknown = await callGraphql(gateway.url, '{ chatLabels(chatId: "966501234567", session: "nobody") { id } }');
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
