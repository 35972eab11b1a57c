import { describe, expect, it } from 'vitest';
import { doors, type Door, type Operation } from '../utils/doors.js';
import { startGateway, TEST_API_KEY } from '../utils/gateway.js';

/**
 * The checks every door must answer alike, run once per door: the key (missing, wrong, right) and the
 * error codes of the one table, so a door that answered differently from the others fails here by name.
 */
describe.each(doors)('the key, through $name', (door) => {
  it('refuses a missing key and a wrong one with UNAUTHENTICATED and says which, and admits the right key', async () => {
    const gateway = await startGateway();
    expect(await door.admits(gateway, undefined)).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: 'API key is required' });
    expect(await door.admits(gateway, 'not-the-key')).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: 'Invalid API key' });
    expect(await door.admits(gateway, TEST_API_KEY)).toEqual({ ok: true });
  });
});

const operationDoors = doors.filter((door): door is Door & Required<Pick<Door, 'run'>> => door.run !== undefined);

describe.each(operationDoors)('error codes, through $name', (door) => {
  const cases: Array<[string, Operation, { code: string; message: string }]> = [
    [
      'NOT_FOUND for a campaign that does not exist',
      { rest: { method: 'GET', path: '/api/campaigns/999' }, graphql: '{ campaign(id: 999) { id } }' },
      { code: 'NOT_FOUND', message: 'Campaign not found' },
    ],
    [
      'BAD_USER_INPUT for a national number',
      {
        rest: { method: 'POST', path: '/api/messages/send-text', body: { phone: '0501234567', message: 'hi' } },
        graphql: 'mutation { sendText(input: { phone: "0501234567", message: "hi" }) { id } }',
      },
      {
        code: 'BAD_USER_INPUT',
        message:
          'Phone number "0501234567" looks like a national number: use the international format with the country code, e.g. 966501234567',
      },
    ],
    [
      'CLIENT_NOT_READY for a send before WhatsApp is linked',
      {
        rest: { method: 'POST', path: '/api/messages/send-text', body: { phone: '966501234567', message: 'hi' } },
        graphql: 'mutation { sendText(input: { phone: "966501234567", message: "hi" }) { id } }',
      },
      { code: 'CLIENT_NOT_READY', message: 'WhatsApp client not ready' },
    ],
  ];
  it.each(cases)('answers %s', async (_name, operation, expected) => {
    const gateway = await startGateway();
    expect(await door.run(gateway, operation)).toEqual({ ok: false, ...expected });
  });
});
