import { clientNotReady, notFound } from '../../errors.js';
import { maskChatIds } from '../../domain/phone-number.js';
import { isGroupChat } from './wwebjs-mapping.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsChatHandle, WwebjsClient, WwebjsContact, WwebjsGroupHandle, WwebjsMessageHandle } from './wwebjs-client.js';
import { firstLine } from './wwebjs-errors.js';

/** What the operations look up in WhatsApp before they act: a chat, a group, a contact, a message, an id's LID. */
export class WwebjsLookups {
  constructor(private readonly conn: WwebjsConnection) {}

  contact(contactId: string): Promise<WwebjsContact> {
    return this.lookUp((client) => client.getContactById(contactId), 'Contact not found');
  }

  /**
   * What whatsapp-web.js finds; NOT_FOUND with `missing` when it finds nothing, which it says by failing
   * inside the page (or, for a chat, by answering nothing). A failure on a client that has meanwhile gone
   * away is "not ready".
   */
  async lookUp<T>(find: (client: WwebjsClient) => Promise<T | undefined>, missing: string): Promise<T> {
    const client = this.conn.client();
    let found: T | undefined;
    try {
      found = await find(client);
    } catch (error) {
      if (this.conn.state() !== 'CONNECTED') throw clientNotReady();
      this.conn.log.debug({ reason: maskChatIds(firstLine(error)) }, `lookup failed: ${missing}`);
    }
    if (found === undefined) throw notFound(missing);
    return found;
  }

  /** The LID and phone WhatsApp pairs with an id, where it says; nulls where it does not. */
  async lidAndPhone(id: string): Promise<{ lid: string | null; phone: string | null }> {
    try {
      const [pair] = await this.conn.client().getContactLidAndPhone([id]);
      return { lid: pair?.lid || null, phone: pair?.pn ? pair.pn.split('@')[0]! : null };
    } catch {
      return { lid: null, phone: null };
    }
  }

  /** The chat WhatsApp has by this id; NOT_FOUND when it has none. */
  chatNamed(chatId: string, missing = 'Chat not found'): Promise<WwebjsChatHandle> {
    return this.lookUp((client) => client.getChatById(chatId), missing);
  }

  /** The group WhatsApp has by this id, with the account still in it; NOT_FOUND otherwise. */
  async groupNamed(groupId: string): Promise<WwebjsGroupHandle> {
    const chat = await this.chatNamed(groupId, 'Group not found');
    if (!isGroupChat(chat) || chat.isReadOnly === true) throw notFound('Group not found');
    return chat;
  }

  /** The message WhatsApp knows by this id; NOT_FOUND when it knows none (or the id is malformed). */
  async message(messageId: string): Promise<WwebjsMessageHandle> {
    const client = this.conn.client();
    let message: WwebjsMessageHandle | null;
    try {
      message = await client.getMessageById(messageId);
    } catch (error) {
      if (/Invalid serialized message id/.test(firstLine(error))) throw notFound('Message not found');
      throw this.conn.failure(error, 'WhatsApp could not look up the message');
    }
    if (!message) throw notFound('Message not found');
    return message;
  }
}
