import { describe, expect, it } from 'vitest';
import { callGraphql, callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';
import { startReceiver } from '../../utils/webhook-receiver.js';

const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex').toString('base64');

describe('Status: stories', () => {
  it('posts a text story and a photo story by REST, deletes one; the sandbox outbox shows them', async () => {
    const gateway = await startGateway({}, { link: true });
    const text = await callRest(gateway.url, 'POST', '/api/stories/text', { text: 'Open today', backgroundColor: '#25d366', font: 2 });
    expect(text).toMatchObject({ status: 200, body: { success: true, message: 'Story posted', data: { id: expect.any(String) } } });
    const photo = await callRest(gateway.url, 'POST', '/api/sessions/default/stories/media', { mediaBase64: JPEG, caption: 'New menu' });
    expect(photo.status).toBe(200);
    expect(await callRest(gateway.url, 'DELETE', `/api/stories/${text.body.data.id}`)).toMatchObject({
      status: 200,
      body: { message: 'Story deleted', data: { id: text.body.data.id } },
    });
    const outbox = await callGraphql(gateway.url, '{ sandboxOutbox { chatId kind body mimetype backgroundColor font deleted } }');
    expect(outbox.data.sandboxOutbox).toEqual([
      {
        chatId: 'status@broadcast',
        kind: 'text',
        body: 'Open today',
        mimetype: null,
        backgroundColor: '#25d366',
        font: 2,
        deleted: 'for-everyone',
      },
      {
        chatId: 'status@broadcast',
        kind: 'media',
        body: 'New menu',
        mimetype: 'image/jpeg',
        backgroundColor: null,
        font: null,
        deleted: null,
      },
    ]);

    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hello' });
    const refusals: Array<[string, string, unknown, number, string]> = [
      ['POST', '/api/stories/text', {}, 400, 'text is required: the story'],
      ['POST', '/api/stories/text', { text: 'x', backgroundColor: 'green' }, 400, 'backgroundColor must be a colour like #25d366'],
      ['POST', '/api/stories/text', { text: 'x', font: 8 }, 400, 'font must be from 0 to 7'],
      ['POST', '/api/stories/media', {}, 400, 'Media is required: give mediaUrl or mediaBase64'],
      [
        'POST',
        '/api/stories/media',
        { mediaBase64: Buffer.from('%PDF-1.4').toString('base64'), mimetype: 'application/pdf' },
        400,
        'A story is a photo, a video or audio; this file is application/pdf',
      ],
      ['DELETE', `/api/stories/${sent.body.data.id}`, undefined, 400, 'That message is not a story'],
      ['DELETE', `/api/stories/${text.body.data.id}`, undefined, 404, 'Message not found'],
    ];
    for (const [method, path, body, status, error] of refusals) {
      const answer = await callRest(gateway.url, method, path, body);
      expect({ path, body, status: answer.status }).toEqual({ path, body, status });
      expect(answer.body.error).toContain(error);
    }
  });

  it("raises another's story on the raw stream, a webhook and GraphQL, its photo served at its mediaUrl", async () => {
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const receiver = await startReceiver();
    expect((await callRest(gateway.url, 'POST', '/api/webhooks', { url: receiver.url, events: ['story'] })).status).toBe(200);
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    const posted = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/story', {
      from: '966501234567',
      body: 'Back from holiday',
      mimeType: 'image/jpeg',
      mediaBase64: JPEG,
    });
    expect(posted).toMatchObject({ status: 200, body: { message: 'Story delivered', data: { from: '966501234567@c.us', type: 'image' } } });
    const { id } = posted.body.data;
    const frame = await stream.next('story');
    expect(frame.data).toEqual({
      id,
      from: '966501234567@c.us',
      type: 'image',
      body: 'Back from holiday',
      hasMedia: true,
      mimeType: 'image/jpeg',
      mediaUrl: `/api/messages/${encodeURIComponent(id)}/media`,
      timestamp: expect.any(Number),
    });
    const media = await fetch(`${gateway.url}${frame.data!.mediaUrl as string}`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect([media.status, Buffer.from(await media.arrayBuffer()).toString('base64')]).toEqual([200, JPEG]);
    await eventually(() => expect(receiver.received.map((r) => r.body.event)).toEqual(['story']));
    expect(await callRest(gateway.url, 'DELETE', `/api/stories/${encodeURIComponent(id)}`)).toMatchObject({
      status: 400,
      body: { error: "Only the account's own stories can be deleted" },
    });
    const viaGraphql = await callGraphql(
      gateway.url,
      'mutation { sandboxInboundStory(input: {from: "966501112222", body: "Hi all"}) { from type hasMedia mediaUrl } }',
    );
    expect(viaGraphql.data.sandboxInboundStory).toEqual({ from: '966501112222@c.us', type: 'chat', hasMedia: false, mediaUrl: null });
    const post = 'mutation { postTextStory(input: {text: "Sale"}, idempotencyKey: "s-1") { id } }';
    const first = await callGraphql(gateway.url, post);
    expect((await callGraphql(gateway.url, post)).data.postTextStory.id).toBe(first.data.postTextStory.id);
    expect(await gateway.outboxFile()).toHaveLength(1);
  });
});
