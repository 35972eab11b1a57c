import { randomBytes } from 'node:crypto';
import type { LimitRefusal } from '../../domain/account-limit.js';
import { badInput, notFound } from '../../errors.js';
import type {
  DialogShown,
  GroupNotice,
  IncomingCall,
  InboundMessage,
  MessageEdit,
  MessageReaction,
  MessageRevoke,
  PendingMessage,
  PollVote,
} from '../../domain/driver-events.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import { ackStatuses, type Ack } from '../../domain/acks.js';
import type { DisconnectReason } from '../../domain/disconnect-reasons.js';
import type { SandboxConnection } from './sandbox-connection.js';
import type {
  SandboxControl,
  SandboxEdit,
  SandboxGroupChange,
  SandboxGroupEvent,
  SandboxInbound,
  SandboxReaction,
  SandboxRevoke,
  SandboxVote,
  SandboxCall,
  SandboxPending,
  SandboxDialog,
} from './sandbox-control.js';
import { mediaType, recipientIn, type SandboxWorld } from './sandbox-world.js';
import type { DeliveredMessage } from './sent-log.js';

export const unixNow = () => Math.floor(Date.now() / 1000);
export const messageKey = () => `3EB0${randomBytes(9).toString('hex').toUpperCase()}`;

/** What the sandbox's WhatsApp says when it refuses a message over its limit on new contacts. */
const SANDBOX_LIMIT_REASON = 'This account is reaching out to too many new contacts; it may only write to people who wrote to it';

/**
 * What a phone, or WhatsApp itself, would do to a sandbox session, on demand; a new WhatsApp Web is the
 * driver's to roll out, since it changes what the driver runs, and stories are the Status's.
 */
export class SandboxPhone implements Omit<SandboxControl, 'rollOutWebVersion' | 'inboundStory'> {
  constructor(
    private readonly connection: SandboxConnection,
    private readonly world: SandboxWorld,
  ) {}

  link(): ConnectionState {
    return this.connection.link();
  }

  inbound(input: SandboxInbound): InboundMessage {
    this.connection.requireConnected();
    const from = recipientIn(input.from, 'from');
    const author = input.author === undefined ? undefined : recipientIn(input.author, 'author').chatId;
    const hasMedia = input.mimeType !== undefined;
    const pending = input.pendingId === undefined ? undefined : this.world.pending.get(input.pendingId);
    if (input.pendingId !== undefined && pending?.chatId !== from.chatId)
      throw badInput(`pendingId: no message of ${input.from} waits to be delivered with the id ${input.pendingId}`);
    this.world.pending.delete(input.pendingId ?? '');
    const message: InboundMessage = {
      id: pending?.id ?? `false_${from.chatId}_${messageKey()}`,
      from: from.chatId,
      to: this.world.account.wid,
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
    const chat = this.world.chat(from);
    chat.unreadCount += 1;
    this.world.remember(message);
    if (input.mediaBase64)
      this.world.keepFile(message.id, { data: input.mediaBase64, mimetype: input.mimeType!, filename: input.filename });
    this.connection.events.emit('message', message);
    return message;
  }

  /** Someone reacts to a message: by default the other side of a one-to-one chat. */
  inboundReaction({ messageId, from, emoji }: SandboxReaction): MessageReaction {
    this.connection.requireConnected();
    const { chatId, isGroup } = this.world.known(messageId);
    const reaction: MessageReaction = { messageId, chatId, from: this.#actor(from, chatId, isGroup), emoji, timestamp: unixNow() };
    this.connection.events.emit('message_reaction', reaction);
    return reaction;
  }

  /** The sender of a received message changes its text. */
  inboundEdit({ messageId, body }: SandboxEdit): MessageEdit {
    this.connection.requireConnected();
    const message = this.world.receivedNamed(messageId);
    const edit: MessageEdit = {
      id: messageId,
      chatId: message.from,
      from: message.author ?? message.from,
      body,
      previousBody: message.body,
      timestamp: unixNow(),
    };
    message.body = body;
    this.connection.events.emit('message_edit', edit);
    return edit;
  }

  /** The sender of a received message deletes it for everyone. */
  inboundRevoke({ messageId }: SandboxRevoke): MessageRevoke {
    this.connection.requireConnected();
    const message = this.world.receivedNamed(messageId);
    this.world.received.delete(messageId);
    const revoke: MessageRevoke = {
      id: messageId,
      chatId: message.from,
      from: message.author ?? message.from,
      previousBody: message.hasMedia ? (message.caption ?? null) : message.body,
      timestamp: unixNow(),
    };
    this.connection.events.emit('message_revoke', revoke);
    return revoke;
  }

  /** Someone answers a poll the account sent, with answers among its options. */
  inboundVote({ pollId, from, options }: SandboxVote): PollVote {
    this.connection.requireConnected();
    const sent = this.world.sentLog.find(pollId);
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
    this.connection.events.emit('poll_vote', vote);
    return vote;
  }

  /** People join or leave one of the account's groups, or someone changes its subject or description. */
  groupChange(input: SandboxGroupChange): SandboxGroupEvent {
    this.connection.requireConnected();
    const group = this.world.groupNamed(input.groupId);
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
    let event: SandboxGroupEvent;
    if (input.change === 'join') {
      group.joined(participants);
      event = { event: 'group_join', data: notice(author ? 'add' : 'invite') };
    } else if (input.change === 'leave') {
      group.left(participants);
      event = { event: 'group_leave', data: notice(author ? 'remove' : 'leave') };
    } else if (input.subject !== undefined) {
      group.subject = this.world.chatNamed(group.id).name = input.subject;
      event = { event: 'group_update', data: notice('subject', input.subject) };
    } else {
      group.description = input.description || null;
      event = { event: 'group_update', data: notice('description', input.description ?? '') };
    }
    this.connection.events.emit(event.event, event.data);
    return event;
  }

  disconnect(reason: DisconnectReason): ConnectionState {
    return this.connection.disconnect(reason);
  }

  showDialog(input: SandboxDialog): DialogShown {
    return this.connection.showDialog(input);
  }

  inboundPending({ from }: SandboxPending): PendingMessage {
    this.connection.requireConnected();
    const sender = recipientIn(from, 'from');
    const message: PendingMessage = {
      id: `false_${sender.chatId}_${messageKey()}`,
      from: sender.chatId,
      chatId: sender.chatId,
      timestamp: unixNow(),
    };
    this.world.pending.set(message.id, message);
    this.connection.events.emit('message_pending', message);
    return message;
  }

  inboundCall({ from, isVideo }: SandboxCall): IncomingCall {
    this.connection.requireConnected();
    const caller = recipientIn(from, 'from');
    const call: IncomingCall = { id: `CALL${messageKey()}`, from: caller.chatId, isVideo, isGroup: false, timestamp: unixNow() };
    this.world.ringing.set(call.id, call);
    this.connection.events.emit('call', call);
    return call;
  }

  limit(until: Date | null): LimitRefusal {
    const limit = { reason: SANDBOX_LIMIT_REASON, until: until && Math.floor(until.getTime() / 1000) };
    this.world.limit = limit;
    return limit;
  }

  lift(): void {
    this.world.limit = null;
  }

  ack(id: string, ack: Ack): DeliveredMessage {
    const entry = this.world.sentLog.find(id);
    if (!entry) throw notFound(`No message with id ${id} in the sandbox outbox`);
    entry.ack = ack;
    this.connection.events.emit('message_ack', { id, chatId: entry.chatId, ack, status: ackStatuses[ack] });
    return entry;
  }

  delivered(): readonly DeliveredMessage[] {
    return this.world.sentLog.entries();
  }

  /** Who did something in a chat: as given, or the other side of a one-to-one chat. */
  #actor(from: string | undefined, chatId: string, isGroup: boolean): string {
    if (from !== undefined) return this.#person(from, 'from');
    if (isGroup) throw badInput('from is required in a group: the number or chat id of who did it');
    return chatId;
  }

  #person(value: string, field: string): string {
    const recipient = recipientIn(value, field);
    if (recipient.isGroup) throw badInput(`${field}: a group is not a person`);
    return recipient.chatId;
  }
}
