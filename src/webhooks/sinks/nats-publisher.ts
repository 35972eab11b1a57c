import { connect, type JetStreamClient, type NatsConnection } from 'nats';
import { PUBLISH_TIMEOUT_MS, type SinkMessage, type SinkPublisher } from './sink-publisher.js';

/**
 * Publishes to JetStream, subject `<prefix>.<session>.<event>`, with the event id as `Nats-Msg-Id` so the
 * stream's duplicate window drops a repeat; a batch is taken when every message is acked. The stream is
 * the user's: a subject no stream covers is an error, not a stream the gateway makes.
 */
export class NatsPublisher implements SinkPublisher {
  #open: Promise<{ connection: NatsConnection; jetstream: JetStreamClient }> | undefined;
  #current: unknown;

  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {}

  async publish(messages: SinkMessage[]): Promise<void> {
    try {
      const { jetstream } = await (this.#open ??= this.#connect().then((opened) => (this.#current = opened)));
      const encoder = new TextEncoder();
      await Promise.all(
        messages.map(async (message) => {
          const subject = `${this.prefix}.${message.session}.${message.event}`;
          try {
            await jetstream.publish(subject, encoder.encode(message.payload), { msgID: message.eventId, timeout: PUBLISH_TIMEOUT_MS });
          } catch (error) {
            if ((error as { code?: string }).code === '503')
              throw new Error(`no JetStream stream takes the subject ${subject}`, { cause: error });
            throw error;
          }
        }),
      );
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
    const address = new URL(this.url);
    // The outbox retries with its own backoff: the client's reconnecting would only hold publishes in its buffer.
    const connection = await connect({
      servers: `${address.hostname}:${address.port || 4222}`,
      ...(address.username && { user: decodeURIComponent(address.username), pass: decodeURIComponent(address.password) }),
      reconnect: false,
      timeout: PUBLISH_TIMEOUT_MS,
    });
    const opened = { connection, jetstream: connection.jetstream() };
    void connection.closed().then(() => this.#forget(opened));
    return opened;
  }

  /** A connection that closed is not used again; one closed after a newer one opened changes nothing. */
  #forget(closed: unknown): void {
    if (this.#current !== closed) return;
    this.#current = undefined;
    this.#open = undefined;
  }
}
