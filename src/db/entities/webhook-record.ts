import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A receiver of events: its URL, the events it wants and the secret its deliveries are signed with. The
 * lease lets one gateway at a time deliver its queue, so two gateways on one database keep its order.
 */
export const WebhookRecord = defineEntity({
  name: 'WebhookRecord',
  tableName: 'webhooks',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    url: p.text(),
    /** The sessions whose events it gets, or `*` for every session; rows from before sessions hear `default`. */
    sessions: p.json<string[]>().defaultRaw(`'["default"]'`),
    /** Event names, or `*` for every event. */
    events: p.json<string[]>(),
    secret: p.string().length(255),
    enabled: p.boolean(),
    /** Why the gateway disabled it, when it did. */
    disabledReason: p.text().nullable(),
    /** The first failed attempt since the last success; a webhook failing for the whole max age is disabled. */
    failingSince: p.datetime().nullable(),
    leaseOwner: p.string().length(64).nullable(),
    leaseExpiresAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});

export type WebhookRecord = InferEntity<typeof WebhookRecord>;
