import type { Database } from '../db/orm.js';
import { NodeRecord } from '../db/entities/node-record.js';
import { SessionRecord } from '../db/entities/session-record.js';

/** A node as the cluster sees it, with the sessions it holds a live lease on. */
export interface ClusterNode {
  id: string;
  advertiseUrl: string;
  maxSessions: number;
  heartbeatAt: Date;
  startedAt: Date;
  /** Names of the sessions whose lease it holds now. */
  sessions: string[];
  live: boolean;
}

export interface ThisNode {
  id: string;
  advertiseUrl: string;
  maxSessions: number;
}

/**
 * The nodes table: each node's heartbeat, and who holds which session. A node renews its heartbeat every
 * third of a lease, so one that missed two in a row is taken for dead: before its sessions' leases run
 * out, so the live nodes are ready to claim them then.
 */
export class NodeRegistry {
  readonly #startedAt = new Date();
  readonly #deadAfterMs: number;

  constructor(
    private readonly db: Database,
    readonly self: ThisNode,
    leaseTtlMs: number,
  ) {
    this.#deadAfterMs = (leaseTtlMs * 2) / 3;
  }

  async heartbeat(): Promise<void> {
    const now = new Date();
    await this.db.em
      .fork()
      .createQueryBuilder(NodeRecord)
      .insert({ ...this.self, heartbeatAt: now, startedAt: this.#startedAt })
      .onConflict('id')
      .merge(['advertiseUrl', 'maxSessions', 'heartbeatAt'])
      .execute('run');
  }

  /** Leaves the cluster: the others stop counting this node at once. */
  async leave(): Promise<void> {
    await this.db.em.fork().nativeDelete(NodeRecord, { id: this.self.id });
  }

  /** Every node that has a row, live or not, with the sessions each holds; live ones first, by id. */
  async nodes(): Promise<ClusterNode[]> {
    const em = this.db.em.fork();
    const now = Date.now();
    const [rows, leases] = await Promise.all([
      em.find(NodeRecord, {}, { orderBy: { id: 'asc' } }),
      em.find(SessionRecord, { leaseOwner: { $ne: null }, leaseExpiresAt: { $gt: new Date(now) } }, { fields: ['name', 'leaseOwner'] }),
    ]);
    const held = new Map<string, string[]>();
    for (const lease of leases) held.set(lease.leaseOwner!, [...(held.get(lease.leaseOwner!) ?? []), lease.name]);
    return rows
      .map((row) => ({
        id: row.id,
        advertiseUrl: row.advertiseUrl,
        maxSessions: row.maxSessions,
        heartbeatAt: row.heartbeatAt,
        startedAt: row.startedAt,
        sessions: (held.get(row.id) ?? []).sort(),
        live: now - row.heartbeatAt.getTime() < this.#deadAfterMs,
      }))
      .sort((a, b) => Number(b.live) - Number(a.live) || (a.id < b.id ? -1 : 1));
  }

  /** Where a live node is reached, or undefined when it is gone. */
  async addressOf(nodeId: string): Promise<string | undefined> {
    const row = await this.db.em.fork().findOne(NodeRecord, { id: nodeId, heartbeatAt: { $gt: new Date(Date.now() - this.#deadAfterMs) } });
    return row?.advertiseUrl;
  }
}
