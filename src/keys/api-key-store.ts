import { ApiKeyRecord } from '../db/entities/api-key-record.js';
import type { Database } from '../db/orm.js';

export type NewApiKey = Pick<ApiKeyRecord, 'name' | 'sessions' | 'digest'>;

/** The scoped API keys as rows: their names, sessions and digests. */
export class ApiKeyStore {
  constructor(private readonly db: Database) {}

  list(): Promise<ApiKeyRecord[]> {
    return this.db.em.fork().find(ApiKeyRecord, {}, { orderBy: { id: 'asc' } });
  }

  find(id: number): Promise<ApiKeyRecord | null> {
    return this.db.em.fork().findOne(ApiKeyRecord, { id });
  }

  async create(key: NewApiKey): Promise<ApiKeyRecord> {
    const em = this.db.em.fork();
    const record = em.create(ApiKeyRecord, { ...key, createdAt: new Date() });
    await em.flush();
    return record;
  }

  async delete(id: number): Promise<boolean> {
    return (await this.db.em.fork().nativeDelete(ApiKeyRecord, { id })) === 1;
  }
}
