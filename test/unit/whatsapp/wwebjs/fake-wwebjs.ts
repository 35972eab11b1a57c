import { EventEmitter } from 'node:events';
import type { Media } from '../../../../src/whatsapp/driver.js';
import {
  outboundOf,
  type WwebjsChat,
  type WwebjsChatHandle,
  type WwebjsContact,
  type WwebjsClient,
  type WwebjsClientFactory,
  type WwebjsClientInfo,
  type WwebjsMedia,
  type WwebjsMessage,
  type WwebjsMessageHandle,
  type WwebjsObject,
  type WwebjsSendOptions,
} from '../../../../src/whatsapp/wwebjs/wwebjs-client.js';

const TEAM: WwebjsChat = { id: { _serialized: '120363012345678901@g.us' }, name: 'Team', isGroup: true, unreadCount: 2, pinned: true };

/** How a fake client's initialize() goes: show a QR, fail as it does offline, or never settle. */
export type StartBehaviour = 'qr' | 'fail' | 'hang';

export const FAKE_ACCOUNT: WwebjsClientInfo = {
  wid: { _serialized: '971509876543@c.us', user: '971509876543' },
  pushname: 'Fake Phone',
  platform: 'android',
};

/**
 * A stand-in for whatsapp-web.js's Client: an EventEmitter with the methods the driver calls, whose events
 * the test raises as WhatsApp Web would. Sent messages are acked 1 then 2, as a phone's are.
 */
export class FakeClient extends EventEmitter implements WwebjsClient {
  info?: WwebjsClientInfo;
  readonly pupBrowser = new EventEmitter();
  readonly pupPage = new EventEmitter();
  readonly sent: Array<{ chatId: string; content: string | WwebjsMedia | WwebjsObject; options?: WwebjsSendOptions }> = [];
  readonly numberLookups: string[] = [];
  destroyed = false;
  loggedOut = false;
  stateProbe: () => Promise<string | null> = async () => 'CONNECTED';

  constructor(
    private readonly world: FakeWhatsApp,
    readonly index: number,
  ) {
    super();
  }

  async initialize(): Promise<void> {
    this.world.onInitialize?.(this);
    const behaviour = this.world.startBehaviours[this.index] ?? this.world.defaultStart;
    if (behaviour === 'fail') throw new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/');
    if (behaviour === 'hang') return new Promise(() => undefined);
    this.emit('qr', `2@fake-qr-${this.index}`);
  }

  /** The phone scans the QR code. */
  link(info: WwebjsClientInfo = FAKE_ACCOUNT): void {
    this.emit('authenticated');
    this.info = info;
    this.emit('ready');
  }

  async destroy(): Promise<void> {
    this.world.onDestroy?.(this);
    this.destroyed = true;
  }

  async logout(): Promise<void> {
    this.loggedOut = true;
  }

  /** The numbers a pairing code was asked for. */
  readonly pairingRequests: string[] = [];

  /** The code WhatsApp would show. */
  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingRequests.push(phoneNumber);
    return 'FAKE1234';
  }

  getState(): Promise<string | null> {
    return this.stateProbe();
  }

  async getNumberId(number: string): Promise<{ _serialized: string; user: string } | null> {
    this.numberLookups.push(number);
    if (number.endsWith('0000')) return null;
    const lid = this.world.lids.get(number);
    if (lid && this.numberLookups.filter((n) => n === number).length > 1) return { _serialized: lid, user: number };
    return { _serialized: `${number}@c.us`, user: number };
  }

  async sendMessage(chatId: string, content: string | WwebjsMedia | WwebjsObject, options?: WwebjsSendOptions): Promise<WwebjsMessage> {
    const number = chatId.split('@')[0]!;
    if (this.world.lids.has(number) && chatId.endsWith('@c.us')) throw new Error('Evaluation failed: Error: No LID for user');
    this.sent.push({ chatId, content, ...(options && { options }) });
    const message: WwebjsMessage = {
      id: { _serialized: `true_${chatId}_3EB0FAKE${this.sent.length}` },
      from: FAKE_ACCOUNT.wid._serialized,
      to: chatId,
      body: typeof content === 'string' ? content : '',
      timestamp: Math.floor(Date.now() / 1000),
      fromMe: true,
      hasMedia: typeof content !== 'string',
      type: typeof content === 'string' ? 'chat' : 'document',
    };
    this.known.set(message.id._serialized, message);
    setTimeout(() => this.emit('message_ack', message, 1), 0);
    setTimeout(() => this.emit('message_ack', message, 2), 20);
    return message;
  }

  /** Messages getMessageById finds: every one sent, and any a test adds as received. */
  readonly known = new Map<string, WwebjsMessage>();
  /** What was done to messages, in order. */
  readonly actions: Array<{ id: string; action: 'react' | 'edit' | 'delete' | 'forward'; value: unknown }> = [];

  async getMessageById(messageId: string): Promise<WwebjsMessageHandle | null> {
    if (messageId.split('_').length < 3) throw new Error('Evaluation failed: Error: Invalid serialized message id specified');
    const message = this.known.get(messageId);
    if (!message) return null;
    const act = (action: 'react' | 'edit' | 'delete' | 'forward', value: unknown) => {
      this.actions.push({ id: messageId, action, value });
    };
    return {
      ...message,
      react: async (reaction) => act('react', reaction),
      // As whatsapp-web.js: nothing happens to another's message, and the answer is null.
      edit: async (content) => (message.fromMe ? (act('edit', content), message) : null),
      delete: async (everyone) => act('delete', { everyone }),
      forward: async (chatId) => act('forward', chatId),
    };
  }

  /** The chat calls the driver made, in order. */
  readonly chatCalls: Array<{ chatId: string; call: string; value?: unknown }> = [];

  async getChatById(chatId: string): Promise<WwebjsChatHandle | undefined> {
    const known = chatId === TEAM.id._serialized || [...this.known.values()].some((m) => m.to === chatId || m.from === chatId);
    // As whatsapp-web.js: an id without a chat fails inside the page.
    if (!known) throw new Error("Evaluation failed: TypeError: Cannot read properties of undefined (reading 'isGroup')");
    const record = (call: string, value?: unknown) => async () => {
      this.chatCalls.push({ chatId, call, ...(value !== undefined && { value }) });
    };
    return {
      ...(chatId === TEAM.id._serialized ? TEAM : { id: { _serialized: chatId }, name: chatId, isGroup: false, unreadCount: 0 }),
      fetchMessages: async ({ limit }) => [...this.known.values()].filter((m) => m.to === chatId || m.from === chatId).slice(-limit),
      sendSeen: record('sendSeen'),
      sendStateTyping: record('sendStateTyping'),
      sendStateRecording: record('sendStateRecording'),
      clearState: record('clearState'),
      archive: record('archive'),
      unarchive: record('unarchive'),
      pin: record('pin'),
      unpin: record('unpin'),
      mute: async (until) => record('mute', until ?? 'for ever')(),
      unmute: record('unmute'),
    };
  }

  /** Users the fake WhatsApp knows, blocked or not; any number not ending 0000 is one. */
  readonly blocked = new Set<string>();

  async getContactById(contactId: string): Promise<WwebjsContact> {
    const number = contactId.split('@')[0]!;
    if (!contactId.endsWith('@c.us') || number.endsWith('0000')) throw new Error('Evaluation failed: Error: wid error: invalid wid');
    return {
      id: { _serialized: contactId },
      number,
      pushname: `User ${number.slice(-4)}`,
      isBusiness: false,
      isBlocked: this.blocked.has(contactId),
      getAbout: async () => 'Available',
      getProfilePicUrl: async () => `https://pps.whatsapp.net/${number}.jpg`,
      block: async () => this.blocked.add(contactId).has(contactId),
      unblock: async () => this.blocked.delete(contactId),
    };
  }

  async getContactLidAndPhone(userIds: string[]): Promise<Array<{ lid: string; pn: string }>> {
    return userIds.map((id) => {
      const number = id.split('@')[0]!;
      return { lid: this.world.lids.get(number) ?? '', pn: `${number}@c.us` };
    });
  }

  async getChats(): Promise<WwebjsChat[]> {
    return [TEAM];
  }
}

/** Every fake client the driver created, in order, and how the next ones behave. */
export class FakeWhatsApp implements WwebjsClientFactory {
  readonly clients: FakeClient[] = [];
  /** Behaviour of the n-th client's initialize(); clients past the list use `defaultStart`. */
  startBehaviours: StartBehaviour[] = [];
  defaultStart: StartBehaviour = 'qr';
  /** Numbers whose account moved to a LID: sending to their @c.us id fails until looked up again. */
  readonly lids = new Map<string, string>();
  onInitialize?: (client: FakeClient) => void;
  onDestroy?: (client: FakeClient) => void;

  createClient(): FakeClient {
    const client = new FakeClient(this, this.clients.length);
    this.clients.push(client);
    return client;
  }

  createMedia(media: Media): WwebjsMedia {
    return { mimetype: media.mimetype, data: media.data.toString('base64') };
  }

  /** The real mapping: whatsapp-web.js's own Location and Poll, and the vCards, reach the fake client. */
  createContent = outboundOf;

  get latest(): FakeClient {
    const client = this.clients.at(-1);
    if (!client) throw new Error('no client created yet');
    return client;
  }
}
