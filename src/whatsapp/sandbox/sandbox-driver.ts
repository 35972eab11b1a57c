import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LimitRefusal } from '../../domain/account-limit.js';
import { badInput, notFound, sendMayHaveLeft } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { DEFAULT_SESSION } from '../../domain/session-name.js';
import { isLid, type Recipient } from '../../domain/phone-number.js';
import type { ChannelMessage, ChatSummary, Media, MediaOptions, ForwardedMessage, SentMessage, WhatsAppDriver } from '../driver.js';
import type {
  AccountInfo,
  DialogShown,
  DriverEvent,
  InboundMessage,
  IncomingCall,
  MessageEdit,
  PendingMessage,
  MessageReaction,
  MessageRevoke,
  PollVote,
} from '../../domain/driver-events.js';
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
  SandboxStory,
} from './sandbox-control.js';
import { dialogActivity, type WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';
import { chooseWebVersion, compareWebVersions, type KnownWebVersion, type WebVersionInUse } from '../../domain/web-versions.js';
import type { WebVersionStore } from '../web-version-store.js';
import { SandboxConnection, type SandboxOptions } from './sandbox-connection.js';
import type { SandboxLogins } from './sandbox-logins.js';
import { messageKey, SandboxPhone, unixNow } from './sandbox-phone.js';
import { isUnregisteredNumber, mediaType, recipientIn, SandboxWorld } from './sandbox-world.js';
import type { DeliveredMessage } from './sent-log.js';
import { describeContent, type RichContent, type TextOptions } from '../../domain/message-content.js';
import { editRefusal, revokeRefusal } from '../../domain/message-actions.js';
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
import { SandboxLabels } from './sandbox-labels.js';
import { SandboxChannels } from './sandbox-channels.js';
import { SandboxStories } from './sandbox-stories.js';
import type { InboundStory, StoryStyle } from '../../domain/stories.js';
import type { Channel } from '../../domain/channels.js';
import type { Label } from '../../domain/labels.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import type { Ack } from '../../domain/acks.js';
import type { DisconnectReason } from '../../domain/disconnect-reasons.js';

/** Disconnects after which the phone is no longer linked: the login is gone, as WhatsApp's would be. */
const unlinkingReasons: ReadonlySet<DisconnectReason> = new Set(['LOGOUT', 'NAVIGATION']);

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

/**
 * An in-process WhatsApp for integrators' CI and our own tests: it pairs, links, sends, acks and receives
 * like the real thing, without a phone. The connection pairs and links, the world holds what the account
 * has (messages, files, chats, groups), the phone does on demand what a phone or WhatsApp would; this
 * class is the driver's operations on them. Every timer it starts is cleared by stop().
 */
export class SandboxDriver implements WhatsAppDriver, SandboxControl {
  readonly #connection: SandboxConnection;
  readonly #world: SandboxWorld;
  readonly #phone: SandboxPhone;
  readonly #labels: SandboxLabels;
  readonly #channels: SandboxChannels;
  readonly #stories: SandboxStories;
  /** The WhatsApp Web version the sandbox session runs, as the whatsapp-web.js driver reports its own. */
  #version: WebVersionInUse | null = null;
  /** The kept login's last write, which stop() waits for so the next process finds it. */
  #keeping: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: SandboxOptions,
    private readonly logger: Logger,
    private readonly session: string = DEFAULT_SESSION,
    private readonly logins?: SandboxLogins,
    private readonly versions?: WebVersionStore,
  ) {
    const account = sandboxAccount(session);
    this.#connection = new SandboxConnection(options, account, logger);
    this.#world = new SandboxWorld(account, options.sentLogPath);
    this.#phone = new SandboxPhone(this.#connection, this.#world);
    this.#labels = new SandboxLabels(this.#connection, this.#world);
    this.#channels = new SandboxChannels(this.#connection, this.#world, session);
    this.#stories = new SandboxStories(this.#connection, this.#world, session);
    this.#connection.subscribe((event) => this.#onConnectionEvent(event));
  }

  subscribe(listener: (event: DriverEvent) => void): () => void {
    return this.#connection.subscribe(listener);
  }

  /** Opens linked when the session kept its login, as whatsapp-web.js does; else pairs. */
  async start(): Promise<void> {
    this.#version = await this.#chooseVersion();
    let linkedAs: AccountInfo | undefined;
    try {
      linkedAs = await this.logins?.linkedAs(this.session);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read the sandbox login; pairing instead');
    }
    this.#connection.start(linkedAs);
  }

  async stop(): Promise<void> {
    this.#connection.stop();
    await this.#keeping;
    this.#version = null;
  }

  /** The remembered WhatsApp Web version when there is one, else the one the sandbox's WhatsApp serves. */
  async #chooseVersion(): Promise<WebVersionInUse> {
    let remembered: KnownWebVersion | null = null;
    try {
      remembered = (await this.versions?.remembered()) ?? null;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read the remembered WhatsApp Web version; loading the one served now');
    }
    const choice = chooseWebVersion({ pinned: undefined, remembered, failedWithRemembered: 0, fallbackAfter: 1 });
    return choice.source === 'live'
      ? { version: this.#world.webVersion, source: 'live' }
      : { version: choice.version, source: choice.source };
  }

  webVersion(): WebVersionInUse | null {
    return this.#version;
  }

  /**
   * WhatsApp rolls out a new WhatsApp Web and the one the session runs stops loading: the page reloads on
   * the new version, which is remembered for every node once ready, as the whatsapp-web.js driver does
   * after its remembered version fails.
   */
  rollOutWebVersion(version: string): WebVersionInUse {
    this.#connection.requireConnected();
    if (this.#version?.version && compareWebVersions(version, this.#version.version) <= 0)
      throw badInput(`version: ${version} is not newer than ${this.#version.version}, the version the session runs`);
    this.#world.webVersion = version;
    this.#version = { version, source: 'live' };
    this.#connection.reload();
    return this.#version;
  }

  /**
   * Keeps the login while the session is linked and drops it once unlinked, and says at each pairing how
   * to link (a sandbox has no phone to scan its QR code).
   */
  #onConnectionEvent(event: DriverEvent): void {
    const keep = (write: () => Promise<void> | undefined) => {
      this.#keeping = this.#keeping
        .then(write)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not keep the sandbox login'));
    };
    if (event.event === 'ready') {
      keep(() => this.logins?.remember(this.session, event.data.info));
      // Once the state is CONNECTED, as the whatsapp-web.js driver reads its version after ready.
      queueMicrotask(() => this.#versionReady());
    } else if (event.event === 'disconnected' && unlinkingReasons.has(event.data.reason)) keep(() => this.logins?.forget(this.session));
    else if (event.event === 'state_change' && event.data.state === 'PAIRING') {
      const route = this.session === DEFAULT_SESSION ? '/api/sandbox/link' : `/api/sessions/${this.session}/sandbox/link`;
      this.logger.info(`sandbox session "${this.session}" is waiting to be linked: POST ${route}, or Link (sandbox) on the dashboard`);
    }
  }

  /** Says which version reached ready, and offers it to be remembered, with a page standing for its own. */
  #versionReady(): void {
    const version = this.#version?.version;
    if (!version || !this.#version) return;
    this.#connection.events.emit('web_version', { version, source: this.#version.source });
    this.versions
      ?.reachedReady({ version, html: `<!doctype html><title>Sandbox WhatsApp Web ${version}</title>` })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not remember the WhatsApp Web version'));
  }

  async logout(): Promise<void> {
    this.#connection.requireConnected();
    this.#connection.disconnect('LOGOUT');
  }

  activity(): string | undefined {
    const dialog = this.#connection.dialog();
    return dialog ? dialogActivity(dialog) : undefined;
  }

  dialog(): WhatsAppDialog | null {
    return this.#connection.dialog();
  }

  async answerDialog(button: string): Promise<void> {
    this.#connection.answerDialog(button);
  }

  showDialog(input: SandboxDialog): DialogShown {
    return this.#phone.showDialog(input);
  }

  state(): ConnectionState {
    return this.#connection.state();
  }

  async info(): Promise<AccountInfo> {
    this.#connection.requireConnected();
    return this.#world.account;
  }

  async chats(): Promise<ChatSummary[]> {
    this.#connection.requireConnected();
    return [...this.#world.chats.values()].map((chat) => ({ ...chat }));
  }

  async knowsChat(chatId: string): Promise<boolean> {
    this.#connection.requireConnected();
    return chatId.endsWith('@g.us') || this.#world.writtenBy.has(chatId);
  }

  async resolve(recipient: Recipient): Promise<string | null> {
    this.#connection.requireConnected();
    return isUnregisteredNumber(recipient) ? null : recipient.chatId;
  }

  async sendText(recipient: Recipient, text: string, { linkPreview, ...context }: TextOptions = {}): Promise<SentMessage> {
    return this.#deliver(recipient, {
      kind: 'text',
      body: text,
      ...(linkPreview === false && { linkPreview }),
      ...this.#world.context(context),
    });
  }

  async sendMedia(recipient: Recipient, media: Media, { caption, as, viewOnce, ...context }: MediaOptions): Promise<SentMessage> {
    const sent = await this.#deliver(recipient, {
      kind: 'media',
      body: caption ?? '',
      media: { mimetype: media.mimetype, filename: media.filename, size: media.data.byteLength },
      ...(as && { as }),
      ...(viewOnce && { viewOnce }),
      ...this.#world.context(context),
    });
    this.#world.keepFile(sent.id, media);
    return sent;
  }

  sendContent(recipient: Recipient, content: RichContent): Promise<SentMessage> {
    return this.#deliver(recipient, { kind: content.kind, body: describeContent(content), content });
  }

  async react(messageId: string, emoji: string): Promise<void> {
    this.#connection.requireConnected();
    const { sent } = this.#world.known(messageId);
    if (sent) sent.reaction = emoji;
  }

  /** A received message can be pinned too, as on WhatsApp; the outbox shows the pins of sent ones. */
  async pin(messageId: string, seconds: number): Promise<void> {
    this.#connection.requireConnected();
    const { sent } = this.#world.known(messageId);
    if (sent) sent.pinnedUntil = new Date(Date.now() + seconds * 1000);
  }

  async unpin(messageId: string): Promise<void> {
    this.#connection.requireConnected();
    const { sent } = this.#world.known(messageId);
    if (sent) delete sent.pinnedUntil;
  }

  async edit(messageId: string, text: string): Promise<void> {
    this.#connection.requireConnected();
    const { sent, actedOn } = this.#world.known(messageId);
    const refusal = editRefusal(actedOn);
    if (refusal || !sent) throw badInput(refusal ?? "Only the account's own messages can be edited");
    sent.body = text;
    sent.edited = true;
  }

  async deleteMessage(messageId: string, { everyone }: { everyone: boolean }): Promise<void> {
    this.#connection.requireConnected();
    const { sent, actedOn } = this.#world.known(messageId);
    const refusal = everyone ? revokeRefusal(actedOn) : undefined;
    if (refusal) throw badInput(refusal);
    if (sent) sent.deleted = everyone ? 'for-everyone' : 'for-me';
    else this.#world.received.delete(messageId);
  }

  async forward(messageId: string, recipient: Recipient): Promise<ForwardedMessage> {
    this.#connection.requireConnected();
    const { sent, received } = this.#world.known(messageId);
    const kind = sent?.kind ?? (received?.hasMedia ? 'media' : 'text');
    const body = sent?.body ?? (received?.hasMedia ? (received.caption ?? '') : (received?.body ?? ''));
    const copy = await this.#deliver(recipient, { kind, body, media: sent?.media, content: sent?.content, forwardedFrom: messageId });
    return { ...copy, kind };
  }

  /** The file as it was sent or received; null for a file given without its bytes, as if WhatsApp had lost it. */
  async downloadMedia(messageId: string): Promise<Media | null> {
    this.#connection.requireConnected();
    const { sent, received } = this.#world.known(messageId);
    const hasMedia = sent ? sent.kind === 'media' : received?.hasMedia === true;
    if (!hasMedia) throw notFound('That message has no media');
    const file = this.#world.files.get(messageId);
    return file ? { ...file } : null;
  }

  async chatMessages(chatId: string, limit: number): Promise<InboundMessage[]> {
    this.#connection.requireConnected();
    const chat = this.#world.chatNamed(chatId);
    const sent: InboundMessage[] = this.#world.sentLog
      .entries()
      .filter((entry) => entry.chatId === chat.id && entry.deleted === undefined)
      .map((entry) => ({
        id: entry.id,
        from: this.#world.account.wid,
        to: entry.chatId,
        body: entry.body,
        timestamp: entry.timestamp,
        fromMe: true,
        hasMedia: entry.kind === 'media',
        type: entry.kind === 'text' ? 'chat' : entry.kind === 'media' ? mediaType(entry.media!.mimetype) : entry.kind,
        isGroup: chat.isGroup,
      }));
    const received = [...this.#world.received.values()].filter((message) => message.from === chat.id);
    return [...sent, ...received].sort((a, b) => b.timestamp - a.timestamp).slice(0, limit);
  }

  async updateChat(chatId: string, change: ChatChange): Promise<void> {
    this.#connection.requireConnected();
    const chat = this.#world.chatNamed(chatId);
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

  async labels(): Promise<Label[]> {
    return this.#labels.all();
  }

  async chatLabels(chatId: string): Promise<Label[]> {
    return this.#labels.ofChat(chatId);
  }

  async setChatLabels(chatId: string, labelIds: string[]): Promise<Label[]> {
    return this.#labels.set(chatId, labelIds);
  }

  postTextStory(text: string, style: StoryStyle): Promise<SentMessage> {
    return this.#stories.postText(text, style);
  }

  postMediaStory(media: Media, caption?: string): Promise<SentMessage> {
    return this.#stories.postMedia(media, caption);
  }

  async deleteStory(storyId: string): Promise<void> {
    this.#stories.delete(storyId);
  }

  inboundStory(input: SandboxStory): InboundStory {
    return this.#stories.inbound(input);
  }

  async channels(): Promise<Channel[]> {
    return this.#channels.list();
  }

  async channel(channelId: string): Promise<Channel> {
    return { ...this.#channels.find(channelId) };
  }

  async createChannel(name: string, description?: string): Promise<Channel> {
    return this.#channels.create(name, description);
  }

  sendChannelMessage(channelId: string, message: ChannelMessage): Promise<SentMessage> {
    return this.#channels.post(channelId, message);
  }

  async followChannel(channelId: string): Promise<void> {
    this.#channels.follow(channelId);
  }

  async unfollowChannel(channelId: string): Promise<void> {
    this.#channels.unfollow(channelId);
  }

  async checkNumber(recipient: Recipient): Promise<NumberCheck> {
    this.#connection.requireConnected();
    if (isLid(recipient.chatId)) {
      const phone = this.#world.lids.get(recipient.chatId);
      return phone ? { exists: true, chatId: phone, lid: recipient.chatId } : { exists: false, chatId: null, lid: null };
    }
    if (isUnregisteredNumber(recipient)) return { exists: false, chatId: null, lid: null };
    return { exists: true, chatId: recipient.chatId, lid: this.#world.lidOf(recipient) };
  }

  async phoneOfLid(lid: string): Promise<string | null> {
    this.#connection.requireConnected();
    return this.#world.lids.get(lid) ?? null;
  }

  async contact(contactId: string): Promise<ContactInfo> {
    this.#connection.requireConnected();
    const given = recipientIn(contactId, 'id');
    const phone = isLid(given.chatId) ? this.#world.lids.get(given.chatId) : given.chatId;
    const recipient = phone === undefined ? undefined : recipientIn(phone, 'id');
    if (!recipient || recipient.isGroup || isUnregisteredNumber(recipient)) throw notFound('Contact not found');
    return {
      id: recipient.chatId,
      phone: recipient.to,
      lid: this.#world.lidOf(recipient),
      name: null,
      pushname: `Sandbox ${recipient.to.slice(-4)}`,
      isBusiness: false,
      isBlocked: this.#world.blocked.has(recipient.chatId),
      about: 'Hey there! I am using WhatsApp.',
      profilePicUrl: null,
    };
  }

  async setBlocked(contactId: string, blocked: boolean): Promise<void> {
    const { id } = await this.contact(contactId);
    if (blocked) this.#world.blocked.add(id);
    else this.#world.blocked.delete(id);
  }

  async createGroup(subject: string, participants: string[]): Promise<GroupCreated> {
    this.#connection.requireConnected();
    const { wid } = this.#world.account;
    const group = new SandboxGroup(subject, wid, (chatId) => !isUnregisteredNumber(recipientIn(chatId, 'participant')));
    this.#world.groups.set(group.id, group);
    this.#world.chat({ chatId: group.id, to: group.id, isGroup: true }).name = subject;
    return { id: group.id, subject, participants: participants.map((participant) => group.add(participant)) };
  }

  async groups(): Promise<GroupSummary[]> {
    this.#connection.requireConnected();
    const { wid } = this.#world.account;
    return [...this.#world.groups.values()].filter((group) => group.has(wid)).map((group) => group.summary());
  }

  async group(groupId: string): Promise<GroupInfo> {
    return this.#group(groupId).info();
  }

  async updateGroup(groupId: string, details: GroupDetails): Promise<void> {
    const group = this.#group(groupId);
    group.update(this.#world.account.wid, details);
    this.#world.chatNamed(group.id).name = group.subject;
  }

  async changeParticipants(groupId: string, changes: ParticipantChanges): Promise<ParticipantResult[]> {
    return this.#group(groupId).changeParticipants(this.#world.account.wid, changes);
  }

  async groupInvite(groupId: string, options: { revoke: boolean }): Promise<GroupInvite> {
    return this.#group(groupId).invite(this.#world.account.wid, options);
  }

  async leaveGroup(groupId: string): Promise<void> {
    this.#group(groupId).left([this.#world.account.wid]);
  }

  async requestPairingCode(phone: string): Promise<string> {
    return this.#connection.requestPairingCode(phone);
  }

  // The controls: what a phone or WhatsApp would do, on demand.

  link(): ConnectionState {
    return this.#phone.link();
  }

  inbound(input: SandboxInbound): InboundMessage {
    return this.#phone.inbound(input);
  }

  inboundReaction(input: SandboxReaction): MessageReaction {
    return this.#phone.inboundReaction(input);
  }

  inboundEdit(input: SandboxEdit): MessageEdit {
    return this.#phone.inboundEdit(input);
  }

  inboundRevoke(input: SandboxRevoke): MessageRevoke {
    return this.#phone.inboundRevoke(input);
  }

  inboundVote(input: SandboxVote): PollVote {
    return this.#phone.inboundVote(input);
  }

  inboundPending(input: SandboxPending): PendingMessage {
    return this.#phone.inboundPending(input);
  }

  inboundCall(input: SandboxCall): IncomingCall {
    return this.#phone.inboundCall(input);
  }

  async rejectCall(callId: string): Promise<void> {
    this.#connection.requireConnected();
    if (!this.#world.ringing.delete(callId)) throw notFound('Call not found: it is over, or was never made');
  }

  groupChange(input: SandboxGroupChange): SandboxGroupEvent {
    return this.#phone.groupChange(input);
  }

  disconnect(reason: DisconnectReason): ConnectionState {
    return this.#phone.disconnect(reason);
  }

  limit(until: Date | null): LimitRefusal {
    return this.#phone.limit(until);
  }

  lift(): void {
    this.#phone.lift();
  }

  ack(id: string, ack: Ack): DeliveredMessage {
    return this.#phone.ack(id, ack);
  }

  delivered(): readonly DeliveredMessage[] {
    return this.#phone.delivered();
  }

  #group(groupId: string): SandboxGroup {
    this.#connection.requireConnected();
    return this.#world.groupNamed(groupId);
  }

  async #deliver(
    recipient: Recipient,
    content: Pick<
      DeliveredMessage,
      'kind' | 'body' | 'media' | 'content' | 'forwardedFrom' | 'replyTo' | 'mentions' | 'as' | 'viewOnce' | 'linkPreview'
    >,
  ): Promise<SentMessage> {
    this.#connection.requireConnected();
    if (isUnregisteredNumber(recipient)) throw badInput(`${recipient.to} is not on WhatsApp`);
    const dropsBefore = this.#connection.drops();
    if (this.options.latencyMs > 0) await sleep(this.options.latencyMs);
    // A disconnect during the wait plays the real driver's worst case: WhatsApp took the message, and the
    // connection dropped before the send could say so; a relink before the wait ends does not undo that.
    const dropped = this.#connection.drops() !== dropsBefore || this.#connection.state() !== 'CONNECTED';
    const id = `true_${recipient.chatId}_${messageKey()}_out`;
    const refused = this.#world.limitFor(recipient);
    if (refused) {
      // As WhatsApp Web does: the message is taken, then fails with its ack; it never reaches the outbox.
      this.#connection.timers.after(0, () =>
        this.#connection.events.emit('message_ack', { id, chatId: recipient.chatId, ack: -1, status: 'failed', refused }),
      );
      return { id, timestamp: unixNow() };
    }
    const entry: DeliveredMessage = {
      id,
      session: this.session,
      chatId: recipient.chatId,
      to: recipient.to,
      timestamp: unixNow(),
      ack: 0,
      ...content,
    };
    await this.#world.sentLog.append(entry);
    if (!recipient.isGroup && !isLid(recipient.chatId)) this.#world.lidOf(recipient);
    if (dropped) throw sendMayHaveLeft();
    this.#world.chat(recipient).unreadCount = 0;
    // Acks arrive after the send has returned, as WhatsApp's do, so the caller can record the message first.
    const { timers } = this.#connection;
    timers.after(0, () => this.ack(entry.id, 1));
    timers.after(this.options.ackDelayMs, () => {
      if (entry.ack < 2) this.ack(entry.id, 2);
    });
    return { id: entry.id, timestamp: entry.timestamp };
  }
}
