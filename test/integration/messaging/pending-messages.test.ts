import { describe, expect, it } from 'vitest';
import { callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';

const SENDER = '966501110001';

describe('messages that arrive late', () => {
  it('announce message_pending, then the message with the same id once it can be read', async () => {
    const gateway = await startGateway({}, { link: true });
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    const pending = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/pending', { from: SENDER });
    expect(pending).toMatchObject({ status: 200, body: { success: true, data: { from: `${SENDER}@c.us`, chatId: `${SENDER}@c.us` } } });
    const { id } = pending.body.data;
    expect((await stream.next('message_pending')).data).toEqual({
      id,
      from: `${SENDER}@c.us`,
      chatId: `${SENDER}@c.us`,
      timestamp: expect.any(Number),
    });

    const delivered = await callRest(gateway.url, 'POST', '/api/sandbox/inbound', {
      from: SENDER,
      body: 'Order 1234, please',
      pendingId: id,
    });
    expect(delivered).toMatchObject({ status: 200, body: { data: { id, body: 'Order 1234, please' } } });
    expect((await stream.next('message')).data).toMatchObject({ id, from: `${SENDER}@c.us`, body: 'Order 1234, please' });
    // Delivered once: the id no longer waits, so it cannot arrive a second time.
    const again = await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: SENDER, body: 'Order 1234, please', pendingId: id });
    expect(again).toMatchObject({
      status: 400,
      body: { success: false, error: expect.stringContaining('no message of 966501110001 waits') },
    });
    await eventually(() => expect(stream.frames.filter((f) => f.event === 'message' || f.event === 'message_pending')).toHaveLength(2));
  });
});
