import type { ChatChange } from '../../domain/chat-changes.js';
import type { InboundMessage } from '../../domain/driver-events.js';
import type { ChatSummary } from '../driver.js';
import { toChatSummary, toInboundMessage } from './wwebjs-mapping.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsLookups } from './wwebjs-lookups.js';
import type { WwebjsChatHandle } from './wwebjs-client.js';
import { wroteToAccount } from './wwebjs-known-chats.js';

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

/** The account's chats: listed, read, and changed (seen, typing, archived, pinned, muted). */
export class WwebjsChats {
  constructor(
    private readonly conn: WwebjsConnection,
    private readonly lookups: WwebjsLookups,
  ) {}

  async chats(): Promise<ChatSummary[]> {
    const chats = await this.conn.call(() => this.conn.client().getChats(), 'list the chats');
    return chats.map(toChatSummary);
  }

  async chatMessages(chatId: string, limit: number): Promise<InboundMessage[]> {
    const chat = await this.lookups.chatNamed(chatId);
    const messages = await this.conn.call(() => chat.fetchMessages({ limit }), 'read the chat');
    return messages.map(toInboundMessage).sort((a, b) => b.timestamp - a.timestamp);
  }

  /** A chat WhatsApp Web cannot open (no conversation yet) is not known. */
  knowsChat(chatId: string): Promise<boolean> {
    const client = this.conn.client();
    return this.conn.call(async () => wroteToAccount(await client.getChatById(chatId).catch(() => undefined)), 'read the chat');
  }

  async updateChat(chatId: string, change: ChatChange): Promise<void> {
    const chat = await this.lookups.chatNamed(chatId);
    await this.conn.call(() => chatCall(chat, change), 'change the chat');
  }
}
