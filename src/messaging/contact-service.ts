import type { ContactInfo, NumberCheck } from '../domain/contacts.js';
import type { Recipient } from '../domain/phone-number.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { LidPhones } from './lid-phones.js';

/** WhatsApp's users as a session's account sees them: whether a number is on WhatsApp, who someone is, blocking. */
export class ContactService {
  constructor(
    private readonly openSessions: SessionManager,
    private readonly lids: LidPhones,
  ) {}

  /** Each number and LID WhatsApp pairs in an answer is kept, for events that name only the LID. */
  async check(session: string, recipient: Recipient): Promise<NumberCheck> {
    const check = await this.openSessions.get(session).driver.checkNumber(recipient);
    if (check.lid && check.chatId) await this.lids.remember(check.lid, check.chatId);
    return check;
  }

  async find(session: string, contactId: string): Promise<ContactInfo> {
    const contact = await this.openSessions.get(session).driver.contact(contactId);
    if (contact.lid && contact.phone) await this.lids.remember(contact.lid, `${contact.phone}@c.us`);
    return contact;
  }

  async setBlocked(session: string, contactId: string, blocked: boolean): Promise<ContactInfo> {
    const { driver } = this.openSessions.get(session);
    await driver.setBlocked(contactId, blocked);
    return driver.contact(contactId);
  }
}
