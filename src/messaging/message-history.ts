import type { Config } from '../config.js';
import { MessageRecord } from '../db/entities/message-record.js';
import type { Database, EntityManager } from '../db/orm.js';
import { entityManagerOf } from '../db/transaction.js';
import { ackStatuses } from '../domain/acks.js';
import type { InboundMessage } from '../domain/driver-events.js';
import { kindOfType } from '../domain/message-content.js';
import type { GatewayEvent, Transaction } from '../events.js';
import { postgresqlSearchStatement, sqliteSearchStatement, type SearchFilters } from './message-search.js';

/** What the history changes for: messages arriving, and what people do to them. */
const HISTORY_EVENTS: ReadonlySet<GatewayEvent['event']> = new Set(['message', 'message_reaction', 'message_edit', 'message_revoke']);

/** A chat as the history shows it: its newest message, and how many of its received messages are unread. */
export interface ChatOverview {
  chatId: string;
  isGroup: boolean;
  lastMessage: MessageRecord;
  unreadCount: number;
}

/** What the account did to a message through the gateway, kept in its history. */
export type MessageChange = { reaction: string } | { body: string; editedAt: Date } | { deletedAt: Date };

/** Where a received message belongs: its group, the person who wrote, or (sent from another device) its recipient. */
const chatOf = (message: InboundMessage) => (message.fromMe && !message.isGroup ? message.to : message.from);

/**
 * Every message the account sends and receives, with what happened to it since, in the store: a chat's
 * messages page by page and a ranked full-text search, from any node, while its session is down too. Sent
 * messages are written by the message log with their send; received ones, reactions, edits and deletions
 * here, in the transaction that records their event.
 */
export class MessageHistory {
  constructor(
    private readonly db: Database,
    private readonly store: Config['database']['kind'],
  ) {}

  keeps(event: Pick<GatewayEvent, 'event'>): boolean {
    return HISTORY_EVENTS.has(event.event);
  }

  /** Runs `work` in one transaction, for an event's history and its other records to be stored together. */
  transaction(work: (em: EntityManager) => Promise<void>): Promise<void> {
    return this.db.em.fork().transactional(work);
  }

  /** An event recorder: stored again after the database was away, a message is kept once. */
  async record(event: GatewayEvent, transaction?: Transaction): Promise<void> {
    if (!this.keeps(event)) return;
    const em = transaction ? entityManagerOf(transaction) : this.db.em.fork();
    const at = new Date();
    switch (event.event) {
      case 'message':
        await this.#keep(em, event.session, [event.data], at);
        return;
      case 'message_reaction':
        await this.#change(em, event.session, event.data.messageId, { reaction: event.data.emoji });
        return;
      case 'message_edit':
        await this.#change(em, event.session, event.data.id, { body: event.data.body, editedAt: at });
        return;
      case 'message_revoke':
        await this.#change(em, event.session, event.data.id, { deletedAt: at });
        return;
    }
  }

  /** Messages WhatsApp still holds that the history lacks (a chat's from before the gateway saw it), newest first. */
  async keepFetched(session: string, messages: readonly InboundMessage[]): Promise<void> {
    if (messages.length > 0) await this.#keep(this.db.em.fork(), session, [...messages].reverse(), new Date());
  }

  /**
   * Stored once each, oldest first: a message kept already (delivered again, fetched again) stays as it is.
   * Messages of one second are told apart by when they were stored, so a batch's are a millisecond apart.
   */
  async #keep(em: EntityManager, session: string, messages: readonly InboundMessage[], at: Date): Promise<void> {
    const rows = messages.map((message, index) => ({
      id: message.id,
      session,
      chatId: chatOf(message),
      kind: kindOfType(message.type),
      ack: 0,
      status: ackStatuses[0],
      error: null,
      createdAt: new Date(at.getTime() + index),
      updatedAt: at,
      deliveredAt: null,
      readAt: null,
      fromMe: message.fromMe,
      sender: message.fromMe ? null : (message.author ?? message.from),
      senderLid: message.fromMe ? null : (message.authorLid ?? message.fromLid ?? null),
      isGroup: message.isGroup,
      type: message.type,
      body: message.hasMedia ? (message.caption ?? null) : message.body,
      quotedId: null,
      hasMedia: message.hasMedia,
      mimeType: message.mimeType ?? null,
      filename: message.filename ?? null,
      sentAt: new Date(message.timestamp * 1000),
      reaction: null,
      editedAt: null,
      deletedAt: null,
    }));
    await em.createQueryBuilder(MessageRecord).insert(rows).onConflict('id').ignore().execute('run');
  }

  /** What the account did to a message through the gateway (WhatsApp raises no event for it). */
  async changed(session: string, id: string, change: MessageChange): Promise<void> {
    await this.#change(this.db.em.fork(), session, id, change);
  }

  /** The account read a chat: its received messages are no longer unread. */
  async read(session: string, chatId: string): Promise<void> {
    await this.db.em
      .fork()
      .createQueryBuilder(MessageRecord)
      .update({ readAt: new Date() })
      .where({ session, chatId, fromMe: false, readAt: null })
      .execute('run');
  }

  /**
   * A chat's messages, newest first; `before` (a message id of the chat) pages on to older ones. WhatsApp
   * stamps whole seconds, so messages of one second are in the order the gateway stored them.
   */
  async chatPage(session: string, chatId: string, page: { limit: number; before?: string | undefined }): Promise<MessageRecord[]> {
    const em = this.db.em.fork();
    let older = {};
    if (page.before !== undefined) {
      const from = await em.findOne(MessageRecord, { id: page.before, session, chatId }, { fields: ['sentAt', 'createdAt'] });
      if (!from) return [];
      const { sentAt, createdAt } = from;
      older = {
        $or: [{ sentAt: { $lt: sentAt } }, { sentAt, createdAt: { $lt: createdAt } }, { sentAt, createdAt, id: { $lt: page.before } }],
      };
    }
    return em.find(
      MessageRecord,
      { session, chatId, ...older },
      { orderBy: { sentAt: 'desc', createdAt: 'desc', id: 'desc' }, limit: page.limit },
    );
  }

  /** A ranked page of the messages whose words hold every word of `q`. */
  async search(q: string, filters: SearchFilters, page: { limit: number; offset: number }): Promise<MessageRecord[]> {
    const em = this.db.em.fork();
    const { sql, params } = this.store === 'sqlite' ? sqliteSearchStatement(q, filters, page) : postgresqlSearchStatement(q, filters, page);
    return (await em.execute<Array<Record<string, unknown>>>(sql, params)).map((row) => em.map(MessageRecord, row));
  }

  /** The session's chats, the one with the newest message first, each with that message and its unread count. */
  async chats(session: string, limit: number): Promise<ChatOverview[]> {
    const em = this.db.em.fork();
    const knex = em.getKnex();
    const newest = await knex('messages')
      .select('chat_id')
      .max('sent_at as last_at')
      .where({ session })
      .groupBy('chat_id')
      .orderBy('last_at', 'desc')
      .limit(limit);
    const chatIds = newest.map((row) => String(row.chat_id));
    if (chatIds.length === 0) return [];
    const unread = await knex('messages')
      .select('chat_id')
      .count('* as unread')
      .where({ session, from_me: false, read_at: null })
      .whereIn('chat_id', chatIds)
      .groupBy('chat_id');
    const unreadOf = new Map(unread.map((row) => [String(row.chat_id), Number(row.unread)]));
    const overviews: ChatOverview[] = [];
    for (const chatId of chatIds) {
      const [lastMessage] = await this.chatPage(session, chatId, { limit: 1 });
      if (lastMessage) overviews.push({ chatId, isGroup: lastMessage.isGroup, lastMessage, unreadCount: unreadOf.get(chatId) ?? 0 });
    }
    return overviews;
  }

  async #change(em: EntityManager, session: string, id: string, change: MessageChange): Promise<void> {
    const set =
      'reaction' in change
        ? { reaction: change.reaction || null }
        : 'deletedAt' in change
          ? { deletedAt: change.deletedAt, body: null }
          : { body: change.body, editedAt: change.editedAt };
    await em.createQueryBuilder(MessageRecord).update(set).where({ id, session }).execute('run');
  }
}
