import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ClientStatusDocument } from '../../generated/graphql.js';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect, type Frame } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';

const isoTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

describe('the raw WebSocket stream', () => {
  it('sends qr, authenticated, ready and state_change frames exactly as documented, on / and /ws', async () => {
    const gateway = await startGateway({ SANDBOX_QR_REFRESH_MS: '1000' });
    const root = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    const ws = await connect(`${gateway.rawWsUrl}/ws`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect(await root.next('qr')).toEqual({
      event: 'qr',
      session: 'default',
      data: { qr: expect.stringMatching(/./), timestamp: isoTimestamp },
    });
    await gateway.rest.POST('/api/sandbox/link');
    for (const client of [root, ws]) {
      expect(await client.next('authenticated')).toEqual({
        event: 'authenticated',
        session: 'default',
        data: { message: 'WhatsApp authenticated successfully', timestamp: isoTimestamp },
      });
      expect(await client.next('ready')).toEqual({
        event: 'ready',
        session: 'default',
        data: {
          message: 'WhatsApp client is ready',
          info: { wid: '15550100001@c.us', pushname: 'WaQtor Sandbox', platform: 'sandbox' },
          timestamp: isoTimestamp,
        },
      });
      expect(client.frames.filter((f) => f.event === 'state_change').at(-1)).toEqual({
        event: 'state_change',
        session: 'default',
        data: { state: 'CONNECTED', previousState: 'PAIRING', timestamp: isoTimestamp },
      });
    }
  });

  it('tells a client that connects late where the session stands: the QR on screen while pairing, ready once linked', async () => {
    // The QR refreshes every 30 s by default: a late client that waited for the next one would wait that long.
    const gateway = await startGateway();
    const pairing = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    const onScreen = (await gateway.request(ClientStatusDocument)).body.data?.clientStatus?.state;
    expect(onScreen).toBe('PAIRING');
    expect(await pairing.next('qr', 2_000)).toEqual({
      event: 'qr',
      session: 'default',
      data: { qr: expect.stringMatching(/^2@/), timestamp: isoTimestamp },
    });
    expect(pairing.frames.map((f) => f.event)).toEqual(['qr']);

    await gateway.rest.POST('/api/sandbox/link');
    await pairing.next('ready');
    const linked = await connect(`${gateway.rawWsUrl}/ws?apiKey=${TEST_API_KEY}`);
    expect(await linked.next('ready', 2_000)).toEqual({
      event: 'ready',
      session: 'default',
      data: {
        message: 'WhatsApp client is ready',
        info: { wid: '15550100001@c.us', pushname: 'WaQtor Sandbox', platform: 'sandbox' },
        timestamp: (pairing.frames.find((f) => f.event === 'ready')!.data as { timestamp: string }).timestamp,
      },
    });
    expect(linked.frames.map((f) => f.event)).toEqual(['ready']);

    // Then the live stream, as for everyone.
    await gateway.rest.POST('/api/sandbox/inbound', { body: { from: '971501234567', body: 'hi' } });
    expect((await linked.next('message')).data).toMatchObject({ from: '971501234567@c.us', body: 'hi' });
  });

  it('sends message frames with the documented fields, media fields when present, and message_ack and disconnected', async () => {
    const gateway = await startGateway({}, { link: true });
    const client = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    await gateway.rest.POST('/api/sandbox/inbound', { body: { from: '971501234567', body: 'Hello! This is a test message.' } });
    expect(await client.next('message')).toEqual({
      event: 'message',
      session: 'default',
      data: {
        id: expect.any(String),
        from: '971501234567@c.us',
        to: '15550100001@c.us',
        body: 'Hello! This is a test message.',
        timestamp: expect.any(Number),
        fromMe: false,
        hasMedia: false,
        type: 'chat',
        isGroup: false,
      },
    });
    client.frames.length = 0;
    await gateway.rest.POST('/api/sandbox/inbound', {
      body: { from: '971501234567', type: 'image', caption: 'Check this out!', mimeType: 'image/jpeg' },
    });
    expect((await client.next('message')).data).toMatchObject({
      body: '',
      caption: 'Check this out!',
      hasMedia: true,
      type: 'image',
      mimeType: 'image/jpeg',
    });

    const sent = await gateway.rest.POST('/api/messages/send-text', { body: { phone: '966501234567', message: 'hi' } });
    await eventually(() =>
      expect(client.frames.filter((f) => f.event === 'message_ack').map((f) => f.data?.status)).toEqual(['sent', 'delivered']),
    );
    expect(client.frames.find((f) => f.event === 'message_ack')).toEqual({
      event: 'message_ack',
      session: 'default',
      data: { id: sent.data!.data!.id, chatId: '966501234567@c.us', ack: 1, status: 'sent', timestamp: isoTimestamp },
    });
    await gateway.rest.POST('/api/sandbox/disconnect', { body: { reason: 'CONFLICT' } });
    expect(await client.next('disconnected')).toEqual({
      event: 'disconnected',
      session: 'default',
      data: { reason: 'CONFLICT', message: 'WhatsApp client disconnected', timestamp: isoTimestamp },
    });
  });

  it('answers a missing or wrong key with one auth_failed frame and closes with 1008', async () => {
    const gateway = await startGateway();
    for (const [url, error] of [
      [gateway.rawWsUrl, 'API key is required'],
      [`${gateway.rawWsUrl}/ws?apiKey=wrong`, 'Invalid API key'],
    ] as const) {
      const client = await connect(url);
      expect(await client.closed).toEqual({ code: 1008, reason: error });
      expect(client.frames).toEqual([{ event: 'auth_failed', data: { error, timestamp: isoTimestamp } }]);
    }
  });

  it('pings every WS_PING_INTERVAL_MS and answers a client ping with pong', async () => {
    const gateway = await startGateway({ WS_PING_INTERVAL_MS: '150' });
    const client = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    expect(await client.next('ping')).toEqual({ event: 'ping', timestamp: isoTimestamp });
    client.socket.send(JSON.stringify({ event: 'ping', timestamp: new Date().toISOString() }));
    expect(await client.next('pong')).toEqual({ event: 'pong', timestamp: isoTimestamp });
  });

  it('terminates a client that misses two pings in a row, and keeps one that answers either kind of ping', async () => {
    const gateway = await startGateway({ WS_PING_INTERVAL_MS: '150' });
    const url = `${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`;
    const dead = await connect(url, { autoPong: false });
    const protocolPongs = await connect(url);
    const framePongs = await connect(url, { autoPong: false });
    framePongs.socket.on('message', (raw) => {
      if ((JSON.parse(raw.toString()) as Frame).event === 'ping')
        framePongs.socket.send(JSON.stringify({ event: 'pong', timestamp: new Date().toISOString() }));
    });
    expect((await dead.closed).code).toBe(1006);
    // Two more rounds of pings, each answered, and neither client is dropped.
    const pingsSoFar = framePongs.frames.filter((f) => f.event === 'ping').length;
    await eventually(() => expect(framePongs.frames.filter((f) => f.event === 'ping').length).toBeGreaterThanOrEqual(pingsSoFar + 2));
    expect([protocolPongs.socket.readyState, framePongs.socket.readyState]).toEqual([WebSocket.OPEN, WebSocket.OPEN]);
    expect(gateway.logs.text).toContain('terminating a WebSocket client that missed two pings');
  });

  it('drops a client that stops reading once more than 1 MB waits for it, and keeps serving the others', async () => {
    const gateway = await startGateway({}, { link: true });
    const url = `${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`;
    const slow = await connect(url);
    const healthy = await connect(url);
    (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    const body = 'x'.repeat(60_000);
    for (let sent = 0; sent < 400 && !gateway.logs.text.includes('dropping a WebSocket client'); sent += 1) {
      await gateway.rest.POST('/api/sandbox/inbound', { body: { from: '971501234567', body } });
    }
    expect(gateway.logs.text).toContain('dropping a WebSocket client that does not keep up with the event stream');
    (slow.socket as unknown as { _socket: { resume(): void } })._socket.resume();
    expect((await slow.closed).code).toBe(1006);
    await gateway.rest.POST('/api/sandbox/inbound', { body: { from: '971501234567', body: 'still here' } });
    await eventually(() => expect(healthy.frames.at(-1)?.data?.body).toBe('still here'));
  });
});
