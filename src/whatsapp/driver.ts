import type { ConnectionState } from '../domain/connection-states.js';
import type { AccountInfo, DriverEvent, InboundMessage } from '../domain/driver-events.js';
import type { ChatChange } from '../domain/chat-changes.js';
import type { Label } from '../domain/labels.js';
import type { Channel } from '../domain/channels.js';
import type { StoryStyle } from '../domain/stories.js';
import type { ContactInfo, NumberCheck } from '../domain/contacts.js';
import type {
  GroupCreated,
  GroupDetails,
  GroupInfo,
  GroupInvite,
  GroupSummary,
  ParticipantChanges,
  ParticipantResult,
} from '../domain/groups.js';
import type { Recipient } from '../domain/phone-number.js';
import type { WhatsAppDialog } from '../domain/whatsapp-dialogs.js';
import type { WebVersionInUse } from '../domain/web-versions.js';
import type { MediaShowing, MessageContext, MessageKind, RichContent, TextOptions } from '../domain/message-content.js';

export interface ChatSummary {
  id: string;
  name: string;
  isGroup: boolean;
  unreadCount: number;
  archived: boolean;
  pinned: boolean;
  muted: boolean;
}

export interface Media {
  data: Buffer;
  mimetype: string;
  filename?: string;
}

export interface MediaOptions extends MessageContext, MediaShowing {
  caption?: string;
}

export interface SentMessage {
  /** WhatsApp's serialized message id. */
  id: string;
  /** Unix seconds, as WhatsApp stamps messages. */
  timestamp: number;
}

/** A channel post: a text, or a photo, video or voice note with its caption. */
export type ChannelMessage = { text: string } | { media: Media; caption?: string };

/** A forward as sent: the copy's own id, and what it carries (the original's kind). */
export interface ForwardedMessage extends SentMessage {
  kind: MessageKind;
}

/**
 * One linked WhatsApp account. Both drivers (whatsapp-web.js and the sandbox) implement exactly this, and
 * the shared driver suite in test/unit/whatsapp runs against each.
 *
 * Sends take an already-normalised recipient and fail with GatewayError: CLIENT_NOT_READY while not
 * connected, BAD_USER_INPUT when the number is not on WhatsApp (a permanent, per-recipient failure).
 */
export interface WhatsAppDriver {
  /** Begins connecting and returns; progress arrives as events (qr, authenticated, ready, …). */
  start(): Promise<void>;
  /** Ends the connection and releases the browser or timers; no event fires after it resolves. */
  stop(): Promise<void>;
  /** Unlinks the account; a new QR follows. */
  logout(): Promise<void>;
  /**
   * Asks WhatsApp for a code that links the account with this number (digits only) when typed on the
   * phone, instead of the QR; the code is also raised as a `pairing_code` event. Only while pairing.
   */
  requestPairingCode(phone: string): Promise<string>;
  state(): ConnectionState;
  /** What the driver is doing that the state alone does not say (waiting to reconnect, and why), if anything. */
  activity(): string | undefined;
  /** The WhatsApp Web version the session loads or runs, and why that one; null before the first start. */
  webVersion(): WebVersionInUse | null;
  /** The dialog WhatsApp Web shows that waits for a person (the state is ACTION_REQUIRED), if any. */
  dialog(): WhatsAppDialog | null;
  /**
   * Presses a button of that dialog; NOT_FOUND when none is open, BAD_USER_INPUT (naming the buttons) for a
   * label it does not have.
   */
  answerDialog(button: string): Promise<void>;
  info(): Promise<AccountInfo>;
  chats(): Promise<ChatSummary[]>;
  /**
   * Whether a person ever wrote to the account in this chat (a group counts as known): WhatsApp's limit on
   * new contacts spares such chats.
   */
  knowsChat(chatId: string): Promise<boolean>;
  /** The chat id to send to, or null when the number is not on WhatsApp. */
  resolve(recipient: Recipient): Promise<string | null>;
  /** A quoted message WhatsApp does not know is NOT_FOUND. */
  sendText(recipient: Recipient, text: string, options?: TextOptions): Promise<SentMessage>;
  sendMedia(recipient: Recipient, media: Media, options: MediaOptions): Promise<SentMessage>;
  /** A location, one or more contact cards (one message), or a poll. */
  sendContent(recipient: Recipient, content: RichContent): Promise<SentMessage>;
  /**
   * Acting on a message by its WhatsApp id (sent or received): NOT_FOUND when WhatsApp does not know it,
   * BAD_USER_INPUT when WhatsApp would refuse the action, saying why. An empty emoji removes a reaction.
   */
  react(messageId: string, emoji: string): Promise<void>;
  edit(messageId: string, text: string): Promise<void>;
  /** Pins a message at the top of its chat for `seconds` (24 hours, 7 or 30 days); in a group, admins only. */
  pin(messageId: string, seconds: number): Promise<void>;
  unpin(messageId: string): Promise<void>;
  deleteMessage(messageId: string, options: { everyone: boolean }): Promise<void>;
  /** The forwarded copy is a new message of the account's, with its own id and delivery status. */
  forward(messageId: string, recipient: Recipient): Promise<ForwardedMessage>;
  /**
   * The file of a sent or received message, fetched from WhatsApp: NOT_FOUND for an unknown message or one
   * without a file, null once WhatsApp no longer has the file.
   */
  downloadMedia(messageId: string): Promise<Media | null>;
  /** A chat's messages, newest first, at most `limit`; NOT_FOUND for a chat the account does not have. */
  chatMessages(chatId: string, limit: number): Promise<InboundMessage[]>;
  /** Marks a chat read, shows typing, archives, pins or mutes it; NOT_FOUND for a chat the account does not have. */
  updateChat(chatId: string, change: ChatChange): Promise<void>;
  /**
   * The account's WhatsApp Business labels, and those of one chat; BAD_USER_INPUT for an account that is not
   * a business account, NOT_FOUND for a chat the account does not have.
   */
  labels(): Promise<Label[]>;
  chatLabels(chatId: string): Promise<Label[]>;
  /**
   * Gives the chat exactly these labels (none: takes them all off) and raises `chat_labels`; BAD_USER_INPUT
   * naming a label id the account does not have.
   */
  setChatLabels(chatId: string, labelIds: string[]): Promise<Label[]>;
  /** Posts a Status update (a story, shown to the account's contacts for 24 hours). */
  postTextStory(text: string, style: StoryStyle): Promise<SentMessage>;
  postMediaStory(media: Media, caption?: string): Promise<SentMessage>;
  /** NOT_FOUND for a message WhatsApp does not know; BAD_USER_INPUT for one that is not the account's own story. */
  deleteStory(storyId: string): Promise<void>;
  /** The channels the account owns, runs or follows. */
  channels(): Promise<Channel[]>;
  /** A channel the account knows (owns, follows or has looked at); NOT_FOUND otherwise. */
  channel(channelId: string): Promise<Channel>;
  /** A new channel the account owns; BAD_USER_INPUT when WhatsApp refuses, saying why. */
  createChannel(name: string, description?: string): Promise<Channel>;
  /** Posts in a channel; BAD_USER_INPUT unless the account owns or runs it. */
  sendChannelMessage(channelId: string, message: ChannelMessage): Promise<SentMessage>;
  /** BAD_USER_INPUT for a channel the account owns, or when WhatsApp refuses. */
  followChannel(channelId: string): Promise<void>;
  unfollowChannel(channelId: string): Promise<void>;
  /** Whether a person's number is on WhatsApp, with its chat id and LID. */
  checkNumber(recipient: Recipient): Promise<NumberCheck>;
  /** The phone chat id (`…@c.us`) WhatsApp pairs with a LID (`…@lid`); null when it does not say. */
  phoneOfLid(lid: string): Promise<string | null>;
  /** A user by chat id; NOT_FOUND when WhatsApp knows none. */
  contact(contactId: string): Promise<ContactInfo>;
  setBlocked(contactId: string, blocked: boolean): Promise<void>;
  /** A new group of these people (chat ids of people), the account its super admin. */
  createGroup(subject: string, participants: string[]): Promise<GroupCreated>;
  /** The groups the account is a member of. */
  groups(): Promise<GroupSummary[]>;
  /**
   * The calls on one group take its id and are NOT_FOUND for a group the account is not a member of;
   * BAD_USER_INPUT when WhatsApp refuses the change (the account is not an admin), saying why.
   */
  group(groupId: string): Promise<GroupInfo>;
  updateGroup(groupId: string, details: GroupDetails): Promise<void>;
  /** Adds, removes, promotes and demotes, in that order, with a result per person and action. */
  changeParticipants(groupId: string, changes: ParticipantChanges): Promise<ParticipantResult[]>;
  /** The link that lets anyone join; `revoke` makes the old one stop working and gives a new one. */
  groupInvite(groupId: string, options: { revoke: boolean }): Promise<GroupInvite>;
  leaveGroup(groupId: string): Promise<void>;
  /** Declines a call still ringing; NOT_FOUND for a call that is over or unknown. */
  rejectCall(callId: string): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: DriverEvent) => void): () => void;
}
