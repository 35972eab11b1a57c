import type { ChatSummary } from '../driver.js';
import type { InboundMessage } from '../../domain/driver-events.js';
import type { WwebjsChat, WwebjsClientInfo, WwebjsGroupHandle, WwebjsMessage } from './wwebjs-client.js';
import type { GroupInfo } from '../../domain/groups.js';
import { connectionStates, type ConnectionState } from '../../domain/connection-states.js';
import type { DisconnectReason } from '../../domain/disconnect-reasons.js';
import type { AccountInfo } from '../../domain/driver-events.js';

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
