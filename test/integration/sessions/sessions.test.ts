import { MikroORM } from '@mikro-orm/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SessionRecord } from '../../../src/db/entities/session-record.js';
import { WebhookRecord } from '../../../src/db/entities/webhook-record.js';
import { restRoutes } from '../../../src/rest/routes/index.js';
import { databaseOptions, type Database } from '../../../src/db/orm.js';
import { scratchDatabase, type StoreKind } from '../../utils/databases.js';
import { callRest, startGateway } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';

const isoTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
/** This gateway, as a session's lease names it: its host and process, a stopped session none. */
const thisGateway = expect.stringMatching(/^\S+ pid \d+ \(\w+\)$/);
const session = (name: string, fields: Record<string, unknown>) => ({
  name,
  driver: 'sandbox',
  me: null,
  ready: false,
  node: fields.status === 'stopped' ? null : thisGateway,
  limit: null,
  dialog: null,
  // The sandbox's WhatsApp Web: live until one reached ready, remembered after.
  webVersion: fields.status === 'stopped' ? null : { version: '2.3000.1017054665', source: expect.stringMatching(/^(live|remembered)$/) },
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  ...fields,
});

describe('sessions', () => {
  it('has default from the first start, and creates, lists, stops, starts and deletes others, in the envelope', async () => {
    const gateway = await startGateway();
    const call = (method: string, path: string, body?: unknown) => callRest(gateway.url, method, path, body);
    expect(await call('GET', '/api/sessions')).toEqual({
      status: 200,
      body: { success: true, data: [session('default', { status: 'started', state: 'PAIRING' })] },
    });

    expect(await call('POST', '/api/sessions', { name: 'sales' })).toEqual({
      status: 200,
      body: { success: true, message: 'Session created', data: session('sales', { status: 'started', state: 'PAIRING' }) },
    });
    expect((await call('POST', '/api/sessions', { name: 'sales' })).body).toMatchObject({
      success: false,
      error: 'A session named "sales" exists already; choose another name',
    });
    expect((await call('POST', '/api/sessions', { name: 'Sales Team' })).body.error).toBe(
      'name must be 1 to 32 lowercase letters, digits, - or _, starting with a letter or digit, e.g. sales',
    );
    expect((await call('POST', '/api/sessions', { name: 'x', driver: 'baileys' })).body.error).toBe(
      'driver must be one of wwebjs, sandbox',
    );
    expect((await call('POST', '/api/sessions', { name: 'x', proxy: 'socks://h' })).body.error).toBe(
      'proxy must be an http proxy URL with a port, e.g. http://user:pass@proxy.example.com:3128',
    );

    const qr = await call('GET', '/api/sessions/sales/qr');
    expect(qr).toEqual({ status: 200, body: { success: true, data: { qr: expect.stringMatching(/^2@/), timestamp: isoTimestamp } } });
    expect((await call('GET', '/api/sessions/default/qr')).body.data.qr).not.toBe(qr.body.data.qr);

    expect((await call('POST', '/api/sessions/sales/stop')).body).toEqual({
      success: true,
      message: 'Session stopped',
      data: session('sales', { status: 'stopped', state: 'UNLAUNCHED' }),
    });
    expect(await call('GET', '/api/sessions/sales/qr')).toEqual({
      status: 404,
      body: {
        success: false,
        error: 'Session "sales" shows no QR code: it is UNLAUNCHED (WhatsApp client is starting.)',
        message: 'Check the id or the route',
      },
    });
    expect((await call('POST', '/api/sessions/sales/start')).body.data).toMatchObject({ status: 'started', state: 'PAIRING' });
    // The default session is untouched by another's life.
    expect((await call('GET', '/api/sessions/default')).body.data).toMatchObject({ status: 'started', state: 'PAIRING' });

    expect(await call('DELETE', '/api/sessions/sales')).toEqual({ status: 200, body: { success: true, message: 'Session deleted' } });
    expect(await call('GET', '/api/sessions/sales')).toEqual({
      status: 404,
      body: { success: false, error: 'Session "sales" not found', message: 'Check the id or the route' },
    });
    expect((await call('POST', '/api/sessions/sales/start')).status).toBe(404);
    expect((await call('DELETE', '/api/sessions/default')).body.error).toBe(
      'The default session cannot be deleted; stop it or log it out instead',
    );
    expect((await call('GET', '/api/sessions')).body.data.map((s: { name: string }) => s.name)).toEqual(['default']);
  });

  it('shows the account of a linked session, and logs it out to a new QR code', async () => {
    const gateway = await startGateway({}, { link: true });
    expect((await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data).toEqual(
      session('default', {
        status: 'started',
        state: 'CONNECTED',
        ready: true,
        me: { wid: '15550100001@c.us', pushname: 'WaQtor Sandbox', phone: '15550100001' },
      }),
    );
    expect((await callRest(gateway.url, 'POST', '/api/sessions/default/logout')).body.data).toMatchObject({ state: 'PAIRING', me: null });
    expect((await callRest(gateway.url, 'GET', '/api/sessions/default/qr')).status).toBe(200);
  });

  it('starts the started sessions again with the gateway, and leaves the stopped ones stopped', async () => {
    const first = await startGateway();
    await callRest(first.url, 'POST', '/api/sessions', { name: 'sales' });
    await callRest(first.url, 'POST', '/api/sessions', { name: 'support', start: false });
    await first.stop();

    const second = await startGateway({ DATABASE_PATH: (first.config.database as { path: string }).path });
    expect(
      (await callRest(second.url, 'GET', '/api/sessions')).body.data.map((s: Record<string, unknown>) => [s.name, s.status, s.state]),
    ).toEqual([
      ['default', 'started', 'PAIRING'],
      ['sales', 'started', 'PAIRING'],
      ['support', 'stopped', 'UNLAUNCHED'],
    ]);
  });

  it('opens a linked sandbox session linked after a restart, as the same phone, until it is logged out', async () => {
    const first = await startGateway({}, { link: true });
    await callRest(first.url, 'POST', '/api/sessions', { name: 'sales' });
    await callRest(first.url, 'POST', '/api/sessions/sales/sandbox/link');
    const phones = async (url: string) =>
      Promise.all(
        ['default', 'sales'].map(async (name) => (await callRest(url, 'GET', `/api/sessions/${name}/status/info`)).body.data?.phone),
      );
    const linkedAs = await phones(first.url);
    await first.stop();

    const database = { DATABASE_PATH: (first.config.database as { path: string }).path };
    const second = await startGateway(database);
    await eventually(async () => expect((await callRest(second.url, 'GET', '/api/status/client')).status).toBe(200));
    expect(await phones(second.url)).toEqual(linkedAs);
    expect(
      (await callRest(second.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'after a restart' })).status,
    ).toBe(200);
    expect((await callRest(second.url, 'POST', '/api/sessions/sales/logout')).status).toBe(200);
    await second.stop();

    // Logged out: it pairs again, and the terminal says how to link it.
    const third = await startGateway(database);
    await eventually(async () =>
      expect((await callRest(third.url, 'GET', '/api/sessions')).body.data.map((s: Record<string, unknown>) => [s.name, s.state])).toEqual([
        ['default', 'CONNECTED'],
        ['sales', 'PAIRING'],
      ]),
    );
    expect(third.logs.text).toContain('sandbox session \\"sales\\" is waiting to be linked: POST /api/sessions/sales/sandbox/link');
  });
});

describe('a documented route under /api/sessions/:session/…', () => {
  it('acts on that session, and an unknown session is 404 once the key is right', async () => {
    const gateway = await startGateway();
    const call = (method: string, path: string, body?: unknown) => callRest(gateway.url, method, path, body);
    await call('POST', '/api/sessions', { name: 'sales' });
    expect((await call('POST', '/api/sessions/sales/sandbox/link')).body.data).toMatchObject({ state: 'CONNECTED' });
    expect((await call('GET', '/api/sessions/sales/status/client')).body).toMatchObject({ success: true, data: { ready: true } });
    expect((await call('GET', '/api/status/client')).status).toBe(503);

    const sent = await call('POST', '/api/sessions/sales/messages/send-text', { phone: '966501234567', message: 'from sales' });
    expect(sent).toMatchObject({ status: 200, body: { success: true, data: { to: '966501234567' } } });
    expect((await call('POST', '/api/messages/send-text', { phone: '966501234567', message: 'from default' })).status).toBe(503);

    const created = await call('POST', '/api/sessions/sales/campaigns/create', {
      name: 'Sales only',
      message: 'hi',
      recipients: ['966501234567'],
    });
    expect(created.status).toBe(200);
    expect((await call('GET', '/api/sessions/sales/campaigns/list')).body.data.map((c: { name: string }) => c.name)).toEqual([
      'Sales only',
    ]);
    expect((await call('GET', '/api/campaigns/list')).body.data).toEqual([]);

    expect(await call('GET', '/api/sessions/nosuch/status/client')).toEqual({
      status: 404,
      body: { success: false, error: 'Session "nosuch" not found', message: 'Check the id or the route' },
    });
    const withoutKey = await fetch(`${gateway.url}/api/sessions/nosuch/status/client`);
    expect(withoutKey.status).toBe(401);
  });
});

describe('every documented /api route', () => {
  it('also lives under /api/sessions/:session/…, where an unknown session is 404 in the envelope', async () => {
    const gateway = await startGateway();
    const prefixed = restRoutes.filter((route) => route.onSession);
    const documented = restRoutes.filter(
      (route) => route.path.startsWith('/api/') && !/^\/api\/(sessions|keys|cluster|event-sinks)/.test(route.path),
    );
    const withoutCopy = documented.filter(
      (route) =>
        !prefixed.some((copy) => copy.method === route.method && copy.path === route.path.replace(/^\/api\//, '/api/sessions/:session/')),
    );
    expect(withoutCopy).toEqual([]);
    expect(prefixed.length).toBe(documented.length);
    for (const route of prefixed) {
      const path = route.path.replace(':session', 'nosuch').replace(/:\w+/g, '1');
      const answer = await callRest(gateway.url, route.method, path, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      expect({ route: `${route.method} ${route.path}`, ...answer }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 404,
        body: { success: false, error: 'Session "nosuch" not found', message: 'Check the id or the route' },
      });
    }
  });
});

describe.each<StoreKind>(['sqlite', 'postgresql'])('a %s database of the version before sessions', (kind) => {
  it('upgrades in place: its default session is started and follows WHATSAPP_DRIVER, and its webhooks hear default', async () => {
    const orm = (await MikroORM.init(await databaseOptions(await scratchDatabase(kind)))) as Database;
    onTestFinished(() => orm.close(true));
    await orm.getMigrator().up({ to: 'Migration20261125012324_webhooks' });
    const connection = orm.em.getConnection();
    await connection.execute("insert into sessions (name, created_at, updated_at) values ('default', ?, ?)", [new Date(), new Date()]);
    await connection.execute(
      "insert into webhooks (url, events, secret, enabled, created_at, updated_at) values ('https://hooks.example/a', '[\"*\"]', 'secret-0123456789', ?, ?, ?)",
      [true, new Date(), new Date()],
    );
    await orm.getMigrator().up();
    expect(await orm.em.fork().findOneOrFail(SessionRecord, { name: 'default' })).toMatchObject({
      status: 'started',
      driver: null,
      proxy: null,
    });
    // A webhook from before sessions keeps getting the events of the only session there was.
    expect(await orm.em.fork().findOneOrFail(WebhookRecord, { url: 'https://hooks.example/a' })).toMatchObject({
      sessions: ['default'],
      events: ['*'],
    });
  });
});

describe('linking a session', () => {
  it('shows the QR as PNG or SVG, and gives a pairing code (raised as pairing_code) while pairing', async () => {
    const gateway = await startGateway();
    await callRest(gateway.url, 'POST', '/api/sessions', { name: 'sales' });
    const stream = await connect(`${gateway.rawWsUrl}/ws?apiKey=${gateway.config.apiKey}&session=sales`);
    const png = await fetch(`${gateway.url}/api/sessions/sales/qr?format=png`, { headers: { 'x-api-key': gateway.config.apiKey } });
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const svg = await fetch(`${gateway.url}/api/sessions/sales/qr?format=svg`, { headers: { 'x-api-key': gateway.config.apiKey } });
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>\s*$/);
    expect((await callRest(gateway.url, 'GET', '/api/sessions/sales/qr?format=gif')).status).toBe(400);

    const paired = await callRest(gateway.url, 'POST', '/api/sessions/sales/pairing-code', { phone: '+966 50 123 4567' });
    expect(paired).toEqual({
      status: 200,
      body: {
        success: true,
        message: 'Type the code on the phone: Linked devices → Link with phone number',
        data: { code: expect.stringMatching(/^[A-Z0-9]{8}$/), phone: '966501234567' },
      },
    });
    expect(await stream.next('pairing_code')).toEqual({
      event: 'pairing_code',
      session: 'sales',
      data: { code: paired.body.data.code, phone: '966501234567', timestamp: isoTimestamp },
    });
    expect((await callRest(gateway.url, 'POST', '/api/sessions/sales/pairing-code', { phone: '0501234567' })).body.error).toMatch(
      /looks like a national number/,
    );
    // The sandbox links when told, as with the QR; a linked session gives no code.
    await callRest(gateway.url, 'POST', '/api/sessions/sales/sandbox/link');
    expect((await callRest(gateway.url, 'POST', '/api/sessions/sales/pairing-code', { phone: '966501234567' })).body).toEqual({
      success: false,
      error: 'Session "sales" is not pairing: it is CONNECTED (WhatsApp client is ready)',
      message: 'A session gives a QR or pairing code only while it waits to be linked; log it out to link another phone',
    });
  });
});

describe('deleting a session', () => {
  it('keeps its history by default, and with ?purge=true deletes its campaigns, messages, opt-outs and own webhooks', async () => {
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    const call = (method: string, path: string, body?: unknown) => callRest(gateway.url, method, path, body);
    const history = async (name: string) => {
      await call('POST', '/api/sessions', { name });
      await call('POST', `/api/sessions/${name}/sandbox/link`);
      await call('POST', `/api/sessions/${name}/messages/send-text`, { phone: '966501234567', message: 'hi' });
      await call('POST', `/api/sessions/${name}/campaigns/create`, { name: 'c', message: 'hi', recipients: ['966501234567'] });
      await call('POST', `/api/sessions/${name}/optouts`, { phone: '966500000001' });
      await call('POST', `/api/sessions/${name}/webhooks`, { url: 'http://127.0.0.1:9/hooks' });
    };
    const counts = async (name: string) => {
      const db = gateway.services.database.em.fork();
      const rows = async (table: string) => {
        const [row] = await db
          .getConnection()
          .execute<Array<{ n: number }>>(`select count(*) as n from ${table} where session = ?`, [name]);
        return Number(row?.n);
      };
      const webhooks = (await gateway.services.webhookStore.list()).filter((w) => w.sessions.includes(name)).length;
      return { messages: await rows('messages'), campaigns: await rows('campaigns'), optOuts: await rows('opt_outs'), webhooks };
    };
    await history('kept');
    await history('purged');
    expect(await counts('purged')).toEqual({ messages: 1, campaigns: 1, optOuts: 1, webhooks: 1 });

    expect(await call('DELETE', '/api/sessions/kept')).toEqual({ status: 200, body: { success: true, message: 'Session deleted' } });
    expect(await call('DELETE', '/api/sessions/purged?purge=true')).toEqual({
      status: 200,
      body: { success: true, message: 'Session deleted' },
    });
    expect(await counts('kept')).toEqual({ messages: 1, campaigns: 1, optOuts: 1, webhooks: 1 });
    expect(await counts('purged')).toEqual({ messages: 0, campaigns: 0, optOuts: 0, webhooks: 0 });
    expect((await call('GET', '/api/sessions/purged')).status).toBe(404);
  });
});
