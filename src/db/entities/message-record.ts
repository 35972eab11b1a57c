import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { MessageStatus } from '../../domain/acks.js';
import type { MessageKind } from '../../domain/message-content.js';

/**
 * A message the gateway sent, by its WhatsApp id. `ack` is WhatsApp's level (-1…4) and only moves forward;
 * `status` is its name, kept beside it so the table reads on its own.
 */
export const MessageRecord = defineEntity({
  name: 'MessageRecord',
  tableName: 'messages',
  properties: (p) => ({
    id: p.string().length(255).primary(),
    session: p.string().length(64).index(),
    chatId: p.string().length(255),
    // A plain string, as status below: MikroORM 6 misreads a rebuilt SQLite table's check constraint.
    kind: p.string().length(16).$type<MessageKind>(),
    ack: p.integer(),
    // A plain string: MikroORM 6 misreads SQLite check constraints over these values and would report drift.
    status: p.string().length(16).$type<MessageStatus>(),
    error: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    deliveredAt: p.datetime().nullable(),
    readAt: p.datetime().nullable(),
  }),
});

export type MessageRecord = InferEntity<typeof MessageRecord>;
