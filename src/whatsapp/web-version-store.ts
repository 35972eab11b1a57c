import type { KnownWebVersion } from '../domain/web-versions.js';

/**
 * Where the WhatsApp Web version that last reached `ready` is kept, shared by every node of a cluster, so
 * each starts its sessions on a version known to work.
 */
export interface WebVersionStore {
  /** The newest version that reached `ready`, with its page; null before any did. */
  remembered(): Promise<KnownWebVersion | null>;
  /** Keeps `reached` when it is newer than the version remembered; answers whether it did. */
  reachedReady(reached: KnownWebVersion): Promise<boolean>;
}
