import { describe, expect, it } from 'vitest';
import { callGraphql, callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';

const SEND_RESULT = { id: expect.stringContaining('966501234567@c.us'), timestamp: expect.any(Number), to: '966501234567' };

describe('locations, contact cards and polls', () => {
  it('are sent through the typed REST client and land in the sandbox outbox with their fields, each recorded by kind', async () => {
    const gateway = await startGateway({}, { link: true });
    const location = await gateway.rest.POST('/api/messages/send-location', {
      body: { phone: '966501234567', latitude: 24.7136, longitude: 46.6753, name: 'Office', address: 'King Fahd Rd, Riyadh' },
    });
    expect(location.response.status).toBe(200);
    expect(location.data).toEqual({ success: true, message: 'Location sent successfully', data: SEND_RESULT });
    const contact = await gateway.rest.POST('/api/messages/send-contact', {
      body: {
        chatId: '966501234567@c.us',
        contacts: [
          { name: 'Sara', phone: '+966 50 111 2222' },
          { name: 'Omar', phone: '966501113333' },
        ],
      },
    });
    expect(contact.data).toEqual({ success: true, message: 'Contact sent successfully', data: SEND_RESULT });
    const poll = await gateway.rest.POST('/api/messages/send-poll', {
      body: { phone: '966501234567', question: 'Lunch?', options: ['Yes', 'No', 'Later'], multipleAnswers: true },
    });
    expect(poll.data).toEqual({ success: true, message: 'Poll sent successfully', data: SEND_RESULT });

    const outbox = await gateway.outboxFile();
    expect(outbox.map(({ kind, body, content }) => ({ kind, body, content }))).toEqual([
      {
        kind: 'location',
        body: 'Office (24.7136, 46.6753)',
        content: { kind: 'location', location: { latitude: 24.7136, longitude: 46.6753, name: 'Office', address: 'King Fahd Rd, Riyadh' } },
      },
      {
        kind: 'contact',
        body: 'Sara +966501112222, Omar +966501113333',
        content: {
          kind: 'contact',
          contacts: [
            { name: 'Sara', phone: '966501112222' },
            { name: 'Omar', phone: '966501113333' },
          ],
        },
      },
      {
        kind: 'poll',
        body: 'Lunch? [Yes / No / Later]',
        content: { kind: 'poll', poll: { question: 'Lunch?', options: ['Yes', 'No', 'Later'], multipleAnswers: true } },
      },
    ]);
    // The typed client encodes the id's `@`; the route reads it back.
    const status = await gateway.rest.GET('/api/messages/{id}/status', { params: { path: { id: poll.data!.data!.id } } });
    expect(status.data?.data).toMatchObject({ kind: 'poll', chatId: '966501234567@c.us' });
  });

  it('are refused with 400 saying what is wrong, and nothing is sent', async () => {
    const gateway = await startGateway({}, { link: true });
    const refusals: Array<[string, unknown, string]> = [
      ['/api/messages/send-location', { phone: '966501234567', longitude: 46.6 }, 'latitude is required: a number from -90 to 90'],
      ['/api/messages/send-location', { phone: '966501234567', latitude: 91, longitude: 46.6 }, 'latitude must be from -90 to 90'],
      ['/api/messages/send-location', { phone: '966501234567', latitude: 24.7, longitude: -181 }, 'longitude must be from -180 to 180'],
      ['/api/messages/send-location', { latitude: 24.7, longitude: 46.6 }, 'Phone number is required'],
      ['/api/messages/send-contact', { phone: '966501234567', contacts: [] }, 'contacts must list at least one contact'],
      ['/api/messages/send-contact', { phone: '966501234567' }, 'contacts is required: a list of {name, phone}'],
      [
        '/api/messages/send-contact',
        { phone: '966501234567', contacts: [{ name: 'Sara', phone: '0501112222' }] },
        'contacts[0]: Phone number "0501112222" looks like a national number',
      ],
      ['/api/messages/send-contact', { phone: '966501234567', contacts: [{ name: ' ', phone: '966501112222' }] }, 'name is required'],
      ['/api/messages/send-poll', { phone: '966501234567', question: ' ', options: ['Yes', 'No'] }, 'question is required'],
      ['/api/messages/send-poll', { phone: '966501234567', question: 'Lunch?', options: ['Yes'] }, 'options must list 2 to 12 answers'],
      [
        '/api/messages/send-poll',
        { phone: '966501234567', question: 'Lunch?', options: Array.from({ length: 13 }, (_, i) => `o${i}`) },
        'options must list 2 to 12 answers',
      ],
      ['/api/messages/send-poll', { phone: '966501234567', question: 'Lunch?', options: ['Yes', 'Yes'] }, 'options must all differ'],
    ];
    for (const [path, body, error] of refusals) {
      const answer = await callRest(gateway.url, 'POST', path, body);
      expect({ path, body, status: answer.status, success: answer.body.success }).toEqual({ path, body, status: 400, success: false });
      expect(answer.body.error, JSON.stringify(body)).toContain(error);
    }
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('are the same operations over GraphQL, on any session, and need WhatsApp to be ready', async () => {
    const gateway = await startGateway();
    const send = async (session: string) => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
        body: JSON.stringify({
          query:
            'mutation($s: String!) { sendPoll(session: $s, input: {phone: "966501234567", question: "Q?", options: ["a", "b"]}) { id to } }',
          variables: { s: session },
        }),
      });
      return (await response.json()) as {
        data?: { sendPoll: { id: string; to: string } };
        errors?: Array<{ extensions: { code: string } }>;
      };
    };
    expect((await send('default')).errors?.[0]?.extensions.code).toBe('CLIENT_NOT_READY');
    expect((await callRest(gateway.url, 'POST', '/api/sessions', { name: 'sales' })).status).toBe(200);
    expect((await callRest(gateway.url, 'POST', '/api/sessions/sales/sandbox/link')).status).toBe(200);
    expect((await send('sales')).data?.sendPoll.to).toBe('966501234567');
    expect((await gateway.outboxFile()).map(({ session, kind }) => [session, kind])).toEqual([['sales', 'poll']]);
  });

  it('a text replies and mentions, and a file shows as a voice note, sticker or document; what cannot be is 400 or 404', async () => {
    const gateway = await startGateway({}, { link: true });
    const first = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Question?' });
    const firstId = first.body.data.id as string;
    const reply = await callRest(gateway.url, 'POST', '/api/messages/send-text', {
      phone: '966501234567',
      message: 'Answer, @966501112222',
      replyTo: firstId,
      mentions: ['+966 50 111 2222'],
    });
    expect(reply.status).toBe(200);
    const ogg = Buffer.from('OggS\0\x02').toString('base64');
    const voice = await callRest(gateway.url, 'POST', '/api/messages/send-media', {
      phone: '966501234567',
      mediaBase64: ogg,
      mimetype: 'audio/ogg',
      asVoice: true,
      replyTo: firstId,
    });
    expect(voice.status).toBe(200);
    const outbox = await gateway.outboxFile();
    expect(outbox.slice(1).map(({ kind, replyTo, mentions, as }) => ({ kind, replyTo, mentions, as }))).toEqual([
      { kind: 'text', replyTo: firstId, mentions: ['966501112222@c.us'], as: undefined },
      { kind: 'media', replyTo: firstId, mentions: undefined, as: 'voice' },
    ]);

    const refusals: Array<[unknown, number, string]> = [
      [
        { phone: '966501234567', mediaBase64: ogg, mimetype: 'audio/ogg', asVoice: true, asDocument: true },
        400,
        'Give at most one of asVoice, asSticker and asDocument',
      ],
      [
        { phone: '966501234567', mediaBase64: ogg, mimetype: 'image/png', asVoice: true },
        400,
        'asVoice needs an audio file; this one is image/png',
      ],
      [
        { phone: '966501234567', mediaBase64: ogg, mimetype: 'audio/ogg', asSticker: true },
        400,
        'asSticker needs an image; this one is audio/ogg',
      ],
      [
        { phone: '966501234567', mediaBase64: ogg, mimetype: 'audio/ogg', viewOnce: true },
        400,
        'viewOnce needs a photo or a video; this one is audio/ogg',
      ],
      [
        { phone: '966501234567', mediaBase64: ogg, mimetype: 'image/png', viewOnce: true, asSticker: true },
        400,
        'viewOnce is for a photo or video shown as itself, not with asVoice, asSticker or asDocument',
      ],
      [
        { phone: '966501234567', mediaBase64: ogg, mimetype: 'audio/ogg', replyTo: 'true_966501234567@c.us_3EB0NOPE' },
        404,
        'Message to reply to not found',
      ],
    ];
    for (const [body, status, error] of refusals) {
      const answer = await callRest(gateway.url, 'POST', '/api/messages/send-media', body);
      expect([answer.status, answer.body.error]).toEqual([status, error]);
    }
    const group = await callRest(gateway.url, 'POST', '/api/messages/send-text', {
      phone: '966501234567',
      message: 'hi',
      mentions: ['120363012345678901@g.us'],
    });
    expect([group.status, group.body.error]).toEqual([400, 'mentions[0]: a group cannot be mentioned']);
    expect(await gateway.outboxFile()).toHaveLength(3);
  });
});

describe('view once and link previews', () => {
  it('a photo goes view once and a text without its link preview, by REST and GraphQL; the sandbox outbox shows both', async () => {
    const gateway = await startGateway({}, { link: true });
    const jpeg = Buffer.from('\xff\xd8\xff\xe0', 'latin1').toString('base64');
    const photo = await callRest(gateway.url, 'POST', '/api/messages/send-media', {
      phone: '966501234567',
      mediaBase64: jpeg,
      mimetype: 'image/jpeg',
      viewOnce: true,
    });
    expect(photo.status).toBe(200);
    const text = await callRest(gateway.url, 'POST', '/api/messages/send-text', {
      phone: '966501234567',
      message: 'See https://example.com',
      linkPreview: false,
    });
    expect(text.status).toBe(200);
    const answer = await callGraphql(
      gateway.url,
      `mutation { a: sendMedia(input: {phone: "966501234567", mediaBase64: "${jpeg}", mimetype: "image/jpeg", viewOnce: true}) { id }
        b: sendText(input: {phone: "966501234567", message: "https://example.com", linkPreview: false}) { id }
        c: sendText(input: {phone: "966501234567", message: "https://example.com"}) { id } }`,
    );
    expect(answer.errors).toBeUndefined();
    const outbox = await callGraphql(gateway.url, '{ sandboxOutbox { kind viewOnce linkPreview } }');
    expect(outbox.data.sandboxOutbox).toEqual([
      { kind: 'media', viewOnce: true, linkPreview: true },
      { kind: 'text', viewOnce: false, linkPreview: false },
      { kind: 'media', viewOnce: true, linkPreview: true },
      { kind: 'text', viewOnce: false, linkPreview: false },
      { kind: 'text', viewOnce: false, linkPreview: true },
    ]);
    const rest = await callRest(gateway.url, 'GET', '/api/sandbox/outbox');
    expect(rest.body.data.slice(0, 2).map(({ viewOnce, linkPreview }: Record<string, unknown>) => ({ viewOnce, linkPreview }))).toEqual([
      { viewOnce: true, linkPreview: true },
      { viewOnce: false, linkPreview: false },
    ]);
  });
});
