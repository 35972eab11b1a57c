import type { FilterQuery } from '@mikro-orm/core';
import type { Database } from '../db/orm.js';
import { SessionRecord } from '../db/entities/session-record.js';
import { isDeadLocalOwner } from '../db/lease-owner.js';

export class SessionLeaseHeldError extends Error {
  constructor(session: string, owner: string, until: Date) {
    super(`Session "${session}" is in use by ${owner} until ${until.toISOString()}; stop that gateway or wait for its lease to expire`);
    this.name = 'SessionLeaseHeldError';
  }
}

/**
 * The single-owner lease on a session's profile: one conditional UPDATE takes it when it is free, expired
 * or already ours, so two gateways racing on one database cannot both win.
 */
export class SessionLease {
  constructor(
    private readonly db: Database,
    readonly owner: string,
    readonly ttlMs: number,
  ) {}

  async acquire(session: string): Promise<void> {
    const em = this.db.em.fork();
    const now = new Date();
    await em
      .createQueryBuilder(SessionRecord)
      .insert({ name: session, leaseOwner: null, leaseExpiresAt: null, createdAt: now, updatedAt: now })
      .onConflict('name')
      .ignore()
      .execute();
    if (await this.#extend(session, { $or: [{ leaseOwner: null }, { leaseOwner: this.owner }, { leaseExpiresAt: { $lt: now } }] })) return;
    const holder = await em.findOneOrFail(SessionRecord, { name: session });
    // Taken only from that same holder, so a live gateway that took it meanwhile keeps it.
    if (holder.leaseOwner && isDeadLocalOwner(holder.leaseOwner) && (await this.#extend(session, { leaseOwner: holder.leaseOwner })))
      return;
    throw new SessionLeaseHeldError(session, holder.leaseOwner ?? 'another gateway', holder.leaseExpiresAt ?? now);
  }

  /** False when the lease was lost (taken over after it expired): the caller must stop using the session. */
  renew(session: string): Promise<boolean> {
    return this.#extend(session, { leaseOwner: this.owner });
  }

  async release(session: string): Promise<void> {
    await this.db.em
      .fork()
      .nativeUpdate(
        SessionRecord,
        { name: session, leaseOwner: this.owner },
        { leaseOwner: null, leaseExpiresAt: null, updatedAt: new Date() },
      );
  }

  /** Makes this gateway the holder for another TTL, if the lease is as `claimable` says. */
  async #extend(session: string, claimable: FilterQuery<SessionRecord>): Promise<boolean> {
    const now = new Date();
    const updated = await this.db.em
      .fork()
      .nativeUpdate(
        SessionRecord,
        { $and: [{ name: session }, claimable] },
        { leaseOwner: this.owner, leaseExpiresAt: new Date(now.getTime() + this.ttlMs), updatedAt: now },
      );
    return updated === 1;
  }
}
