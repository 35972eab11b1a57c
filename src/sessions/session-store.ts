import { SessionRecord } from '../db/entities/session-record.js';
import type { Database } from '../db/orm.js';
import type { SessionStatus } from '../domain/session-name.js';
import { limitFromRow, type AccountLimit } from '../domain/account-limit.js';

export type NewSession = Pick<SessionRecord, 'name' | 'driver' | 'proxy' | 'status'>;

/** What the node running a session saw of its connection last. */
export type ConnectionSeen = Pick<SessionRecord, 'state' | 'account' | 'dialog' | 'webVersion'>;

/** The sessions as rows: what the user created, and whether each should run. Leases are SessionLease's. */
export class SessionStore {
  constructor(private readonly db: Database) {}

  list(): Promise<SessionRecord[]> {
    return this.db.em.fork().find(SessionRecord, {}, { orderBy: { createdAt: 'asc', name: 'asc' } });
  }

  find(name: string): Promise<SessionRecord | null> {
    return this.db.em.fork().findOne(SessionRecord, { name });
  }

  /** The limit kept for the session, if any. */
  async limitOf(name: string): Promise<AccountLimit | null> {
    const row = await this.db.em.fork().findOne(SessionRecord, { name }, { fields: ['accountLimit'] });
    return limitFromRow(row?.accountLimit ?? null);
  }

  /** Started sessions that nobody holds a live lease on, oldest first: those a node of a cluster may claim. */
  async unowned(): Promise<string[]> {
    const rows = await this.db.em
      .fork()
      .find(
        SessionRecord,
        { status: 'started', $or: [{ leaseOwner: null }, { leaseExpiresAt: null }, { leaseExpiresAt: { $lt: new Date() } }] },
        { fields: ['name'], orderBy: { createdAt: 'asc', name: 'asc' } },
      );
    return rows.map((row) => row.name);
  }

  /** Who holds the session now, if its lease is live. */
  async holder(name: string): Promise<{ status: SessionStatus; owner: string | undefined } | undefined> {
    const row = await this.find(name);
    if (!row) return undefined;
    const live = row.leaseOwner != null && row.leaseExpiresAt != null && row.leaseExpiresAt.getTime() > Date.now();
    return { status: row.status, owner: live ? row.leaseOwner! : undefined };
  }

  /** Creates the session; false when the name is taken. */
  async create(session: NewSession): Promise<boolean> {
    const now = new Date();
    const inserted = await this.db.em
      .fork()
      .createQueryBuilder(SessionRecord)
      .insert({
        ...session,
        state: null,
        account: null,
        dialog: null,
        webVersion: null,
        leaseOwner: null,
        leaseExpiresAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .onConflict('name')
      .ignore()
      .execute('run');
    return inserted.affectedRows === 1;
  }

  /** The default session exists from the first start, started, following WHATSAPP_DRIVER. */
  async ensure(name: string): Promise<void> {
    await this.create({ name, driver: null, proxy: null, status: 'started' });
  }

  async noteConnection(name: string, seen: Partial<ConnectionSeen>): Promise<void> {
    await this.db.em.fork().nativeUpdate(SessionRecord, { name }, seen);
  }

  /** Keeps WhatsApp's limit on the session's account, or clears it (null). */
  async noteLimit(name: string, limit: AccountLimit | null): Promise<void> {
    const accountLimit = limit && { reason: limit.reason, since: limit.since.toISOString(), until: limit.until?.toISOString() ?? null };
    await this.db.em.fork().nativeUpdate(SessionRecord, { name }, { accountLimit });
  }

  async setStatus(name: string, status: SessionStatus): Promise<void> {
    await this.db.em.fork().nativeUpdate(SessionRecord, { name }, { status, updatedAt: new Date() });
  }

  async delete(name: string): Promise<boolean> {
    return (await this.db.em.fork().nativeDelete(SessionRecord, { name })) === 1;
  }
}
