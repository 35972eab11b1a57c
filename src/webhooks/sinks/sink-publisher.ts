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
