import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/**
 * What one node tells the others: `placement` when sessions may need an owner (one was started, or a node
 * let its sessions go), `keys` when an API key was made or revoked, `webhooks` when a webhook was made,
 * changed, disabled or deleted.
 */
export type ClusterTopic = 'placement' | 'keys' | 'webhooks';

/** A Redis channel every node listens on, for the few things the nodes must hear from each other at once. */
export class ClusterChannel {
  readonly #handlers = new Map<ClusterTopic, Array<() => void>>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    /** The Redis channel, named for the cluster. */
    private readonly name: string,
    private readonly logger: Logger,
  ) {}

  async listen(): Promise<void> {
    this.subscriber.on('message', (channel: string, topic: string) => {
      if (channel !== this.name) return;
      for (const handler of this.#handlers.get(topic as ClusterTopic) ?? []) handler();
    });
    await this.subscriber.subscribe(this.name);
  }

  on(topic: ClusterTopic, handler: () => void): void {
    this.#handlers.set(topic, [...(this.#handlers.get(topic) ?? []), handler]);
  }

  /** Tells every node, this one included; a node that misses it catches up on its next placement pass. */
  announce(topic: ClusterTopic): void {
    this.publisher
      .publish(this.name, topic)
      .catch((error: unknown) => this.logger.warn({ err: error, topic }, 'could not tell the other nodes'));
  }
}
