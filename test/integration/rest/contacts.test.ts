import { describe, expect, it } from 'vitest';
import { callRest, startGateway } from '../../utils/gateway.js';

describe('contacts', () => {
  it('checks a number, shows a user, and blocks and unblocks them', async () => {
    const gateway = await startGateway({}, { link: true });
    const check = await callRest(gateway.url, 'GET', '/api/contacts/check?phone=%2B966%2050%20123%204567');
    expect(check.status).toBe(200);
    expect(check.body.data).toEqual({ exists: true, chatId: '966501234567@c.us', lid: expect.stringMatching(/^\d{15}@lid$/) });
    expect((await callRest(gateway.url, 'GET', '/api/contacts/check?phone=966501230000')).body.data).toEqual({ exists: false });

    const shown = await gateway.rest.GET('/api/contacts/{id}', { params: { path: { id: '966501234567@c.us' } } });
    expect(shown.data?.data).toEqual({
      id: '966501234567@c.us',
      phone: '966501234567',
      lid: check.body.data.lid,
      pushname: 'Sandbox 4567',
      isBusiness: false,
      isBlocked: false,
      about: 'Hey there! I am using WhatsApp.',
    });
    const blocked = await callRest(gateway.url, 'POST', '/api/contacts/966501234567/block');
    expect([blocked.status, blocked.body.message, blocked.body.data.isBlocked]).toEqual([200, 'Contact blocked', true]);
    expect((await callRest(gateway.url, 'GET', '/api/contacts/966501234567')).body.data.isBlocked).toBe(true);
    expect((await callRest(gateway.url, 'POST', '/api/contacts/966501234567@c.us/unblock')).body.data.isBlocked).toBe(false);
  });

  it('answers 404 for a user WhatsApp does not know and 400 for a number that is not one', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await callRest(gateway.url, 'GET', '/api/contacts/966501230000')).toEqual({
      status: 404,
      body: { success: false, error: 'Contact not found', message: 'Check the id or the route' },
    });
    for (const path of ['/api/contacts/check', '/api/contacts/check?phone=0501234567', '/api/contacts/abc']) {
      const answer = await callRest(gateway.url, 'GET', path);
      expect([path, answer.status]).toEqual([path, 400]);
    }
  });
});
