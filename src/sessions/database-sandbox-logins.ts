import type { Database } from '../db/orm.js';
import { WhatsAppLoginRecord } from '../db/entities/whatsapp-login-record.js';
import type { AccountInfo } from '../domain/driver-events.js';
import type { SandboxLogins } from '../whatsapp/sandbox/sandbox-logins.js';

/** A sandbox login's row among the real ones: its account, under a name no RemoteAuth login takes. */
const loginName = (session: string) => `sandbox-${session}`;

/** Sandbox links in the shared database, beside wwebjs logins, so restarts and failovers find them. */
export class DatabaseSandboxLogins implements SandboxLogins {
  constructor(private readonly db: Database) {}

  async linkedAs(session: string): Promise<AccountInfo | undefined> {
    const login = await this.db.em.fork().findOne(WhatsAppLoginRecord, { name: loginName(session) });
    return login ? (JSON.parse(Buffer.from(login.archive).toString('utf8')) as AccountInfo) : undefined;
  }

  async remember(session: string, account: AccountInfo): Promise<void> {
    await this.db.em
      .fork()
      .createQueryBuilder(WhatsAppLoginRecord)
      .insert({ name: loginName(session), archive: Buffer.from(JSON.stringify(account)), updatedAt: new Date() })
      .onConflict('name')
      .merge(['archive', 'updatedAt'])
      .execute('run');
  }

  async forget(session: string): Promise<void> {
    await this.db.em.fork().nativeDelete(WhatsAppLoginRecord, { name: loginName(session) });
  }
}
