import { CloseCode } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startGateway, TEST_API_KEY, type TestGateway } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

/** Closed because a frame was over the size the server reads (RFC 6455's "message too big"). */
const MESSAGE_TOO_BIG = 1009;
const POLICY_VIOLATION = 1008;

/** A socket that records every message it is sent and how it was closed. */
async function open(url: string, protocol?: string) {
  const socket = new WebSocket(url, protocol);
  const messages: Array<Record<string, unknown>> = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('message', (raw) => messages.push(JSON.parse(raw.toString()) as Record<string, unknown>));
  socket.on('error', () => undefined);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, messages, closed };
}

const init = (payload: unknown = { apiKey: TEST_API_KEY }) => JSON.stringify({ type: 'connection_init', payload });

/**
 * Sends each frame in turn on a new graphql-ws socket and answers how the gateway closed it. An `init()`
 * frame is followed by a wait for its acknowledgement, as a client must wait before it subscribes.
 */
async function closeOf(gateway: TestGateway, frames: Array<string | Buffer>) {
  const { socket, messages, closed } = await open(gateway.wsUrl, 'graphql-transport-ws');
  for (const frame of frames) {
    socket.send(frame);
    if (frame === init() && frame !== frames.at(-1))
      await eventually(() => expect(messages.map((message) => message.type)).toContain('connection_ack'));
  }
  return closed;
}
const subscribe = (id: string, payload: unknown) => JSON.stringify({ id, type: 'subscribe', payload });
const onMessages = { query: 'subscription { message { body } }' };

/** Whether a well-behaved graphql-ws client still hears an inbound message, after all that was thrown. */
async function stillHears(gateway: TestGateway) {
  const { socket, messages } = await open(gateway.wsUrl, 'graphql-transport-ws');
  socket.send(init());
  await eventually(() => expect(messages.map((message) => message.type)).toContain('connection_ack'));
  socket.send(subscribe('1', onMessages));
  await eventually(async () => {
    await fetch(`${gateway.url}/api/sandbox/inbound`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ from: '966501234567', body: 'still here' }),
    });
    expect(messages.some((message) => message.type === 'next')).toBe(true);
  });
  socket.close();
}

describe('the WebSocket doors under hostile frames', () => {
  it('graphql-ws: closes malformed, out-of-order, duplicate and oversized frames with the protocol codes, answers bad operations with coded errors, and keeps serving', async () => {
    const gateway = await startGateway({}, { link: true });
    const heapBefore = process.memoryUsage().heapUsed;

    expect((await closeOf(gateway, ['not json'])).code).toBe(CloseCode.BadRequest);
    expect((await closeOf(gateway, [Buffer.from([0xff, 0xfe, 0x00])])).code).toBe(CloseCode.BadRequest);
    expect((await closeOf(gateway, [JSON.stringify({ type: 'no such type' })])).code).toBe(CloseCode.BadRequest);
    expect((await closeOf(gateway, [JSON.stringify([init()])])).code).toBe(CloseCode.BadRequest);
    expect((await closeOf(gateway, [init('a string, not an object')])).code).toBe(CloseCode.BadRequest);
    // A subscription before the connection is initialised, and a second initialisation.
    expect((await closeOf(gateway, [subscribe('1', onMessages)])).code).toBe(CloseCode.Unauthorized);
    expect((await closeOf(gateway, [init(), init()])).code).toBe(CloseCode.TooManyInitialisationRequests);
    expect((await closeOf(gateway, [init(), JSON.stringify({ type: 'connection_ack' })])).code).toBe(CloseCode.BadRequest);
    // Two subscriptions under one id, and a subscription with no query.
    expect((await closeOf(gateway, [init(), subscribe('1', onMessages), subscribe('1', onMessages)])).code).toBe(
      CloseCode.SubscriberAlreadyExists,
    );
    expect((await closeOf(gateway, [init(), subscribe('1', { variables: {} })])).code).toBe(CloseCode.BadRequest);
    // A wrong key, a key of the wrong type, a key with a NUL in it.
    for (const apiKey of ['wrong', 12345, 'a\u0000b', 'x'.repeat(100_000)]) {
      const refused = await closeOf(gateway, [init({ apiKey })]);
      expect([refused.code, refused.reason]).toEqual([CloseCode.Unauthorized, expect.stringMatching(/API key/)]);
    }
    // A frame over the 1 MB the door reads.
    expect((await closeOf(gateway, [init(), subscribe('1', { query: `# ${'x'.repeat(1_100_000)}\n{ health { status } }` })])).code).toBe(
      MESSAGE_TOO_BIG,
    );

    // Operations that cannot run answer an error message with a code on the socket, which stays open.
    const { socket, messages } = await open(gateway.wsUrl, 'graphql-transport-ws');
    socket.send(init());
    await eventually(() => expect(messages.map((message) => message.type)).toContain('connection_ack'));
    const bad: Array<[string, unknown]> = [
      ['parse', { query: 'subscription {' }],
      ['unknown field', { query: 'subscription { noSuchThing }' }],
      ['nul session', { query: 'subscription ($s: String!) { message(session: $s) { body } }', variables: { s: 'a\u0000b' } }],
      ['unknown session', { query: 'subscription { message(session: "nope") { body } }' }],
      ['huge session', { query: 'subscription ($s: String!) { message(session: $s) { body } }', variables: { s: 'x'.repeat(100_000) } }],
      ['wrong variable type', { query: 'subscription ($s: String!) { message(session: $s) { body } }', variables: { s: [1, 2] } }],
      ['deep', { query: `{ ${'health { '.repeat(50)}status${' }'.repeat(50)} }` }],
    ];
    for (const [id, payload] of bad) socket.send(subscribe(id, payload));
    // A complete for something never subscribed is nothing to act on.
    socket.send(JSON.stringify({ id: 'never', type: 'complete' }));
    // Refused before it runs: an error message; refused as it runs: a result with errors, then complete.
    const errorsOf = (id: string) => {
      const answer = messages.find((message) => message.id === id && (message.type === 'error' || message.type === 'next'));
      if (!answer) return undefined;
      return (answer.type === 'error' ? answer.payload : (answer.payload as { errors?: unknown }).errors) as
        Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
    };
    await eventually(() => expect(bad.filter(([id]) => !errorsOf(id)).map(([id]) => id)).toEqual([]));
    for (const [id] of bad) {
      const errors = errorsOf(id)!;
      expect(errors.length, id).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.extensions?.code, `${id}: ${error.message}`).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
        expect(error.extensions, id).not.toHaveProperty('http');
        // What a client sent is not sent back whole.
        expect(error.message.length, id).toBeLessThan(300);
        expect(error.message).not.toMatch(/\bat \S+ \(?[^\s()]+:\d+:\d+/);
      }
    }
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();

    await stillHears(gateway);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 2 ** 20);
    expect(gateway.logs.text).not.toMatch(/"level":50/);
  });

  it('the raw stream: ignores frames it does not read, answers ping, closes an oversized frame with 1009 and a bad key or session with 1008, and keeps serving', async () => {
    const gateway = await startGateway({}, { link: true });
    const url = (query: string) => `${gateway.rawWsUrl}/?${query}`;

    const client = await open(url(`apiKey=${TEST_API_KEY}`));
    for (const frame of [
      'not json',
      '{"event":',
      '[]',
      'null',
      '{"event":"subscribe","session":"*"}',
      JSON.stringify({ event: 'x'.repeat(60_000) }),
    ])
      client.socket.send(frame);
    client.socket.send(Buffer.from([0xff, 0xfe, 0x00]));
    client.socket.send(JSON.stringify({ event: 'ping' }));
    await eventually(() => expect(client.messages.some((message) => message.event === 'pong')).toBe(true));
    await fetch(`${gateway.url}/api/sandbox/inbound`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ from: '966501234567', body: 'after the noise' }),
    });
    await eventually(() =>
      expect(client.messages.some((message) => (message.data as { body?: string } | undefined)?.body === 'after the noise')).toBe(true),
    );

    client.socket.send('x'.repeat(70 * 1024));
    expect((await client.closed).code).toBe(MESSAGE_TOO_BIG);

    for (const query of [
      'apiKey=wrong',
      '',
      `apiKey=${TEST_API_KEY}&session=a%00b`,
      `apiKey=${TEST_API_KEY}&session=${'x'.repeat(5_000)}`,
    ]) {
      const refused = await open(url(query));
      const { code } = await refused.closed;
      expect(code, query.slice(0, 60)).toBe(POLICY_VIOLATION);
      expect(refused.messages[0], query.slice(0, 60)).toMatchObject({ event: expect.stringMatching(/^(auth_failed|error)$/) });
    }

    const after = await open(url(`apiKey=${TEST_API_KEY}`));
    after.socket.send(JSON.stringify({ event: 'ping' }));
    await eventually(() => expect(after.messages.some((message) => message.event === 'pong')).toBe(true));
    after.socket.close();
    expect(gateway.logs.text).not.toMatch(/"level":50/);
  });
});
