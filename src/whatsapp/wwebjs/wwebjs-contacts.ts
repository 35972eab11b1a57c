import type { Recipient } from '../../domain/phone-number.js';
import type { ContactInfo, NumberCheck } from '../../domain/contacts.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsLookups } from './wwebjs-lookups.js';

/** Numbers and contacts: whether a number is on WhatsApp, who a contact is, blocking. */
export class WwebjsContacts {
  constructor(
    private readonly conn: WwebjsConnection,
    private readonly lookups: WwebjsLookups,
  ) {}

  resolve(recipient: Recipient): Promise<string | null> {
    return this.conn.call(() => this.conn.numbers.resolve(recipient), 'look up the number');
  }

  async checkNumber(recipient: Recipient): Promise<NumberCheck> {
    const chatId = await this.conn.call(() => this.conn.numbers.resolve(recipient), 'look up the number');
    if (chatId === null) return { exists: false, chatId: null, lid: null };
    return { exists: true, chatId, lid: chatId.endsWith('@lid') ? chatId : (await this.lookups.lidAndPhone(chatId)).lid };
  }

  async phoneOfLid(lid: string): Promise<string | null> {
    this.conn.client();
    const { phone } = await this.lookups.lidAndPhone(lid);
    return phone === null ? null : `${phone}@c.us`;
  }

  async contact(contactId: string): Promise<ContactInfo> {
    const contact = await this.lookups.contact(contactId);
    const id = contact.id._serialized;
    const known = await this.lookups.lidAndPhone(id);
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
    const contact = await this.lookups.contact(contactId);
    await this.conn.call(() => (blocked ? contact.block() : contact.unblock()), blocked ? 'block the contact' : 'unblock the contact');
  }
}
