import { describe, expect, it, onTestFinished } from 'vitest';
import { brokerPorts, consumers, scratch, textsOnce } from '../../utils/broker-consumers.js';
import { callRest, startGateway } from '../../utils/gateway.js';
import { sample, scrape } from '../../utils/metrics.js';
import { tcpProxy } from '../../utils/chaos.js';
import { eventually, quietFor } from '../../utils/waiting.js';

const EVENTS = 200;

/** The route each type publishes an event of the default session to. */
const routeOf = {
  amqp: (_: string) => 'default.message',
  nats: (target: string) => `${target}.default.message`,
  mqtt: (target: string) => `${target}/default/message`,
};

describe.each(['amqp', 'nats', 'mqtt'] as const)('an event sink of type %s (EVENT_SINK_*), on the real broker', (type) => {
  it(`publishes ${EVENTS} incoming messages in order, each with its event id as the message id`, async () => {
    const target = scratch();
    const consumer = await consumers[type](target);
    const gateway = await startGateway(
      {
        EVENT_SINK_TYPE: type,
        EVENT_SINK_URL: consumer.url(),
        EVENT_SINK_TARGET: target,
        EVENT_SINK_EVENTS: 'message',
      },
      { link: true },
    );
    for (let i = 0; i < EVENTS; i++) {
      expect((await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966507654321', body: `message ${i}` })).status).toBe(
        200,
      );
    }

    await eventually(() => expect(new Set(consumer.consumed.map((message) => message.messageId)).size).toBe(EVENTS), 30_000);
    const once = [...new Map(consumer.consumed.map((message) => [message.messageId, message])).values()];
    expect(once.map((message) => message.body.data.body)).toEqual(Array.from({ length: EVENTS }, (_, i) => `message ${i}`));
    await eventually(async () => {
      const metrics = await scrape(gateway);
      expect(sample(metrics, 'waqtor_event_sink_deliveries_total', { type, outcome: 'delivered' })).toBe(EVENTS);
      expect(sample(metrics, 'waqtor_event_sink_queue_depth', { type })).toBe(0);
      expect(sample(metrics, 'waqtor_event_sink_oldest_undelivered_seconds', { type })).toBe(0);
      expect(sample(metrics, 'waqtor_webhook_deliveries_total', { outcome: 'delivered' })).toBeUndefined();
    });
    // A sink shares the webhooks' outbox, not their API; its URL (with the broker's password) is never logged.
    expect(await callRest(gateway.url, 'GET', '/api/webhooks')).toMatchObject({ status: 200, body: { data: [] } });
    expect(gateway.logs.text).toContain('event sink from EVENT_SINK_URL registered');
    expect(gateway.logs.text).not.toContain(consumer.url());
    for (const message of once) {
      expect(message).toMatchObject({
        messageId: message.body.id,
        where: routeOf[type](target),
        body: { event: 'message', session: 'default' },
      });
    }
  });

  it('keeps every event while the broker is unreachable for 5 s, and publishes them all in order once it is back', async () => {
    const target = scratch();
    const consumer = await consumers[type](target);
    const proxy = await tcpProxy(brokerPorts[type]);
    onTestFinished(() => proxy.close());
    const gateway = await startGateway(
      {
        EVENT_SINK_TYPE: type,
        EVENT_SINK_URL: consumer.url(proxy.port),
        EVENT_SINK_TARGET: target,
        EVENT_SINK_EVENTS: 'message',
        WEBHOOK_RETRY_BASE_MS: '200',
        WEBHOOK_RETRY_MAX_MS: '1000',
      },
      { link: true },
    );
    const inbound = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        expect((await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966507654321', body: `message ${i}` })).status).toBe(
          200,
        );
      }
    };
    await inbound(0, 10);
    await eventually(() => expect(textsOnce(consumer.consumed)).toHaveLength(10), 15_000);

    await proxy.cut();
    await inbound(10, 110);
    await quietFor(5_000);
    expect(textsOnce(consumer.consumed)).toHaveLength(10);
    const waiting = await scrape(gateway);
    expect(sample(waiting, 'waqtor_event_sink_queue_depth', { type })).toBe(100);
    expect(sample(waiting, 'waqtor_event_sink_oldest_undelivered_seconds', { type })).toBeGreaterThanOrEqual(4);
    expect(sample(waiting, 'waqtor_event_sink_deliveries_total', { type, outcome: 'retried' })).toBeGreaterThanOrEqual(1);
    await proxy.heal();

    await eventually(() => expect(textsOnce(consumer.consumed)).toHaveLength(110), 30_000);
    expect(textsOnce(consumer.consumed)).toEqual(Array.from({ length: 110 }, (_, i) => `message ${i}`));
  }, 60_000);
});
