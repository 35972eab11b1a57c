/** One outbox row as a broker message: the webhook body, and the event id that consumers drop repeats by. */
export interface SinkMessage {
  eventId: string;
  session: string;
  event: string;
  payload: string;
}

/**
 * A connection to one sink's broker. `publish` resolves once the broker has taken every message (confirms,
 * JetStream acks, PUBACKs) and rejects otherwise; after a rejection the next call connects afresh.
 */
export interface SinkPublisher {
  publish(messages: SinkMessage[]): Promise<void>;
  close(): Promise<void>;
}

/** No broker answer within this long is a failed attempt, retried as a webhook's is. */
export const PUBLISH_TIMEOUT_MS = 10_000;

/** Rejects with `what` when `work` has not settled within the publish timeout. */
export async function withinTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${PUBLISH_TIMEOUT_MS / 1000} s`)), PUBLISH_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A publisher over one broker connection at a time: opened on the first publish, and dropped after a
 * failed publish or when the broker closes it, so the next publish connects afresh. The clients' own
 * reconnecting stays off: the outbox's retries are the backoff, and a client reconnecting by itself would
 * only hold publishes in its buffer.
 */
export abstract class ConnectionPublisher<Connection> implements SinkPublisher {
  #open: Promise<Connection> | undefined;

  async publish(messages: SinkMessage[]): Promise<void> {
    const opening: Promise<Connection> = (this.#open ??= this.connect(() => {
      if (this.#open === opening) this.#open = undefined;
    }));
    try {
      await this.send(await opening, messages);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const open = this.#open;
    this.#open = undefined;
    await open?.then((connection) => this.disconnect(connection)).catch(() => undefined);
  }

  /** Connects; `lost` is to be called when the broker or the network closes the connection. */
  protected abstract connect(lost: () => void): Promise<Connection>;
  /** Resolves once the broker has taken every message. */
  protected abstract send(connection: Connection, messages: SinkMessage[]): Promise<void>;
  protected abstract disconnect(connection: Connection): Promise<void>;
}
