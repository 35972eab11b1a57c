import { STORY_CHAT, type InboundStory } from '../../domain/stories.js';
import type { ChatSummary } from '../driver.js';
import type {
  WwebjsChat,
  WwebjsClientInfo,
  WwebjsGroupHandle,
  WwebjsGroupNotification,
  WwebjsMessage,
  WwebjsPollVote,
  WwebjsReaction,
} from './wwebjs-client.js';
import type { GroupInfo } from '../../domain/groups.js';
import { connectionStates, type ConnectionState } from '../../domain/connection-states.js';
import type { DisconnectReason } from '../../domain/disconnect-reasons.js';
import type {
  AccountInfo,
  GroupNotice,
  InboundMessage,
  MessageEdit,
  MessageReaction,
  MessageRevoke,
  PollVote,
} from '../../domain/driver-events.js';

export const isConnectionState = (value: unknown): value is ConnectionState =>
  typeof value === 'string' && (connectionStates as readonly string[]).includes(value);

/** A received whatsapp-web.js message as the documented `message` event: media messages carry the caption apart. */
export function toInboundMessage(message: WwebjsMessage): InboundMessage {
  const media = message._data ?? {};
  return {
    id: message.id._serialized,
    from: message.from,
    to: message.to,
    body: message.hasMedia ? '' : message.body,
    timestamp: message.timestamp,
    fromMe: message.fromMe,
    hasMedia: message.hasMedia,
    type: message.type,
    isGroup: message.from.endsWith('@g.us'),
    ...(message.author && { author: message.author }),
    ...(message.hasMedia && { caption: media.caption ?? message.body, ...(media.mimetype && { mimeType: media.mimetype }) }),
    ...(media.filename && { filename: media.filename }),
  };
}

/** A received Status update: whatsapp-web.js raises it as a `message` from status@broadcast, its poster the author. */
export function toInboundStory(message: WwebjsMessage): InboundStory {
  const media = message._data ?? {};
  return {
    id: message.id._serialized,
    from: message.author ?? message.from,
    type: message.type,
    body: message.hasMedia ? (media.caption ?? message.body) : message.body,
    hasMedia: message.hasMedia,
    ...(message.hasMedia && media.mimetype && { mimeType: media.mimetype }),
    timestamp: message.timestamp,
  };
}

export const isStory = (message: WwebjsMessage) => message.isStatus === true || message.from === STORY_CHAT;

export function toAccountInfo(info: WwebjsClientInfo): AccountInfo {
  const wid = info.wid._serialized;
  return { wid, pushname: info.pushname ?? '', platform: info.platform ?? '', phone: info.wid.user ?? wid.split('@')[0]! };
}

export function toChatSummary(chat: WwebjsChat): ChatSummary {
  return {
    id: chat.id._serialized,
    name: chat.name ?? '',
    isGroup: chat.isGroup,
    unreadCount: chat.unreadCount ?? 0,
    archived: chat.archived === true,
    pinned: chat.pinned === true,
    muted: chat.isMuted === true,
  };
}

/** whatsapp-web.js gives a GroupChat, with its members, for a group's id. */
export const isGroupChat = (chat: WwebjsChat): chat is WwebjsGroupHandle =>
  chat.isGroup && Array.isArray((chat as WwebjsGroupHandle).participants);

export function toGroupInfo(group: WwebjsGroupHandle): GroupInfo {
  return {
    id: group.id._serialized,
    subject: group.name ?? '',
    participantCount: group.participants.length,
    description: group.description || null,
    owner: group.owner?._serialized ?? null,
    createdAt: group.createdAt && !Number.isNaN(group.createdAt.getTime()) ? Math.floor(group.createdAt.getTime() / 1000) : null,
    participants: group.participants.map(({ id, isAdmin, isSuperAdmin }) => ({ id: id._serialized, isAdmin, isSuperAdmin })),
  };
}

/**
 * whatsapp-web.js's `disconnected` carries "LOGOUT" or the WhatsApp state that ended the session; the
 * documented reasons are fewer. An unpaired session has lost its login just as a logout does.
 */
export function toDisconnectReason(raw: unknown): DisconnectReason {
  switch (raw) {
    case 'LOGOUT':
    case 'UNPAIRED':
    case 'UNPAIRED_IDLE':
      return 'LOGOUT';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'TIMEOUT':
      return 'TIMEOUT';
    case 'TOS_BLOCK':
    case 'SMB_TOS_BLOCK':
      return 'TOS_BLOCK';
    case 'PROXYBLOCK':
      return 'PROXYBLOCK';
    default:
      return 'NAVIGATION';
  }
}

/** "No LID for user": the account moved to LIDs and the id was not resolved through getNumberId first. */
export const isNoLidError = (error: unknown) => /No LID for user/i.test(error instanceof Error ? error.message : String(error));

/** The chat a message is in: its sender's for a received one, its recipient's for the account's own. */
const chatOf = (message: WwebjsMessage) => (message.fromMe ? message.to : message.from);
/** Who sent a message: in a group, its author. */
const senderOf = (message: WwebjsMessage) => message.author ?? message.from;

export function toMessageReaction(reaction: WwebjsReaction): MessageReaction {
  return {
    messageId: reaction.msgId._serialized,
    chatId: reaction.msgId.remote ?? reaction.id?.remote ?? reaction.msgId._serialized.split('_')[1] ?? '',
    from: reaction.senderId,
    emoji: reaction.reaction ?? '',
    timestamp: reaction.timestamp,
  };
}

export function toMessageEdit(message: WwebjsMessage, body: unknown, previousBody: unknown): MessageEdit {
  return {
    id: message.id._serialized,
    chatId: chatOf(message),
    from: senderOf(message),
    body: String(body ?? message.body),
    previousBody: previousBody === undefined || previousBody === null ? null : String(previousBody),
    timestamp: Math.floor(Date.now() / 1000),
  };
}

/** `revoked` is the message as it was, which whatsapp-web.js does not always have. */
export function toMessageRevoke(message: WwebjsMessage, revoked: WwebjsMessage | null | undefined): MessageRevoke {
  return {
    id: (revoked ?? message).id._serialized,
    chatId: chatOf(message),
    from: senderOf(revoked ?? message),
    previousBody: revoked ? revoked.body : null,
    timestamp: message.timestamp || Math.floor(Date.now() / 1000),
  };
}

export function toPollVote(vote: WwebjsPollVote): PollVote {
  return {
    pollId: vote.parentMessage.id._serialized,
    chatId: chatOf(vote.parentMessage),
    voter: vote.voter,
    selectedOptions: vote.selectedOptions.map((option) => option.name),
    timestamp: Math.floor(vote.interractedAtTs / 1000),
  };
}

export function toGroupNotice(notification: WwebjsGroupNotification): GroupNotice {
  const participants = notification.recipientIds ?? [];
  return {
    chatId: notification.chatId,
    // WhatsApp names the people themselves as the author of a join by link or a leave.
    author: notification.author && !(participants.length === 1 && participants[0] === notification.author) ? notification.author : null,
    participants,
    type: notification.type,
    body: notification.body || null,
    timestamp: notification.timestamp,
  };
}
