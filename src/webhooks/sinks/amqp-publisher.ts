import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import { ConnectionPublisher, PUBLISH_TIMEOUT_MS, withinTimeout, type SinkMessage } from './sink-publisher.js';

/**
 * Publishes to a topic exchange of RabbitMQ (declared durable when missing), routing key
 * `<session>.<event>`, persistent, on a confirm channel: a batch is taken when the broker confirms it.
 */
export class AmqpPublisher extends ConnectionPublisher<{ connection: ChannelModel; channel: ConfirmChannel }> {
  constructor(
    private readonly url: string,
    private readonly exchange: string,
  ) {
    super();
  }

  protected async connect(lost: () => void) {
    const connection = await amqp.connect(this.url, { timeout: PUBLISH_TIMEOUT_MS });
    // A dropped connection fails the publish in flight; the next one connects again.
    connection.on('error', () => undefined);
    connection.on('close', lost);
    const channel = await connection.createConfirmChannel();
    channel.on('error', () => undefined);
    await channel.assertExchange(this.exchange, 'topic', { durable: true });
    return { connection, channel };
  }

  protected async send({ channel }: { channel: ConfirmChannel }, messages: SinkMessage[]) {
    for (const message of messages) {
      channel.publish(this.exchange, `${message.session}.${message.event}`, Buffer.from(message.payload), {
        persistent: true,
        messageId: message.eventId,
        contentType: 'application/json',
      });
    }
    await withinTimeout(channel.waitForConfirms(), 'RabbitMQ did not confirm');
  }

  protected async disconnect({ connection }: { connection: ChannelModel }) {
    await connection.close();
  }
}
