import { connect, type NatsConnection } from 'nats';
import { ConnectionPublisher, PUBLISH_TIMEOUT_MS, type SinkMessage } from './sink-publisher.js';

/**
 * Publishes to JetStream, subject `<prefix>.<session>.<event>`, with the event id as `Nats-Msg-Id` so the
 * stream's duplicate window drops a repeat; a batch is taken when every message is acked. The stream is
 * the user's: a subject no stream covers is an error, not a stream the gateway makes.
 */
export class NatsPublisher extends ConnectionPublisher<NatsConnection> {
  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {
    super();
  }

  protected async connect(lost: () => void) {
    const address = new URL(this.url);
    const connection = await connect({
      servers: `${address.hostname}:${address.port || 4222}`,
      ...(address.username && { user: decodeURIComponent(address.username), pass: decodeURIComponent(address.password) }),
      reconnect: false,
      timeout: PUBLISH_TIMEOUT_MS,
    });
    void connection.closed().then(lost);
    return connection;
  }

  protected async send(connection: NatsConnection, messages: SinkMessage[]) {
    const jetstream = connection.jetstream();
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
  }

  protected async disconnect(connection: NatsConnection) {
    await connection.close();
  }
}
