import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import { PUBLISH_TIMEOUT_MS, withinTimeout, type SinkMessage, type SinkPublisher } from './sink-publisher.js';

/**
 * Publishes to a topic exchange of RabbitMQ (declared durable when missing), routing key
 * `<session>.<event>`, persistent, on a confirm channel: a batch is taken when the broker confirms it.
 */
export class AmqpPublisher implements SinkPublisher {
  #open: Promise<{ connection: ChannelModel; channel: ConfirmChannel }> | undefined;
  #current: unknown;

  constructor(
    private readonly url: string,
    private readonly exchange: string,
  ) {}

  async publish(messages: SinkMessage[]): Promise<void> {
    try {
      const { channel } = await (this.#open ??= this.#connect().then((opened) => (this.#current = opened)));
      for (const message of messages) {
        channel.publish(this.exchange, `${message.session}.${message.event}`, Buffer.from(message.payload), {
          persistent: true,
          messageId: message.eventId,
          contentType: 'application/json',
        });
      }
      await withinTimeout(channel.waitForConfirms(), 'RabbitMQ did not confirm');
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const open = this.#open;
    this.#open = undefined;
    this.#current = undefined;
    await open?.then(({ connection }) => connection.close()).catch(() => undefined);
  }

  async #connect() {
    const connection = await amqp.connect(this.url, { timeout: PUBLISH_TIMEOUT_MS });
    // A dropped connection fails the publish in flight; the next one connects again.
    connection.on('error', () => undefined);
    connection.on('close', () => this.#forget(opened));
    const channel = await connection.createConfirmChannel();
    const opened = { connection, channel };
    channel.on('error', () => undefined);
    await channel.assertExchange(this.exchange, 'topic', { durable: true });
    return opened;
  }

  /** A connection that closed is not used again; one closed after a newer one opened changes nothing. */
  #forget(closed: unknown): void {
    if (this.#current !== closed) return;
    this.#current = undefined;
    this.#open = undefined;
  }
}
