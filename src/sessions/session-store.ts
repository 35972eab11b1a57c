import { SessionRecord } from '../db/entities/session-record.js';
import type { Database } from '../db/orm.js';
import type { SessionStatus } from '../domain/session-name.js';

export type NewSession = Pick<SessionRecord, 'name' | 'driver' | 'proxy' | 'status'>;

/** The sessions as rows: what the user created, and whether each should run. Leases are SessionLease's. */
export class SessionStore {
  constructor(private readonly db: Database) {}

  list(): Promise<SessionRecord[]> {
    return this.db.em.fork().find(SessionRecord, {}, { orderBy: { createdAt: 'asc', name: 'asc' } });
  }

  find(name: string): Promise<SessionRecord | null> {
    return this.db.em.fork().findOne(SessionRecord, { name });
  }

  /** Creates the session; false when the name is taken. */
  async create(session: NewSession): Promise<boolean> {
    const now = new Date();
    const inserted = await this.db.em
      .fork()
      .createQueryBuilder(SessionRecord)
      .insert({ ...session, leaseOwner: null, leaseExpiresAt: null, createdAt: now, updatedAt: now })
      .onConflict('name')
      .ignore()
      .execute('run');
    return inserted.affectedRows === 1;
  }

  /** The default session exists from the first start, started, following WHATSAPP_DRIVER. */
  async ensure(name: string): Promise<void> {
    await this.create({ name, driver: null, proxy: null, status: 'started' });
  }

  async setStatus(name: string, status: SessionStatus): Promise<void> {
    await this.db.em.fork().nativeUpdate(SessionRecord, { name }, { status, updatedAt: new Date() });
  }

  async delete(name: string): Promise<boolean> {
    return (await this.db.em.fork().nativeDelete(SessionRecord, { name })) === 1;
  }
}
