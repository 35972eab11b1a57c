import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { DestinationKind } from '../../domain/event-sink-types.js';
import { DEFAULT_WEBHOOK_CONCURRENCY, type WebhookOrdering } from '../../domain/webhook-ordering.js';

/**
 * A receiver of events: a webhook (its URL, and the secret its deliveries are signed with) or an event
 * sink (a broker's URL and where on it to publish), with the events it wants. Both are fed by the one
 * outbox. The lease lets one gateway at a time deliver its queue, so two gateways on one database keep
 * its order.
 */
export const WebhookRecord = defineEntity({
  name: 'WebhookRecord',
  tableName: 'webhooks',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    /** `http` for a webhook; a broker's type for an event sink. */
    kind: p.string().length(16).$type<DestinationKind>().default('http'),
    url: p.text(),
    /** An event sink's exchange (amqp), subject prefix (nats) or topic prefix (mqtt); null for a webhook. */
    target: p.text().nullable(),
    /** The sessions whose events it gets, or `*` for every session; rows from before sessions hear `default`. */
    sessions: p.json<string[]>().defaultRaw(`'["default"]'`),
    /** Event names, or `*` for every event. */
    events: p.json<string[]>(),
    secret: p.string().length(255),
    enabled: p.boolean(),
    /** Whether its deliveries go one at a time in the order raised, or each chat's in order, chats side by side. */
    ordering: p.string().length(16).$type<WebhookOrdering>().default('webhook'),
    /** With per-chat ordering, how many chats' deliveries are made at once. */
    concurrency: p.integer().default(DEFAULT_WEBHOOK_CONCURRENCY),
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
