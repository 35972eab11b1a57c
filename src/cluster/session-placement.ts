import { isDatabaseUnavailable } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ClusterChannel } from './cluster-channel.js';
import type { ClusterNode, NodeRegistry } from './node-registry.js';

export interface SessionPlacementDeps {
  registry: NodeRegistry;
  channel: ClusterChannel;
  /** Started sessions that no node holds a live lease on, oldest first. */
  unowned(): Promise<string[]>;
  /** Takes the session's lease and starts it here; false when another node was quicker. */
  claim(session: string): Promise<boolean>;
  leaseTtlMs: number;
  logger: Logger;
}

/** A session that would not start here is left for this long before this node tries it again. */
const FAILED_CLAIM_PAUSE_MS = 60_000;
const HEARTBEAT_RETRY_MS = 1_000;

/**
 * Puts started sessions on nodes. Each pass, the least-loaded live node with room (fewest sessions, then
 * the smallest id) claims one unowned session, and says so, so that the next least-loaded claims the
 * next: sessions spread evenly, a node that joins takes its share of the unowned ones, and a healthy node's
 * sessions are never taken, since only an expired lease can be claimed. Passes run on a timer (so a dead
 * node's sessions are claimed once their leases run out) and whenever a node announces `placement`.
 */
export class SessionPlacement {
  #timer: NodeJS.Timeout | undefined;
  #pass: Promise<void> | undefined;
  #again = false;
  #stopped = false;
  readonly #failed = new Map<string, number>();

  constructor(private readonly deps: SessionPlacementDeps) {}

  /** Call once the node is in the nodes table (its first heartbeat), so the others count it from its first claim. */
  async start(): Promise<void> {
    this.deps.channel.on('placement', () => this.wake());
    this.#timer = setInterval(() => {
      this.#beat();
      this.wake();
    }, this.deps.leaseTtlMs / 3);
    this.#timer.unref();
    this.wake();
    await this.#pass;
  }

  /** Renews the heartbeat; one that failed (the database away) is tried again within a second, so the others do not take this node for dead. */
  #beat(): void {
    this.deps.registry.heartbeat().catch((error: unknown) => {
      this.deps.logger.warn({ err: error }, 'could not renew the node heartbeat; trying again');
      if (!this.#stopped) setTimeout(() => this.#beat(), HEARTBEAT_RETRY_MS).unref();
    });
  }

  /** Runs a pass now, or once the running one ends. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#pass) {
      this.#again = true;
      return;
    }
    this.#pass = this.#place()
      .catch((error: unknown) => this.deps.logger.error({ err: error }, 'could not place sessions; will try again'))
      .finally(() => {
        this.#pass = undefined;
        if (this.#again) {
          this.#again = false;
          this.wake();
        }
      });
  }

  /** Claims nothing more; the sessions held stay until they are closed. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#pass;
  }

  async #place(): Promise<void> {
    const { registry, channel, logger } = this.deps;
    for (;;) {
      const now = Date.now();
      for (const [session, until] of this.#failed) if (until <= now) this.#failed.delete(session);
      const [candidate] = (await this.deps.unowned()).filter((session) => !this.#failed.has(session));
      if (candidate === undefined || this.#stopped) return;
      const next = nextToClaim(await registry.nodes());
      if (next?.id !== registry.self.id) return;
      let claimed = false;
      try {
        claimed = await this.deps.claim(candidate);
      } catch (error) {
        // The database away says nothing of the session: the next pass tries it again.
        if (isDatabaseUnavailable(error)) throw error;
        logger.error({ err: error, session: candidate }, 'could not start a session on this node; leaving it to the others for now');
        this.#failed.set(candidate, Date.now() + FAILED_CLAIM_PAUSE_MS);
      }
      if (claimed) logger.info({ session: candidate }, 'session placed on this node');
      // Not claimed: another node was quicker, or the session was stopped meanwhile; either way not ours to retry now.
      else this.#failed.set(candidate, Date.now() + this.deps.leaseTtlMs);
      channel.announce('placement');
    }
  }
}

/** The live node with room and the fewest sessions (the smallest id among equals), which claims next. */
export function nextToClaim(nodes: ClusterNode[]): ClusterNode | undefined {
  return nodes
    .filter((node) => node.live && node.sessions.length < node.maxSessions)
    .sort((a, b) => a.sessions.length - b.sessions.length || (a.id < b.id ? -1 : 1))[0];
}
