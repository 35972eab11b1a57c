import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';
import mqtt from 'mqtt';
import { connect, type JsMsg } from 'nats';
import { onTestFinished } from 'vitest';

/**
 * Consumers of the event sinks' brokers (this machine's RabbitMQ, NATS JetStream and Mosquitto), each on a
 * scratch exchange, stream or topic of the test's own, removed when the test finishes.
 */
/** What a consumer of a sink reads: the message id the broker carries, and the webhook body. */
export interface Consumed {
  messageId: string | undefined;
  where: string;
  body: { id: string; event: string; session: string; timestamp: string; data: { body?: string } };
}

export const scratch = () => `waqtor-test-${randomBytes(4).toString('hex')}`;

/** Subscribes to a scratch exchange, stream or topic of the test's own; everything is removed after the test. */
export const consumers = {
  async amqp(target: string) {
    const connection = await amqp.connect('amqp://guest:guest@127.0.0.1:5672');
    const channel = await connection.createChannel();
    await channel.assertExchange(target, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true });
    await channel.bindQueue(queue, target, '#');
    const consumed: Consumed[] = [];
    await channel.consume(queue, (message) => {
      if (!message) return;
      consumed.push({
        messageId: message.properties.messageId as string,
        where: message.fields.routingKey,
        body: JSON.parse(message.content.toString()),
      });
      channel.ack(message);
    });
    onTestFinished(async () => {
      await channel.deleteExchange(target);
      await connection.close();
    });
    return { url: (port = 5672) => `amqp://guest:guest@127.0.0.1:${port}`, consumed };
  },
  async nats(target: string) {
    const connection = await connect({ servers: '127.0.0.1:4222' });
    const manager = await connection.jetstreamManager();
    const stream = target.replaceAll('-', '_');
    await manager.streams.add({ name: stream, subjects: [`${target}.>`] });
    const consumed: Consumed[] = [];
    const consumer = await connection.jetstream().consumers.get(stream);
    const messages = await consumer.consume();
    void (async () => {
      for await (const message of messages as AsyncIterable<JsMsg>) {
        consumed.push({ messageId: message.headers?.get('Nats-Msg-Id'), where: message.subject, body: message.json() });
        message.ack();
      }
    })();
    onTestFinished(async () => {
      await messages.close();
      await manager.streams.delete(stream);
      await connection.close();
    });
    return { url: (port = 4222) => `nats://127.0.0.1:${port}`, consumed };
  },
  async mqtt(target: string) {
    const client = await mqtt.connectAsync('mqtt://127.0.0.1:1883');
    const consumed: Consumed[] = [];
    client.on('message', (topic, payload) => {
      const body = JSON.parse(payload.toString()) as Consumed['body'];
      // MQTT 3.1.1 carries no message id of the publisher's: the body's id is the one to drop repeats by.
      consumed.push({ messageId: body.id, where: topic, body });
    });
    await client.subscribeAsync(`${target}/#`, { qos: 1 });
    onTestFinished(() => client.endAsync());
    return { url: (port = 1883) => `mqtt://127.0.0.1:${port}`, consumed };
  },
};

export const brokerPorts = { amqp: 5672, nats: 4222, mqtt: 1883 };

/** The messages' texts, each once: a consumer drops repeats by the message id. */
export const textsOnce = (consumed: Consumed[]) => [
  ...new Map(consumed.map((message) => [message.messageId, message.body.data.body])).values(),
];
