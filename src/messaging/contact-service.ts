import type { ContactInfo, NumberCheck } from '../domain/contacts.js';
import type { Recipient } from '../domain/phone-number.js';
import type { SessionManager } from '../sessions/session-manager.js';

/** WhatsApp's users as a session's account sees them: whether a number is on WhatsApp, who someone is, blocking. */
export class ContactService {
  constructor(private readonly sessions: SessionManager) {}

  check(session: string, recipient: Recipient): Promise<NumberCheck> {
    return this.sessions.get(session).driver.checkNumber(recipient);
  }

  find(session: string, contactId: string): Promise<ContactInfo> {
    return this.sessions.get(session).driver.contact(contactId);
  }

  async setBlocked(session: string, contactId: string, blocked: boolean): Promise<ContactInfo> {
    const { driver } = this.sessions.get(session);
    await driver.setBlocked(contactId, blocked);
    return driver.contact(contactId);
  }
}
