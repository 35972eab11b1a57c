import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { setTimeout as sleep } from 'node:timers/promises';
import { Timers } from '../../timers.js';
import { badInput, clientNotReady, notFound, sendMayHaveLeft } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { DEFAULT_SESSION } from '../../domain/session-name.js';
import { isLid, normalizeRecipient, type Recipient } from '../../domain/phone-number.js';
import type { ChatSummary, Media, MediaOptions, SentMessage, WhatsAppDriver } from '../driver.js';
import {
  type DriverEvent,
  type GroupNotice,
  type InboundMessage,
  type MessageEdit,
  type MessageReaction,
  type MessageRevoke,
  type PollVote,
} from '../../domain/driver-events.js';
import { DriverEventEmitter } from '../driver-event-emitter.js';
import { SentLog, type DeliveredMessage } from './sent-log.js';
import { describeContent, type MessageContext, type RichContent } from '../../domain/message-content.js';
import { editRefusal, revokeRefusal, type ActedOn } from '../../domain/message-actions.js';
import type { ChatChange } from '../../domain/chat-changes.js';
import type { ContactInfo, NumberCheck } from '../../domain/contacts.js';
import type {
  GroupCreated,
  GroupDetails,
  GroupInfo,
  GroupInvite,
  GroupSummary,
  ParticipantChanges,
  ParticipantResult,
} from '../../domain/groups.js';
import { SandboxGroup } from './sandbox-group.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import { ackStatuses, type Ack } from '../../domain/acks.js';
import { terminalReasons, type DisconnectReason } from '../../domain/disconnect-reasons.js';
import type { AccountInfo } from '../../domain/driver-events.js';
import type {
  sandboxEditInput,
  sandboxGroupInput,
  sandboxInboundInput,
  sandboxReactionInput,
  sandboxRevokeInput,
  sandboxVoteInput,
} from '../../domain/sandbox-inputs.js';

export interface SandboxOptions {
  /** Link by itself this many ms after the first QR; undefined waits for link(). */
  autoLinkMs?: number;
  ackDelayMs: number;
  latencyMs: number;
  qrRefreshMs: number;
  sentLogPath?: string;
}

/** A message to receive; in a group, the group is `from` and the sender is `author`. */
type InboundInput = Pick<Inbound, 'from' | 'body'> & Partial<Inbound>;
type Inbound = z.output<typeof sandboxInboundInput>;

/** The account the default session's sandbox pretends to be. */
export const SANDBOX_ACCOUNT: AccountInfo = {
  wid: '15550100001@c.us',
  pushname: 'WaQtor Sandbox',
  platform: 'sandbox',
  phone: '15550100001',
};

/**
 * Each sandbox session is a phone of its own: the default session keeps the documented number, another
 * gets one of 1555 and seven digits drawn from its name, the same at every start.
 */
export function sandboxAccount(session: string): AccountInfo {
  if (session === DEFAULT_SESSION) return SANDBOX_ACCOUNT;
  const digits = String(2_000_000 + (createHash('sha256').update(session).digest().readUInt32BE(0) % 7_000_000));
  const phone = `1555${digits}`;
  return { wid: `${phone}@c.us`, pushname: `WaQtor Sandbox (${session})`, platform: 'sandbox', phone };
}

const stateAfter: Record<DisconnectReason, ConnectionState> = {
  LOGOUT: 'UNPAIRED',
  CONFLICT: 'CONFLICT',
  TIMEOUT: 'TIMEOUT',
  NAVIGATION: 'UNPAIRED',
  BROWSER_CLOSED: 'UNLAUNCHED',
  TOS_BLOCK: 'TOS_BLOCK',
  PROXYBLOCK: 'PROXYBLOCK',
};

/** The characters of a pairing code, as WhatsApp's: capitals and digits. */
const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789';
/** Received messages kept for actions on them (reactions, forwards), newest last. */
const RECEIVED_KEPT = 10_000;
/** The files of sent and received messages are kept up to this many bytes in all, the oldest dropped first. */
const FILES_KEPT_BYTES = 64 * 1024 * 1024;

/** A message the account sent or received, as actions on it see it: which it is, and its chat. */
interface KnownMessage {
  sent?: DeliveredMessage;
  received?: InboundMessage;
  actedOn: ActedOn;
  chatId: string;
  isGroup: boolean;
}

/** The sandbox's stand-in for "this number has no WhatsApp account". */
export const isUnregisteredNumber = (recipient: Recipient) => !recipient.isGroup && recipient.to.endsWith('0000');

/**
 * An in-process WhatsApp for integrators' CI and our own tests: it pairs, links, sends, acks and receives
 * like the real thing, without a phone. Every timer it starts is cleared by stop().
 */
export class SandboxDriver implements WhatsAppDriver {
  readonly #events: DriverEventEmitter;
  readonly #sentLog: SentLog;
  readonly #received = new Map<string, InboundMessage>();
  readonly #blocked = new Set<string>();
  readonly #files = new Map<string, Media>();
  /** The LID of every number the account has met (sent to, looked up), as WhatsApp would know it. */
  readonly #lids = new Map<string, string>();
  #fileBytes = 0;
  readonly #timers = new Timers({ onError: (error) => this.logger.error({ err: error }, 'sandbox timer failed') });
  readonly #chats = new Map<string, ChatSummary>();
  readonly #groups = new Map<string, SandboxGroup>();
  #state: ConnectionState = 'UNLAUNCHED';
  #started = false;
  #pairingTimers: NodeJS.Timeout[] = [];

  readonly #account: AccountInfo;

  constructor(
    private readonly options: SandboxOptions,
    private readonly logger: Logger,
    private readonly session: string = DEFAULT_SESSION,
  ) {
    this.#account = sandboxAccount(session);
    this.#events = new DriverEventEmitter((error) => this.logger.error({ err: error }, 'sandbox event listener failed'));
    this.#sentLog = new SentLog(options.sentLogPath);
  }

  subscribe(listener: (event: DriverEvent) => void): () => void {
    return this.#events.subscribe(listener);
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#setState('OPENING');
    this.#beginPairing();
  }

  async stop(): Promise<void> {
    this.#started = false;
    this.#clearPairing();
    this.#timers.clearAll();
    this.#state = 'UNLAUNCHED';
  }

  async logout(): Promise<void> {
    this.#requireConnected();
    this.disconnect('LOGOUT');
  }

  activity(): string | undefined {
    return undefined;
  }

  state(): ConnectionState {
    return this.#state;
  }

  async info(): Promise<AccountInfo> {
    this.#requireConnected();
    return this.#account;
  }

  async chats(): Promise<ChatSummary[]> {
    this.#requireConnected();
    return [...this.#chats.values()].map((chat) => ({ ...chat }));
  }

  async resolve(recipient: Recipient): Promise<string | null> {
    this.#requireConnected();
    return isUnregisteredNumber(recipient) ? null : recipient.chatId;
  }

  async sendText(recipient: Recipient, text: string, context: MessageContext = {}): Promise<SentMessage> {
    return this.#deliver(recipient, { kind: 'text', body: text, ...this.#context(context) });
  }

  async sendMedia(recipient: Recipient, media: Media, { caption, as, ...context }: MediaOptions): Promise<SentMessage> {
    const sent = await this.#deliver(recipient, {
      kind: 'media',
      body: caption ?? '',
      media: { mimetype: media.mimetype, filename: media.filename, size: media.data.byteLength },
      ...(as && { as }),
      ...this.#context(context),
    });
    this.#keepFile(sent.id, media);
    return sent;
  }

  sendContent(recipient: Recipient, content: RichContent): Promise<SentMessage> {
    return this.#deliver(recipient, { kind: content.kind, body: describeContent(content), content });
  }

  async react(messageId: string, emoji: string): Promise<void> {
    this.#requireConnected();
    const { sent } = this.#known(messageId);
    if (sent) sent.reaction = emoji;
  }

  async edit(messageId: string, text: string): Promise<void> {
    this.#requireConnected();
    const { sent, actedOn } = this.#known(messageId);
    const refusal = editRefusal(actedOn);
    if (refusal || !sent) throw badInput(refusal ?? "Only the account's own messages can be edited");
    sent.body = text;
    sent.edited = true;
  }

  async deleteMessage(messageId: string, { everyone }: { everyone: boolean }): Promise<void> {
    this.#requireConnected();
    const { sent, actedOn } = this.#known(messageId);
    const refusal = everyone ? revokeRefusal(actedOn) : undefined;
    if (refusal) throw badInput(refusal);
    if (sent) sent.deleted = everyone ? 'for-everyone' : 'for-me';
    else this.#received.delete(messageId);
  }

  async forward(messageId: string, recipient: Recipient): Promise<void> {
    this.#requireConnected();
    const { sent, received } = this.#known(messageId);
    const kind = sent?.kind ?? (received?.hasMedia ? 'media' : 'text');
    const body = sent?.body ?? (received?.hasMedia ? (received.caption ?? '') : (received?.body ?? ''));
    await this.#deliver(recipient, { kind, body, media: sent?.media, content: sent?.content, forwardedFrom: messageId });
  }

  /** The file as it was sent or received; null for a file given without its bytes, as if WhatsApp had lost it. */
  async downloadMedia(messageId: string): Promise<Media | null> {
    this.#requireConnected();
    const { sent, received } = this.#known(messageId);
    const hasMedia = sent ? sent.kind === 'media' : received?.hasMedia === true;
    if (!hasMedia) throw notFound('That message has no media');
    const file = this.#files.get(messageId);
    return file ? { ...file } : null;
  }

  async chatMessages(chatId: string, limit: number): Promise<InboundMessage[]> {
    this.#requireConnected();
    const chat = this.#chatNamed(chatId);
    const sent: InboundMessage[] = this.#sentLog
      .entries()
      .filter((entry) => entry.chatId === chat.id && entry.deleted === undefined)
      .map((entry) => ({
        id: entry.id,
        from: this.#account.wid,
        to: entry.chatId,
        body: entry.body,
        timestamp: entry.timestamp,
        fromMe: true,
        hasMedia: entry.kind === 'media',
        type: entry.kind === 'text' ? 'chat' : entry.kind === 'media' ? mediaType(entry.media!.mimetype) : entry.kind,
        isGroup: chat.isGroup,
      }));
    const received = [...this.#received.values()].filter((message) => message.from === chat.id);
    return [...sent, ...received].sort((a, b) => b.timestamp - a.timestamp).slice(0, limit);
  }

  async updateChat(chatId: string, change: ChatChange): Promise<void> {
    this.#requireConnected();
    const chat = this.#chatNamed(chatId);
    switch (change.kind) {
      case 'seen':
        chat.unreadCount = 0;
        break;
      case 'presence':
        // Shown to the other side only: nothing here changes.
        break;
      case 'archive':
        chat.archived = change.on;
        break;
      case 'pin':
        chat.pinned = change.on;
        break;
      case 'mute':
        chat.muted = change.on;
        break;
    }
  }

  async checkNumber(recipient: Recipient): Promise<NumberCheck> {
    this.#requireConnected();
    if (isLid(recipient.chatId)) {
      const phone = this.#lids.get(recipient.chatId);
      return phone ? { exists: true, chatId: phone, lid: recipient.chatId } : { exists: false, chatId: null, lid: null };
    }
    if (isUnregisteredNumber(recipient)) return { exists: false, chatId: null, lid: null };
    return { exists: true, chatId: recipient.chatId, lid: this.#lidOf(recipient) };
  }

  async phoneOfLid(lid: string): Promise<string | null> {
    this.#requireConnected();
    return this.#lids.get(lid) ?? null;
  }

  async contact(contactId: string): Promise<ContactInfo> {
    this.#requireConnected();
    const given = this.#recipient(contactId, 'id');
    const phone = isLid(given.chatId) ? this.#lids.get(given.chatId) : given.chatId;
    const recipient = phone === undefined ? undefined : this.#recipient(phone, 'id');
    if (!recipient || recipient.isGroup || isUnregisteredNumber(recipient)) throw notFound('Contact not found');
    return {
      id: recipient.chatId,
      phone: recipient.to,
      lid: this.#lidOf(recipient),
      name: null,
      pushname: `Sandbox ${recipient.to.slice(-4)}`,
      isBusiness: false,
      isBlocked: this.#blocked.has(recipient.chatId),
      about: 'Hey there! I am using WhatsApp.',
      profilePicUrl: null,
    };
  }

  async setBlocked(contactId: string, blocked: boolean): Promise<void> {
    const { id } = await this.contact(contactId);
    if (blocked) this.#blocked.add(id);
    else this.#blocked.delete(id);
  }

  async createGroup(subject: string, participants: string[]): Promise<GroupCreated> {
    this.#requireConnected();
    const group = new SandboxGroup(subject, this.#account.wid, (chatId) => !isUnregisteredNumber(this.#recipient(chatId, 'participant')));
    this.#groups.set(group.id, group);
    this.#chat({ chatId: group.id, to: group.id, isGroup: true }).name = subject;
    return { id: group.id, subject, participants: participants.map((participant) => group.add(participant)) };
  }

  async groups(): Promise<GroupSummary[]> {
    this.#requireConnected();
    return [...this.#groups.values()].filter((group) => group.has(this.#account.wid)).map((group) => group.summary());
  }

  async group(groupId: string): Promise<GroupInfo> {
    return this.#groupNamed(groupId).info();
  }

  async updateGroup(groupId: string, details: GroupDetails): Promise<void> {
    const group = this.#groupNamed(groupId);
    group.update(this.#account.wid, details);
    this.#chatNamed(group.id).name = group.subject;
  }

  async changeParticipants(groupId: string, changes: ParticipantChanges): Promise<ParticipantResult[]> {
    return this.#groupNamed(groupId).changeParticipants(this.#account.wid, changes);
  }

  async groupInvite(groupId: string, options: { revoke: boolean }): Promise<GroupInvite> {
    return this.#groupNamed(groupId).invite(this.#account.wid, options);
  }

  async leaveGroup(groupId: string): Promise<void> {
    this.#groupNamed(groupId).left([this.#account.wid]);
  }

  /** An 8-character code, as WhatsApp gives; the sandbox links when told (link()), as with the QR. */
  async requestPairingCode(phone: string): Promise<string> {
    if (this.#state !== 'PAIRING') throw badInput(`A pairing code is given only while the session is pairing; it is ${this.#state}`);
    const code = Array.from(randomBytes(8), (byte) => PAIRING_ALPHABET[byte % PAIRING_ALPHABET.length]).join('');
    this.#events.emit('pairing_code', { code, phone });
    return code;
  }

  // Control calls: what a phone or WhatsApp would do, on demand.

  link(): ConnectionState {
    if (!this.#started) throw clientNotReady();
    if (this.#state === 'CONNECTED') return this.#state;
    if (terminalReasons.has(this.#state as DisconnectReason)) {
      throw badInput(`The sandbox session is blocked (${this.#state}); restart the gateway to pair again`);
    }
    this.#clearPairing();
    this.#events.emit('authenticated', {});
    this.#events.emit('ready', { info: this.#account });
    this.#setState('CONNECTED');
    return this.#state;
  }

  inbound(input: InboundInput): InboundMessage {
    this.#requireConnected();
    const from = this.#recipient(input.from, 'from');
    const author = input.author === undefined ? undefined : this.#recipient(input.author, 'author').chatId;
    const hasMedia = input.mimeType !== undefined;
    const message: InboundMessage = {
      id: `false_${from.chatId}_${messageKey()}`,
      from: from.chatId,
      to: this.#account.wid,
      body: hasMedia ? '' : input.body,
      timestamp: unixNow(),
      fromMe: false,
      hasMedia,
      type: input.type ?? (hasMedia ? mediaType(input.mimeType!) : 'chat'),
      isGroup: from.isGroup,
      ...(author && { author }),
      ...(hasMedia && { caption: input.caption ?? input.body, mimeType: input.mimeType }),
      ...(input.filename && { filename: input.filename }),
    };
    const chat = this.#chat(from);
    chat.unreadCount += 1;
    this.#remember(message);
    if (input.mediaBase64) this.#keepFile(message.id, { data: input.mediaBase64, mimetype: input.mimeType!, filename: input.filename });
    this.#events.emit('message', message);
    return message;
  }

  /** Someone reacts to a message: by default the other side of a one-to-one chat. */
  inboundReaction({ messageId, from, emoji }: z.output<typeof sandboxReactionInput>): MessageReaction {
    this.#requireConnected();
    const { chatId, isGroup } = this.#known(messageId);
    const reaction: MessageReaction = { messageId, chatId, from: this.#actor(from, chatId, isGroup), emoji, timestamp: unixNow() };
    this.#events.emit('message_reaction', reaction);
    return reaction;
  }

  /** The sender of a received message changes its text. */
  inboundEdit({ messageId, body }: z.output<typeof sandboxEditInput>): MessageEdit {
    const message = this.#receivedNamed(messageId);
    const edit: MessageEdit = {
      id: messageId,
      chatId: message.from,
      from: message.author ?? message.from,
      body,
      previousBody: message.body,
      timestamp: unixNow(),
    };
    message.body = body;
    this.#events.emit('message_edit', edit);
    return edit;
  }

  /** The sender of a received message deletes it for everyone. */
  inboundRevoke({ messageId }: z.output<typeof sandboxRevokeInput>): MessageRevoke {
    const message = this.#receivedNamed(messageId);
    this.#received.delete(messageId);
    const revoke: MessageRevoke = {
      id: messageId,
      chatId: message.from,
      from: message.author ?? message.from,
      previousBody: message.hasMedia ? (message.caption ?? null) : message.body,
      timestamp: unixNow(),
    };
    this.#events.emit('message_revoke', revoke);
    return revoke;
  }

  /** Someone answers a poll the account sent, with answers among its options. */
  inboundVote({ pollId, from, options }: z.output<typeof sandboxVoteInput>): PollVote {
    this.#requireConnected();
    const sent = this.#sentLog.find(pollId);
    if (!sent || sent.deleted === 'for-everyone') throw notFound('Poll not found');
    if (sent.content?.kind !== 'poll') throw badInput(`Message ${pollId} is not a poll`);
    const { options: answers, multipleAnswers } = sent.content.poll;
    const unknown = options.filter((option) => !answers.includes(option));
    if (unknown.length > 0)
      throw badInput(`options: "${unknown[0]}" is not an answer of the poll; it has ${answers.map((a) => `"${a}"`).join(', ')}`);
    if (!multipleAnswers && options.length > 1) throw badInput('options: the poll takes one answer only');
    const vote: PollVote = {
      pollId,
      chatId: sent.chatId,
      voter: this.#actor(from, sent.chatId, sent.chatId.endsWith('@g.us')),
      selectedOptions: [...new Set(options)],
      timestamp: unixNow(),
    };
    this.#events.emit('poll_vote', vote);
    return vote;
  }

  /** People join or leave one of the account's groups, or someone changes its subject or description. */
  groupChange(input: z.output<typeof sandboxGroupInput>): { event: 'group_join' | 'group_leave' | 'group_update'; data: GroupNotice } {
    const group = this.#groupNamed(input.groupId);
    const author = input.author === undefined ? null : this.#person(input.author, 'author');
    const participants = input.participants.map((participant, index) => this.#person(participant, `participants[${index}]`));
    const notice = (type: string, body: string | null = null): GroupNotice => ({
      chatId: group.id,
      author,
      participants,
      type,
      body,
      timestamp: unixNow(),
    });
    let event: { event: 'group_join' | 'group_leave' | 'group_update'; data: GroupNotice };
    if (input.change === 'join') {
      group.joined(participants);
      event = { event: 'group_join', data: notice(author ? 'add' : 'invite') };
    } else if (input.change === 'leave') {
      group.left(participants);
      event = { event: 'group_leave', data: notice(author ? 'remove' : 'leave') };
    } else if (input.subject !== undefined) {
      group.subject = this.#chatNamed(group.id).name = input.subject;
      event = { event: 'group_update', data: notice('subject', input.subject) };
    } else {
      group.description = input.description || null;
      event = { event: 'group_update', data: notice('description', input.description ?? '') };
    }
    this.#events.emit(event.event, event.data);
    return event;
  }

  disconnect(reason: DisconnectReason): ConnectionState {
    if (!this.#started) throw clientNotReady();
    this.#clearPairing();
    this.#events.emit('disconnected', { reason });
    this.#setState(stateAfter[reason]);
    if (!terminalReasons.has(reason)) {
      this.#setState('OPENING');
      this.#beginPairing();
    }
    return this.#state;
  }

  ack(id: string, ack: Ack): DeliveredMessage {
    const entry = this.#sentLog.find(id);
    if (!entry) throw notFound(`No message with id ${id} in the sandbox outbox`);
    entry.ack = ack;
    this.#events.emit('message_ack', { id, chatId: entry.chatId, ack, status: ackStatuses[ack] });
    return entry;
  }

  delivered(): readonly DeliveredMessage[] {
    return this.#sentLog.entries();
  }

  #receivedNamed(messageId: string): InboundMessage {
    this.#requireConnected();
    const message = this.#received.get(messageId);
    if (message) return message;
    if (this.#sentLog.find(messageId))
      throw badInput("That message is the account's own: change it through PUT or DELETE /api/messages/:id instead");
    throw notFound('Message not found');
  }

  /** Who did something in a chat: as given, or the other side of a one-to-one chat. */
  #actor(from: string | undefined, chatId: string, isGroup: boolean): string {
    if (from !== undefined) return this.#person(from, 'from');
    if (isGroup) throw badInput('from is required in a group: the number or chat id of who did it');
    return chatId;
  }

  #person(value: string, field: string): string {
    const recipient = this.#recipient(value, field);
    if (recipient.isGroup) throw badInput(`${field}: a group is not a person`);
    return recipient.chatId;
  }

  /** A group the account is a member of; NOT_FOUND otherwise, as WhatsApp answers. */
  #groupNamed(groupId: string): SandboxGroup {
    this.#requireConnected();
    const group = this.#groups.get(groupId);
    if (!group?.has(this.#account.wid)) throw notFound('Group not found');
    return group;
  }

  /** A message this account sent or received, as actions see it; NOT_FOUND otherwise, as WhatsApp answers. */
  #known(messageId: string): KnownMessage {
    const sent = this.#sentLog.find(messageId);
    if (sent && sent.deleted !== 'for-everyone')
      return { sent, actedOn: { fromMe: true, timestamp: sent.timestamp }, chatId: sent.chatId, isGroup: sent.chatId.endsWith('@g.us') };
    const received = this.#received.get(messageId);
    if (received)
      return { received, actedOn: { fromMe: false, timestamp: received.timestamp }, chatId: received.from, isGroup: received.isGroup };
    throw notFound('Message not found');
  }

  /** A reply quotes a message the account knows, as WhatsApp needs; the context as the outbox keeps it. */
  #context({ replyTo, mentions }: MessageContext): Pick<DeliveredMessage, 'replyTo' | 'mentions'> {
    if (replyTo !== undefined && !this.#sentLog.find(replyTo) && !this.#received.has(replyTo))
      throw notFound('Message to reply to not found');
    return { ...(replyTo !== undefined && { replyTo }), ...(mentions?.length && { mentions }) };
  }

  /** A number's LID, as WhatsApp keeps one per user: the sandbox remembers it to answer for it later. */
  #lidOf(recipient: Recipient): string {
    const lid = sandboxLid(recipient.to);
    this.#lids.set(lid, recipient.chatId);
    return lid;
  }

  #keepFile(messageId: string, media: Media): void {
    this.#files.set(messageId, media);
    this.#fileBytes += media.data.byteLength;
    for (const [id, file] of this.#files) {
      if (this.#fileBytes <= FILES_KEPT_BYTES) break;
      this.#files.delete(id);
      this.#fileBytes -= file.data.byteLength;
    }
  }

  #remember(message: InboundMessage): void {
    this.#received.set(message.id, message);
    if (this.#received.size > RECEIVED_KEPT) this.#received.delete(this.#received.keys().next().value!);
  }

  async #deliver(
    recipient: Recipient,
    content: Pick<DeliveredMessage, 'kind' | 'body' | 'media' | 'content' | 'forwardedFrom' | 'replyTo' | 'mentions' | 'as'>,
  ): Promise<SentMessage> {
    this.#requireConnected();
    if (isUnregisteredNumber(recipient)) throw badInput(`${recipient.to} is not on WhatsApp`);
    if (this.options.latencyMs > 0) await sleep(this.options.latencyMs);
    // A disconnect during the wait plays the real driver's worst case: WhatsApp took the message, and the
    // connection dropped before the send could say so.
    const dropped = this.#state !== 'CONNECTED';
    const entry: DeliveredMessage = {
      id: `true_${recipient.chatId}_${messageKey()}_out`,
      session: this.session,
      chatId: recipient.chatId,
      to: recipient.to,
      timestamp: unixNow(),
      ack: 0,
      ...content,
    };
    await this.#sentLog.append(entry);
    if (!recipient.isGroup && !isLid(recipient.chatId)) this.#lidOf(recipient);
    if (dropped) throw sendMayHaveLeft();
    this.#chat(recipient).unreadCount = 0;
    // Acks arrive after the send has returned, as WhatsApp's do, so the caller can record the message first.
    this.#timers.after(0, () => this.ack(entry.id, 1));
    this.#timers.after(this.options.ackDelayMs, () => {
      if (entry.ack < 2) this.ack(entry.id, 2);
    });
    return { id: entry.id, timestamp: entry.timestamp };
  }

  #beginPairing(): void {
    this.#setState('PAIRING');
    this.#events.emit('qr', { qr: newQr() });
    const refresh = setInterval(() => this.#events.emit('qr', { qr: newQr() }), this.options.qrRefreshMs);
    this.#pairingTimers = [refresh];
    if (this.options.autoLinkMs !== undefined) {
      this.#pairingTimers.push(setTimeout(() => this.link(), this.options.autoLinkMs));
    }
  }

  #clearPairing(): void {
    for (const timer of this.#pairingTimers) clearTimeout(timer);
    this.#pairingTimers = [];
  }

  #setState(state: ConnectionState): void {
    const previousState = this.#state;
    if (previousState === state) return;
    this.#state = state;
    this.#events.emit('state_change', { state, previousState });
  }

  #requireConnected(): void {
    if (this.#state !== 'CONNECTED') throw clientNotReady();
  }

  #recipient(value: string, field: string): Recipient {
    const result = normalizeRecipient(value);
    if (!result.ok) throw badInput(`${field}: ${result.error}`);
    return result.recipient;
  }

  /** A chat the account has (it sent to it, or heard from it); NOT_FOUND otherwise, as WhatsApp answers. */
  #chatNamed(chatId: string): ChatSummary {
    const chat = this.#chats.get(chatId);
    if (!chat) throw notFound('Chat not found');
    return chat;
  }

  #chat(recipient: Recipient): ChatSummary {
    let chat = this.#chats.get(recipient.chatId);
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
      this.#chats.set(recipient.chatId, chat);
    }
    return chat;
  }
}

const unixNow = () => Math.floor(Date.now() / 1000);
/** A number's LID in the sandbox: 15 digits of its hash, the same at every start, as WhatsApp's are stable. */
export const sandboxLid = (phone: string) =>
  `${BigInt(`0x${createHash('sha256').update(phone).digest('hex').slice(0, 12)}`)
    .toString()
    .padStart(15, '1')
    .slice(0, 15)}@lid`;
const messageKey = () => `3EB0${randomBytes(9).toString('hex').toUpperCase()}`;
const newQr = () => `2@${randomBytes(32).toString('base64')},${randomBytes(16).toString('base64')},sandbox`;

function mediaType(mimeType: string): string {
  const kind = mimeType.split('/')[0];
  if (kind === 'image' || kind === 'video') return kind;
  if (kind === 'audio') return 'audio';
  return 'document';
}
