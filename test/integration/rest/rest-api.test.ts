import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SendTextDocument } from '../../generated/graphql.js';
import { startGateway, TEST_API_KEY, type TestGateway } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

async function post(gateway: TestGateway, path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /health', () => {
  it('answers without a key, with the documented body', async () => {
    const gateway = await startGateway();
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    expect(body).toEqual({ status: 'ok', timestamp: expect.any(String), service: 'Waqtor API', version: expect.any(String) });
    expect(new Date(body.timestamp!).toISOString()).toBe(body.timestamp);
  });
});

describe('GET /health/ready', () => {
  it('answers 200 while the database answers, without a key; a single gateway has no cluster to list', async () => {
    const gateway = await startGateway();
    const response = await fetch(`${gateway.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
    const cluster = await fetch(`${gateway.url}/api/cluster`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect(await cluster.json()).toEqual({ success: true, data: { enabled: false, nodes: [] } });
  });
});

describe('POST /api/messages/send-text', () => {
  it('sends {phone, message}, {chatId, text} and either mix, answering the documented body', async () => {
    const gateway = await startGateway({}, { link: true });
    for (const body of [
      { phone: '966501234567', message: 'one' },
      { chatId: '966501234567@c.us', text: 'two' },
      { phone: '966501234567', text: 'three' },
      { chatId: '966501234567@c.us', message: 'four' },
    ]) {
      const { data, response } = await gateway.rest.POST('/api/messages/send-text', { body });
      expect(response.status).toBe(200);
      expect(data).toEqual({
        success: true,
        message: 'Message sent successfully',
        data: { id: expect.stringMatching(/^true_966501234567@c\.us_[0-9A-F]+_out$/), timestamp: expect.any(Number), to: '966501234567' },
      });
    }
    expect((await gateway.outboxFile()).map((m) => [m.chatId, m.body])).toEqual([
      ['966501234567@c.us', 'one'],
      ['966501234567@c.us', 'two'],
      ['966501234567@c.us', 'three'],
      ['966501234567@c.us', 'four'],
    ]);
  });

  it('reads a phone number written as a JSON number and ignores fields it does not know', async () => {
    const gateway = await startGateway({}, { link: true });
    const response = await post(
      gateway,
      '/api/messages/send-text',
      JSON.stringify({ phone: 966501234567, message: 'hi', priority: 'high' }),
    );
    expect(response).toMatchObject({ status: 200, body: { success: true, data: { to: '966501234567' } } });
  });

  it('refuses bad input with 400 and says what is wrong', async () => {
    const gateway = await startGateway({}, { link: true });
    const cases: Array<[unknown, string]> = [
      [{ message: 'hi' }, 'Phone number is required'],
      [{ phone: '966501234567' }, 'Message text is required'],
      [
        { phone: '0501234567', message: 'hi' },
        'Phone number "0501234567" looks like a national number: use the international format with the country code, e.g. 966501234567',
      ],
      [{ phone: true, message: 'hi' }, 'phone must be text (a JSON string), not true'],
      [{ phone: '966507650000', message: 'hi' }, '966507650000 is not on WhatsApp'],
    ];
    for (const [body, error] of cases) {
      const { error: envelope, response } = await gateway.rest.POST('/api/messages/send-text', { body: body as never });
      expect(response.status).toBe(400);
      // `message` says what the field at fault takes, where the refusal names one, and where the route is described.
      expect(envelope).toEqual({
        success: false,
        error,
        message: expect.stringMatching(/POST \/api\/messages\/send-text and each of its fields are described at \/api\/docs$/),
      });
    }
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('answers malformed JSON with 400, a non-object with 400 and a body over 1 MB with 413, all in the envelope', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await post(gateway, '/api/messages/send-text', '{"phone": "966501234567",')).toEqual({
      status: 400,
      body: { success: false, error: 'Malformed JSON body', message: expect.stringContaining('The body must be JSON') },
    });
    expect(await post(gateway, '/api/messages/send-text', '["966501234567"]')).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'Request body must be a JSON object',
        message: 'POST /api/messages/send-text and each of its fields are described at /api/docs',
      },
    });
    const huge = JSON.stringify({ phone: '966501234567', message: 'x'.repeat(1024 * 1024) });
    expect(await post(gateway, '/api/messages/send-text', huge)).toEqual({
      status: 413,
      body: { success: false, error: 'Request body too large', message: 'This route accepts at most 1048576 bytes' },
    });
    const graphql = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
      body: 'x'.repeat(40 * 1024 * 1024),
    });
    expect({ status: graphql.status, body: await graphql.json() }).toEqual({
      status: 413,
      body: { errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
    });
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('answers 503 in the envelope while WhatsApp is not ready, and sends nothing', async () => {
    const gateway = await startGateway();
    const { error, response } = await gateway.rest.POST('/api/messages/send-text', { body: { phone: '966501234567', message: 'hi' } });
    expect(response.status).toBe(503);
    expect(error).toEqual({ success: false, error: 'WhatsApp client not ready', message: 'Please scan QR code first' });
  });

  it('gives the same error text over REST and GraphQL for the same bad input', async () => {
    const gateway = await startGateway({}, { link: true });
    for (const input of [{ phone: '12', message: 'hi' }, { message: 'hi' }, { phone: '966501234567', text: '' }]) {
      const rest = await gateway.rest.POST('/api/messages/send-text', { body: input });
      const graphql = await gateway.request(SendTextDocument, { input });
      expect(rest.error?.error).toBe(graphql.body.errors?.[0]?.message);
      expect(graphql.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('refused input', () => {
  it('says what is wrong in plain words, and the message says what the field at fault takes and where the route is described', async () => {
    const gateway = await startGateway();
    const refusal = async (method: 'POST' | 'GET', path: string, body?: unknown) => {
      const response = await fetch(`${gateway.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return [response.status, await response.json()];
    };
    expect(await refusal('POST', '/api/sessions/default/pairing-code', {})).toEqual([
      400,
      {
        success: false,
        error: 'phone is required: the number to link, in international format, e.g. 966501234567',
        message:
          'phone: The number of the phone that will link, in international format, e.g. 966501234567. ' +
          'POST /api/sessions/{session}/pairing-code and each of its fields are described at /api/docs',
      },
    ]);
    expect(await refusal('GET', '/api/chats/966501234567@c.us/messages?limit=many')).toEqual([
      400,
      {
        success: false,
        error: 'limit must be a whole number, not "many"',
        message: 'limit: 1 to 100, default 50. GET /api/chats/{chatId}/messages and each of its fields are described at /api/docs',
      },
    ]);
    // No GraphQL words reach a REST client: no type names, no variables.
    for (const body of [
      { phone: '966501234567', message: 5 },
      { phone: ['966501234567'], message: 'hi' },
      { phone: {}, message: true },
    ]) {
      const [status, envelope] = await refusal('POST', '/api/messages/send-text', body);
      expect(status).toBe(400);
      expect(JSON.stringify(envelope)).not.toMatch(/String!|cannot represent|Variable "\$|non-nullable/);
    }
  });
});

describe('POST /api/messages/send-media', () => {
  it('sends from a URL and from base64 (over 1 MB of it), answering "Media sent successfully"', async () => {
    const gateway = await startGateway({ MEDIA_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from(PNG_1PX, 'base64')));
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => host.close(() => resolve())));
    const mediaUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/promo.png`;
    const fromUrl = await gateway.rest.POST('/api/messages/send-media', {
      body: { phone: '966501234567', mediaUrl, caption: 'Special offer!' },
    });
    expect(fromUrl.data).toEqual({
      success: true,
      message: 'Media sent successfully',
      data: { id: expect.any(String), timestamp: expect.any(Number), to: '966501234567' },
    });
    const big = Buffer.concat([Buffer.from(PNG_1PX, 'base64'), Buffer.alloc(1024 * 1024)]).toString('base64');
    const fromBase64 = await gateway.rest.POST('/api/messages/send-media', {
      body: { chatId: '966501234567@c.us', mediaBase64: big, filename: 'big.png' },
    });
    expect(fromBase64.response.status).toBe(200);
    const outbox = await gateway.outboxFile();
    expect(outbox.map((m) => [m.kind, m.body, (m.media as { mimetype: string }).mimetype])).toEqual([
      ['media', 'Special offer!', 'image/png'],
      ['media', '', 'image/png'],
    ]);
  });

  it('refuses a request without media with 400', async () => {
    const gateway = await startGateway({}, { link: true });
    const { error, response } = await gateway.rest.POST('/api/messages/send-media', { body: { phone: '966501234567' } });
    expect(response.status).toBe(400);
    expect(error?.error).toBe('Media is required: give mediaUrl or mediaBase64');
  });
});

describe('POST /api/messages/send-bulk', () => {
  it('takes the documented list of chat ids and reports every recipient', async () => {
    const gateway = await startGateway({}, { link: true });
    const { data } = await gateway.rest.POST('/api/messages/send-bulk', {
      body: { recipients: ['966501234567@c.us', '966507650000@c.us', '971501234567@c.us'], text: 'Bulk message to all contacts! 📢' },
    });
    expect(data).toEqual({
      success: true,
      message: 'Bulk messages sent',
      data: {
        total: 3,
        sent: 2,
        failed: 1,
        results: [
          { phone: '966501234567@c.us', status: 'sent', messageId: expect.stringMatching(/^true_966501234567@c\.us_/) },
          { phone: '966507650000@c.us', status: 'failed', error: '966507650000 is not on WhatsApp' },
          { phone: '971501234567@c.us', status: 'sent', messageId: expect.stringMatching(/^true_971501234567@c\.us_/) },
        ],
      },
    });
    expect((await gateway.outboxFile()).map((m) => m.chatId)).toEqual(['966501234567@c.us', '971501234567@c.us']);
  });

  it('takes the personalised {phone, message} form', async () => {
    const gateway = await startGateway({}, { link: true });
    const { data } = await gateway.rest.POST('/api/messages/send-bulk', {
      body: {
        recipients: [
          { phone: '966501234567', message: 'Hi Ann' },
          { phone: '966507654321', message: 'Hi Bob' },
        ],
      },
    });
    expect(data?.data).toMatchObject({ total: 2, sent: 2, failed: 0 });
    expect((await gateway.outboxFile()).map((m) => [m.to, m.body])).toEqual([
      ['966501234567', 'Hi Ann'],
      ['966507654321', 'Hi Bob'],
    ]);
  });

  it('refuses a body without recipients, naming the field', async () => {
    const gateway = await startGateway({}, { link: true });
    const { error, response } = await gateway.rest.POST('/api/messages/send-bulk', { body: { text: 'hi' } as never });
    expect(response.status).toBe(400);
    expect(error?.error).toBe('recipients is required: a list of recipients');
  });
});

describe('the testing routes', () => {
  it('test/send sends to the configured number and no response or log line shows it', async () => {
    const gateway = await startGateway({ TEST_PHONE_NUMBER: '971505121583' }, { link: true });
    const { data } = await gateway.rest.POST('/api/test/send', { body: { message: 'Hello from Waqtor! 🚀 This is a test.' } });
    expect(data).toEqual({
      success: true,
      message: 'Test message sent successfully',
      data: { id: expect.any(String), timestamp: expect.any(Number), to: 'TEST_PHONE_NUMBER (hidden for security)' },
    });
    const info = await gateway.rest.GET('/api/test/info');
    expect(info.data).toEqual({ success: true, data: { configured: true, message: expect.any(String), phoneNumberMasked: '***1583' } });
    expect(JSON.stringify([data, info.data])).not.toContain('971505121583');
    expect(gateway.logs.text).not.toContain('971505121583');
    expect((await gateway.outboxFile()).map((m) => m.to)).toEqual(['971505121583']);
  });

  it('test/send without a configured number is a 400 that says how to configure one', async () => {
    const gateway = await startGateway({}, { link: true });
    const { error, response } = await gateway.rest.POST('/api/test/send', { body: {} });
    expect(response.status).toBe(400);
    expect(error?.error).toBe('Test phone number is not configured: set TEST_PHONE_NUMBER in .env');
  });
});

describe('the sandbox routes', () => {
  it('link, inbound, ack, outbox and disconnect drive the sandbox', async () => {
    const gateway = await startGateway({ SANDBOX_ACK_DELAY_MS: '60000' });
    const linked = await gateway.rest.POST('/api/sandbox/link');
    expect(linked.data).toEqual({
      success: true,
      message: 'Sandbox linked',
      data: { status: 'connected', ready: true, state: 'CONNECTED', message: 'WhatsApp client is ready' },
    });
    const inbound = await gateway.rest.POST('/api/sandbox/inbound', { body: { from: '971501234567', body: 'Hello!' } });
    expect(inbound.data?.data).toEqual({
      id: expect.any(String),
      from: '971501234567@c.us',
      to: '15550100001@c.us',
      body: 'Hello!',
      timestamp: expect.any(Number),
      fromMe: false,
      hasMedia: false,
      type: 'chat',
      isGroup: false,
    });
    const sent = await gateway.rest.POST('/api/messages/send-text', { body: { phone: '966501234567', message: 'hi' } });
    const acked = await gateway.rest.POST('/api/sandbox/ack', { body: { id: sent.data!.data.id, ack: 3 } });
    expect(acked.data).toMatchObject({ success: true, message: 'Ack applied', data: { id: sent.data!.data.id, ack: 3, status: 'read' } });
    const outbox = await gateway.rest.GET('/api/sandbox/outbox');
    expect(outbox.data).toEqual({
      success: true,
      data: [
        {
          id: sent.data!.data.id,
          chatId: '966501234567@c.us',
          to: '966501234567',
          kind: 'text',
          body: 'hi',
          timestamp: expect.any(Number),
          ack: 3,
          status: 'read',
          mentions: [],
          viewOnce: false,
          linkPreview: true,
          edited: false,
        },
      ],
    });
    const dropped = await gateway.rest.POST('/api/sandbox/disconnect', { body: { reason: 'CONFLICT' } });
    expect(dropped.data).toMatchObject({ success: true, message: 'Sandbox disconnected', data: { ready: false } });
    const bad = await gateway.rest.POST('/api/sandbox/disconnect', { body: { reason: 'NOPE' as never } });
    expect(bad.error?.error).toBe('reason must be one of BROWSER_CLOSED, CONFLICT, LOGOUT, NAVIGATION, PROXYBLOCK, TIMEOUT, TOS_BLOCK');
  });

  it('answers 404 in the envelope while another driver runs', async () => {
    const gateway = await startGateway({
      WHATSAPP_DRIVER: 'wwebjs',
      CHROME_PATH: '/bin/false',
      WWEBJS_RESTART_BASE_MS: '60000',
      WWEBJS_RESTART_MAX_MS: '60000',
    });
    const { error, response } = await gateway.rest.POST('/api/sandbox/link');
    expect(response.status).toBe(404);
    expect(error).toEqual({
      success: false,
      error: 'The sandbox driver is not active (WHATSAPP_DRIVER=sandbox)',
      message: 'Check the id or the route',
    });
  });
});

describe('routes, keys and the contract', () => {
  it('a wrong key is 401, an unknown route and a wrong method are 404, all in the envelope', async () => {
    const gateway = await startGateway();
    const unauthenticated = await fetch(`${gateway.url}/api/messages/send-text`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect({ status: unauthenticated.status, body: await unauthenticated.json() }).toEqual({
      status: 401,
      body: { success: false, error: 'API key is required', message: 'Provide API key in X-API-Key header or apiKey query parameter' },
    });
    const wrongMethod = await fetch(`${gateway.url}/api/messages/send-text`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect({ status: wrongMethod.status, body: await wrongMethod.json() }).toEqual({
      status: 404,
      body: { success: false, error: 'Not found', message: 'No route for GET /api/messages/send-text; it takes POST' },
    });
  });

  it('serves the committed OpenAPI document and a docs page that loads', async () => {
    const gateway = await startGateway();
    const served = await fetch(`${gateway.url}/api/openapi.json`);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(await readFile('schema/openapi.json', 'utf8'));
    const page = await fetch(`${gateway.url}/api/docs`);
    const html = await page.text();
    expect(html).toContain('/api/openapi.json');
    const script = await fetch(`${gateway.url}/api/docs/swagger-ui-bundle.js`);
    expect(script.status).toBe(200);
    expect(Number(script.headers.get('content-length') ?? (await script.arrayBuffer()).byteLength)).toBeGreaterThan(100_000);
    expect((await fetch(`${gateway.url}/api/docs/package.json`)).status).toBe(404);
  });

  it('every route in the OpenAPI document is served', async () => {
    const gateway = await startGateway();
    const document = JSON.parse(await readFile('schema/openapi.json', 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const method of Object.keys(methods)) {
        const response = await fetch(`${gateway.url}${path.replace(/\{\w+\}/g, '1')}`, {
          method: method.toUpperCase(),
          headers: { 'x-api-key': TEST_API_KEY },
        });
        // A path parameter naming nothing is a 404 of its own ("Campaign not found"), not a missing route.
        const body = (await response.json()) as { message?: string };
        expect(body.message ?? '', `${method} ${path}`).not.toMatch(/^No route for/);
      }
    }
    await eventually(() => expect(gateway.logs.text).not.toContain('REST route failed'));
  });
});
