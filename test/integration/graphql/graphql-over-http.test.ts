import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  ChatsDocument,
  ClientStatusDocument,
  HealthDocument,
  MessageStatusDocument,
  SandboxAckDocument,
  SandboxInboundDocument,
  SandboxOutboxDocument,
  SendBulkDocument,
  SendMediaDocument,
  SendTestMessageDocument,
  SendTextDocument,
  SessionInfoDocument,
  TestNumberDocument,
  VersionDocument,
} from '../../generated/graphql.js';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function mediaServer() {
  const server = createServer((req, res) => {
    if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.from(PNG_1X1, 'base64'));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A linked gateway refuses the send with BAD_USER_INPUT and this message, and nothing reaches the outbox. */
async function expectRefusedUnsent<T, V>(document: TypedDocumentNode<T, V>, variables: V, message: string) {
  const gateway = await startGateway({}, { link: true });
  const result = await gateway.request(document, variables);
  expect(result.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  expect(await gateway.outboxFile()).toEqual([]);
}

describe('GraphQL over HTTP with the sandbox driver', () => {
  it('answers health, version and status before WhatsApp is linked', async () => {
    const gateway = await startGateway();
    const health = await gateway.request(HealthDocument);
    expect(health.body.data?.health).toMatchObject({ status: 'ok', service: 'Waqtor API', version: '1.0.0' });
    const version = await gateway.request(VersionDocument);
    expect(version.body.data?.version).toEqual({ waqtor: '1.0.0', upstream: '1.34.7', upstreamAuthor: 'wwebjs' });
    const status = await gateway.request(ClientStatusDocument);
    expect(status.body.data?.clientStatus).toEqual({
      status: 'disconnected',
      ready: false,
      state: 'PAIRING',
      message: 'WhatsApp client is not ready. Please scan QR code.',
    });
  });

  it('refuses requests without a valid API key, by header or query parameter', async () => {
    const gateway = await startGateway();
    const missing = await gateway.request(ClientStatusDocument, undefined, null);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ errors: [{ message: 'API key is required', extensions: { code: 'UNAUTHENTICATED' } }] });
    const wrong = await gateway.request(ClientStatusDocument, undefined, 'not-the-key');
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0]).toMatchObject({ message: 'Invalid API key', extensions: { code: 'UNAUTHENTICATED' } });
    const byQuery = await fetch(`${gateway.url}/graphql?apiKey=${TEST_API_KEY}&query=${encodeURIComponent('{ clientStatus { state } }')}`);
    expect(await byQuery.json()).toEqual({ data: { clientStatus: { state: 'PAIRING' } } });
  });

  it('answers the health check without a key, but nothing selected beside it', async () => {
    const gateway = await startGateway();
    const health = await gateway.request(HealthDocument, undefined, null);
    expect(health).toMatchObject({ status: 200, body: { data: { health: { status: 'ok', service: 'Waqtor API' } } } });
    const mixed = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ health { status } clientStatus { state } }')}`);
    expect(mixed.status).toBe(401);
    const introspection = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ __schema { queryType { name } } }')}`);
    expect(introspection.status).toBe(401);
  });

  it('serves GraphiQL to a browser without the key', async () => {
    const gateway = await startGateway();
    const page = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('WaQtor GraphQL');
  });

  it('sends nothing and says so while WhatsApp is not ready', async () => {
    const gateway = await startGateway();
    const result = await gateway.request(SendTextDocument, { input: { phone: '966501234567', message: 'hi' } });
    expect(result.body.errors?.[0]).toMatchObject({ message: 'WhatsApp client not ready', extensions: { code: 'CLIENT_NOT_READY' } });
    const info = await gateway.request(SessionInfoDocument);
    expect(info.body.errors?.[0]?.extensions?.code).toBe('CLIENT_NOT_READY');
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('sends a text that lands in the sandbox outbox and is tracked to delivered', async () => {
    const gateway = await startGateway({}, { link: true });
    const sent = await gateway.request(SendTextDocument, { input: { phone: '+966 50 123 4567', message: 'Hello from WaQtor' } });
    expect(sent.body.errors).toBeUndefined();
    const { id, to } = sent.body.data!.sendText!;
    expect(to).toBe('966501234567');
    expect(id).toMatch(/^true_966501234567@c\.us_[0-9A-F]+_out$/);

    const outbox = await gateway.request(SandboxOutboxDocument);
    expect(outbox.body.data?.sandboxOutbox).toEqual([
      expect.objectContaining({ id, chatId: '966501234567@c.us', kind: 'text', body: 'Hello from WaQtor' }),
    ]);
    expect(await gateway.outboxFile()).toEqual([expect.objectContaining({ id, body: 'Hello from WaQtor' })]);

    const delivered = await eventually(async () => {
      const status = await gateway.request(MessageStatusDocument, { id });
      expect(status.body.data?.messageStatus?.status).toBe('delivered');
      return status.body.data!.messageStatus!;
    });
    expect(delivered).toMatchObject({ session: 'default', chatId: '966501234567@c.us', kind: 'text', ack: 2, error: null });
    expect(delivered.deliveredAt).not.toBeNull();

    const read = await gateway.request(SandboxAckDocument, { id, ack: 3 });
    expect(read.body.data?.sandboxAck).toEqual({ id, ack: 3, status: 'read' });
    await eventually(async () => {
      const status = await gateway.request(MessageStatusDocument, { id });
      expect(status.body.data?.messageStatus).toMatchObject({ status: 'read', ack: 3 });
    });
  });

  it('accepts chatId and text, and group ids', async () => {
    const gateway = await startGateway({}, { link: true });
    const person = await gateway.request(SendTextDocument, { input: { chatId: '971501234567@c.us', text: 'hi' } });
    expect(person.body.data?.sendText?.to).toBe('971501234567');
    const group = await gateway.request(SendTextDocument, { input: { chatId: '120363012345678901@g.us', text: 'hi all' } });
    expect(group.body.data?.sendText?.to).toBe('120363012345678901@g.us');
    const chats = await gateway.request(ChatsDocument);
    expect(chats.body.data?.chats).toEqual(
      expect.arrayContaining([
        { id: '971501234567@c.us', name: '971501234567', isGroup: false, unreadCount: 0 },
        { id: '120363012345678901@g.us', name: '120363012345678901@g.us', isGroup: true, unreadCount: 0 },
      ]),
    );
  });

  it.each([
    [{ message: 'hi' }, 'Phone number is required'],
    [{ phone: '966501234567' }, 'Message text is required'],
    [
      { phone: '0501234567', message: 'hi' },
      'Phone number "0501234567" looks like a national number: use the international format with the country code, e.g. 966501234567',
    ],
    [
      { phone: '12', message: 'hi' },
      'Phone number "12" is not a valid international number: use the international format with the country code, e.g. 966501234567',
    ],
    [{ chatId: 'abc@g.us', message: 'hi' }, 'Group id "abc@g.us" is not valid: expected digits followed by @g.us'],
    [{ phone: '966501234567', message: 'a 65,537-character text' }, 'Message text is too long: at most 65536 characters'],
  ])('refuses sendText %j with BAD_USER_INPUT', async (given, message) => {
    const input = 'message' in given && given.message === 'a 65,537-character text' ? { ...given, message: 'x'.repeat(65_537) } : given;
    await expectRefusedUnsent(SendTextDocument, { input }, message);
  });

  it('fails a number that is not on WhatsApp, without sending', async () => {
    const gateway = await startGateway({}, { link: true });
    const result = await gateway.request(SendTextDocument, { input: { phone: '966500000000', message: 'hi' } });
    expect(result.body.errors?.[0]).toMatchObject({ message: '966500000000 is not on WhatsApp', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('reports an unknown message id as NOT_FOUND', async () => {
    const gateway = await startGateway();
    const result = await gateway.request(MessageStatusDocument, { id: 'nope' });
    expect(result.body.errors?.[0]).toMatchObject({ message: 'Message not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('sends media from base64 and from a URL, sniffing the type', async () => {
    const origin = await mediaServer();
    const gateway = await startGateway({ MEDIA_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const fromBase64 = await gateway.request(SendMediaDocument, {
      input: { phone: '966501234567', mediaBase64: PNG_1X1, mimetype: 'image/png', caption: 'a dot', filename: 'dot.png' },
    });
    expect(fromBase64.body.errors).toBeUndefined();
    const fromUrl = await gateway.request(SendMediaDocument, {
      input: { phone: '966501234567', mediaUrl: `${origin}/image`, caption: 'from url' },
    });
    expect(fromUrl.body.errors).toBeUndefined();
    const outbox = (await gateway.request(SandboxOutboxDocument)).body.data!.sandboxOutbox;
    expect(outbox).toEqual([
      expect.objectContaining({ kind: 'media', body: 'a dot', mimetype: 'image/png', filename: 'dot.png', size: 70 }),
      expect.objectContaining({ kind: 'media', body: 'from url', mimetype: 'image/png', filename: 'image', size: 70 }),
    ]);
    const missing = await gateway.request(SendMediaDocument, { input: { phone: '966501234567', mediaUrl: `${origin}/missing` } });
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Media URL answered HTTP 404', extensions: { code: 'UPSTREAM_FAILED' } });
  });

  it.each([
    [{ phone: '966501234567' }, 'Media is required: give mediaUrl or mediaBase64'],
    [{ phone: '966501234567', mediaUrl: 'http://x', mediaBase64: PNG_1X1 }, 'Give either mediaUrl or mediaBase64, not both'],
    [{ phone: '966501234567', mediaUrl: 'ftp://example.com/a.png' }, 'mediaUrl must be an http or https URL'],
    [{ phone: '966501234567', mediaUrl: 'not a url' }, 'mediaUrl is not a valid URL'],
    [{ phone: '966501234567', mediaBase64: '!!!' }, 'mediaBase64 is not valid base64'],
    [
      { phone: '966501234567', mediaBase64: 'aGVsbG8=' },
      'mimetype is required with mediaBase64 when the type cannot be told from the data',
    ],
    [
      { phone: '966501234567', mediaUrl: 'http://127.0.0.1:9/x.png' },
      'mediaUrl points to a private or reserved address (127.0.0.1); set MEDIA_ALLOW_PRIVATE_URLS=true to allow private addresses',
    ],
    [
      { phone: '966501234567', mediaUrl: 'http://localhost:9/x.png' },
      'mediaUrl points to a private or reserved address (localhost); set MEDIA_ALLOW_PRIVATE_URLS=true to allow private addresses',
    ],
  ])('refuses sendMedia %j with BAD_USER_INPUT', async (input, message) => {
    await expectRefusedUnsent(SendMediaDocument, { input }, message);
  });

  it('refuses media over MEDIA_MAX_BYTES', async () => {
    const gateway = await startGateway({ MEDIA_MAX_BYTES: '10' }, { link: true });
    const result = await gateway.request(SendMediaDocument, {
      input: { phone: '966501234567', mediaBase64: PNG_1X1, mimetype: 'image/png' },
    });
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Media is larger than the 10 bytes limit (MEDIA_MAX_BYTES)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('sends bulk with per-recipient texts and results', async () => {
    const gateway = await startGateway({}, { link: true });
    const result = await gateway.request(SendBulkDocument, {
      input: {
        text: 'Default text',
        recipients: [{ chatId: '966501234567@c.us' }, { phone: '971501234567', message: 'Hi Ann' }, { phone: '966500000000' }],
      },
    });
    const bulk = result.body.data!.sendBulk!;
    expect(bulk).toMatchObject({ total: 3, sent: 2, failed: 1 });
    expect(bulk.results).toEqual([
      { phone: '966501234567@c.us', status: 'sent', messageId: expect.stringMatching(/^true_966501234567@c\.us_/), error: null },
      { phone: '971501234567', status: 'sent', messageId: expect.stringMatching(/^true_971501234567@c\.us_/), error: null },
      { phone: '966500000000', status: 'failed', messageId: null, error: '966500000000 is not on WhatsApp' },
    ]);
    expect((await gateway.outboxFile()).map((m) => m.body)).toEqual(['Default text', 'Hi Ann']);
  });

  it.each([
    [{ text: 'x', recipients: [] }, 'recipients must list at least one recipient'],
    [
      { recipients: [{ phone: '966501234567' }] },
      'recipients[0]: Message text is required (give text for the recipient or a default text)',
    ],
    [
      { text: 'x', recipients: [{ phone: '966501234567' }, { phone: '0501234567' }] },
      'recipients[1]: Phone number "0501234567" looks like a national number: use the international format with the country code, e.g. 966501234567',
    ],
  ])('refuses sendBulk %j before sending anything', async (input, message) => {
    await expectRefusedUnsent(SendBulkDocument, { input }, message);
  });

  it('names the field of each input problem in extensions.fields, nested ones by their index', async () => {
    const gateway = await startGateway({}, { link: true });
    const result = await gateway.request(SendBulkDocument, {
      input: { recipients: [{ phone: '966501234567', text: 'Hi' }, { phone: '12' }, { chatId: '', message: 'Hello' }] },
    });
    expect(result.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: ['input', 'recipients', 1, 'phone'], message: expect.stringContaining('recipients[1]: Phone number "12"') },
        {
          path: ['input', 'recipients', 1, 'message'],
          message: 'recipients[1]: Message text is required (give text for the recipient or a default text)',
        },
        { path: ['input', 'recipients', 2, 'chatId'], message: 'recipients[2]: Phone number is required' },
      ],
    });
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('caps bulk requests at BULK_MAX_RECIPIENTS', async () => {
    const gateway = await startGateway({ BULK_MAX_RECIPIENTS: '2' }, { link: true });
    const recipients = ['966501234567', '966501234568', '966501234569'].map((phone) => ({ phone }));
    const result = await gateway.request(SendBulkDocument, { input: { text: 'x', recipients } });
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Too many recipients: at most 2 per request (BULK_MAX_RECIPIENTS)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('keeps the test number secret in responses and logs', async () => {
    const gateway = await startGateway({ TEST_PHONE_NUMBER: '971505121583' }, { link: true });
    const info = await gateway.request(TestNumberDocument);
    expect(info.body.data?.testNumber).toEqual({ configured: true, message: expect.any(String), phoneNumberMasked: '***1583' });
    const sent = await gateway.request(SendTestMessageDocument, { input: { message: 'ping' } });
    expect(sent.body.data?.sendTestMessage).toMatchObject({ to: 'TEST_PHONE_NUMBER (hidden for security)' });
    expect(JSON.stringify(sent.body)).not.toContain('971505121583');
    expect((await gateway.outboxFile())[0]).toMatchObject({ to: '971505121583', body: 'ping' });
    await eventually(() => expect(gateway.logs.text).toContain('message sent'));
    expect(gateway.logs.text).not.toContain('971505121583');
    expect(gateway.logs.text).not.toContain(TEST_API_KEY);
  });

  it('says when no test number is configured', async () => {
    const gateway = await startGateway({}, { link: true });
    const info = await gateway.request(TestNumberDocument);
    expect(info.body.data?.testNumber).toEqual({
      configured: false,
      message: 'Test phone number is not configured: set TEST_PHONE_NUMBER in .env',
      phoneNumberMasked: null,
    });
    const sent = await gateway.request(SendTestMessageDocument, {});
    expect(sent.body.errors?.[0]).toMatchObject({
      message: 'Test phone number is not configured: set TEST_PHONE_NUMBER in .env',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('gives GraphQL validation errors the BAD_USER_INPUT code', async () => {
    const gateway = await startGateway();
    for (const query of ['{ nope }', '{ health { ', 'query ($id: String!) { messageStatus(id: $id) { id } }']) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a plain JSON POST as yoga answers the same request: status, headers and body alike', async () => {
    const gateway = await startGateway({ RATE_LIMIT_STANDARD_MAX: '12' }, { link: true });
    // With no Accept the gateway answers a plain POST itself; with this one (still JSON) yoga answers it.
    const post = async (body: unknown, apiKey: string, accept?: string) => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey, ...(accept && { accept }) },
        body: JSON.stringify(body),
      });
      // What changes from one request to the next, and how the body is framed (and compressed), aside.
      const framing = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'];
      const {
        'ratelimit-remaining': _remaining,
        'ratelimit-reset': _reset,
        'retry-after': retryAfter,
        ...headers
      } = Object.fromEntries([...response.headers].filter(([name]) => !framing.includes(name)));
      const retryIn = retryAfter === undefined ? undefined : Number(retryAfter) > 0;
      return { status: response.status, headers, retryIn, body: (await response.json()) as unknown };
    };
    const cases: Array<[unknown, string]> = [
      [{ query: '{ clientStatus { status ready } }' }, TEST_API_KEY],
      [{ query: 'query Q($id: String!) { messageStatus(id: $id) { id } }', variables: { id: 'nope' }, operationName: 'Q' }, TEST_API_KEY],
      [{ query: 'mutation { sendText(input: {phone: "12", message: "hi"}) { id } }' }, TEST_API_KEY],
      [{ query: 'query ($n: Int!) { clientStatus { status } }', variables: { n: 'x' } }, TEST_API_KEY],
      [{ query: '{ clientStatus { status } }' }, 'not-a-key'],
      [{ query: '{ health { status } }' }, 'not-a-key'],
    ];
    for (const [body, key] of cases) {
      const plain = await post(body, key);
      expect(plain.status, JSON.stringify(body)).not.toBe(500);
      expect(await post(body, key, 'application/json; charset=utf-8'), JSON.stringify(body)).toEqual(plain);
    }
    // The rate limit's refusal, with its headers, once the budget is spent.
    let refused;
    do refused = await post({ query: '{ clientStatus { status } }' }, TEST_API_KEY);
    while (refused.status === 200);
    expect(refused.status).toBe(429);
    expect(refused).toMatchObject({ retryIn: true, headers: { 'ratelimit-limit': '12' } });
    expect(await post({ query: '{ clientStatus { status } }' }, TEST_API_KEY, 'application/json; charset=utf-8')).toEqual(refused);
  });

  it('refuses a nested introspection bomb while validating, and allows the standard introspection', async () => {
    const gateway = await startGateway();
    const post = (query: string) =>
      fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> }>);
    const { getIntrospectionQuery } = await import('graphql');
    const standard = await post(getIntrospectionQuery());
    expect(standard.errors).toBeUndefined();
    const bomb = `{ __schema { types { ${'fields { type { '.repeat(20)} name ${'} } '.repeat(20)} } } }`;
    const refused = await post(bomb);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/depth limit/i);
  });

  it('delivers a sandbox inbound message as a message event result', async () => {
    const gateway = await startGateway({}, { link: true });
    const result = await gateway.request(SandboxInboundDocument, { input: { from: '971501234567', body: 'Hi there' } });
    expect(result.body.data?.sandboxInbound).toMatchObject({
      from: '971501234567@c.us',
      to: '15550100001@c.us',
      body: 'Hi there',
      fromMe: false,
      hasMedia: false,
      type: 'chat',
      isGroup: false,
    });
    const missing = await gateway.request(SandboxInboundDocument, { input: { from: ' ' } });
    expect(missing.body.errors?.[0]).toMatchObject({
      message: 'from is required: the sender number or chat id',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badAck = await gateway.request(SandboxAckDocument, { id: 'x', ack: 7 });
    expect(badAck.body.errors?.[0]).toMatchObject({
      message: 'ack must be one of -1 (failed), 0 (pending), 1 (sent), 2 (delivered), 3 (read), 4 (played)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknownAck = await gateway.request(SandboxAckDocument, { id: 'x', ack: 3 });
    expect(unknownAck.body.errors?.[0]).toMatchObject({
      message: 'No message with id x in the sandbox outbox',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('answers unknown paths with 404 in the documented envelope', async () => {
    const gateway = await startGateway();
    const response = await fetch(`${gateway.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ success: false, error: 'Not found', message: 'No route for GET /nope' });
  });
});
