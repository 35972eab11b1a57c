import { MikroORM } from '@mikro-orm/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SessionRecord } from '../../../src/db/entities/session-record.js';
import { restRoutes } from '../../../src/rest/routes/index.js';
import { databaseOptions, type Database } from '../../../src/db/orm.js';
import { scratchDatabase, type StoreKind } from '../../utils/databases.js';
import { callRest, startGateway } from '../../utils/gateway.js';

const isoTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const session = (name: string, fields: Record<string, unknown>) => ({
  name,
  driver: 'sandbox',
  me: null,
  ready: false,
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
    const documented = restRoutes.filter((route) => route.path.startsWith('/api/') && !/^\/api\/(sessions|keys)/.test(route.path));
    const withoutCopy = documented.filter(
      (route) =>
        !prefixed.some((copy) => copy.method === route.method && copy.path === route.path.replace(/^\/api\//, '/api/sessions/:session/')),
    );
    // The gateway's own version and test-number setting are not a session's.
    expect(withoutCopy.map((route) => `${route.method} ${route.path}`)).toEqual(['GET /api/status/version', 'GET /api/test/info']);
    expect(prefixed.length).toBe(documented.length - 2);
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
  it('upgrades in place: its default session is started and follows WHATSAPP_DRIVER', async () => {
    const orm = (await MikroORM.init(databaseOptions(await scratchDatabase(kind)))) as Database;
    onTestFinished(() => orm.close(true));
    await orm.getMigrator().up({ to: 'Migration20261125012324_webhooks' });
    await orm.em
      .getConnection()
      .execute("insert into sessions (name, created_at, updated_at) values ('default', ?, ?)", [new Date(), new Date()]);
    await orm.getMigrator().up();
    expect(await orm.em.fork().findOneOrFail(SessionRecord, { name: 'default' })).toMatchObject({
      status: 'started',
      driver: null,
      proxy: null,
    });
  });
});
