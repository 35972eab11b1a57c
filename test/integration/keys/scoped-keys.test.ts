import { describe, expect, it } from 'vitest';
import { doors } from '../../utils/doors.js';
import { callRest, startGateway, type TestGateway } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually, quietFor } from '../../utils/waiting.js';

const FORBIDDEN = {
  success: false,
  error: 'API key not authorized',
  message: 'This key may use only the session sales; sessions and keys are managed with the admin key',
};

/** A REST call with a key of the test's choosing. */
async function restWith(gateway: TestGateway, key: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function gatewayWithSalesKey() {
  const gateway = await startGateway();
  for (const name of ['sales', 'support']) await callRest(gateway.url, 'POST', '/api/sessions', { name });
  const created = await callRest(gateway.url, 'POST', '/api/keys', { name: 'sales CRM', sessions: ['sales'] });
  expect(created).toEqual({
    status: 200,
    body: {
      success: true,
      message: 'API key created; keep it now, it is not shown again',
      data: { id: 1, name: 'sales CRM', sessions: ['sales'], createdAt: expect.any(String), key: expect.stringMatching(/^wqk_[\w-]{43}$/) },
    },
  });
  return { gateway, key: created.body.data.key as string };
}

describe('scoped API keys', () => {
  it('are made, listed without their secret and refused once revoked; a key for a session that does not exist is 400', async () => {
    const { gateway, key } = await gatewayWithSalesKey();
    expect((await callRest(gateway.url, 'GET', '/api/keys')).body).toEqual({
      success: true,
      data: [{ id: 1, name: 'sales CRM', sessions: ['sales'], createdAt: expect.any(String) }],
    });
    expect(JSON.stringify((await callRest(gateway.url, 'GET', '/api/keys')).body)).not.toContain(key);
    expect((await callRest(gateway.url, 'POST', '/api/keys', { name: 'x', sessions: ['nosuch'] })).body).toEqual({
      success: false,
      error: 'Session "nosuch" not found; create it before giving a key to it',
      message:
        'sessions: The sessions the key may act on, e.g. ["sales"]. POST /api/keys and each of its fields are described at /api/docs',
    });
    expect((await callRest(gateway.url, 'POST', '/api/keys', { name: 'x', sessions: [] })).body.error).toBe(
      'sessions must name at least one session',
    );
    expect((await restWith(gateway, key, 'GET', '/api/sessions/sales/campaigns/list')).status).toBe(200);
    expect(await callRest(gateway.url, 'DELETE', '/api/keys/1')).toEqual({
      status: 200,
      body: { success: true, message: 'API key revoked' },
    });
    expect(await restWith(gateway, key, 'GET', '/api/sessions/sales/campaigns/list')).toEqual({
      status: 401,
      body: { success: false, error: 'Invalid API key', message: 'Provide API key in X-API-Key header or apiKey query parameter' },
    });
    expect((await callRest(gateway.url, 'DELETE', '/api/keys/1')).status).toBe(404);
  });

  it('works on its sessions and is refused with 403, naming them, on any other and on sessions and keys', async () => {
    const { gateway, key } = await gatewayWithSalesKey();
    expect((await restWith(gateway, key, 'POST', '/api/sessions/sales/sandbox/link')).body.data.state).toBe('CONNECTED');
    expect((await restWith(gateway, key, 'GET', '/api/sessions/sales')).status).toBe(200);
    expect((await restWith(gateway, key, 'GET', '/api/sessions/sales/qr')).status).toBe(404);
    expect((await restWith(gateway, key, 'GET', '/api/status/version')).status).toBe(200);
    expect(await restWith(gateway, key, 'GET', '/api/keys/current')).toEqual({
      status: 200,
      body: { success: true, data: { admin: false, name: 'sales CRM', sessions: ['sales'] } },
    });
    expect((await callRest(gateway.url, 'GET', '/api/keys/current')).body.data).toEqual({
      admin: true,
      name: null,
      sessions: ['default', 'sales', 'support'],
    });
    for (const [method, path, body] of [
      ['GET', '/api/sessions/support/status/client'],
      ['POST', '/api/sessions/support/messages/send-text', { phone: '966501234567', message: 'x' }],
      ['GET', '/api/status/client'],
      ['GET', '/api/sessions'],
      ['POST', '/api/sessions', { name: 'mine' }],
      ['DELETE', '/api/sessions/sales'],
      ['GET', '/api/keys'],
      ['POST', '/api/keys', { name: 'more', sessions: ['support'] }],
      ['POST', '/api/sessions/sales/webhooks', { url: 'https://hooks.example/x', sessions: ['*'] }],
      ['GET', '/metrics'],
    ] as const) {
      expect({ path, ...(await restWith(gateway, key, method, path, body)) }).toEqual({ path, status: 403, body: FORBIDDEN });
    }
    // Nothing was sent or created by the refused calls.
    expect((await callRest(gateway.url, 'GET', '/api/sessions')).body.data.map((s: { name: string }) => s.name)).toEqual([
      'default',
      'sales',
      'support',
    ]);
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('is refused FORBIDDEN on another session through every door', async () => {
    const { gateway, key } = await gatewayWithSalesKey();
    const operation = {
      rest: { method: 'GET' as const, path: '/api/sessions/support/campaigns/list' },
      graphql: 'subscription { events(session: "support") { event } }',
    };
    for (const door of doors.filter((d) => d.run)) {
      const graphql = door.name === 'graphql-ws' ? operation.graphql : '{ campaigns(session: "support") { id } }';
      expect({ door: door.name, ...(await door.run!(gateway, { ...operation, graphql }, key)) }).toEqual({
        door: door.name,
        ok: false,
        code: 'FORBIDDEN',
        message: 'API key not authorized',
      });
      const allowed = {
        rest: { method: 'GET' as const, path: '/api/sessions/sales/campaigns/list' },
        graphql:
          door.name === 'graphql-ws' ? 'subscription { events(session: "sales") { event } }' : '{ campaigns(session: "sales") { id } }',
      };
      if (door.name !== 'graphql-ws')
        expect({ door: door.name, ...(await door.run!(gateway, allowed, key)) }).toEqual({ door: door.name, ok: true });
    }
    const refused = await connect(`${gateway.rawWsUrl}/ws?apiKey=${key}&session=support`);
    expect(await refused.closed).toEqual({ code: 1008, reason: 'API key not authorized' });
    expect(refused.frames).toEqual([
      { event: 'auth_failed', data: { error: 'API key not authorized', message: FORBIDDEN.message, timestamp: expect.any(String) } },
    ]);
  });

  it('hears only its sessions on the raw stream, even when it asks for every session', async () => {
    const { gateway, key } = await gatewayWithSalesKey();
    const stream = await connect(`${gateway.rawWsUrl}/ws?apiKey=${key}&session=*`);
    const admin = await connect(`${gateway.rawWsUrl}/ws?apiKey=${gateway.config.apiKey}&session=*`);
    for (const name of ['sales', 'support']) await callRest(gateway.url, 'POST', `/api/sessions/${name}/sandbox/link`);
    await eventually(() =>
      expect(
        admin.frames
          .filter((f) => f.event === 'ready')
          .map((f) => f.session)
          .sort(),
      ).toEqual(['sales', 'support']),
    );
    await quietFor(200);
    expect(new Set(stream.frames.filter((f) => f.session).map((f) => f.session))).toEqual(new Set(['sales']));
    expect(stream.frames.some((f) => f.event === 'ready')).toBe(true);
  });
});
