import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import unzipper from 'unzipper';
import wwebjs from 'whatsapp-web.js';
import type { Media } from '../driver.js';
import type { LoginStore } from '../login-store.js';
import { vCardOf, type RichContent } from '../../domain/message-content.js';
import type { BrowserProfile } from './browser-profile.js';
import type { WebVersionChoice } from '../../domain/web-versions.js';
import type { DialogOnPage, dialogOnPage } from './wwebjs-dialog-page.js';

// whatsapp-web.js is CommonJS: from native ESM only the default export carries every class.
const { Client, LocalAuth, Location, MessageMedia, Poll, RemoteAuth } = wwebjs;

interface SerializedId {
  _serialized: string;
  user?: string;
}

/** The fields of a whatsapp-web.js Message the driver reads. */
export interface WwebjsMessage {
  id: SerializedId;
  from: string;
  to: string;
  author?: string;
  body: string;
  timestamp: number;
  fromMe: boolean;
  hasMedia: boolean;
  type: string;
  isForwarded?: boolean;
  /** A Status update (a story): sent to, or received from, status@broadcast. */
  isStatus?: boolean;
  /** The raw WhatsApp model: media details live only here. */
  _data?: { caption?: string; mimetype?: string; filename?: string };
}

/** whatsapp-web.js's Reaction: who reacted to which message with what. */
export interface WwebjsReaction {
  msgId: SerializedId & { remote?: string };
  id?: SerializedId & { remote?: string };
  senderId: string;
  reaction: string;
  timestamp: number;
}

/** whatsapp-web.js's Call: an offer to talk, which WhatsApp Web can only decline. */
export interface WwebjsCall {
  id: string;
  from: string;
  /** Unix seconds. */
  timestamp: number;
  isVideo: boolean;
  isGroup: boolean;
  /** A call the account made from another device. */
  fromMe: boolean;
  reject(): Promise<unknown>;
}

/** whatsapp-web.js's PollVote: a voter's current answers to a poll. */
export interface WwebjsPollVote {
  voter: string;
  selectedOptions: Array<{ name: string }>;
  /** Milliseconds, despite the name's resemblance to the message timestamps. */
  interractedAtTs: number;
  parentMessage: WwebjsMessage;
}

/** whatsapp-web.js's GroupNotification. */
export interface WwebjsGroupNotification {
  chatId: string;
  author?: string;
  recipientIds?: string[];
  type: string;
  body?: string;
  timestamp: number;
}

/** A message looked up by id, with what can be done to it. */
export interface WwebjsMessageHandle extends WwebjsMessage {
  react(reaction: string): Promise<unknown>;
  /** null when WhatsApp refused the edit. */
  edit(content: string): Promise<unknown>;
  delete(everyone?: boolean): Promise<void>;
  forward(chatId: string): Promise<void>;
  /** false when WhatsApp refused (in a group, only admins pin others' messages). */
  pin(duration: number): Promise<boolean>;
  unpin(): Promise<boolean>;
  /** undefined or null when the file could not be fetched (WhatsApp no longer has it). */
  downloadMedia(): Promise<{ mimetype: string; data: string; filename?: string | null } | undefined | null>;
}

/** A WhatsApp user, looked up by id. */
export interface WwebjsContact {
  id: SerializedId;
  number?: string;
  name?: string;
  pushname?: string;
  isBusiness: boolean;
  isBlocked: boolean;
  getAbout(): Promise<string | null>;
  getProfilePicUrl(): Promise<string | undefined>;
  block(): Promise<boolean>;
  unblock(): Promise<boolean>;
}

export interface WwebjsChat {
  id: SerializedId;
  name: string;
  isGroup: boolean;
  /** A group the account has left. */
  isReadOnly?: boolean;
  unreadCount: number;
  archived?: boolean;
  pinned?: boolean;
  isMuted?: boolean;
}

/** A chat looked up by id, with what the account can do in it. */
export interface WwebjsChatHandle extends WwebjsChat {
  fetchMessages(options: { limit: number }): Promise<WwebjsMessage[]>;
  sendSeen(): Promise<unknown>;
  sendStateTyping(): Promise<unknown>;
  sendStateRecording(): Promise<unknown>;
  clearState(): Promise<unknown>;
  archive(): Promise<unknown>;
  unarchive(): Promise<unknown>;
  pin(): Promise<unknown>;
  unpin(): Promise<unknown>;
  mute(unmuteDate?: Date): Promise<unknown>;
  unmute(): Promise<unknown>;
}

/** A group chat as whatsapp-web.js's GroupChat: its details, members and what an admin can do. */
export interface WwebjsGroupHandle extends WwebjsChatHandle {
  owner?: SerializedId;
  createdAt?: Date;
  description?: string;
  participants: Array<{ id: SerializedId; isAdmin: boolean; isSuperAdmin: boolean }>;
  /** A code and message per participant, or the reason nobody was added. */
  addParticipants(ids: string[]): Promise<Record<string, { code: number; message: string; isInviteV4Sent: boolean }> | string>;
  removeParticipants(ids: string[]): Promise<{ status: number }>;
  promoteParticipants(ids: string[]): Promise<{ status: number }>;
  demoteParticipants(ids: string[]): Promise<{ status: number }>;
  /** false when WhatsApp refused the change. */
  setSubject(subject: string): Promise<boolean>;
  setDescription(description: string): Promise<boolean>;
  getInviteCode(): Promise<string | undefined>;
  /** The new code (typed void by whatsapp-web.js, which returns it). */
  revokeInvite(): Promise<unknown>;
  leave(): Promise<void>;
}

/** What createGroup answers: the new group's id and a status per participant, or the reason it failed. */
export interface WwebjsGroupCreated {
  title: string;
  gid: SerializedId;
  participants: Record<string, { statusCode: number; message: string; isInviteV4Sent: boolean }>;
}

/** whatsapp-web.js's Channel: a newsletter, with WhatsApp's metadata (the account's role, the invite code). */
export interface WwebjsChannel {
  id: SerializedId;
  name: string;
  description: string;
  channelMetadata?: { membershipType?: string; inviteCode?: string };
}

/** What createChannel answers: the new channel's id and link, or the reason it failed. */
export interface WwebjsChannelCreated {
  title: string;
  nid: SerializedId;
  inviteLink: string;
}

/** A WhatsApp Business label (ids are strings, which whatsapp-web.js also accepts as numbers). */
export interface WwebjsLabel {
  id: string;
  name: string;
  hexColor: string;
}

export interface WwebjsClientInfo {
  wid: SerializedId;
  pushname: string;
  platform: string;
}

interface Watchable {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** WhatsApp Web's page, which the driver watches and reads its dialogs from. */
interface WatchedPage extends Watchable {
  evaluate(script: typeof dialogOnPage, maxText: number, press: string | null): Promise<DialogOnPage>;
}

/**
 * The part of whatsapp-web.js's Client the driver uses. The real Client is checked against it by the
 * compiler below, and the unit tests' fake implements exactly this.
 */
export interface WwebjsClient extends Pick<EventEmitter, 'on' | 'removeAllListeners'> {
  info?: WwebjsClientInfo;
  /**
   * The index page WhatsApp served live, kept by whatsapp-web.js (untyped) when no cached page was served:
   * what loads this version again.
   */
  currentIndexHtml?: string;
  pupBrowser?: Watchable | null;
  pupPage?: WatchedPage | null;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  logout(): Promise<void>;
  requestPairingCode(phoneNumber: string, showNotification?: boolean): Promise<string>;
  getState(): Promise<string | null>;
  /** The version of WhatsApp Web the page runs. */
  getWWebVersion(): Promise<string>;
  getNumberId(number: string): Promise<SerializedId | null>;
  /** null, with only a warning, for content a channel or Status does not take. */
  sendMessage(chatId: string, content: string | WwebjsMedia | WwebjsObject, options?: WwebjsSendOptions): Promise<WwebjsMessage | null>;
  getChats(): Promise<WwebjsChat[]>;
  createGroup(title: string, participants: string[]): Promise<WwebjsGroupCreated | string>;
  getMessageById(messageId: string): Promise<WwebjsMessageHandle | null>;
  getChatById(chatId: string): Promise<WwebjsChatHandle | undefined>;
  getContactById(contactId: string): Promise<WwebjsContact>;
  getContactLidAndPhone(userIds: string[]): Promise<Array<{ lid: string; pn: string }>>;
  getChannels(): Promise<WwebjsChannel[]>;
  createChannel(title: string, options: { description?: string }): Promise<WwebjsChannelCreated | string>;
  /** false for a channel WhatsApp Web does not have, one the account owns, or a refusal. */
  subscribeToChannel(channelId: string): Promise<boolean>;
  unsubscribeFromChannel(channelId: string, options: { deleteLocalModels: boolean }): Promise<boolean>;
  /** Deletes one of the account's own stories for everyone; answers nothing for a message it cannot find. */
  revokeStatusMessage(messageId: string): Promise<void>;
  getLabels(): Promise<WwebjsLabel[]>;
  getChatLabels(chatId: string): Promise<WwebjsLabel[]>;
  addOrRemoveLabels(labelIds: string[], chatIds: string[]): Promise<void>;
}

/** A whatsapp-web.js MessageMedia, opaque to the driver. */
export type WwebjsMedia = { readonly mimetype: string; readonly data: string };

/** A whatsapp-web.js Location or Poll. */
export type WwebjsObject = InstanceType<typeof Location> | InstanceType<typeof Poll>;

export interface WwebjsSendOptions {
  caption?: string;
  /** The message this one replies to. */
  quotedMessageId?: string;
  /** Chat ids of the people the text mentions. */
  mentions?: string[];
  sendAudioAsVoice?: boolean;
  sendMediaAsSticker?: boolean;
  sendMediaAsDocument?: boolean;
  /** A photo or video the recipient can open once. */
  isViewOnce?: boolean;
  /** false: no preview of the text's first link (whatsapp-web.js asks for one otherwise). */
  linkPreview?: boolean;
  /** A text that is a vCard goes as a contact card. */
  parseVCards?: boolean;
  /** Fields laid over the message whatsapp-web.js builds (a multi-contact card's). */
  extra?: Record<string, unknown>;
}

/** A location, contact cards or a poll as sendMessage takes them. */
export interface WwebjsOutbound {
  content: string | WwebjsObject;
  options: WwebjsSendOptions;
}

export interface WwebjsClientFactory {
  /** A client that loads the chosen WhatsApp Web version. */
  createClient(version: WebVersionChoice): WwebjsClient;
  createMedia(media: Media): WwebjsMedia;
  createContent(content: RichContent): WwebjsOutbound;
}

/**
 * whatsapp-web.js's own forms: a Location with its name and address; a Poll; one contact as a vCard text
 * (sent as a contact card), several as one multi-contact card of vCards, the message WhatsApp itself sends
 * when several contacts are shared at once.
 */
export function outboundOf(content: RichContent): WwebjsOutbound {
  switch (content.kind) {
    case 'location': {
      const { latitude, longitude, name, address } = content.location;
      return { content: new Location(latitude, longitude, { name, address }), options: {} };
    }
    case 'poll': {
      const { question, options, multipleAnswers } = content.poll;
      return { content: new Poll(question, options, { allowMultipleAnswers: multipleAnswers, messageSecret: undefined }), options: {} };
    }
    case 'contact': {
      const [only, ...more] = content.contacts;
      if (only && more.length === 0) return { content: vCardOf(only), options: { parseVCards: true } };
      const vcardList = content.contacts.map((contact) => ({ displayName: contact.name, vcard: vCardOf(contact) }));
      return { content: '', options: { parseVCards: false, extra: { type: 'multi_vcard', vcardList, body: null } } };
    }
  }
}

export interface WwebjsLaunchOptions {
  chromePath: string;
  profile: BrowserProfile;
  /** Whether WhatsApp Web, opened on another device, is taken back ("Use here") or left there. */
  onConflict: 'takeover' | 'yield';
  /** `http://user:pass@host:port`: this session's browser goes through it, and only this session's. */
  proxy?: string;
  /** Keeps the login where another node can read it (RemoteAuth), for a profile kept `remote`. */
  loginStore?: LoginStore;
}

/**
 * The driver clears the profile itself once the browser has exited. LocalAuth's own logout deletes it while
 * Chromium may still be writing to it (and whatsapp-web.js calls that from inside a navigation handler).
 */
class ProfileAuth extends LocalAuth {
  override logout = async (): Promise<void> => {};
}

/** RemoteAuth checks the whole interval it is given; a minute is the shortest it takes. */
const LOGIN_BACKUP_INTERVAL_MS = 60_000;

/** RemoteAuth's own steps that the subclass below calls or replaces. */
interface RemoteAuthInternals {
  userDataDir: string;
  deleteRemoteSession(): Promise<void>;
}

/**
 * The same for a login kept in the shared store: logging out deletes the stored login, so no node opens it
 * again, and leaves the folder to the driver.
 */
class SharedProfileAuth extends RemoteAuth {
  override logout = async (): Promise<void> => {
    await (this as unknown as RemoteAuthInternals).deleteRemoteSession();
    await this.destroy();
  };

  /**
   * RemoteAuth's own unzip resolves on the extract stream's `finish`, before unzipper has written the files,
   * then deletes the archive: the browser would start on half a login and show a QR code. This resolves
   * once every file is on disk.
   */
  unCompressSession = async (archivePath: string): Promise<void> => {
    const archive = await unzipper.Open.file(archivePath);
    await archive.extract({ path: (this as unknown as RemoteAuthInternals).userDataDir, concurrency: 10 });
    await unlink(archivePath);
  };
}

function authOf(profile: BrowserProfile, loginStore: LoginStore | undefined) {
  if (profile.keeping === 'local' || !loginStore) return new ProfileAuth({ dataPath: profile.dataPath, clientId: profile.clientId });
  return new SharedProfileAuth({
    dataPath: profile.dataPath,
    clientId: profile.clientId,
    store: loginStore,
    backupSyncIntervalMs: LOGIN_BACKUP_INTERVAL_MS,
  });
}

/**
 * Chromium as a server runs it: no sandbox (a container's root has none to give), /tmp instead of a small
 * /dev/shm, no GPU, and no first-run or background calls to Google, which a closed network refuses many at a
 * time. Never --disable-web-security: WhatsApp Web's page would run with its origin checks off.
 */
const chromiumFlags = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

/** Real whatsapp-web.js clients on one session's profile, driving the system Chromium. */
export function wwebjsClientFactory({ chromePath, profile, onConflict, proxy, loginStore }: WwebjsLaunchOptions): WwebjsClientFactory {
  const through = proxy === undefined ? undefined : new URL(proxy);
  return {
    createClient(version: WebVersionChoice): WwebjsClient {
      const cache = join(profile.dataPath, 'web-cache');
      // whatsapp-web.js serves a version's page from `<cache>/<version>.html` when it is there, and loads the
      // live page otherwise; the remembered page is put there for it, in place of the ones it replaced.
      if (version.source === 'remembered') {
        const page = `${version.version}.html`;
        mkdirSync(cache, { recursive: true });
        for (const older of readdirSync(cache)) if (older.endsWith('.html') && older !== page) rmSync(join(cache, older), { force: true });
        writeFileSync(join(cache, page), version.html);
      }
      const client = new Client({
        authStrategy: authOf(profile, loginStore),
        puppeteer: {
          executablePath: chromePath,
          headless: true,
          args: [...chromiumFlags, profile.marker, ...(through ? [`--proxy-server=${through.protocol}//${through.host}`] : [])],
          // The gateway ends Chromium itself on shutdown; puppeteer's handlers would race it and exit early.
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
        },
        // A cached page only for a version chosen on purpose (pinned, or the one that last reached ready),
        // kept with the session, not in the working directory; the live one is never cached.
        ...(version.source === 'live'
          ? { webVersionCache: { type: 'none' } }
          : { webVersion: version.version, webVersionCache: { type: 'local', path: cache } }),
        qrMaxRetries: 0,
        ...(through?.username && {
          proxyAuthentication: { username: decodeURIComponent(through.username), password: decodeURIComponent(through.password) },
        }),
        // "Use here" on WhatsApp Web's conflict screen: the session takes itself back from the other device.
        takeoverOnConflict: onConflict === 'takeover',
      });
      return client satisfies WwebjsClient;
    },
    createContent: outboundOf,
    createMedia(media: Media): WwebjsMedia {
      return new MessageMedia(media.mimetype, media.data.toString('base64'), media.filename ?? null, media.data.byteLength);
    },
  };
}
