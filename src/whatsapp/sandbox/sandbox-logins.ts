import type { AccountInfo } from '../../domain/driver-events.js';

/**
 * Where sandbox sessions keep their link, as a real login is kept: the process that opens a session next
 * (after a restart, or another node after a failover) opens it linked, as the same phone.
 */
export interface SandboxLogins {
  /** The account a session is linked as; undefined when it is not linked. */
  linkedAs(session: string): Promise<AccountInfo | undefined>;
  remember(session: string, account: AccountInfo): Promise<void>;
  forget(session: string): Promise<void>;
}
