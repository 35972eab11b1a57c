import type { OptOutRecord } from '../db/entities/opt-out-record.js';
import type { DriverEvent } from '../domain/driver-events.js';
import { maskNumber, type Recipient } from '../domain/phone-number.js';
import { notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import type { OptOutList } from './opt-out-list.js';

/** The opt-out list as users change it: through the API, or by sending one of the keywords. */
export class OptOutService {
  constructor(
    private readonly optOutList: OptOutList,
    private readonly logger: Logger,
  ) {}

  list(session: string): Promise<OptOutRecord[]> {
    return this.optOutList.list(session);
  }

  async add(session: string, recipient: Recipient): Promise<boolean> {
    const added = await this.optOutList.add(session, recipient.chatId, 'api');
    if (added) this.logger.info({ session, chat: maskNumber(recipient.to) }, 'opted out by the API');
    return added;
  }

  async remove(session: string, recipient: Recipient): Promise<boolean> {
    const removed = await this.optOutList.remove(session, recipient.chatId);
    if (!removed) throw notFound('That number is not on the opt-out list');
    this.logger.info({ session, chat: maskNumber(recipient.to) }, 'removed from the opt-out list');
    return removed;
  }

  /** Opts the sender out when an incoming message is exactly one of the keywords. */
  async optOutByKeyword(session: string, event: DriverEvent): Promise<void> {
    if (event.event !== 'message' || event.data.fromMe || event.data.isGroup) return;
    const keyword = this.optOutList.keywordIn(event.data.body);
    if (!keyword) return;
    if (await this.optOutList.add(session, event.data.from, 'keyword', keyword)) {
      this.logger.info({ session, chat: maskNumber(event.data.from), keyword }, 'opted out by keyword');
    }
  }
}
