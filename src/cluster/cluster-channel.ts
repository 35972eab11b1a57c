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

  /**
   * Hears the other nodes from now on. While Redis is away nothing is heard, so once the connection is back
   * (ioredis subscribes again by itself) every topic's handlers run, as if each had been announced: the node
   * reads again what may have changed meanwhile (keys revoked, webhooks changed, sessions to place).
   */
  async listen(): Promise<void> {
    let lost = false;
    this.subscriber.on('message', (channel: string, topic: string) => {
      if (channel === this.name) this.#run(topic as ClusterTopic);
    });
    this.subscriber.on('close', () => {
      lost = true;
    });
    this.subscriber.on('ready', () => {
      if (!lost) return;
      lost = false;
      this.logger.info('Redis answers again; reading what the other nodes may have changed meanwhile');
      for (const topic of this.#handlers.keys()) this.#run(topic);
    });
    await this.subscriber.subscribe(this.name);
  }

  #run(topic: ClusterTopic): void {
    for (const handler of this.#handlers.get(topic) ?? []) handler();
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
