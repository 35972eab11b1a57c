import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** One POST of a delivery and how it ended: the receiver's status code, or the error when there was none. */
export const WebhookAttemptRecord = defineEntity({
  name: 'WebhookAttemptRecord',
  tableName: 'webhook_attempts',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    deliveryId: p.integer(),
    attemptedAt: p.datetime(),
    statusCode: p.integer().nullable(),
    durationMs: p.integer(),
    error: p.text().nullable(),
  }),
  indexes: [{ properties: ['deliveryId'] }],
});

export type WebhookAttemptRecord = InferEntity<typeof WebhookAttemptRecord>;
