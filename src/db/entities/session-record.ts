import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A WhatsApp session by name, and who holds it. A gateway takes the lease before it launches a browser on
 * the session's profile and renews it while it runs, so two processes never open the same login.
 */
export const SessionRecord = defineEntity({
  name: 'SessionRecord',
  tableName: 'sessions',
  properties: (p) => ({
    name: p.string().length(64).primary(),
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
