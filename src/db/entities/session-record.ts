import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { DriverKind } from '../../domain/driver-kinds.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import type { LinkedAccount } from '../../domain/driver-events.js';
import type { SessionStatus } from '../../domain/session-name.js';
import type { WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';
import type { WebVersionInUse } from '../../domain/web-versions.js';

/** An account limit as JSON keeps it: its times as ISO strings. */
export interface StoredAccountLimit {
  reason: string;
  since: string;
  until: string | null;
}

/**
 * A WhatsApp session (one linked account) by name: its driver, whether it should run, its proxy, and who
 * holds it. A gateway takes the lease before it launches a browser on the session's profile and renews it
 * while it runs, so two processes never open the same login.
 */
export const SessionRecord = defineEntity({
  name: 'SessionRecord',
  tableName: 'sessions',
  properties: (p) => ({
    name: p.string().length(64).primary(),
    /** `wwebjs` or `sandbox`; null follows WHATSAPP_DRIVER. */
    driver: p.string().length(16).$type<DriverKind>().nullable(),
    /** Whether the session should run: started sessions start again with the gateway. */
    status: p.string().length(16).$type<SessionStatus>().default('started'),
    /** An `http://user:pass@host:port` proxy for this session's browser only. */
    proxy: p.string().length(2048).nullable(),
    /**
     * The WhatsApp connection state and linked account as the node running the session last saw them, so
     * any node of a cluster can show a session another node runs.
     */
    state: p.string().length(32).$type<ConnectionState>().nullable(),
    account: p.json<LinkedAccount>().nullable(),
    /** The dialog WhatsApp Web shows that waits for a person (the state is ACTION_REQUIRED). */
    dialog: p.json<WhatsAppDialog>().nullable(),
    /** The WhatsApp Web the session's browser runs, and why that one. */
    webVersion: p.json<WebVersionInUse>().nullable(),
    /** WhatsApp's limit on new contacts while it holds, so a restart or another node keeps pausing for it. */
    accountLimit: p.json<StoredAccountLimit>().nullable(),
    leaseOwner: p.string().length(255).nullable(),
    leaseExpiresAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});

export type SessionRecord = InferEntity<typeof SessionRecord>;
