import type { Database } from '../db/orm.js';
import { WebVersionRecord } from '../db/entities/web-version-record.js';
import { compareWebVersions, type KnownWebVersion } from '../domain/web-versions.js';
import type { WebVersionStore } from '../whatsapp/web-version-store.js';

/** The WhatsApp Web version that last reached `ready`, kept in the shared database for one driver. */
export class DatabaseWebVersions implements WebVersionStore {
  constructor(
    private readonly db: Database,
    private readonly driver: string,
  ) {}

  async remembered(): Promise<KnownWebVersion | null> {
    const row = await this.db.em.fork().findOne(WebVersionRecord, { driver: this.driver });
    return row && { version: row.version, html: row.html };
  }

  /**
   * Written only over the version it read: two nodes that reach `ready` on different versions at once
   * leave the newer, whichever writes last.
   */
  async reachedReady({ version, html }: KnownWebVersion): Promise<boolean> {
    const em = this.db.em.fork();
    for (;;) {
      const row = await em.findOne(WebVersionRecord, { driver: this.driver }, { disableIdentityMap: true });
      if (row && compareWebVersions(version, row.version) <= 0) return false;
      if (!row) {
        const inserted = await em
          .createQueryBuilder(WebVersionRecord)
          .insert({ driver: this.driver, version, html, readyAt: new Date() })
          .onConflict('driver')
          .ignore()
          .execute('run');
        if (inserted.affectedRows === 1) return true;
        continue;
      }
      const updated = await em.nativeUpdate(
        WebVersionRecord,
        { driver: this.driver, version: row.version },
        { version, html, readyAt: new Date() },
      );
      if (updated === 1) return true;
    }
  }
}
