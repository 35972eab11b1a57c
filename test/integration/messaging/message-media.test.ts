import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';
import { startReceiver } from '../../utils/webhook-receiver.js';

/** A 1×1 PNG: real bytes, as a phone would send them. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const fetchMedia = (url: string, path: string) => fetch(`${url}${path}`, { headers: { 'x-api-key': TEST_API_KEY } });

describe('message media', () => {
  it('serves a received file as itself at the mediaUrl its frame and webhook carry, cached after the first fetch', async () => {
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const receiver = await startReceiver();
    await callRest(gateway.url, 'POST', '/api/webhooks', { url: receiver.url, events: ['message'] });
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);

    const inbound = await callRest(gateway.url, 'POST', '/api/sandbox/inbound', {
      from: '966501234567',
      mimeType: 'image/png',
      filename: 'dot.png',
      caption: 'Look',
      mediaBase64: PNG.toString('base64'),
    });
    const id = inbound.body.data.id as string;
    const mediaUrl = `/api/messages/${encodeURIComponent(id)}/media`;
    expect(inbound.body.data).toMatchObject({ hasMedia: true, mimeType: 'image/png', mediaUrl });
    expect((await stream.next('message')).data).toMatchObject({ id, mediaUrl });
    await eventually(() => expect(receiver.received[0]?.body.data).toMatchObject({ id, mediaUrl }));

    const answer = await fetchMedia(gateway.url, mediaUrl);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(answer.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''dot.png");
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(PNG);
    expect((await readdir(join(gateway.dir, 'media'))).sort().map((name) => name.replace(/^[0-9a-f]{64}/, '<hash>'))).toEqual([
      '<hash>.bin',
      '<hash>.json',
    ]);

    // A second fetch comes from the cache, even once the sandbox has forgotten the file.
    await callRest(gateway.url, 'POST', '/api/sandbox/inbound/revoke', { messageId: id });
    const again = await fetchMedia(gateway.url, mediaUrl);
    expect([again.status, Buffer.from(await again.arrayBuffer()).equals(PNG)]).toEqual([200, true]);

    // GraphQL gives the same file, base64.
    const viaGraphql = await gateway.request(parse(`query { messageMedia(id: "${id}") { contentType filename size data } }`));
    expect(viaGraphql.body).toEqual({
      data: { messageMedia: { contentType: 'image/png', filename: 'dot.png', size: PNG.byteLength, data: PNG.toString('base64') } },
    });
  });

  it('serves a sent file, and answers 404 for a text, an unknown message, or a file WhatsApp no longer has', async () => {
    const gateway = await startGateway({}, { link: true });
    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-media', {
      phone: '966501234567',
      mediaBase64: PNG.toString('base64'),
      mimetype: 'image/png',
      filename: 'dot.png',
    });
    const file = await fetchMedia(gateway.url, `/api/sessions/default/messages/${encodeURIComponent(sent.body.data.id)}/media`);
    expect([file.status, Buffer.from(await file.arrayBuffer()).equals(PNG)]).toEqual([200, true]);

    const text = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hi' });
    const withoutBytes = await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966501234567', mimeType: 'image/jpeg' });
    for (const [id, error] of [
      [text.body.data.id, 'That message has no media'],
      ['true_966501234567@c.us_3EB0UNKNOWN_out', 'Message not found'],
      [withoutBytes.body.data.id, 'The media is no longer on WhatsApp'],
    ]) {
      expect(await callRest(gateway.url, 'GET', `/api/messages/${encodeURIComponent(id)}/media`)).toEqual({
        status: 404,
        body: { success: false, error, message: 'Check the id or the route' },
      });
    }
  });
});
