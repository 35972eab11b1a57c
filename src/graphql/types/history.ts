import { z } from 'zod';
import type { MessageRecord } from '../../db/entities/message-record.js';
import { mediaPathOf } from '../../domain/media-path.js';
import { typeOfSent } from '../../domain/message-content.js';
import { chatIdInput, chatMessagesLimit } from '../../messaging/chat-inputs.js';
import { beforeMessageInput, conversationsLimit, searchInput } from '../../messaging/history-inputs.js';
import type { ChatOverview } from '../../messaging/message-history.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { zodInputFields } from '../zod-input-fields.js';
import { DeliveryStatusEnum } from './enums.js';
import { LabelType } from './labels.js';

/*
 * The chats' history as the store keeps it: answered from any node, also while the session is down.
 */

/** A stored message, with the session and the linked account (`from` of its own messages). */
interface StoredMessage {
  row: MessageRecord;
  session: string;
  me: string | null;
}

/** The account the session linked, as its row keeps it; null before it ever linked. */
async function accountOf({ services }: GraphQLContext, session: string): Promise<string | null> {
  return (await services.storedSessions.get(session)).me?.wid ?? null;
}

const unix = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 1000) : 0);

const ChatMessageType = builder.objectRef<StoredMessage>('ChatMessage').implement({
  description: "A message of a chat's history, sent or received, with what happened to it since",
  fields: (t) => ({
    id: t.string({ resolve: ({ row }) => row.id }),
    chatId: t.string({ resolve: ({ row }) => row.chatId }),
    from: t.string({
      description: "The sender's chat id; in a group, the group (its member is `author`); the account's own: the account",
      resolve: ({ row, me }) => (row.fromMe ? (me ?? '') : row.isGroup ? row.chatId : (row.sender ?? row.chatId)),
    }),
    to: t.string({ resolve: ({ row, me }) => (row.fromMe ? row.chatId : (me ?? '')) }),
    author: t.string({ nullable: true, resolve: ({ row }) => (row.isGroup && !row.fromMe ? row.sender : null) }),
    fromLid: t.string({ nullable: true, resolve: ({ row }) => (row.isGroup ? null : row.senderLid) }),
    authorLid: t.string({ nullable: true, resolve: ({ row }) => (row.isGroup ? row.senderLid : null) }),
    body: t.string({
      description: 'The text; empty for a file (see caption)',
      resolve: ({ row }) => (row.hasMedia ? '' : (row.body ?? '')),
    }),
    caption: t.string({ nullable: true, resolve: ({ row }) => (row.hasMedia ? row.body : null) }),
    timestamp: t.int({ description: 'Unix seconds, as WhatsApp stamped it', resolve: ({ row }) => unix(row.sentAt ?? row.createdAt) }),
    fromMe: t.boolean({ resolve: ({ row }) => row.fromMe }),
    hasMedia: t.boolean({ resolve: ({ row }) => row.hasMedia }),
    type: t.string({ resolve: ({ row }) => row.type ?? typeOfSent(row.kind) }),
    isGroup: t.boolean({ resolve: ({ row }) => row.isGroup }),
    mimeType: t.string({ nullable: true, resolve: ({ row }) => row.mimeType }),
    filename: t.string({ nullable: true, resolve: ({ row }) => row.filename }),
    mediaUrl: t.string({
      nullable: true,
      description: "Where to fetch the file (GET, with the API key), relative to the gateway's address",
      resolve: ({ row, session }) => (row.hasMedia && !row.deletedAt ? mediaPathOf(session, row.id) : null),
    }),
    status: t.field({
      type: DeliveryStatusEnum,
      nullable: true,
      description: "Where the account's own message is (its ticks); null for a received one",
      resolve: ({ row }) => (row.fromMe ? row.status : null),
    }),
    quotedId: t.string({ nullable: true, description: 'The message it replies to', resolve: ({ row }) => row.quotedId }),
    reaction: t.string({ nullable: true, description: 'The latest reaction to it', resolve: ({ row }) => row.reaction }),
    edited: t.boolean({ resolve: ({ row }) => row.editedAt !== null && row.editedAt !== undefined }),
    deleted: t.boolean({
      description: 'Deleted for everyone: its words are gone',
      resolve: ({ row }) => row.deletedAt !== null && row.deletedAt !== undefined,
    }),
  }),
});

const MessageSearchPageType = builder.objectRef<{ items: StoredMessage[]; nextCursor: string | null }>('MessageSearchPage').implement({
  fields: (t) => ({
    items: t.field({ type: [ChatMessageType], resolve: (page) => page.items }),
    nextCursor: t.string({
      nullable: true,
      description: 'Pass as cursor for the next page; null on the last',
      resolve: (p) => p.nextCursor,
    }),
  }),
});

const ConversationType = builder.objectRef<{ chat: ChatOverview; session: string; me: string | null }>('Conversation').implement({
  description: 'A chat as its history shows it',
  fields: (t) => ({
    chatId: t.string({ resolve: ({ chat }) => chat.chatId }),
    isGroup: t.boolean({ resolve: ({ chat }) => chat.isGroup }),
    unreadCount: t.int({
      description: 'Received messages not read since (marking the chat seen through the gateway reads them)',
      resolve: ({ chat }) => chat.unreadCount,
    }),
    lastMessage: t.field({ type: ChatMessageType, resolve: ({ chat, session, me }) => ({ row: chat.lastMessage, session, me }) }),
    labels: t.field({
      type: [LabelType],
      description: 'Its WhatsApp Business labels; none while the session is not ready here, or when the account is not a business',
      resolve: ({ chat, session }, _args, { services }) =>
        services.openSessions.isReady(session) ? services.labels.ofChat(session, chat.chatId).catch(() => []) : [],
    }),
  }),
});

const MessageSearchInput = builder.inputType('MessageSearchInput', {
  fields: (t) => zodInputFields(t, searchInput),
});

builder.queryFields((t) => ({
  chatMessages: t.field({
    type: [ChatMessageType],
    description:
      "A chat's messages, newest first, from its stored history (a chat it has none of is filled from WhatsApp once, while the session runs); `before` pages on to older ones",
    args: t.validate(
      {
        chatId: t.arg.string({ required: true }),
        limit: t.arg.int({ description: '1 to 100, default 50' }),
        before: t.arg.string({ description: 'The id of the oldest message you have' }),
        ...sessionArgs,
      },
      z.object({ chatId: chatIdInput, limit: chatMessagesLimit, before: beforeMessageInput, session: sessionValue }),
    ),
    resolve: async (_root, { chatId, limit, before, session }, context) => {
      const me = await accountOf(context, session);
      const rows = await context.services.chatHistory.page(session, chatId, { limit, before: before ?? undefined });
      return rows.map((row) => ({ row, session, me }));
    },
  }),
  searchMessages: t.field({
    type: MessageSearchPageType,
    description: 'The stored messages holding every word of `q`, best matches first',
    args: t.validate(
      { input: t.arg({ type: MessageSearchInput, required: true }), ...sessionArgs },
      z.object({ input: searchInput, session: sessionValue }),
    ),
    resolve: async (_root, { input, session }, context) => {
      const { q, chatId, from, before, after, first, cursor } = input;
      const me = await accountOf(context, session);
      const rows = await context.services.history.search(q, { session, chatId, from, before, after }, { limit: first + 1, offset: cursor });
      return {
        items: rows.slice(0, first).map((row) => ({ row, session, me })),
        nextCursor: rows.length > first ? String(cursor + first) : null,
      };
    },
  }),
  conversations: t.field({
    type: [ConversationType],
    description: 'The chats with stored messages, the newest first, each with its last message and unread count',
    args: t.validate(
      { first: t.arg.int({ description: '1 to 200, default 50' }), ...sessionArgs },
      z.object({ first: conversationsLimit, session: sessionValue }),
    ),
    resolve: async (_root, { first, session }, context) => {
      const me = await accountOf(context, session);
      return (await context.services.history.chats(session, first)).map((chat) => ({ chat, session, me }));
    },
  }),
}));
