import { EventEmitter } from 'node:events';
import type { Media } from '../../../../src/whatsapp/driver.js';
import {
  outboundOf,
  type WwebjsChat,
  type WwebjsChatHandle,
  type WwebjsContact,
  type WwebjsClient,
  type WwebjsGroupCreated,
  type WwebjsGroupHandle,
  type WwebjsLabel,
  type WwebjsChannel,
  type WwebjsChannelCreated,
  type WwebjsClientFactory,
  type WwebjsClientInfo,
  type WwebjsMedia,
  type WwebjsMessage,
  type WwebjsMessageHandle,
  type WwebjsObject,
  type WwebjsSendOptions,
} from '../../../../src/whatsapp/wwebjs/wwebjs-client.js';
import { dialogOnPage, type DialogOnPage } from '../../../../src/whatsapp/wwebjs/wwebjs-dialog-page.js';
import type { WhatsAppDialog } from '../../../../src/domain/whatsapp-dialogs.js';
import type { WebVersionChoice } from '../../../../src/domain/web-versions.js';

const TEAM: WwebjsChat = { id: { _serialized: '120363012345678901@g.us' }, name: 'Team', isGroup: true, unreadCount: 2, pinned: true };

/**
 * WhatsApp Web's page as the driver's page script sees it: the script is not run, its answer is given from
 * the dialog the world shows. A pressed button closes the dialog, as WhatsApp Web's do.
 */
export class FakePage extends EventEmitter {
  /** The buttons pressed, in order. */
  readonly pressed: string[] = [];
  #lookers: Array<() => void> = [];

  constructor(private readonly world: FakeWhatsApp) {
    super();
  }

  /** Resolves once the driver has looked at the page again (what it saw is fixed by then). */
  nextLook(): Promise<void> {
    return new Promise((resolve) => this.#lookers.push(resolve));
  }

  async evaluate(script: typeof dialogOnPage, maxText: number, press: string | null): Promise<DialogOnPage> {
    if (script !== dialogOnPage) throw new Error('the fake page runs only the dialog script');
    for (const looked of this.#lookers.splice(0)) looked();
    const shown = this.world.dialog;
    if (!shown) return { dialog: null, pressed: false };
    const dialog = { text: shown.text.slice(0, maxText), buttons: shown.buttons };
    if (press === null || !shown.buttons.includes(press)) return { dialog, pressed: false };
    this.pressed.push(press);
    this.world.dialog = null;
    return { dialog, pressed: true };
  }
}

/** A group of the fake WhatsApp: its details and members by chat id. */
export interface FakeGroup {
  chat: WwebjsChat;
  description: string;
  members: Map<string, { isAdmin: boolean; isSuperAdmin: boolean }>;
  invite: string;
  left: boolean;
}

/** How a fake client's initialize() goes: show a QR, fail as it does offline, or never settle. */
export type StartBehaviour = 'qr' | 'fail' | 'hang';

/** A channel the fake account has looked at and does not follow. */
export const FAKE_PUBLIC_CHANNEL = '120363111111111111@newsletter';

/** WhatsApp Web as the fake's WhatsApp serves it today. */
export const LIVE_WEB_VERSION = '2.3000.1031490220';

/** A WhatsApp Business account on Android, which has labels. */
export const FAKE_ACCOUNT: WwebjsClientInfo = {
  wid: { _serialized: '971509876543@c.us', user: '971509876543' },
  pushname: 'Fake Phone',
  platform: 'smba',
};

/**
 * A stand-in for whatsapp-web.js's Client: an EventEmitter with the methods the driver calls, whose events
 * the test raises as WhatsApp Web would. Sent messages are acked 1 then 2, as a phone's are.
 */
export class FakeClient extends EventEmitter implements WwebjsClient {
  info?: WwebjsClientInfo;
  readonly pupBrowser = new EventEmitter();
  readonly pupPage: FakePage;
  readonly sent: Array<{ chatId: string; content: string | WwebjsMedia | WwebjsObject; options?: WwebjsSendOptions }> = [];
  readonly numberLookups: string[] = [];
  /** The calls declined through whatsapp-web.js's Call.reject(). */
  readonly rejectedCalls: string[] = [];
  destroyed = false;
  loggedOut = false;
  stateProbe: () => Promise<string | null> = async () => 'CONNECTED';

  /** The index page whatsapp-web.js keeps when WhatsApp served it live. */
  currentIndexHtml?: string;

  constructor(
    private readonly world: FakeWhatsApp,
    readonly index: number,
    /** The WhatsApp Web version the driver asked this client to load. */
    readonly loads: WebVersionChoice,
  ) {
    super();
    this.pupPage = new FakePage(world);
  }

  /** What the page runs: the version asked for, else WhatsApp's live one. */
  get runs(): string {
    return this.loads.source === 'live' ? this.world.liveVersion : this.loads.version;
  }

  async getWWebVersion(): Promise<string> {
    return this.runs;
  }

  async initialize(): Promise<void> {
    this.world.onInitialize?.(this);
    if (this.loads.source === 'live') this.currentIndexHtml = `<html>WhatsApp Web ${this.world.liveVersion}</html>`;
    // A version WhatsApp Web no longer serves loads, then neither shows a QR code nor logs in.
    if (this.world.brokenVersions.has(this.runs)) return;
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
      ...(chatId === 'status@broadcast' && { isStatus: true }),
    };
    this.known.set(message.id._serialized, message);
    if (typeof content === 'object' && 'data' in content) this.files.set(message.id._serialized, { ...content });
    const wroteFirst = [...this.known.values()].some((m) => m.from === chatId && !m.fromMe);
    if (this.world.limited && !chatId.endsWith('@g.us') && !wroteFirst) {
      // As WhatsApp Web shows its limit on new contacts: the message is taken, then its ack turns to -1.
      setTimeout(() => this.emit('message_ack', message, -1), 0);
      return message;
    }
    setTimeout(() => this.emit('message_ack', message, 1), 0);
    setTimeout(() => this.emit('message_ack', message, 2), 20);
    return message;
  }

  /** The files downloadMedia gives, by message id: every one sent, and any a test adds; none once expired. */
  readonly files = new Map<string, { mimetype: string; data: string; filename?: string | null }>();
  /** Messages getMessageById finds: every one sent, and any a test adds as received. */
  readonly known = new Map<string, WwebjsMessage>();
  /** What was done to messages, in order. */
  readonly actions: Array<{ id: string; action: 'react' | 'edit' | 'delete' | 'forward' | 'pin' | 'unpin'; value: unknown }> = [];

  async getMessageById(messageId: string): Promise<WwebjsMessageHandle | null> {
    if (messageId.split('_').length < 3) throw new Error('Evaluation failed: Error: Invalid serialized message id specified');
    const message = this.known.get(messageId);
    if (!message) return null;
    const act = (action: 'react' | 'edit' | 'delete' | 'forward' | 'pin' | 'unpin', value: unknown) => {
      this.actions.push({ id: messageId, action, value });
    };
    return {
      ...message,
      react: async (reaction) => act('react', reaction),
      // As whatsapp-web.js: nothing happens to another's message, and the answer is null.
      edit: async (content) => (message.fromMe ? (act('edit', content), message) : null),
      delete: async (everyone) => act('delete', { everyone }),
      // As whatsapp-web.js: false when WhatsApp refuses (a member who is not an admin, in a group).
      pin: async (duration) => !this.world.refusesPins && (act('pin', duration), true),
      unpin: async () => !this.world.refusesPins && (act('unpin', null), true),
      // As WhatsApp: the copy is a new message of the account's in that chat, marked forwarded.
      forward: async (chatId) => {
        act('forward', chatId);
        const copy = {
          ...message,
          id: { _serialized: `true_${chatId}_3EB0FWD${this.actions.length}` },
          from: FAKE_ACCOUNT.wid._serialized,
        };
        this.known.set(copy.id._serialized, { ...copy, to: chatId, fromMe: true, isForwarded: true });
      },
      // As whatsapp-web.js: nothing for a message without a file, undefined once WhatsApp no longer has it.
      downloadMedia: async () => (message.hasMedia ? this.files.get(messageId) : undefined),
    };
  }

  /** The chat calls the driver made, in order. */
  readonly chatCalls: Array<{ chatId: string; call: string; value?: unknown }> = [];

  /** The group calls the driver made, in order. */
  readonly groupCalls: Array<{ groupId: string; call: string; value?: unknown }> = [];

  async createGroup(title: string, participants: string[]): Promise<WwebjsGroupCreated | string> {
    if (title === 'fail') return 'CreateGroupError: An unknown error occupied while creating a group';
    const id = `120363${String(this.world.groups.size).padStart(12, '0')}@g.us`;
    const group = this.world.addGroup(id, title, []);
    const answer: WwebjsGroupCreated = { title, gid: { _serialized: id }, participants: {} };
    // As whatsapp-web.js: anyone not on WhatsApp is missing from the answer; someone who accepts only
    // invitations (here, a number ending 4030) gets one.
    for (const participant of participants.filter((p) => !p.split('@')[0]!.endsWith('0000'))) {
      const invitationOnly = participant.split('@')[0]!.endsWith('4030');
      if (!invitationOnly) group.members.set(participant, { isAdmin: false, isSuperAdmin: false });
      answer.participants[participant] = {
        statusCode: invitationOnly ? 403 : 200,
        message: invitationOnly
          ? 'The participant can be added by sending private invitation only'
          : 'The participant was added successfully',
        isInviteV4Sent: invitationOnly,
      };
    }
    return answer;
  }

  #groupHandle(group: FakeGroup): WwebjsGroupHandle {
    const id = group.chat.id._serialized;
    const record = (call: string, value?: unknown) => this.groupCalls.push({ groupId: id, call, ...(value !== undefined && { value }) });
    const isAdmin = () => group.members.get(FAKE_ACCOUNT.wid._serialized)?.isAdmin === true;
    const change = (call: string, apply: (member: { isAdmin: boolean }, memberId: string) => void) => async (ids: string[]) => {
      record(call, ids);
      for (const memberId of ids) {
        const member = group.members.get(memberId);
        if (member) apply(member, memberId);
      }
      return { status: 200 };
    };
    return {
      ...group.chat,
      isReadOnly: group.left,
      description: group.description,
      owner: { _serialized: FAKE_ACCOUNT.wid._serialized },
      createdAt: new Date(1_700_000_000_000),
      participants: [...group.members].map(([memberId, flags]) => ({ id: { _serialized: memberId }, ...flags })),
      ...this.#chatCalls(id),
      addParticipants: async (ids) => {
        record('addParticipants', ids);
        if (!isAdmin()) return 'AddParticipantsError: You have no admin rights to add a participant to a group';
        return Object.fromEntries(
          ids.map((memberId) => {
            const code = group.members.has(memberId) ? 409 : memberId.split('@')[0]!.endsWith('0000') ? 404 : 200;
            if (code === 200) group.members.set(memberId, { isAdmin: false, isSuperAdmin: false });
            return [memberId, { code, message: `code ${code}`, isInviteV4Sent: false }];
          }),
        );
      },
      removeParticipants: change('removeParticipants', (_member, memberId) => group.members.delete(memberId)),
      promoteParticipants: change('promoteParticipants', (member) => (member.isAdmin = true)),
      demoteParticipants: change('demoteParticipants', (member) => (member.isAdmin = false)),
      setSubject: async (subject) => (record('setSubject', subject), isAdmin() && ((group.chat.name = subject), true)),
      setDescription: async (description) => (
        record('setDescription', description),
        isAdmin() && ((group.description = description), true)
      ),
      getInviteCode: async () => (isAdmin() ? group.invite : undefined),
      revokeInvite: async () => (record('revokeInvite'), (group.invite = `${group.invite}R`)),
      leave: async () => {
        record('leave');
        group.left = true;
      },
    };
  }

  #chatCalls(chatId: string) {
    const record = (call: string, value?: unknown) => async () => {
      this.chatCalls.push({ chatId, call, ...(value !== undefined && { value }) });
    };
    return {
      fetchMessages: async ({ limit }: { limit: number }) =>
        [...this.known.values()].filter((m) => m.to === chatId || m.from === chatId).slice(-limit),
      sendSeen: record('sendSeen'),
      sendStateTyping: record('sendStateTyping'),
      sendStateRecording: record('sendStateRecording'),
      clearState: record('clearState'),
      archive: record('archive'),
      unarchive: record('unarchive'),
      pin: record('pin'),
      unpin: record('unpin'),
      mute: async (until?: Date) => record('mute', until ?? 'for ever')(),
      unmute: record('unmute'),
    };
  }

  async getChatById(chatId: string): Promise<WwebjsChatHandle | undefined> {
    const group = this.world.groups.get(chatId);
    if (group) return this.#groupHandle(group);
    const known = [...this.known.values()].some((m) => m.to === chatId || m.from === chatId);
    // As whatsapp-web.js: an id without a chat fails inside the page.
    if (!known) throw new Error("Evaluation failed: TypeError: Cannot read properties of undefined (reading 'isGroup')");
    return { id: { _serialized: chatId }, name: chatId, isGroup: false, unreadCount: 0, ...this.#chatCalls(chatId) };
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
      if (id.endsWith('@lid')) {
        const number = [...this.world.lids].find(([, lid]) => lid === id)?.[0];
        return { lid: id, pn: number ? `${number}@c.us` : '' };
      }
      const number = id.split('@')[0]!;
      return { lid: this.world.lids.get(number) ?? '', pn: `${number}@c.us` };
    });
  }

  async getChats(): Promise<WwebjsChat[]> {
    return [...this.world.groups.values()].map((group) => this.#groupHandle(group));
  }

  async getChannels(): Promise<WwebjsChannel[]> {
    return [...this.world.channels.values()].map((channel) => ({ ...channel, channelMetadata: { ...channel.channelMetadata } }));
  }

  /** As whatsapp-web.js: a refusal is answered as text. */
  async createChannel(title: string, options: { description?: string }): Promise<WwebjsChannelCreated | string> {
    if (title === 'fail') return 'CreateChannelError: A channel creation is not enabled';
    const id = `120363${String(900 + this.world.channels.size).padStart(12, '0')}@newsletter`;
    const inviteCode = `0029VaFake${this.world.channels.size}`;
    this.world.channels.set(id, {
      id: { _serialized: id },
      name: title,
      description: options.description ?? '',
      channelMetadata: { membershipType: 'owner', inviteCode },
    });
    return { title, nid: { _serialized: id }, inviteLink: `https://whatsapp.com/channel/${inviteCode}` };
  }

  /** As whatsapp-web.js: false for a channel it does not have, or one the account owns. */
  async subscribeToChannel(channelId: string): Promise<boolean> {
    const channel = this.world.channels.get(channelId);
    if (!channel || channel.channelMetadata?.membershipType === 'owner') return false;
    channel.channelMetadata = { ...channel.channelMetadata, membershipType: 'subscriber' };
    return true;
  }

  /** The channel stays, as one looked at, only with deleteLocalModels false. */
  async unsubscribeFromChannel(channelId: string, options: { deleteLocalModels: boolean }): Promise<boolean> {
    const channel = this.world.channels.get(channelId);
    if (!channel || channel.channelMetadata?.membershipType === 'owner') return false;
    if (options.deleteLocalModels) this.world.channels.delete(channelId);
    else channel.channelMetadata = { ...channel.channelMetadata, membershipType: 'guest' };
    return true;
  }

  /** The stories revoked through revokeStatusMessage. */
  readonly revokedStories: string[] = [];

  /** As whatsapp-web.js: nothing happens, and nothing is said, for a message it cannot find. */
  async revokeStatusMessage(messageId: string): Promise<void> {
    if (this.known.get(messageId)?.isStatus) this.revokedStories.push(messageId);
  }

  /** As whatsapp-web.js: a personal account has no labels. */
  async getLabels(): Promise<WwebjsLabel[]> {
    return this.#isBusiness() ? [...this.world.labels] : [];
  }

  async getChatLabels(chatId: string): Promise<WwebjsLabel[]> {
    const ids = this.world.chatLabels.get(chatId) ?? [];
    return this.world.labels.filter((label) => ids.includes(label.id));
  }

  /** As whatsapp-web.js: the labels given are added, the chat's others taken off; a personal account fails in the page. */
  async addOrRemoveLabels(labelIds: string[], chatIds: string[]): Promise<void> {
    if (!this.#isBusiness()) throw new Error('Evaluation failed: [LT01] Only Whatsapp business');
    for (const chatId of chatIds) this.world.chatLabels.set(chatId, [...labelIds]);
  }

  #isBusiness(): boolean {
    return this.info?.platform === 'smba' || this.info?.platform === 'smbi';
  }
}

/** Every fake client the driver created, in order, and how the next ones behave. */
export class FakeWhatsApp implements WwebjsClientFactory {
  readonly clients: FakeClient[] = [];
  /** Behaviour of the n-th client's initialize(); clients past the list use `defaultStart`. */
  startBehaviours: StartBehaviour[] = [];
  liveVersion = LIVE_WEB_VERSION;
  /** Versions that load and then sit there, as a WhatsApp Web that changed under whatsapp-web.js does. */
  readonly brokenVersions = new Set<string>();
  defaultStart: StartBehaviour = 'qr';
  /** Numbers whose account moved to a LID: sending to their @c.us id fails until looked up again. */
  readonly lids = new Map<string, string>();
  /** Groups by id; Team, where the account is the super admin with one other member, is there from the start. */
  readonly groups = new Map<string, FakeGroup>();
  onInitialize?: (client: FakeClient) => void;
  /** WhatsApp limits the account: messages to people who never wrote to it fail. */
  limited = false;
  /** WhatsApp refuses pins and unpins, as it does to a group member who is not an admin. */
  refusesPins = false;
  /** The dialog WhatsApp Web shows over its page, if any. */
  dialog: WhatsAppDialog | null = null;
  /** The channels WhatsApp Web holds: one the account has only looked at, at first. */
  readonly channels = new Map<string, WwebjsChannel>([
    [
      FAKE_PUBLIC_CHANNEL,
      {
        id: { _serialized: FAKE_PUBLIC_CHANNEL },
        name: 'Fake News',
        description: 'A channel to follow',
        channelMetadata: { membershipType: 'guest', inviteCode: '0029VaFakeNews' },
      },
    ],
  ]);
  /** The business account's labels, and the label ids on each chat. */
  readonly labels: WwebjsLabel[] = [
    { id: '1', name: 'New customer', hexColor: '#ff9485' },
    { id: '5', name: 'Follow up', hexColor: '#a62c71' },
  ];
  readonly chatLabels = new Map<string, string[]>();

  constructor() {
    this.addGroup(TEAM.id._serialized, 'Team', ['966501234567@c.us']);
  }

  addGroup(id: string, subject: string, members: string[]): FakeGroup {
    const group: FakeGroup = {
      chat: { ...TEAM, id: { _serialized: id }, name: subject, ...(id !== TEAM.id._serialized && { unreadCount: 0, pinned: false }) },
      description: '',
      members: new Map<string, { isAdmin: boolean; isSuperAdmin: boolean }>([
        [FAKE_ACCOUNT.wid._serialized, { isAdmin: true, isSuperAdmin: true }],
        ...members.map((member): [string, { isAdmin: boolean; isSuperAdmin: boolean }] => [
          member,
          { isAdmin: false, isSuperAdmin: false },
        ]),
      ]),
      invite: 'FakeInviteCode0123',
      left: false,
    };
    this.groups.set(id, group);
    return group;
  }
  onDestroy?: (client: FakeClient) => void;

  createClient(version: WebVersionChoice): FakeClient {
    const client = new FakeClient(this, this.clients.length, version);
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
