import type { WebhookRecord } from '../../db/entities/webhook-record.js';
import type { EventSinkType } from '../../domain/event-sink-types.js';
import type { AttemptResult } from '../retry-policy.js';
import { openPublisher } from './open-publisher.js';
import type { SinkMessage, SinkPublisher } from './sink-publisher.js';

/**
 * The open publisher of each event sink, kept between batches (a connection per sink); one whose address
 * changed is closed and opened again at the new one.
 */
export class SinkPublishers {
  readonly #open = new Map<number, { address: string; publisher: Promise<SinkPublisher> }>();

  /** Publishes the messages in order; never throws: the outcome is an attempt's, as a webhook POST's is. */
  async publish(sink: Pick<WebhookRecord, 'id' | 'kind' | 'url' | 'target'>, messages: SinkMessage[]): Promise<AttemptResult> {
    const address = JSON.stringify([sink.kind, sink.url, sink.target]);
    let entry = this.#open.get(sink.id);
    if (entry && entry.address !== address) {
      await this.#close(sink.id);
      entry = undefined;
    }
    if (!entry) {
      entry = { address, publisher: openPublisher({ type: sink.kind as EventSinkType, url: sink.url, target: sink.target ?? '' }) };
      this.#open.set(sink.id, entry);
    }
    try {
      await (await entry.publisher).publish(messages);
      return { accepted: true };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), retryable: true };
    }
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#open.keys()].map((id) => this.#close(id)));
  }

  async #close(id: number): Promise<void> {
    const entry = this.#open.get(id);
    this.#open.delete(id);
    await entry?.publisher.then((publisher) => publisher.close()).catch(() => undefined);
  }
}
