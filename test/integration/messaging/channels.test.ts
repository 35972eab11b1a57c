import { describe, expect, it } from 'vitest';
import { callGraphql, callRest, startGateway } from '../../utils/gateway.js';

const PUBLIC_CHANNEL = '120363000000000001@newsletter';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');

describe('WhatsApp channels', () => {
  it('creates a channel, posts a text and a photo in it, follows and unfollows another by REST; the outbox shows the posts', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await callRest(gateway.url, 'GET', '/api/channels')).toMatchObject({ status: 200, body: { success: true, data: [] } });
    const created = await callRest(gateway.url, 'POST', '/api/channels', { name: ' Offers ', description: 'Weekly offers' });
    expect(created).toMatchObject({
      status: 200,
      body: {
        success: true,
        message: 'Channel created',
        data: { id: expect.stringMatching(/^\d+@newsletter$/), name: 'Offers', description: 'Weekly offers', role: 'owner' },
      },
    });
    const id = created.body.data.id as string;
    expect((await callRest(gateway.url, 'GET', `/api/channels/${id}`)).body.data).toEqual(created.body.data);
    const text = await callRest(gateway.url, 'POST', `/api/channels/${id}/messages`, { text: 'This week: 20% off' });
    expect(text).toMatchObject({
      status: 200,
      body: { message: 'Posted in the channel', data: { id: expect.any(String), channelId: id } },
    });
    const photo = await callRest(gateway.url, 'POST', `/api/sessions/default/channels/${id}/messages`, {
      mediaBase64: PNG,
      caption: 'Sale',
    });
    expect(photo.status).toBe(200);
    expect(
      (await gateway.outboxFile()).map(({ chatId, kind, body, media }) => ({
        chatId,
        kind,
        body,
        mimetype: (media as { mimetype?: string } | undefined)?.mimetype,
      })),
    ).toEqual([
      { chatId: id, kind: 'text', body: 'This week: 20% off', mimetype: undefined },
      { chatId: id, kind: 'media', body: 'Sale', mimetype: 'image/png' },
    ]);

    expect(await callRest(gateway.url, 'POST', `/api/channels/${PUBLIC_CHANNEL}/follow`)).toMatchObject({
      status: 200,
      body: { message: 'Channel followed', data: { id: PUBLIC_CHANNEL, role: 'subscriber' } },
    });
    expect((await callRest(gateway.url, 'GET', '/api/channels')).body.data.map((c: { id: string }) => c.id)).toEqual([PUBLIC_CHANNEL, id]);
    expect((await callRest(gateway.url, 'DELETE', `/api/channels/${PUBLIC_CHANNEL}/follow`)).body.data.role).toBe('guest');

    const refusals: Array<[string, string, unknown, number, string]> = [
      ['POST', '/api/channels', {}, 400, 'name is required: the channel name'],
      ['POST', '/api/channels', { name: 'x'.repeat(101) }, 400, 'name is too long: at most 100 characters'],
      ['GET', '/api/channels/12345', undefined, 400, 'id must be a channel id, e.g. 120363012345678901@newsletter'],
      ['GET', '/api/channels/120363999999999999@newsletter', undefined, 404, 'Channel not found'],
      ['POST', `/api/channels/${id}/messages`, {}, 400, 'Give text, or a file as mediaUrl or mediaBase64'],
      ['POST', `/api/channels/${id}/messages`, { text: 'hi', mediaBase64: PNG }, 400, 'Give either text or a file'],
      [
        'POST',
        `/api/channels/${id}/messages`,
        { mediaBase64: Buffer.from('%PDF-1.4').toString('base64'), mimetype: 'application/pdf' },
        400,
        'A channel takes photos, videos and voice notes; this file is application/pdf',
      ],
      ['POST', `/api/channels/${PUBLIC_CHANNEL}/messages`, { text: 'hi' }, 400, "Only the channel's owner and admins post in it"],
      ['POST', `/api/channels/${id}/follow`, undefined, 400, 'The account owns this channel'],
    ];
    for (const [method, path, body, status, error] of refusals) {
      const answer = await callRest(gateway.url, method, path, body);
      expect({ path, status: answer.status }).toEqual({ path, status });
      expect(answer.body.error).toContain(error);
    }
    expect(await gateway.outboxFile()).toHaveLength(2);
  });

  it('are the same over GraphQL, and a repeated post with one idempotency key is posted once', async () => {
    const gateway = await startGateway({}, { link: true });
    const created = await callGraphql(gateway.url, 'mutation { createChannel(input: {name: "News"}) { id role description } }');
    expect(created.data.createChannel).toMatchObject({ role: 'owner', description: null });
    const id = created.data.createChannel.id as string;
    const post = `mutation { sendChannelMessage(id: "${id}", input: {text: "Hello"}, idempotencyKey: "post-1") { id channelId } }`;
    const first = await callGraphql(gateway.url, post);
    expect(first.data.sendChannelMessage.channelId).toBe(id);
    expect((await callGraphql(gateway.url, post)).data.sendChannelMessage.id).toBe(first.data.sendChannelMessage.id);
    expect(await gateway.outboxFile()).toHaveLength(1);
    expect((await callGraphql(gateway.url, `mutation { followChannel(id: "${PUBLIC_CHANNEL}") { role } }`)).data).toEqual({
      followChannel: { role: 'subscriber' },
    });
    expect((await callGraphql(gateway.url, '{ channels { name role } }')).data.channels).toEqual([
      { name: 'WhatsApp', role: 'subscriber' },
      { name: 'News', role: 'owner' },
    ]);
    expect((await callGraphql(gateway.url, `{ channel(id: "${PUBLIC_CHANNEL}") { name } }`)).data.channel.name).toBe('WhatsApp');
  });
});
