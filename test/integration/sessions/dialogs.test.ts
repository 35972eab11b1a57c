import { describe, expect, it } from 'vitest';
import { callGraphql, callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { startReceiver } from '../../utils/webhook-receiver.js';
import { eventually } from '../../utils/waiting.js';

const WHATS_NEW = { text: "What's new on WhatsApp Web\nChannels and more", buttons: ['Continue'] };
const BLOCKING = { text: 'Keep this computer linked to your account?', buttons: ['Log out', 'Keep linked'] };

describe('dialogs WhatsApp Web shows', () => {
  it('acknowledges an announcement itself; holds the session ACTION_REQUIRED on any other until a button is pressed (REST)', async () => {
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const receiver = await startReceiver();
    const hooked = await callRest(gateway.url, 'POST', '/api/webhooks', { url: receiver.url, events: ['dialog', 'state_change'] });
    expect(hooked.status).toBe(200);
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);

    const announced = await callRest(gateway.url, 'POST', '/api/sandbox/dialog', WHATS_NEW);
    expect(announced).toMatchObject({ status: 200, body: { success: true, data: { ...WHATS_NEW, answered: 'Continue' } } });
    expect((await stream.next('dialog')).data).toEqual({ ...WHATS_NEW, answered: 'Continue', timestamp: expect.any(String) });
    expect((await callRest(gateway.url, 'GET', '/api/status/client')).body.data).toMatchObject({ state: 'CONNECTED', ready: true });

    const shown = await callRest(gateway.url, 'POST', '/api/sandbox/dialog', BLOCKING);
    expect(shown.body.data).toEqual({ ...BLOCKING, answered: null });
    await eventually(() =>
      expect(stream.frames.filter((f) => f.event === 'dialog')[1]?.data).toEqual({ ...BLOCKING, timestamp: expect.any(String) }),
    );
    expect((await stream.next('state_change')).data).toMatchObject({ state: 'ACTION_REQUIRED', previousState: 'CONNECTED' });
    const status = await callRest(gateway.url, 'GET', '/api/status/client');
    expect(status).toMatchObject({
      status: 503,
      body: {
        success: false,
        data: { ready: false, state: 'ACTION_REQUIRED', dialog: BLOCKING, message: expect.stringContaining('Keep this computer linked') },
      },
    });
    await eventually(async () =>
      expect((await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data).toMatchObject({
        state: 'ACTION_REQUIRED',
        dialog: BLOCKING,
      }),
    );
    expect((await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501110001', message: 'Hi' })).status).toBe(503);

    expect(await callRest(gateway.url, 'POST', '/api/dialog', { button: 'Maybe' })).toMatchObject({
      status: 400,
      body: { success: false, error: 'button: the dialog has no button "Maybe"; it has "Log out", "Keep linked"' },
    });
    expect(await callRest(gateway.url, 'POST', '/api/dialog', {})).toMatchObject({ status: 400 });
    const answered = await callRest(gateway.url, 'POST', '/api/sessions/default/dialog', { button: 'Keep linked' });
    expect(answered).toMatchObject({ status: 200, body: { success: true, data: { state: 'CONNECTED', ready: true } } });
    expect(answered.body.data.dialog).toBeUndefined();
    expect(await callRest(gateway.url, 'POST', '/api/dialog', { button: 'Keep linked' })).toMatchObject({
      status: 404,
      body: { success: false, error: 'WhatsApp Web shows no dialog that waits for a person' },
    });
    expect((await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501110001', message: 'Hi' })).status).toBe(200);
    await eventually(async () => expect((await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data.dialog).toBeNull());

    // Webhooks hear both dialogs and the state going to ACTION_REQUIRED and back.
    await eventually(() =>
      expect(receiver.received.map((r) => [r.body.event, r.body.event === 'dialog' ? r.body.data.answered : r.body.data.state])).toEqual([
        ['dialog', 'Continue'],
        // Frames leave null fields out: a dialog that waits for a person has no `answered`.
        ['dialog', undefined],
        ['state_change', 'ACTION_REQUIRED'],
        ['state_change', 'CONNECTED'],
      ]),
    );
  });

  it('does the same through GraphQL: sandboxDialog, the session and status dialog, answerDialog', async () => {
    const gateway = await startGateway({}, { link: true });
    const shown = await callGraphql(
      gateway.url,
      'mutation { sandboxDialog(input: { text: "Update your browser to keep using WhatsApp", buttons: ["OK"] }) { text buttons answered } }',
    );
    expect(shown.data.sandboxDialog).toEqual({ text: 'Update your browser to keep using WhatsApp', buttons: ['OK'], answered: null });
    const seen = await callGraphql(
      gateway.url,
      '{ clientStatus { state dialog { text buttons } } session(name: "default") { state dialog { buttons } } }',
    );
    expect(seen.data).toEqual({
      clientStatus: { state: 'ACTION_REQUIRED', dialog: { text: 'Update your browser to keep using WhatsApp', buttons: ['OK'] } },
      session: { state: 'ACTION_REQUIRED', dialog: { buttons: ['OK'] } },
    });
    const wrong = await callGraphql(gateway.url, 'mutation { answerDialog(button: "Cancel") { state } }');
    expect(wrong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const answered = await callGraphql(gateway.url, 'mutation { answerDialog(button: "OK") { state ready dialog { text } } }');
    expect(answered.data.answerDialog).toEqual({ state: 'CONNECTED', ready: true, dialog: null });
    const none = await callGraphql(gateway.url, 'mutation { answerDialog(button: "OK") { state } }');
    expect(none.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
