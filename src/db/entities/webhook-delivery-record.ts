import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { DeliveryState } from '../../domain/delivery-states.js';

/**
 * The outbox: one event for one webhook, written before anything is sent (in the transaction of the change
 * that raised it, where there is one) and delivered from here, so neither a restart nor a receiver down
 * for hours loses it. The id orders a webhook's deliveries; the event id is the same for every webhook.
 */
export const WebhookDeliveryRecord = defineEntity({
  name: 'WebhookDeliveryRecord',
  tableName: 'webhook_deliveries',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    webhookId: p.integer(),
    eventId: p.string().length(36),
    event: p.string().length(64),
    /** The exact JSON body POSTed, so every attempt signs and sends the same bytes. */
    payload: p.text(),
    /** The session and chat the event is about: a per-chat webhook keeps the order of each of these. */
    lane: p.string().length(320).default(''),
    state: p.string().length(16).$type<DeliveryState>(),
    attempts: p.integer(),
    nextAttemptAt: p.datetime(),
    createdAt: p.datetime(),
    lastAttemptAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.text().nullable(),
  }),
  indexes: [{ properties: ['webhookId', 'state', 'id'] }, { properties: ['state'] }],
});

export type WebhookDeliveryRecord = InferEntity<typeof WebhookDeliveryRecord>;
