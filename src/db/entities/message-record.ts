import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { MessageStatus } from '../../domain/acks.js';
import type { MessageKind } from '../../domain/message-content.js';

/**
 * A message the account sent or received, by its WhatsApp id: the chat's history, which answers a chat's
 * messages and searches from any node, also while its session is down. `ack` is WhatsApp's level for a
 * sent message (-1…4) and only moves forward; `status` is its name, kept beside it so the table reads on
 * its own. A received message's ack stays 0. Its words are searchable: an FTS5 index on SQLite and a
 * tsvector table on PostgreSQL, both kept by the database's triggers (see the message_history migration),
 * which the schema comparison leaves out.
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
    fromMe: p.boolean().default(true),
    /** Who sent a received message (its number where known; in a group, the member); null for the account's. */
    sender: p.string().length(255).nullable(),
    senderLid: p.string().length(255).nullable(),
    isGroup: p.boolean().default(false),
    /** WhatsApp's message type: chat, image, video, ptt, document, location, vcard, poll_creation… */
    type: p.string().length(32).nullable(),
    /** The text, a file's caption, or a line describing a location, contact cards or a poll. */
    body: p.text().nullable(),
    quotedId: p.string().length(255).nullable(),
    hasMedia: p.boolean().default(false),
    mimeType: p.string().length(255).nullable(),
    filename: p.string().length(255).nullable(),
    /** When WhatsApp stamped it (a received message can arrive long after). */
    sentAt: p.datetime().nullable(),
    /** The latest reaction to it, by anyone; null when none is left. */
    reaction: p.string().length(64).nullable(),
    editedAt: p.datetime().nullable(),
    /** Deleted for everyone: its words are gone too. */
    deletedAt: p.datetime().nullable(),
  }),
  indexes: [{ name: 'messages_chat_history_index', properties: ['session', 'chatId', 'sentAt'] }],
});

export type MessageRecord = InferEntity<typeof MessageRecord>;
