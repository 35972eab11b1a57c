import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Database } from '../db/orm.js';
import { WhatsAppLoginRecord } from '../db/entities/whatsapp-login-record.js';
import type { LoginStore } from '../whatsapp/login-store.js';

/**
 * wwebjs logins in the shared database, so that the node that takes a session over opens it linked. Each
 * is the zipped part of the browser profile whatsapp-web.js RemoteAuth needs (a few MB), replaced at every
 * backup.
 */
export class DatabaseLoginStore implements LoginStore {
  readonly #dataPath: string;

  constructor(
    private readonly db: Database,
    /** WHATSAPP_SESSION_PATH, where RemoteAuth writes the zip it hands over. */
    dataPath: string,
  ) {
    this.#dataPath = resolve(dataPath);
  }

  async sessionExists({ session }: { session: string }): Promise<boolean> {
    return (await this.db.em.fork().count(WhatsAppLoginRecord, { name: session })) > 0;
  }

  async save({ session }: { session: string }): Promise<void> {
    const archive = await readFile(join(this.#dataPath, `${session}.zip`));
    await this.db.em
      .fork()
      .createQueryBuilder(WhatsAppLoginRecord)
      .insert({ name: session, archive, updatedAt: new Date() })
      .onConflict('name')
      .merge(['archive', 'updatedAt'])
      .execute('run');
  }

  async extract({ session, path }: { session: string; path: string }): Promise<void> {
    const login = await this.db.em.fork().findOneOrFail(WhatsAppLoginRecord, { name: session });
    await writeFile(path, login.archive);
  }

  async delete({ session }: { session: string }): Promise<void> {
    await this.db.em.fork().nativeDelete(WhatsAppLoginRecord, { name: session });
  }
}
