import { describe, expect, it } from 'vitest';
import { LidPhoneRecord } from '../../../src/db/entities/lid-phone-record.js';
import { sandboxLid } from '../../../src/whatsapp/sandbox/sandbox-world.js';
import { callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';

describe('phone numbers, not LIDs', () => {
  it('gives a LID sender as their number with the LID beside it, and opts them out by keyword under their number', async () => {
    const gateway = await startGateway({}, { link: true });
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    const check = await callRest(gateway.url, 'GET', '/api/contacts/check?phone=966501234567');
    const lid = check.body.data.lid as string;
    expect(lid).toMatch(/^\d{15}@lid$/);
    expect(await gateway.services.database.em.fork().find(LidPhoneRecord, {})).toEqual([
      expect.objectContaining({ lid, chatId: '966501234567@c.us' }),
    ]);

    const inbound = await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: lid, body: 'STOP' });
    const frame = await eventually(() => {
      const found = stream.frames.find((f) => f.event === 'message' && f.data?.id === inbound.body.data.id);
      if (!found) throw new Error('no message frame yet');
      return found;
    });
    expect(frame.data).toMatchObject({ from: '966501234567@c.us', fromLid: lid, body: 'STOP' });
    expect((await callRest(gateway.url, 'GET', '/api/optouts')).body.data).toEqual([
      expect.objectContaining({ chatId: '966501234567@c.us', source: 'keyword' }),
    ]);

    await callRest(gateway.url, 'POST', '/api/sandbox/inbound/reaction', { messageId: inbound.body.data.id, emoji: '👍' });
    const reaction = await stream.next('message_reaction');
    expect(reaction.data).toMatchObject({ from: '966501234567@c.us', fromLid: lid, chatId: '966501234567@c.us' });
  });

  it('asks WhatsApp once for a LID it has not met, keeps the answer, and leaves a LID nobody knows as it is', async () => {
    const gateway = await startGateway({}, { link: true });
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    // The sandbox learns the LID of a number it sends to; the gateway has not been told it.
    await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966507777777', message: 'Hello' });
    const lid = sandboxLid('966507777777');
    expect(await gateway.services.database.em.fork().count(LidPhoneRecord, {})).toBe(0);

    await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: lid, body: 'Hi' });
    await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '999999999999999@lid', body: 'Who am I?' });
    const messages = await eventually(() => {
      const found = stream.frames.filter((f) => f.event === 'message');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(messages[0]!.data).toMatchObject({ from: '966507777777@c.us', fromLid: lid });
    expect(messages[1]!.data).toMatchObject({ from: '999999999999999@lid' });
    expect(messages[1]!.data).not.toHaveProperty('fromLid');
    expect(await gateway.services.database.em.fork().findOne(LidPhoneRecord, { lid })).toMatchObject({ chatId: '966507777777@c.us' });
  });

  it('takes a LID wherever an id is taken', async () => {
    const gateway = await startGateway({}, { link: true });
    const lid = (await callRest(gateway.url, 'GET', '/api/contacts/check?phone=966501234567')).body.data.lid as string;
    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-text', { chatId: lid, message: 'Hi' });
    expect([sent.status, sent.body.data.to]).toEqual([200, lid]);
    expect((await gateway.outboxFile()).at(-1)).toMatchObject({ chatId: lid, body: 'Hi' });
    expect((await callRest(gateway.url, 'GET', `/api/contacts/${lid}`)).body.data).toMatchObject({ id: '966501234567@c.us', lid });
    expect((await callRest(gateway.url, 'GET', '/api/contacts/abc@lid')).body.error).toBe(
      'chatId: LID "abc@lid" is not valid: expected digits followed by @lid',
    );
  });
});
