import type { WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';
import type { WebVersionInUse } from '../../domain/web-versions.js';
import type { Recipient } from '../../domain/phone-number.js';
import type { ChannelMessage, ChatSummary, ForwardedMessage, Media, MediaOptions, SentMessage, WhatsAppDriver } from '../driver.js';
import type { AccountInfo, DriverEvent, InboundMessage } from '../../domain/driver-events.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import type { RichContent, TextOptions } from '../../domain/message-content.js';
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
import { WwebjsChats } from './wwebjs-chats.js';
import { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsDriverDeps, WwebjsDriverOptions } from './wwebjs-driver-options.js';
import { WwebjsContacts } from './wwebjs-contacts.js';
import { WwebjsGroups } from './wwebjs-groups.js';
import { WwebjsLabels } from './wwebjs-labels.js';
import { WwebjsChannels } from './wwebjs-channels.js';
import { WwebjsStories } from './wwebjs-stories.js';
import type { StoryStyle } from '../../domain/stories.js';
import type { Channel } from '../../domain/channels.js';
import { WwebjsLookups } from './wwebjs-lookups.js';
import type { Label } from '../../domain/labels.js';
import { WwebjsMessages } from './wwebjs-messages.js';

/**
 * The real driver: whatsapp-web.js on the system Chromium. The connection keeps the client alive (launch,
 * listen, restart with backoff, liveness, teardown); the operations, by what they act on, reach WhatsApp
 * through it. This class only puts them behind the driver interface.
 */
export class WwebjsDriver implements WhatsAppDriver {
  readonly #connection: WwebjsConnection;
  readonly #messages: WwebjsMessages;
  readonly #chats: WwebjsChats;
  readonly #contacts: WwebjsContacts;
  readonly #groups: WwebjsGroups;
  readonly #labels: WwebjsLabels;
  readonly #channels: WwebjsChannels;
  readonly #stories: WwebjsStories;

  constructor(options: WwebjsDriverOptions, deps: WwebjsDriverDeps) {
    const connection = new WwebjsConnection(options, deps);
    const lookups = new WwebjsLookups(connection);
    this.#connection = connection;
    this.#messages = new WwebjsMessages(connection, lookups, deps.clients);
    this.#chats = new WwebjsChats(connection, lookups);
    this.#contacts = new WwebjsContacts(connection, lookups);
    this.#groups = new WwebjsGroups(connection, lookups);
    this.#labels = new WwebjsLabels(connection, lookups);
    this.#channels = new WwebjsChannels(connection, this.#messages, deps.clients);
    this.#stories = new WwebjsStories(connection, lookups, this.#messages, deps.clients);
  }

  subscribe(listener: (event: DriverEvent) => void): () => void {
    return this.#connection.subscribe(listener);
  }

  start(): Promise<void> {
    return this.#connection.start();
  }

  stop(): Promise<void> {
    return this.#connection.stop();
  }

  logout(): Promise<void> {
    return this.#connection.logout();
  }

  activity(): string | undefined {
    return this.#connection.activity();
  }

  webVersion(): WebVersionInUse | null {
    return this.#connection.webVersion();
  }

  dialog(): WhatsAppDialog | null {
    return this.#connection.dialog();
  }

  answerDialog(button: string): Promise<void> {
    return this.#connection.answerDialog(button);
  }

  state(): ConnectionState {
    return this.#connection.state();
  }

  info(): Promise<AccountInfo> {
    return this.#connection.info();
  }

  requestPairingCode(phone: string): Promise<string> {
    return this.#connection.requestPairingCode(phone);
  }

  rejectCall(callId: string): Promise<void> {
    return this.#connection.rejectCall(callId);
  }

  knowsChat(chatId: string): Promise<boolean> {
    return this.#chats.knowsChat(chatId);
  }

  resolve(recipient: Recipient): Promise<string | null> {
    return this.#contacts.resolve(recipient);
  }

  sendText(recipient: Recipient, text: string, options: TextOptions = {}): Promise<SentMessage> {
    return this.#messages.sendText(recipient, text, options);
  }

  sendMedia(recipient: Recipient, media: Media, options: MediaOptions): Promise<SentMessage> {
    return this.#messages.sendMedia(recipient, media, options);
  }

  sendContent(recipient: Recipient, content: RichContent): Promise<SentMessage> {
    return this.#messages.sendContent(recipient, content);
  }

  react(messageId: string, emoji: string): Promise<void> {
    return this.#messages.react(messageId, emoji);
  }

  pin(messageId: string, seconds: number): Promise<void> {
    return this.#messages.pin(messageId, seconds);
  }

  unpin(messageId: string): Promise<void> {
    return this.#messages.unpin(messageId);
  }

  edit(messageId: string, text: string): Promise<void> {
    return this.#messages.edit(messageId, text);
  }

  deleteMessage(messageId: string, options: { everyone: boolean }): Promise<void> {
    return this.#messages.deleteMessage(messageId, options);
  }

  forward(messageId: string, recipient: Recipient): Promise<ForwardedMessage> {
    return this.#messages.forward(messageId, recipient);
  }

  downloadMedia(messageId: string): Promise<Media | null> {
    return this.#messages.downloadMedia(messageId);
  }

  chats(): Promise<ChatSummary[]> {
    return this.#chats.chats();
  }

  chatMessages(chatId: string, limit: number): Promise<InboundMessage[]> {
    return this.#chats.chatMessages(chatId, limit);
  }

  updateChat(chatId: string, change: ChatChange): Promise<void> {
    return this.#chats.updateChat(chatId, change);
  }

  labels(): Promise<Label[]> {
    return this.#labels.labels();
  }

  chatLabels(chatId: string): Promise<Label[]> {
    return this.#labels.chatLabels(chatId);
  }

  setChatLabels(chatId: string, labelIds: string[]): Promise<Label[]> {
    return this.#labels.setChatLabels(chatId, labelIds);
  }

  postTextStory(text: string, style: StoryStyle): Promise<SentMessage> {
    return this.#stories.postTextStory(text, style);
  }

  postMediaStory(media: Media, caption?: string): Promise<SentMessage> {
    return this.#stories.postMediaStory(media, caption);
  }

  deleteStory(storyId: string): Promise<void> {
    return this.#stories.deleteStory(storyId);
  }

  channels(): Promise<Channel[]> {
    return this.#channels.channels();
  }

  channel(channelId: string): Promise<Channel> {
    return this.#channels.channel(channelId);
  }

  createChannel(name: string, description?: string): Promise<Channel> {
    return this.#channels.createChannel(name, description);
  }

  sendChannelMessage(channelId: string, message: ChannelMessage): Promise<SentMessage> {
    return this.#channels.sendChannelMessage(channelId, message);
  }

  followChannel(channelId: string): Promise<void> {
    return this.#channels.followChannel(channelId);
  }

  unfollowChannel(channelId: string): Promise<void> {
    return this.#channels.unfollowChannel(channelId);
  }

  checkNumber(recipient: Recipient): Promise<NumberCheck> {
    return this.#contacts.checkNumber(recipient);
  }

  phoneOfLid(lid: string): Promise<string | null> {
    return this.#contacts.phoneOfLid(lid);
  }

  contact(contactId: string): Promise<ContactInfo> {
    return this.#contacts.contact(contactId);
  }

  setBlocked(contactId: string, blocked: boolean): Promise<void> {
    return this.#contacts.setBlocked(contactId, blocked);
  }

  createGroup(subject: string, participants: string[]): Promise<GroupCreated> {
    return this.#groups.createGroup(subject, participants);
  }

  groups(): Promise<GroupSummary[]> {
    return this.#groups.groups();
  }

  group(groupId: string): Promise<GroupInfo> {
    return this.#groups.group(groupId);
  }

  updateGroup(groupId: string, details: GroupDetails): Promise<void> {
    return this.#groups.updateGroup(groupId, details);
  }

  changeParticipants(groupId: string, changes: ParticipantChanges): Promise<ParticipantResult[]> {
    return this.#groups.changeParticipants(groupId, changes);
  }

  groupInvite(groupId: string, options: { revoke: boolean }): Promise<GroupInvite> {
    return this.#groups.groupInvite(groupId, options);
  }

  leaveGroup(groupId: string): Promise<void> {
    return this.#groups.leaveGroup(groupId);
  }
}
