import { Timers, withDeadline } from '../../timers.js';
import { badInput, clientNotReady, GatewayError, notFound, sendMayHaveLeft, upstreamFailed } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { maskChatIds, type Recipient } from '../../domain/phone-number.js';
import type { ChatSummary, Media, MediaOptions, SentMessage, WhatsAppDriver } from '../driver.js';
import { type DriverEvent, type InboundMessage } from '../../domain/driver-events.js';
import { DriverEventEmitter } from '../driver-event-emitter.js';
import type { BrowserProfile } from './browser-profile.js';
import { NumberResolver } from './number-resolver.js';
import { RestartBackoff, type BackoffOptions } from './restart-backoff.js';
import type {
  WwebjsChatHandle,
  WwebjsContact,
  WwebjsClient,
  WwebjsGroupHandle,
  WwebjsGroupNotification,
  WwebjsClientFactory,
  WwebjsMedia,
  WwebjsMessage,
  WwebjsMessageHandle,
  WwebjsObject,
  WwebjsPollVote,
  WwebjsReaction,
  WwebjsSendOptions,
} from './wwebjs-client.js';
import type { MediaPresentation, MessageContext, RichContent } from '../../domain/message-content.js';
import { editRefusal, revokeRefusal } from '../../domain/message-actions.js';
import type { ChatChange } from '../../domain/chat-changes.js';
import type { ContactInfo, NumberCheck } from '../../domain/contacts.js';
import {
  inviteOf,
  notAParticipant,
  participantActions,
  participantResult,
  participantsRefusal,
  type GroupCreated,
  type GroupDetails,
  type GroupInfo,
  type GroupInvite,
  type GroupSummary,
  type ParticipantAction,
  type ParticipantChanges,
  type ParticipantResult,
} from '../../domain/groups.js';

/** The whatsapp-web.js call that makes a change to a chat. */
function chatCall(chat: WwebjsChatHandle, change: ChatChange): Promise<unknown> {
  switch (change.kind) {
    case 'seen':
      return chat.sendSeen();
    case 'presence':
      return change.state === 'typing'
        ? chat.sendStateTyping()
        : change.state === 'recording'
          ? chat.sendStateRecording()
          : chat.clearState();
    case 'archive':
      return change.on ? chat.archive() : chat.unarchive();
    case 'pin':
      return change.on ? chat.pin() : chat.unpin();
    case 'mute':
      return change.on ? chat.mute(change.until) : chat.unmute();
  }
}

/** How whatsapp-web.js is told to show a file other than as itself. */
const presentationOptions: Record<MediaPresentation, WwebjsSendOptions> = {
  voice: { sendAudioAsVoice: true },
  sticker: { sendMediaAsSticker: true },
  document: { sendMediaAsDocument: true },
};

/** Whatever sendMessage sends: a text, a file, or a location, poll or contact card. */
type WwebjsContent = string | WwebjsMedia | WwebjsObject;
import {
  isConnectionState,
  isGroupChat,
  isNoLidError,
  toAccountInfo,
  toChatSummary,
  toDisconnectReason,
  toGroupInfo,
  toGroupNotice,
  toInboundMessage,
  toMessageEdit,
  toMessageReaction,
  toMessageRevoke,
  toPollVote,
} from './wwebjs-mapping.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import { ackStatuses, type Ack } from '../../domain/acks.js';
import { terminalReasons, type DisconnectReason } from '../../domain/disconnect-reasons.js';
import type { AccountInfo } from '../../domain/driver-events.js';

export interface WwebjsDriverOptions {
  /** initialize() loads WhatsApp Web with no timeout of its own; past this, the attempt is abandoned. */
  initTimeoutMs: number;
  /** After `authenticated`, `ready` must follow within this, or the client is restarted. */
  readyTimeoutMs: number;
  /** How often a running client is asked its state (the liveness probe). */
  livenessIntervalMs: number;
  /** A probe that has not answered after this long counts as failed. */
  livenessTimeoutMs: number;
  /** How long destroy() may take before the browser is killed instead. */
  destroyTimeoutMs: number;
  restart: BackoffOptions;
  /**
   * WhatsApp Web open on another device: `takeover` takes the session back (and reconnects if dropped),
   * `yield` leaves it there until the session is started again.
   */
  onConflict: 'takeover' | 'yield';
}

export interface WwebjsDriverDeps {
  clients: WwebjsClientFactory;
  profile: Pick<BrowserProfile, 'prepare' | 'clear' | 'endBrowsers'>;
  logger: Logger;
  /** Shows each QR code to a person (the terminal); the `qr` event carries it to everyone else. */
  showQr?: (qr: string) => void;
  random?: () => number;
}

/** Reasons after which restarting cannot help: WhatsApp itself refuses this number or this network. */

const isAck = (value: unknown): value is Ack => typeof value === 'number' && value in ackStatuses;

/**
 * The real driver: whatsapp-web.js on the system Chromium, kept alive. Each client instance is one
 * "generation"; anything that ends it (a failed or too-slow start, the browser or page going away, a failed
 * liveness probe, WhatsApp disconnecting, a missed ready deadline) destroys it and starts the next
 * generation after a backoff delay, without an attempt limit. Events from an older generation are ignored,
 * so a dying client can never move the state of its successor. LOGOUT clears the profile once the browser
 * has exited and opens a fresh QR at once; TOS_BLOCK and PROXYBLOCK stop for good.
 */
export class WwebjsDriver implements WhatsAppDriver {
  readonly #events: DriverEventEmitter;
  readonly #backoff: RestartBackoff;
  /** Set while a restart waits out its backoff: which attempt comes next, when, and what ended the last one. */
  #waiting: { attempt: number; at: number; cause: string } | undefined;
  /** Set once the session was left to another device (WWEBJS_ON_CONFLICT=yield); only a new start clears it. */
  #yielded = false;
  readonly #numbers: NumberResolver;
  readonly #timers = new Timers();
  readonly #log: Logger;
  #state: ConnectionState = 'UNLAUNCHED';
  #running = false;
  #generation = 0;
  #client: WwebjsClient | undefined;
  #info: AccountInfo | undefined;
  /** The previous generation's teardown; the next launch waits for it, so two browsers never share the profile. */
  #teardown: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: WwebjsDriverOptions,
    private readonly deps: WwebjsDriverDeps,
  ) {
    this.#log = deps.logger;
    this.#events = new DriverEventEmitter((error) => this.#log.error({ err: error }, 'driver event listener failed'));
    this.#backoff = new RestartBackoff(options.restart, deps.random);
    this.#numbers = new NumberResolver(async (number) => {
      const id = await this.#connectedClient().getNumberId(number);
      return id?._serialized ?? null;
    });
  }

  subscribe(listener: (event: DriverEvent) => void): () => void {
    return this.#events.subscribe(listener);
  }

  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#yielded = false;
    void this.#launch();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#generation += 1;
    this.#timers.clearAll();
    this.#waiting = undefined;
    const client = this.#client;
    this.#client = undefined;
    this.#info = undefined;
    await this.#teardown;
    await this.#destroy(client);
    this.#numbers.clear();
    this.#state = 'UNLAUNCHED';
  }

  async logout(): Promise<void> {
    const client = this.#connectedClient();
    const generation = this.#generation;
    try {
      await withDeadline(client.logout(), this.options.destroyTimeoutMs, 'logout');
    } catch (error) {
      // The login is dropped locally either way: the profile is cleared below.
      this.#log.warn({ err: error }, 'WhatsApp did not confirm the logout; clearing the session anyway');
    }
    this.#restart(generation, 'LOGOUT', 'logged out through the API');
    await this.#teardown;
  }

  activity(): string | undefined {
    if (this.#yielded)
      return `WhatsApp is open on another device and was left there (WWEBJS_ON_CONFLICT=yield); restart the gateway to take it back`;
    if (!this.#waiting) return undefined;
    const { attempt, at, cause } = this.#waiting;
    return `reconnecting (attempt ${attempt}, next try in ${Math.max(0, Math.ceil((at - Date.now()) / 1000))} s): ${cause}`;
  }

  state(): ConnectionState {
    return this.#state;
  }

  async info(): Promise<AccountInfo> {
    this.#connectedClient();
    return this.#info!;
  }

  async chats(): Promise<ChatSummary[]> {
    const chats = await this.#call(() => this.#connectedClient().getChats(), 'list the chats');
    return chats.map(toChatSummary);
  }

  resolve(recipient: Recipient): Promise<string | null> {
    return this.#call(() => this.#numbers.resolve(recipient), 'look up the number');
  }

  async sendText(recipient: Recipient, text: string, context: MessageContext = {}): Promise<SentMessage> {
    return this.#send(recipient, text, await this.#contextOptions(context));
  }

  async sendMedia(recipient: Recipient, media: Media, { caption, as, ...context }: MediaOptions): Promise<SentMessage> {
    return this.#send(recipient, this.deps.clients.createMedia(media), {
      ...(caption !== undefined && { caption }),
      ...(as && presentationOptions[as]),
      ...(await this.#contextOptions(context)),
    });
  }

  sendContent(recipient: Recipient, content: RichContent): Promise<SentMessage> {
    const outbound = this.deps.clients.createContent(content);
    return this.#send(recipient, outbound.content, outbound.options);
  }

  async react(messageId: string, emoji: string): Promise<void> {
    const message = await this.#message(messageId);
    await this.#call(() => message.react(emoji), 'react to the message');
  }

  async edit(messageId: string, text: string): Promise<void> {
    const message = await this.#message(messageId);
    const refusal = editRefusal(message);
    if (refusal) throw badInput(refusal);
    if ((await this.#call(() => message.edit(text), 'edit the message')) === null) throw badInput('WhatsApp refused the edit');
  }

  async deleteMessage(messageId: string, { everyone }: { everyone: boolean }): Promise<void> {
    const message = await this.#message(messageId);
    const refusal = everyone ? revokeRefusal(message) : undefined;
    if (refusal) throw badInput(refusal);
    await this.#call(() => message.delete(everyone), 'delete the message');
  }

  async forward(messageId: string, recipient: Recipient): Promise<void> {
    const message = await this.#message(messageId);
    const chatId = recipient.isGroup ? recipient.chatId : await this.#chatIdOf(recipient, false);
    await this.#call(() => message.forward(chatId), 'forward the message');
  }

  async downloadMedia(messageId: string): Promise<Media | null> {
    const message = await this.#message(messageId);
    if (!message.hasMedia) throw notFound('That message has no media');
    const media = await this.#call(() => message.downloadMedia(), 'download the media');
    if (!media) return null;
    return {
      data: Buffer.from(media.data, 'base64'),
      mimetype: media.mimetype,
      ...((media.filename ?? message._data?.filename) && { filename: (media.filename ?? message._data?.filename)! }),
    };
  }

  async chatMessages(chatId: string, limit: number): Promise<InboundMessage[]> {
    const chat = await this.#chatNamed(chatId);
    const messages = await this.#call(() => chat.fetchMessages({ limit }), 'read the chat');
    return messages.map(toInboundMessage).sort((a, b) => b.timestamp - a.timestamp);
  }

  async updateChat(chatId: string, change: ChatChange): Promise<void> {
    const chat = await this.#chatNamed(chatId);
    await this.#call(() => chatCall(chat, change), 'change the chat');
  }

  async checkNumber(recipient: Recipient): Promise<NumberCheck> {
    const chatId = await this.#call(() => this.#numbers.resolve(recipient), 'look up the number');
    if (chatId === null) return { exists: false, chatId: null, lid: null };
    return { exists: true, chatId, lid: chatId.endsWith('@lid') ? chatId : (await this.#lidAndPhone(chatId)).lid };
  }

  async phoneOfLid(lid: string): Promise<string | null> {
    this.#connectedClient();
    const { phone } = await this.#lidAndPhone(lid);
    return phone === null ? null : `${phone}@c.us`;
  }

  async contact(contactId: string): Promise<ContactInfo> {
    const contact = await this.#contact(contactId);
    const id = contact.id._serialized;
    const known = await this.#lidAndPhone(id);
    const [about, profilePicUrl] = await Promise.all([
      contact.getAbout().catch(() => null),
      contact.getProfilePicUrl().catch(() => undefined),
    ]);
    return {
      id,
      phone: id.endsWith('@c.us') ? (contact.number ?? id.split('@')[0]!) : known.phone,
      lid: id.endsWith('@lid') ? id : known.lid,
      name: contact.name ?? null,
      pushname: contact.pushname ?? null,
      isBusiness: contact.isBusiness,
      isBlocked: contact.isBlocked,
      about: about ?? null,
      profilePicUrl: profilePicUrl ?? null,
    };
  }

  async setBlocked(contactId: string, blocked: boolean): Promise<void> {
    const contact = await this.#contact(contactId);
    await this.#call(() => (blocked ? contact.block() : contact.unblock()), blocked ? 'block the contact' : 'unblock the contact');
  }

  async createGroup(subject: string, participants: string[]): Promise<GroupCreated> {
    const created = await this.#call(() => this.#connectedClient().createGroup(subject, participants), 'create the group');
    if (typeof created === 'string') throw badInput(`WhatsApp refused to create the group: ${created.replace(/^\w+Error: /, '')}`);
    return {
      id: created.gid._serialized,
      subject: created.title ?? subject,
      participants: participants.map((participant) => {
        const result = created.participants[participant];
        // Someone not on WhatsApp is left out of the answer rather than reported.
        return result
          ? participantResult(participant, 'add', result.statusCode, { invited: result.isInviteV4Sent })
          : participantResult(participant, 'add', 404);
      }),
    };
  }

  async groups(): Promise<GroupSummary[]> {
    const chats = await this.#call(() => this.#connectedClient().getChats(), 'list the chats');
    return chats
      .filter(isGroupChat)
      .filter((group) => group.isReadOnly !== true)
      .map((group) => ({ id: group.id._serialized, subject: group.name ?? '', participantCount: group.participants.length }));
  }

  async group(groupId: string): Promise<GroupInfo> {
    return toGroupInfo(await this.#groupNamed(groupId));
  }

  async updateGroup(groupId: string, { subject, description }: GroupDetails): Promise<void> {
    const group = await this.#groupNamed(groupId);
    const refused = 'WhatsApp refused to change the group: only its admins may, and the account is not one';
    if (subject !== undefined && !(await this.#call(() => group.setSubject(subject), 'change the subject'))) throw badInput(refused);
    if (description !== undefined && !(await this.#call(() => group.setDescription(description), 'change the description')))
      throw badInput(refused);
  }

  async changeParticipants(groupId: string, changes: ParticipantChanges): Promise<ParticipantResult[]> {
    const group = await this.#groupNamed(groupId);
    const refusal = participantsRefusal(toGroupInfo(group), await this.#accountIds());
    if (refusal) throw badInput(refusal);
    const results: ParticipantResult[] = [];
    for (const action of participantActions) {
      const ids = changes[action] ?? [];
      if (ids.length > 0)
        results.push(...(await (action === 'add' ? this.#addParticipants(group, ids) : this.#changeMembers(group, action, ids))));
    }
    return results;
  }

  async groupInvite(groupId: string, { revoke }: { revoke: boolean }): Promise<GroupInvite> {
    const group = await this.#groupNamed(groupId);
    if (revoke) await this.#call(() => group.revokeInvite(), 'reset the invite link');
    const code = await this.#call(() => group.getInviteCode(), 'read the invite link');
    if (!code) throw badInput('WhatsApp refused the invite link: only admins of the group may share it, and the account is not one');
    return inviteOf(code);
  }

  async leaveGroup(groupId: string): Promise<void> {
    const group = await this.#groupNamed(groupId);
    await this.#call(() => group.leave(), 'leave the group');
  }

  async #addParticipants(group: WwebjsGroupHandle, ids: string[]): Promise<ParticipantResult[]> {
    const added = await this.#call(() => group.addParticipants(ids), 'add to the group');
    if (typeof added === 'string') throw badInput(added.replace(/^\w+Error: /, ''));
    return ids.map((id) => {
      const result = added[id];
      return result ? participantResult(id, 'add', result.code, { invited: result.isInviteV4Sent }) : participantResult(id, 'add', 404);
    });
  }

  /**
   * whatsapp-web.js passes over anyone not in the group without a word, so they are found here first: a
   * group that lists its members by LID is matched through the LID of each number.
   */
  async #changeMembers(group: WwebjsGroupHandle, action: Exclude<ParticipantAction, 'add'>, ids: string[]): Promise<ParticipantResult[]> {
    const members = new Set(group.participants.map((participant) => participant.id._serialized));
    const inGroup: string[] = [];
    const results = new Map<string, ParticipantResult>();
    for (const id of ids) {
      if (members.has(id) || members.has((await this.#lidAndPhone(id)).lid ?? '')) inGroup.push(id);
      else results.set(id, notAParticipant(id, action));
    }
    if (inGroup.length > 0) {
      const call = { remove: group.removeParticipants, promote: group.promoteParticipants, demote: group.demoteParticipants }[action];
      await this.#call(() => call.call(group, inGroup), `${action} members of the group`);
      for (const id of inGroup) results.set(id, participantResult(id, action, 200));
    }
    return ids.map((id) => results.get(id)!);
  }

  /** The ids the account goes by in groups: its number, and its LID where it has one. */
  async #accountIds(): Promise<string[]> {
    const wid = (await this.info()).wid;
    const { lid } = await this.#lidAndPhone(wid);
    return lid ? [wid, lid] : [wid];
  }

  /** The group WhatsApp has by this id, with the account still in it; NOT_FOUND otherwise. */
  async #groupNamed(groupId: string): Promise<WwebjsGroupHandle> {
    const chat = await this.#chatNamed(groupId, 'Group not found');
    if (!isGroupChat(chat) || chat.isReadOnly === true) throw notFound('Group not found');
    return chat;
  }

  #contact(contactId: string): Promise<WwebjsContact> {
    return this.#lookUp((client) => client.getContactById(contactId), 'Contact not found');
  }

  /**
   * What whatsapp-web.js finds; NOT_FOUND with `missing` when it finds nothing, which it says by failing
   * inside the page (or, for a chat, by answering nothing). A failure on a client that has meanwhile gone
   * away is "not ready".
   */
  async #lookUp<T>(find: (client: WwebjsClient) => Promise<T | undefined>, missing: string): Promise<T> {
    const client = this.#connectedClient();
    let found: T | undefined;
    try {
      found = await find(client);
    } catch (error) {
      if (this.#state !== 'CONNECTED') throw clientNotReady();
      this.#log.debug({ reason: maskChatIds(firstLine(error)) }, `lookup failed: ${missing}`);
    }
    if (found === undefined) throw notFound(missing);
    return found;
  }

  /** The LID and phone WhatsApp pairs with an id, where it says; nulls where it does not. */
  async #lidAndPhone(id: string): Promise<{ lid: string | null; phone: string | null }> {
    try {
      const [pair] = await this.#connectedClient().getContactLidAndPhone([id]);
      return { lid: pair?.lid || null, phone: pair?.pn ? pair.pn.split('@')[0]! : null };
    } catch {
      return { lid: null, phone: null };
    }
  }

  /** The chat WhatsApp has by this id; NOT_FOUND when it has none. */
  #chatNamed(chatId: string, missing = 'Chat not found'): Promise<WwebjsChatHandle> {
    return this.#lookUp((client) => client.getChatById(chatId), missing);
  }

  /** whatsapp-web.js's options for a reply (the quoted message must exist: NOT_FOUND otherwise) and mentions. */
  async #contextOptions({ replyTo, mentions }: MessageContext): Promise<WwebjsSendOptions> {
    if (replyTo !== undefined) await this.#message(replyTo);
    return { ...(replyTo !== undefined && { quotedMessageId: replyTo }), ...(mentions?.length && { mentions }) };
  }

  /** The message WhatsApp knows by this id; NOT_FOUND when it knows none (or the id is malformed). */
  async #message(messageId: string): Promise<WwebjsMessageHandle> {
    const client = this.#connectedClient();
    let message: WwebjsMessageHandle | null;
    try {
      message = await client.getMessageById(messageId);
    } catch (error) {
      if (/Invalid serialized message id/.test(firstLine(error))) throw notFound('Message not found');
      throw this.#failure(error, 'WhatsApp could not look up the message');
    }
    if (!message) throw notFound('Message not found');
    return message;
  }

  /**
   * Sends to the id getNumberId gave. "No LID for user" means that id is stale for a LID-migrated account:
   * resolve again, bypassing the cache, and try once more.
   */
  async #send(recipient: Recipient, content: WwebjsContent, options: WwebjsSendOptions): Promise<SentMessage> {
    const chatId = await this.#chatIdOf(recipient, false);
    try {
      return await this.#sendTo(chatId, content, options);
    } catch (error) {
      if (recipient.isGroup || !isNoLidError(error)) throw this.#failure(error, 'WhatsApp refused the message');
      this.#log.info({ to: recipient.chatId }, 'No LID for user: resolving the number again and retrying once');
      const fresh = await this.#chatIdOf(recipient, true);
      try {
        return await this.#sendTo(fresh, content, options);
      } catch (retryError) {
        throw this.#failure(retryError, 'WhatsApp refused the message');
      }
    }
  }

  async #chatIdOf(recipient: Recipient, fresh: boolean): Promise<string> {
    const chatId = await this.#call(() => this.#numbers.resolve(recipient, { fresh }), 'look up the number');
    if (chatId === null) throw badInput(`${recipient.to} is not on WhatsApp`);
    return chatId;
  }

  async #sendTo(chatId: string, content: WwebjsContent, options: WwebjsSendOptions): Promise<SentMessage> {
    const client = this.#connectedClient();
    let message: WwebjsMessage;
    try {
      message = await client.sendMessage(chatId, content, options);
    } catch (error) {
      // Once sendMessage has begun, a connection that drops (or a call that times out) may come after
      // WhatsApp took the message: saying "not ready" would get it sent again.
      if (!isNoLidError(error) && (this.#state !== 'CONNECTED' || isTimeout(error))) throw sendMayHaveLeft(error);
      throw error;
    }
    return { id: message.id._serialized, timestamp: message.timestamp };
  }

  async #call<T>(task: () => Promise<T>, what: string): Promise<T> {
    try {
      return await task();
    } catch (error) {
      throw this.#failure(error, `WhatsApp could not ${what}`);
    }
  }

  /** A failed call on a client that has meanwhile gone away is "not ready", not WhatsApp refusing. */
  #failure(error: unknown, summary: string): GatewayError {
    if (error instanceof GatewayError) return error;
    if (this.#state !== 'CONNECTED') return clientNotReady();
    return upstreamFailed(`${summary}: ${maskChatIds(firstLine(error))}`, error);
  }

  async requestPairingCode(phone: string): Promise<string> {
    const client = this.#client;
    if (this.#state !== 'PAIRING' || !client)
      throw badInput(`A pairing code is given only while the session is pairing; it is ${this.#state}`);
    const code = await withDeadline(client.requestPairingCode(phone, true), this.options.readyTimeoutMs, 'requestPairingCode');
    this.#events.emit('pairing_code', { code, phone });
    return code;
  }

  #connectedClient(): WwebjsClient {
    if (this.#state !== 'CONNECTED' || !this.#client) throw clientNotReady();
    return this.#client;
  }

  async #launch(): Promise<void> {
    await this.#teardown;
    if (!this.#running) return;
    const generation = ++this.#generation;
    this.#waiting = undefined;
    this.#setState('OPENING');
    try {
      const { ended } = await this.deps.profile.prepare();
      if (ended.length > 0) this.#log.warn({ pids: ended }, 'ended Chromium processes left on this session profile by an earlier run');
    } catch (error) {
      this.#log.warn({ err: error }, 'could not tidy the session profile before launch');
    }
    if (!this.#isCurrent(generation)) return;
    let client: WwebjsClient;
    try {
      client = this.deps.clients.createClient();
    } catch (error) {
      this.#restart(generation, 'NAVIGATION', `could not create the WhatsApp client: ${firstLine(error)}`);
      return;
    }
    this.#client = client;
    this.#listen(client, generation);
    const deadline = this.#timers.after(this.options.initTimeoutMs, () =>
      this.#restart(generation, 'TIMEOUT', `WhatsApp Web did not load within ${this.options.initTimeoutMs} ms`),
    );
    let failure: { error: unknown } | undefined;
    try {
      await client.initialize();
    } catch (error) {
      failure = { error };
    }
    if (!this.#isCurrent(generation)) {
      // Abandoned at its deadline or by stop(): a browser it brought up late is closed here. No sweep by
      // marker, which would also hit the next generation's browser.
      await this.#destroy(client, { sweep: false });
      return;
    }
    this.#timers.cancel(deadline);
    if (failure) {
      this.#restart(generation, 'NAVIGATION', `could not open WhatsApp Web: ${firstLine(failure.error)}`);
      return;
    }
    this.#watchBrowser(client, generation);
    this.#probeLiveness(client, generation);
  }

  #listen(client: WwebjsClient, generation: number): void {
    const current = () => this.#isCurrent(generation);
    client.on('qr', (qr: string) => {
      if (!current()) return;
      this.#setState('PAIRING');
      this.#events.emit('qr', { qr });
      this.deps.showQr?.(qr);
    });
    let readyDeadline: NodeJS.Timeout | undefined;
    client.on('authenticated', () => {
      if (!current()) return;
      this.#events.emit('authenticated', {});
      readyDeadline ??= this.#timers.after(this.options.readyTimeoutMs, () =>
        this.#restart(generation, 'TIMEOUT', `authenticated, but not ready within ${this.options.readyTimeoutMs} ms`),
      );
    });
    client.on('ready', () => {
      if (!current()) return;
      if (!client.info) {
        this.#restart(generation, 'NAVIGATION', 'ready without account information');
        return;
      }
      this.#info = toAccountInfo(client.info);
      this.#backoff.reset();
      this.#events.emit('ready', { info: this.#info });
      this.#setState('CONNECTED');
      this.#timers.cancel(readyDeadline);
    });
    client.on('change_state', (state: unknown) => {
      if (!current()) return;
      if (state === 'CONFLICT' && this.options.onConflict === 'yield') {
        this.#restart(generation, 'CONFLICT', 'WhatsApp Web was opened on another device', 'CONFLICT');
      } else if (isConnectionState(state)) this.#setState(state);
      else this.#log.warn({ state }, 'WhatsApp reported an unknown connection state');
    });
    client.on('disconnected', (raw: unknown) => {
      if (!current()) return;
      const reason = toDisconnectReason(raw);
      this.#restart(generation, reason, `WhatsApp disconnected (${String(raw)})`, isConnectionState(raw) ? raw : undefined);
    });
    client.on('message', (message: WwebjsMessage) => {
      if (current()) this.#events.emit('message', toInboundMessage(message));
    });
    client.on('message_ack', (message: WwebjsMessage, ack: unknown) => {
      if (!current() || !isAck(ack)) return;
      this.#events.emit('message_ack', { id: message.id._serialized, chatId: message.to, ack, status: ackStatuses[ack] });
    });
    client.on('message_reaction', (reaction: WwebjsReaction) => {
      if (current()) this.#events.emit('message_reaction', toMessageReaction(reaction));
    });
    client.on('message_edit', (message: WwebjsMessage, body: unknown, previousBody: unknown) => {
      if (current()) this.#events.emit('message_edit', toMessageEdit(message, body, previousBody));
    });
    client.on('message_revoke_everyone', (message: WwebjsMessage, revoked?: WwebjsMessage | null) => {
      if (current()) this.#events.emit('message_revoke', toMessageRevoke(message, revoked));
    });
    client.on('vote_update', (vote: WwebjsPollVote) => {
      if (current()) this.#events.emit('poll_vote', toPollVote(vote));
    });
    const groupEvents = {
      group_join: 'group_join',
      group_leave: 'group_leave',
      group_update: 'group_update',
      group_admin_changed: 'group_update',
    } as const;
    for (const [raw, event] of Object.entries(groupEvents)) {
      client.on(raw, (notification: WwebjsGroupNotification) => {
        if (current()) this.#events.emit(event, toGroupNotice(notification));
      });
    }
  }

  #watchBrowser(client: WwebjsClient, generation: number): void {
    client.pupBrowser?.on('disconnected', () => this.#restart(generation, 'BROWSER_CLOSED', 'Chromium exited'));
    client.pupPage?.on('close', () => this.#restart(generation, 'BROWSER_CLOSED', 'the WhatsApp Web page closed'));
    client.pupPage?.on('error', () => this.#restart(generation, 'BROWSER_CLOSED', 'the WhatsApp Web page crashed'));
  }

  #probeLiveness(client: WwebjsClient, generation: number): void {
    let probing = false;
    this.#timers.every(this.options.livenessIntervalMs, async () => {
      if (probing || !this.#isCurrent(generation)) return;
      probing = true;
      try {
        await withDeadline(client.getState(), this.options.livenessTimeoutMs, 'getState()');
      } catch (error) {
        this.#restart(generation, 'TIMEOUT', `liveness probe failed: ${firstLine(error)}`);
      } finally {
        probing = false;
      }
    });
  }

  /**
   * Ends `generation` (once: later triggers from it are ignored) and schedules the next one. `state` is the
   * WhatsApp state that caused it, when there is one, for a terminal stop to report as it is.
   */
  #restart(generation: number, reason: DisconnectReason, cause: string, state?: ConnectionState): void {
    if (!this.#isCurrent(generation)) return;
    this.#generation += 1;
    this.#timers.clearAll();
    const client = this.#client;
    this.#client = undefined;
    this.#info = undefined;
    this.#numbers.clear();
    const terminal = terminalReasons.has(reason);
    const yielded = reason === 'CONFLICT' && this.options.onConflict === 'yield';
    this.#events.emit('disconnected', { reason });
    this.#setState(terminal || yielded ? (state ?? (reason as ConnectionState)) : 'UNLAUNCHED');
    this.#teardown = this.#teardown.then(async () => {
      await this.#destroy(client);
      if (reason === 'LOGOUT') await this.#clearProfile();
    });
    if (terminal) {
      this.#log.error(
        { reason, cause },
        `WhatsApp blocked this session (${reason}); not restarting. Resolve it with WhatsApp, then restart the gateway`,
      );
      return;
    }
    if (yielded) {
      this.#yielded = true;
      this.#log.warn({ reason, cause }, 'WhatsApp Web is open on another device; leaving it there (WWEBJS_ON_CONFLICT=yield)');
      return;
    }
    if (reason === 'LOGOUT') {
      this.#log.warn({ reason, cause }, 'WhatsApp session logged out; clearing it and showing a new QR code');
      this.#timers.after(0, () => void this.#launch());
      return;
    }
    const delayMs = this.#backoff.next();
    this.#log.warn(
      { reason, cause, attempt: this.#backoff.attempt, delayMs },
      `WhatsApp client restarting in ${(delayMs / 1000).toFixed(1)} s (attempt ${this.#backoff.attempt}): ${cause}`,
    );
    this.#waiting = { attempt: this.#backoff.attempt, at: Date.now() + delayMs, cause };
    this.#timers.after(delayMs, () => void this.#launch());
  }

  /**
   * destroy() closes Chromium; then (with `sweep`) whatever still carries the profile's marker is killed,
   * which also covers a destroy() that failed or hung.
   */
  async #destroy(client: WwebjsClient | undefined, { sweep = true } = {}): Promise<void> {
    if (client) {
      client.removeAllListeners();
      try {
        await withDeadline(client.destroy(), this.options.destroyTimeoutMs, 'destroy()');
      } catch (error) {
        this.#log.warn({ err: error }, 'whatsapp-web.js did not close Chromium; killing it');
      }
    }
    if (!sweep) return;
    try {
      await this.deps.profile.endBrowsers();
    } catch (error) {
      this.#log.error({ err: error }, 'could not end the Chromium processes of this session');
    }
  }

  async #clearProfile(): Promise<void> {
    try {
      await this.deps.profile.clear();
    } catch (error) {
      this.#log.error({ err: error }, 'could not clear the logged-out session profile');
    }
  }

  #isCurrent(generation: number): boolean {
    return this.#running && generation === this.#generation;
  }

  #setState(state: ConnectionState): void {
    const previousState = this.#state;
    if (previousState === state) return;
    this.#state = state;
    this.#events.emit('state_change', { state, previousState });
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

/** Puppeteer's and whatsapp-web.js's ways of saying a call into the page ran out of time. */
const isTimeout = (error: unknown): boolean => /timed? ?out/i.test(error instanceof Error ? error.message : String(error));
