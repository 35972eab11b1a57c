/**
 * Event sinks: 10,000 events published by one gateway (SQLite) to each broker type, beside a bare client
 * publishing the same 10,000 messages with the same guarantee (publisher confirms, JetStream acks, QoS 1
 * PUBACKs), in the same run, against the brokers on this machine. Two gateway figures per type:
 * - backlog: 10,000 events already in the outbox (written while the sink was disabled) and the sink
 *   enabled, timed until every publish is recorded as delivered: the publishing path alone;
 * - live: 10,000 events raised as fast as the gateway records them, timed until every one is recorded as
 *   delivered, with the longest delay from an event being recorded to its publication.
 * Run: `npm run bench`. Not part of the test command.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import amqp from 'amqplib';
import mqtt from 'mqtt';
import { connect } from 'nats';
import { buildApp } from '../../src/app/app.js';
import { loadConfig } from '../../src/config.js';
import type { EventSinkType } from '../../src/domain/event-sink-types.js';
import { DEFAULT_SESSION } from '../../src/domain/session-name.js';
import { createLogger } from '../../src/logger.js';
import { inboundEvent } from './inbound-event.js';

const EVENTS = 10_000;
const BARE_BATCH = 1_000;
/** Mosquitto's default cap on a client's QoS 1 messages in flight. */
const MQTT_IN_FLIGHT = 20;

const body = (i: number) =>
  JSON.stringify({
    id: randomUUID(),
    event: 'message',
    session: DEFAULT_SESSION,
    timestamp: new Date().toISOString(),
    data: inboundEvent(i).data,
  });

/** A scratch exchange (with a queue bound to it), stream or topic, and the broker URL for it. */
async function scratchTarget(type: EventSinkType): Promise<{ url: string; target: string; drop: () => Promise<void> }> {
  const target = `waqtor-bench-${randomBytes(4).toString('hex')}`;
  if (type === 'amqp') {
    const connection = await amqp.connect('amqp://guest:guest@127.0.0.1:5672');
    const channel = await connection.createChannel();
    await channel.assertExchange(target, 'topic', { durable: true });
    // A consumer keeps up, as one would: a queue left to grow makes RabbitMQ hold confirms back while it pages.
    const { queue } = await channel.assertQueue('', { exclusive: true, durable: false });
    await channel.bindQueue(queue, target, '#');
    await channel.consume(queue, () => undefined, { noAck: true });
    return {
      url: 'amqp://guest:guest@127.0.0.1:5672',
      target,
      drop: async () => {
        await channel.deleteExchange(target);
        await connection.close();
      },
    };
  }
  if (type === 'nats') {
    const connection = await connect({ servers: '127.0.0.1:4222' });
    const manager = await connection.jetstreamManager();
    const stream = target.replaceAll('-', '_');
    await manager.streams.add({ name: stream, subjects: [`${target}.>`] });
    return {
      url: 'nats://127.0.0.1:4222',
      target,
      drop: async () => {
        await manager.streams.delete(stream);
        await connection.close();
      },
    };
  }
  return { url: 'mqtt://127.0.0.1:1883', target, drop: async () => undefined };
}

/**
 * A Mosquitto of the bench's own with `set_tcp_nodelay true`: with Mosquitto's default, the PUBACKs at the
 * tail of every batch wait out the client's delayed ACK (about 40 ms), which this row shows the cost of.
 */
async function mosquittoWithoutNagle(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const conf = join(dir, 'mosquitto.conf');
  await writeFile(conf, `listener ${port} 127.0.0.1\nallow_anonymous true\nset_tcp_nodelay true\n`);
  const broker = spawn('mosquitto', ['-c', conf], { stdio: 'ignore' });
  for (let tries = 0; ; tries += 1) {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, { reconnectPeriod: 0 }).catch(() => undefined);
    if (client) {
      await client.endAsync();
      break;
    }
    if (tries > 50) throw new Error('mosquitto did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `mqtt://127.0.0.1:${port}`, stop: () => broker.kill() };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The bare client: the same messages, in batches whose confirms (acks) are awaited together; for MQTT, as
 * many publishes in flight as the broker allows, each PUBACK letting the next one go.
 */
async function barePublish(type: EventSinkType, url: string, target: string): Promise<number> {
  const messages = Array.from({ length: EVENTS }, (_, i) => ({ id: randomUUID(), payload: body(i) }));
  if (type === 'amqp') {
    const connection = await amqp.connect(url);
    const channel = await connection.createConfirmChannel();
    const started = performance.now();
    for (let start = 0; start < EVENTS; start += BARE_BATCH) {
      for (const message of messages.slice(start, start + BARE_BATCH)) {
        channel.publish(target, 'default.message', Buffer.from(message.payload), { persistent: true, messageId: message.id });
      }
      await channel.waitForConfirms();
    }
    const seconds = (performance.now() - started) / 1000;
    await connection.close();
    return seconds;
  }
  if (type === 'nats') {
    const connection = await connect({ servers: new URL(url).host });
    const jetstream = connection.jetstream();
    const encoder = new TextEncoder();
    const started = performance.now();
    for (let start = 0; start < EVENTS; start += BARE_BATCH) {
      await Promise.all(
        messages
          .slice(start, start + BARE_BATCH)
          .map((message) => jetstream.publish(`${target}.default.message`, encoder.encode(message.payload), { msgID: message.id })),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    await connection.close();
    return seconds;
  }
  const client = await mqtt.connectAsync(url);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: MQTT_IN_FLIGHT }, async () => {
      while (next < EVENTS) {
        const message = messages[next++]!;
        await client.publishAsync(`${target}/default/message`, message.payload, { qos: 1 });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await client.endAsync();
  return seconds;
}

async function gatewayRun(
  type: EventSinkType,
  url: string,
  target: string,
  dir: string,
): Promise<{ backlogS: number; liveRecordS: number; liveS: number; longestDelayMs: number }> {
  const config = loadConfig({
    API_KEY: 'bench-key-0123456789',
    PORT: '0',
    HOST: '127.0.0.1',
    WHATSAPP_DRIVER: 'sandbox',
    LOG_LEVEL: 'warn',
    DATABASE_PATH: join(dir, `${randomUUID()}.db`),
    WHATSAPP_SESSION_PATH: join(dir, 'session'),
  });
  const app = buildApp(config, createLogger(config.logLevel));
  const { services } = await app.start();
  const delivered = async () =>
    (await services.metrics.sinkDeliveries.get()).values
      .filter((value) => value.labels.outcome === 'delivered')
      .reduce((sum, value) => sum + value.value, 0);
  const until = async (n: number) => {
    while ((await delivered()) < n) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  try {
    const sink = await services.eventSinks.create({ type, url, target, events: ['*'], sessions: ['*'], enabled: false });
    const em = services.database.em.fork();
    for (let start = 0; start < EVENTS; start += 500) {
      await services.webhookStore.enqueue(
        em,
        Array.from({ length: Math.min(500, EVENTS - start) }, (_, k) => {
          const eventId = randomUUID();
          return { webhookId: sink.id, eventId, event: 'message', payload: body(start + k) };
        }),
      );
    }
    const backlogStarted = performance.now();
    await services.eventSinks.update(sink.id, { enabled: true });
    await until(EVENTS);
    const backlogS = (performance.now() - backlogStarted) / 1000;

    const started = performance.now();
    for (let i = 0; i < EVENTS; i += 1) {
      const event = inboundEvent(i);
      await services.bus.record(event);
      services.bus.publish(event);
      // Events come from sockets, each its own turn of the event loop: SQLite's driver answers without
      // one, so a bare loop would keep the broker's confirms unread until it ended.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const liveRecordS = (performance.now() - started) / 1000;
    await until(2 * EVENTS);
    const liveS = (performance.now() - started) / 1000;
    const live = await services.webhookStore.deliveries(sink.id, { first: EVENTS, state: 'delivered' });
    const longestDelayMs = Math.max(...live.map((d) => (d.deliveredAt?.getTime() ?? 0) - d.createdAt.getTime()));
    return { backlogS, liveRecordS, liveS, longestDelayMs };
  } finally {
    await app.stop();
  }
}

const rows: string[] = [];
const dir = await mkdtemp(join(tmpdir(), 'waqtor-bench-sinks-'));
const quickMosquitto = await mosquittoWithoutNagle(dir);
const runs: Array<{ label: string; type: EventSinkType; scratch: () => ReturnType<typeof scratchTarget> }> = [
  { label: 'amqp (RabbitMQ)', type: 'amqp', scratch: () => scratchTarget('amqp') },
  { label: 'nats (JetStream)', type: 'nats', scratch: () => scratchTarget('nats') },
  { label: 'mqtt (Mosquitto, defaults)', type: 'mqtt', scratch: () => scratchTarget('mqtt') },
  {
    label: 'mqtt (Mosquitto, set_tcp_nodelay true)',
    type: 'mqtt',
    scratch: async () => ({ ...(await scratchTarget('mqtt')), url: quickMosquitto.url }),
  },
];
try {
  for (const { label, type, scratch: makeScratch } of runs) {
    const scratch = await makeScratch();
    try {
      const bareS = await barePublish(type, scratch.url, scratch.target);
      const run = await gatewayRun(type, scratch.url, scratch.target, dir);
      const bareRate = EVENTS / bareS;
      const backlogRate = EVENTS / run.backlogS;
      const liveRate = EVENTS / run.liveS;
      rows.push(
        `| ${label} | ${Math.round(bareRate)} | ${Math.round(backlogRate)} | ${(backlogRate / bareRate).toFixed(2)} | ${backlogRate / bareRate >= 0.5 ? 'met' : 'not met'} | ${Math.round(EVENTS / run.liveRecordS)} | ${Math.round(liveRate)} | ${run.longestDelayMs} |`,
      );
    } finally {
      await scratch.drop();
    }
  }
} finally {
  quickMosquitto.stop();
  await rm(dir, { recursive: true, force: true });
}

console.log(`\nEvent sinks: ${EVENTS.toLocaleString('en')} events per broker, each taken by the broker (confirm / ack / PUBACK), SQLite\n`);
console.log(
  '| sink | bare client msgs/s | gateway backlog publishes/s, each recorded | ratio | ≥ 0.5× bare | live: events recorded/s | live: publishes/s, each recorded | live: longest event → publication, ms |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
