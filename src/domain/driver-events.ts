import type { Ack, MessageStatus } from './acks.js';
import type { ConnectionState } from './connection-states.js';
import type { LimitRefusal } from './account-limit.js';
import type { DisconnectReason } from './disconnect-reasons.js';
import type { WhatsAppDialog } from './whatsapp-dialogs.js';
import type { WebVersionInUse } from './web-versions.js';
import type { ChatLabels } from './labels.js';
import type { InboundStory } from './stories.js';

export interface AccountInfo {
  wid: string;
  pushname: string;
  platform: string;
  phone: string;
}

/** The linked account as a session shows it. */
export type LinkedAccount = Pick<AccountInfo, 'wid' | 'pushname' | 'phone'>;

/** A message the linked account received (or sent from another of its devices). */
export interface InboundMessage {
  id: string;
  from: string;
  to: string;
  body: string;
  timestamp: number;
  fromMe: boolean;
  hasMedia: boolean;
  type: string;
  isGroup: boolean;
  author?: string;
  /** The LID `from` (or `author`) arrived as, where the gateway gives the number instead. */
  fromLid?: string;
  authorLid?: string;
  caption?: string;
  mimeType?: string;
  filename?: string;
}

/** Someone (the account included) reacted to a message; an empty emoji takes the reaction away. */
export interface MessageReaction {
  /** The message reacted to. */
  messageId: string;
  chatId: string;
  /** Who reacted. */
  from: string;
  emoji: string;
  /** The LID `from` arrived as, where the gateway gives the number instead. */
  fromLid?: string;
  timestamp: number;
}

/** A message was changed by its sender. */
export interface MessageEdit {
  id: string;
  chatId: string;
  /** Who edited it: its sender. */
  from: string;
  body: string;
  previousBody: string | null;
  /** The LID `from` arrived as, where the gateway gives the number instead. */
  fromLid?: string;
  timestamp: number;
}

/** A message was deleted for everyone by its sender. */
export interface MessageRevoke {
  id: string;
  chatId: string;
  from: string;
  /** Its text before, where WhatsApp still had it. */
  previousBody: string | null;
  /** The LID `from` arrived as, where the gateway gives the number instead. */
  fromLid?: string;
  timestamp: number;
}

/** Someone chose (or changed) their answers to a poll the account sent; none left means they took their vote back. */
export interface PollVote {
  pollId: string;
  chatId: string;
  voter: string;
  selectedOptions: string[];
  /** The LID `voter` arrived as, where the gateway gives the number instead. */
  voterLid?: string;
  timestamp: number;
}

/**
 * People joined or left a group, or its details changed. `type` is WhatsApp's: for a join `add` (by an
 * admin, the `author`) or `invite` (by the link); for a leave `remove` or `leave`; for an update
 * `subject`, `description`, `picture`, `announce`, `restrict`, `promote` or `demote`.
 */
export interface GroupNotice {
  chatId: string;
  /** Who made the change, where it was not the people themselves. */
  author: string | null;
  /** The people it is about. */
  participants: string[];
  type: string;
  /** The new subject or description, for those. */
  body: string | null;
  timestamp: number;
}

/**
 * A message arrived that WhatsApp could not decrypt yet ("Waiting for this message"); the phone that sent
 * it is asked again, and the `message` event with the same id follows when it comes.
 */
export interface PendingMessage {
  id: string;
  /** Who sent it: in a group, its sender. */
  from: string;
  chatId: string;
  timestamp: number;
}

/** Someone calls the account (WhatsApp Web cannot answer): the call's id is what rejecting it takes. */
export interface IncomingCall {
  id: string;
  /** The caller's chat id. */
  from: string;
  isVideo: boolean;
  isGroup: boolean;
  /** Unix seconds, when the call was offered. */
  timestamp: number;
}

/**
 * WhatsApp Web showed a dialog over its page. The gateway presses the button of an announcement itself
 * (`answered`); any other dialog waits for a person (`answered` null) and the session is ACTION_REQUIRED.
 */
export interface DialogShown extends WhatsAppDialog {
  /** The button the gateway pressed; null when the dialog waits for a person. */
  answered: string | null;
}

/** Everything a driver reports, keyed by the documented event name. */
export interface DriverEventMap {
  qr: { qr: string };
  /** A code to type on the phone (Linked devices → Link with phone number) instead of scanning the QR. */
  pairing_code: { code: string; phone: string };
  authenticated: Record<string, never>;
  ready: { info: AccountInfo };
  disconnected: { reason: DisconnectReason };
  state_change: { state: ConnectionState; previousState: ConnectionState };
  message: InboundMessage;
  /** `refused`, with a failed ack, when WhatsApp refused the message as over its limit on new contacts. */
  message_ack: { id: string; chatId: string; ack: Ack; status: MessageStatus; refused?: LimitRefusal };
  message_reaction: MessageReaction;
  message_edit: MessageEdit;
  message_revoke: MessageRevoke;
  poll_vote: PollVote;
  call: IncomingCall;
  /** Someone the account can see posted a story. */
  story: InboundStory;
  /** A chat's WhatsApp Business labels changed. */
  chat_labels: ChatLabels;
  dialog: DialogShown;
  /** The WhatsApp Web version a session runs, once it is known after `ready`. */
  web_version: WebVersionInUse & { version: string };
  message_pending: PendingMessage;
  group_join: GroupNotice;
  group_leave: GroupNotice;
  group_update: GroupNotice;
}

export type DriverEventName = keyof DriverEventMap;
export type DriverEvent = { [K in DriverEventName]: { event: K; data: DriverEventMap[K] } }[DriverEventName];
