import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { badInput, notFound } from '../../errors.js';
import { normalizeRecipient, type Recipient } from '../../domain/phone-number.js';
import type { LimitRefusal } from '../../domain/account-limit.js';
import type { AccountInfo, IncomingCall, InboundMessage, PendingMessage } from '../../domain/driver-events.js';
import type { MessageContext } from '../../domain/message-content.js';
import type { ActedOn } from '../../domain/message-actions.js';
import type { ChatSummary, Media } from '../driver.js';
import type { SandboxGroup } from './sandbox-group.js';
import { SentLog, type DeliveredMessage } from './sent-log.js';

/** Received messages kept for actions on them (reactions, forwards); the least recently used go first. */
const RECEIVED_KEPT = 10_000;
/** The files of sent and received messages are kept up to this many bytes in all, the oldest dropped first. */
const FILES_KEPT_BYTES = 64 * 1024 * 1024;

/** A message the account sent or received, as actions on it see it: which it is, and its chat. */
export interface KnownMessage {
  sent?: DeliveredMessage;
  received?: InboundMessage;
  actedOn: ActedOn;
  chatId: string;
  isGroup: boolean;
}

/** The sandbox's stand-in for "this number has no WhatsApp account". */
export const isUnregisteredNumber = (recipient: Recipient) => !recipient.isGroup && recipient.to.endsWith('0000');

/** A number's LID in the sandbox: 15 digits of its hash, the same at every start, as WhatsApp's are stable. */
export const sandboxLid = (phone: string) =>
  `${BigInt(`0x${createHash('sha256').update(phone).digest('hex').slice(0, 12)}`)
    .toString()
    .padStart(15, '1')
    .slice(0, 15)}@lid`;

/** The message type WhatsApp gives a file of this MIME type. */
export function mediaType(mimeType: string): string {
  const kind = mimeType.split('/')[0];
  if (kind === 'image' || kind === 'video') return kind;
  if (kind === 'audio') return 'audio';
  return 'document';
}

/** A number or chat id as given in a field; BAD_USER_INPUT naming the field otherwise. */
export function recipientIn(value: string, field: string): Recipient {
  const result = normalizeRecipient(value);
  if (!result.ok) throw badInput(`${field}: ${result.error}`);
  return result.recipient;
}

/**
 * What one sandbox account's WhatsApp holds, in memory: the messages it sent (the outbox) and received,
 * their files, its chats and groups, the contacts it blocked and the LIDs of the numbers it met. Lookups
 * answer NOT_FOUND as WhatsApp does.
 */
export class SandboxWorld {
  readonly sentLog: SentLog;
  readonly received = new LRUCache<string, InboundMessage>({ max: RECEIVED_KEPT });
  readonly blocked = new Set<string>();
  readonly files = new Map<string, Media>();
  /** The number behind every LID the account has met (sent to, looked up), as WhatsApp would know it. */
  readonly lids = new Map<string, string>();
  readonly chats = new Map<string, ChatSummary>();
  readonly groups = new Map<string, SandboxGroup>();
  /** The WhatsApp Web version the sandbox's WhatsApp serves now (whatsapp-web.js 1.34.7's own default at first). */
  webVersion = '2.3000.1017054665';
  /** The people who wrote to the account: WhatsApp's limit on new contacts spares them. */
  readonly writtenBy = new Set<string>();
  /** Messages announced as pending and not delivered yet, by id. */
  readonly pending = new Map<string, PendingMessage>();
  /** Calls still ringing, by id. */
  readonly ringing = new Map<string, IncomingCall>();
  /** WhatsApp's limit on new contacts, while it holds. */
  #limit: LimitRefusal | null = null;
  #fileBytes = 0;

  constructor(
    readonly account: AccountInfo,
    sentLogPath?: string,
  ) {
    this.sentLog = new SentLog(sentLogPath);
  }

  /** A received message, for the actions its sender takes on it. */
  receivedNamed(messageId: string): InboundMessage {
    const message = this.received.get(messageId);
    if (message) return message;
    if (this.sentLog.find(messageId))
      throw badInput("That message is the account's own: change it through PUT or DELETE /api/messages/:id instead");
    throw notFound('Message not found');
  }

  /** A group the account is a member of; NOT_FOUND otherwise, as WhatsApp answers. */
  groupNamed(groupId: string): SandboxGroup {
    const group = this.groups.get(groupId);
    if (!group?.has(this.account.wid)) throw notFound('Group not found');
    return group;
  }

  /** A message this account sent or received, as actions see it; NOT_FOUND otherwise, as WhatsApp answers. */
  known(messageId: string): KnownMessage {
    const sent = this.sentLog.find(messageId);
    if (sent && sent.deleted !== 'for-everyone')
      return { sent, actedOn: { fromMe: true, timestamp: sent.timestamp }, chatId: sent.chatId, isGroup: sent.chatId.endsWith('@g.us') };
    const received = this.received.get(messageId);
    if (received)
      return { received, actedOn: { fromMe: false, timestamp: received.timestamp }, chatId: received.from, isGroup: received.isGroup };
    throw notFound('Message not found');
  }

  /** A reply quotes a message the account knows, as WhatsApp needs; the context as the outbox keeps it. */
  context({ replyTo, mentions }: MessageContext): Pick<DeliveredMessage, 'replyTo' | 'mentions'> {
    if (replyTo !== undefined && !this.sentLog.find(replyTo) && !this.received.has(replyTo))
      throw notFound('Message to reply to not found');
    return { ...(replyTo !== undefined && { replyTo }), ...(mentions?.length && { mentions }) };
  }

  /** A number's LID, as WhatsApp keeps one per user: the sandbox remembers it to answer for it later. */
  lidOf(recipient: Recipient): string {
    const lid = sandboxLid(recipient.to);
    this.lids.set(lid, recipient.chatId);
    return lid;
  }

  keepFile(messageId: string, media: Media): void {
    this.files.set(messageId, media);
    this.#fileBytes += media.data.byteLength;
    for (const [id, file] of this.files) {
      if (this.#fileBytes <= FILES_KEPT_BYTES) break;
      this.files.delete(id);
      this.#fileBytes -= file.data.byteLength;
    }
  }

  set limit(limit: LimitRefusal | null) {
    this.#limit = limit;
  }

  /** The limit that refuses a message to this recipient now, if one does. */
  limitFor(recipient: Recipient): LimitRefusal | null {
    const limit = this.#limit;
    if (!limit || recipient.isGroup || this.writtenBy.has(recipient.chatId)) return null;
    return limit.until === null || limit.until > Date.now() / 1000 ? limit : null;
  }

  remember(message: InboundMessage): void {
    if (!message.isGroup) this.writtenBy.add(message.from);
    this.received.set(message.id, message);
  }

  /** A chat the account has (it sent to it, or heard from it); NOT_FOUND otherwise, as WhatsApp answers. */
  chatNamed(chatId: string): ChatSummary {
    const chat = this.chats.get(chatId);
    if (!chat) throw notFound('Chat not found');
    return chat;
  }

  /** The chat with a recipient, made when the account first meets it. */
  chat(recipient: Recipient): ChatSummary {
    let chat = this.chats.get(recipient.chatId);
    if (!chat) {
      chat = {
        id: recipient.chatId,
        name: recipient.to,
        isGroup: recipient.isGroup,
        unreadCount: 0,
        archived: false,
        pinned: false,
        muted: false,
      };
      this.chats.set(recipient.chatId, chat);
    }
    return chat;
  }
}
