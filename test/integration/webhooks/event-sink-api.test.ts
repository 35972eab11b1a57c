import { describe, expect, it } from 'vitest';
import { consumers, scratch, textsOnce } from '../../utils/broker-consumers.js';
import { callRest, startGateway, type TestGateway } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

const SINK_FIELDS = 'id type url target sessions events enabled disabledReason';

/** A REST call with a key of the test's choosing. */
async function restWith(gateway: TestGateway, key: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function graphqlWith(gateway: TestGateway, key: string, query: string, variables?: Record<string, unknown>) {
  return restWith(gateway, key, 'POST', '/graphql', { query, variables });
}

const inbound = (gateway: TestGateway, body: string) =>
  callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966507654321', body });

describe('event sinks through the API (admin key)', () => {
  it('are created, read, changed and deleted over REST with the broker password masked in every answer and log', async () => {
    const target = scratch();
    const consumer = await consumers.amqp(target);
    const gateway = await startGateway({}, { link: true });

    const created = await callRest(gateway.url, 'POST', '/api/event-sinks', {
      type: 'amqp',
      url: consumer.url(),
      target,
      events: ['message'],
    });
    const shown = {
      id: 1,
      type: 'amqp',
      url: 'amqp://guest:***@127.0.0.1:5672',
      target,
      sessions: ['*'],
      events: ['message'],
      enabled: true,
      disabledReason: null,
      failingSince: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    };
    expect(created).toEqual({ status: 200, body: { success: true, message: 'Event sink created', data: shown } });
    expect(await callRest(gateway.url, 'GET', '/api/event-sinks')).toEqual({ status: 200, body: { success: true, data: [shown] } });
    expect(await callRest(gateway.url, 'GET', '/api/event-sinks/1')).toEqual({ status: 200, body: { success: true, data: shown } });
    // A sink is not a webhook, nor a webhook a sink.
    expect((await callRest(gateway.url, 'GET', '/api/webhooks')).body.data).toEqual([]);
    expect((await callRest(gateway.url, 'GET', '/api/webhooks/1/deliveries')).status).toBe(404);

    expect((await inbound(gateway, 'first')).status).toBe(200);
    await eventually(() => expect(textsOnce(consumer.consumed)).toEqual(['first']));

    // The sink sent back whole, its URL as the answer masked it, keeps the password: publishing goes on.
    const changed = await callRest(gateway.url, 'PUT', '/api/event-sinks/1', { ...shown, events: ['message', 'message_ack'] });
    expect(changed).toMatchObject({
      status: 200,
      body: {
        success: true,
        message: 'Event sink updated',
        data: { ...shown, events: ['message', 'message_ack'], updatedAt: expect.any(String) },
      },
    });
    expect((await inbound(gateway, 'second')).status).toBe(200);
    await eventually(() => expect(textsOnce(consumer.consumed)).toEqual(['first', 'second']));

    const deliveries = await callRest(gateway.url, 'GET', '/api/event-sinks/1/deliveries?state=delivered');
    expect(deliveries.status).toBe(200);
    expect(deliveries.body.data.map((d: any) => [d.sinkId, d.event, d.state, d.payload.data.body])).toEqual([
      [1, 'message', 'delivered', 'second'],
      [1, 'message', 'delivered', 'first'],
    ]);
    expect(deliveries.body.data[0]).toMatchObject({
      eventId: deliveries.body.data[0].payload.id,
      attempts: 1,
      attemptLog: [{ durationMs: expect.any(Number), error: null }],
    });

    // Disabled, it takes no events; enabled again, it gets those raised from then on.
    expect((await callRest(gateway.url, 'PUT', '/api/event-sinks/1', { enabled: false })).body.data.enabled).toBe(false);
    expect((await inbound(gateway, 'while disabled')).status).toBe(200);
    expect((await callRest(gateway.url, 'PUT', '/api/event-sinks/1', { enabled: true })).body.data.enabled).toBe(true);
    expect((await inbound(gateway, 'third')).status).toBe(200);
    await eventually(() => expect(textsOnce(consumer.consumed)).toEqual(['first', 'second', 'third']));

    expect(await callRest(gateway.url, 'DELETE', '/api/event-sinks/1')).toEqual({
      status: 200,
      body: { success: true, message: 'Event sink deleted successfully' },
    });
    expect(await callRest(gateway.url, 'GET', '/api/event-sinks/1')).toEqual({
      status: 404,
      body: { success: false, error: 'Event sink 1 not found', message: expect.any(String) },
    });
    expect(gateway.logs.text).toContain('event sink registered');
    expect(gateway.logs.text).not.toContain('guest:guest');
  });

  it('disables a sink whose every publish failed for the max age, and raises event_sink_disabled with its URL masked', async () => {
    const watched = scratch();
    const watcher = await consumers.amqp(watched);
    const gateway = await startGateway(
      { WEBHOOK_MAX_AGE_MS: '1000', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_MAX_MS: '200' },
      { link: true },
    );
    const watching = { type: 'amqp', url: watcher.url(), target: watched, events: ['event_sink_disabled'] };
    expect((await callRest(gateway.url, 'POST', '/api/event-sinks', watching)).status).toBe(200);
    const dead = { type: 'mqtt', url: 'mqtt://user:hunter2@127.0.0.1:1', target: 'nowhere', events: ['message'] };
    expect((await callRest(gateway.url, 'POST', '/api/event-sinks', dead)).body.data.id).toBe(2);

    expect((await inbound(gateway, 'nobody will get this')).status).toBe(200);
    await eventually(() => expect(watcher.consumed).toHaveLength(1), 10_000);
    expect(watcher.consumed[0]!.body).toMatchObject({
      event: 'event_sink_disabled',
      session: 'default',
      data: { sinkId: 2, type: 'mqtt', target: 'nowhere', url: 'mqtt://user:***@127.0.0.1:1' },
    });
    const reason = (watcher.consumed[0]!.body.data as unknown as { reason: string }).reason;
    expect(reason).toMatch(/^Every attempt failed for 1 s \(WEBHOOK_MAX_AGE_MS\); the last: .*ECONNREFUSED/);
    expect((await callRest(gateway.url, 'GET', '/api/event-sinks/2')).body.data).toMatchObject({ enabled: false, disabledReason: reason });
    expect(gateway.logs.text).toContain('event sink disabled');
    expect(gateway.logs.text).not.toContain('hunter2');
  });

  it('refuses a URL or a target that does not suit the type, on creation and on a change, with the field named', async () => {
    const gateway = await startGateway();
    const refused = async (method: string, path: string, body: unknown) => {
      const answer = await callRest(gateway.url, method, path, body);
      expect(answer.status).toBe(400);
      expect(answer.body.success).toBe(false);
      return answer.body.error as string;
    };
    expect(await refused('POST', '/api/event-sinks', { type: 'mqtt', url: 'amqp://rabbit', target: 'waqtor' })).toBe(
      'url must be a mqtt:// or mqtts:// or ws:// or wss:// URL for a mqtt sink, e.g. mqtt://user:password@mosquitto:1883',
    );
    expect(await refused('POST', '/api/event-sinks', { type: 'nats', url: 'nats://n:4222', target: 'events.>' })).toBe(
      'target must be a subject prefix: tokens of letters, digits, : - _ joined by dots, e.g. waqtor.events',
    );
    expect(await refused('POST', '/api/event-sinks', { type: 'amqp', url: 'amqp://r', target: 'amq.topic' })).toBe(
      'target must be an exchange name: letters, digits and . : - _, not starting with amq.',
    );
    expect(await refused('POST', '/api/event-sinks', { type: 'kafka', url: 'kafka://k', target: 't' })).toBe(
      'type must be one of amqp, mqtt, nats',
    );
    expect(await refused('POST', '/api/event-sinks', { type: 'amqp', url: 'amqp://r', target: 't', events: ['nonsense'] })).toMatch(
      /^events\[0\] "nonsense" is not an event name/,
    );
    const created = await callRest(gateway.url, 'POST', '/api/event-sinks', { type: 'amqp', url: 'amqp://r', target: 't', enabled: false });
    expect(created.status).toBe(200);
    expect(await refused('PUT', '/api/event-sinks/1', { type: 'mqtt' })).toBe(
      'url must be a mqtt:// or mqtts:// or ws:// or wss:// URL for a mqtt sink, e.g. mqtt://user:password@mosquitto:1883',
    );
    expect(await refused('PUT', '/api/event-sinks/1', {})).toBe(
      'Give at least one of type, url, target, events, sessions, enabled to change',
    );
    expect(
      (await callRest(gateway.url, 'PUT', '/api/event-sinks/1', { type: 'mqtt', url: 'mqtt://m', target: 'a/b' })).body.data,
    ).toMatchObject({
      type: 'mqtt',
      url: 'mqtt://m',
      target: 'a/b',
    });
    expect((await callRest(gateway.url, 'PUT', '/api/event-sinks/2', { enabled: true })).status).toBe(404);
    expect((await callRest(gateway.url, 'GET', '/api/event-sinks/abc')).body.error).toBe(
      'Event sink id must be a positive whole number, e.g. 1',
    );
  });

  it('are the admin key’s alone: a session key can neither create, list nor change one, by REST or GraphQL', async () => {
    const gateway = await startGateway();
    await callRest(gateway.url, 'POST', '/api/sessions', { name: 'sales' });
    const key = (await callRest(gateway.url, 'POST', '/api/keys', { name: 'sales CRM', sessions: ['sales'] })).body.data.key as string;
    const body = { type: 'amqp', url: 'amqp://guest:guest@127.0.0.1:5672', target: scratch() };

    const forbidden = { success: false, error: 'API key not authorized', message: expect.any(String) };
    expect(await restWith(gateway, key, 'POST', '/api/event-sinks', body)).toEqual({ status: 403, body: forbidden });
    expect(await restWith(gateway, key, 'GET', '/api/event-sinks')).toEqual({ status: 403, body: forbidden });
    expect((await callRest(gateway.url, 'POST', '/api/event-sinks', body)).status).toBe(200);
    expect(await restWith(gateway, key, 'GET', '/api/event-sinks/1')).toEqual({ status: 403, body: forbidden });
    expect(await restWith(gateway, key, 'PUT', '/api/event-sinks/1', { enabled: false })).toEqual({ status: 403, body: forbidden });
    expect(await restWith(gateway, key, 'DELETE', '/api/event-sinks/1')).toEqual({ status: 403, body: forbidden });
    expect(await restWith(gateway, key, 'GET', '/api/event-sinks/1/deliveries')).toEqual({ status: 403, body: forbidden });

    const viaGraphql = await graphqlWith(
      gateway,
      key,
      `mutation($input: CreateEventSinkInput!) { createEventSink(input: $input) { id } }`,
      {
        input: body,
      },
    );
    expect(viaGraphql.body.errors?.[0]).toMatchObject({ message: 'API key not authorized', extensions: { code: 'FORBIDDEN' } });
    expect((await graphqlWith(gateway, key, '{ eventSinks { id } }')).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await callRest(gateway.url, 'GET', '/api/event-sinks')).body.data).toHaveLength(1);
    expect((await callRest(gateway.url, 'GET', '/api/event-sinks/1')).body.data.enabled).toBe(true);
  });

  it('are the same resource through GraphQL, with a token-only NATS URL masked too', async () => {
    const gateway = await startGateway();
    const admin = gateway.config.apiKey;
    const input = { type: 'nats', url: 'nats://s3cr3t-token@127.0.0.1:4222', target: 'waqtor.events', sessions: ['default'] };
    const created = await graphqlWith(
      gateway,
      admin,
      `mutation($input: CreateEventSinkInput!) { createEventSink(input: $input) { ${SINK_FIELDS} } }`,
      {
        input: { ...input, enabled: false },
      },
    );
    const sink = {
      id: 1,
      type: 'nats',
      url: 'nats://***@127.0.0.1:4222',
      target: 'waqtor.events',
      sessions: ['default'],
      events: ['*'],
      enabled: false,
      disabledReason: null,
    };
    expect(created.body).toEqual({ data: { createEventSink: sink } });
    expect((await graphqlWith(gateway, admin, `{ eventSinks { ${SINK_FIELDS} } }`)).body).toEqual({ data: { eventSinks: [sink] } });
    expect((await graphqlWith(gateway, admin, `{ eventSink(id: 1) { ${SINK_FIELDS} } }`)).body).toEqual({ data: { eventSink: sink } });
    const updated = await graphqlWith(
      gateway,
      admin,
      `mutation { updateEventSink(id: 1, input: { target: "waqtor.other" }) { target url } }`,
    );
    expect(updated.body).toEqual({ data: { updateEventSink: { target: 'waqtor.other', url: 'nats://***@127.0.0.1:4222' } } });
    expect((await graphqlWith(gateway, admin, '{ eventSinkDeliveries(id: 1) { id } }')).body).toEqual({
      data: { eventSinkDeliveries: [] },
    });
    expect((await graphqlWith(gateway, admin, 'mutation { deleteEventSink(id: 1) { id message } }')).body).toEqual({
      data: { deleteEventSink: { id: 1, message: 'Event sink deleted successfully' } },
    });
    const missing = await graphqlWith(gateway, admin, '{ eventSink(id: 1) { id } }');
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Event sink 1 not found', extensions: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(await gateway.rest.GET('/api/event-sinks'))).not.toContain('s3cr3t');
    expect(gateway.logs.text).not.toContain('s3cr3t');
  });
});
