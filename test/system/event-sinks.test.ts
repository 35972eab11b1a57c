import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { brokerPorts, consumers, scratch, textsOnce } from '../utils/broker-consumers.js';
import { tcpProxy } from '../utils/chaos.js';
import { callRest, TEST_API_KEY } from '../utils/gateway.js';
import { launch } from '../utils/process.js';
import { eventually } from '../utils/waiting.js';

const EVENTS = 50;

describe.each(['amqp', 'nats', 'mqtt'] as const)('an event sink of type %s across a SIGKILL', (type) => {
  it('publishes, after the broker and the gateway are both back, every event recorded while the broker was away', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waqtor-sinks-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const target = scratch();
    const consumer = await consumers[type](target);
    const proxy = await tcpProxy(brokerPorts[type]);
    onTestFinished(() => proxy.close());
    const env = {
      API_KEY: TEST_API_KEY,
      PORT: '0',
      HOST: '127.0.0.1',
      WHATSAPP_DRIVER: 'sandbox',
      SANDBOX_AUTO_LINK_MS: '0',
      DATABASE_PATH: join(dir, 'waqtor.db'),
      RATE_LIMIT_STANDARD_MAX: '100000',
      EVENT_SINK_TYPE: type,
      EVENT_SINK_URL: consumer.url(proxy.port),
      EVENT_SINK_TARGET: target,
      EVENT_SINK_EVENTS: 'message',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_MAX_MS: '1000',
    };
    const linked = async () => {
      const run = await launch(env);
      const url = await run.url();
      await eventually(async () => expect((await callRest(url, 'GET', '/api/status/client')).status).toBe(200), 10_000);
      return { run, url };
    };

    const first = await linked();
    await proxy.cut();
    for (let i = 0; i < EVENTS; i++) {
      expect((await callRest(first.url, 'POST', '/api/sandbox/inbound', { from: '966507654321', body: `message ${i}` })).status).toBe(200);
    }
    first.run.kill('SIGKILL');
    await first.run.exited;
    expect(consumer.consumed).toEqual([]);

    await proxy.heal();
    await linked();
    await eventually(() => expect(textsOnce(consumer.consumed)).toHaveLength(EVENTS), 30_000);
    expect(textsOnce(consumer.consumed)).toEqual(Array.from({ length: EVENTS }, (_, i) => `message ${i}`));
  });
});
