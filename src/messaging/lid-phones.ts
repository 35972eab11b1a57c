import { LRUCache } from 'lru-cache';
import { LidPhoneRecord } from '../db/entities/lid-phone-record.js';
import type { Database } from '../db/orm.js';
import type { DriverEvent } from '../domain/driver-events.js';
import { isLid, maskChatIds } from '../domain/phone-number.js';
import type { Logger } from '../logger.js';
import type { WhatsAppDriver } from '../whatsapp/driver.js';

/** Pairs kept in memory, least recently used dropped first. */
const KEPT = 10_000;
/** A LID WhatsApp would not pair with a number is not asked about again for this long. */
const UNKNOWN_FOR_MS = 10 * 60_000;

/**
 * Which phone number each LID (`…@lid`) stands for. Accounts moved to LIDs receive messages, reactions and
 * votes from LIDs where their users expect numbers; each pair WhatsApp gives (a send that resolved a number
 * to its LID, a number check, a contact, an answer to `phoneOfLid`) is kept here and in the database, so
 * WhatsApp is asked about a LID once rather than for every message, which it counts against the account.
 */
export class LidPhones {
  readonly #phones = new LRUCache<string, string>({ max: KEPT });
  readonly #unknownUntil = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  /** Keeps a pair; `chatId` is the number's `…@c.us` id. */
  async remember(lid: string, chatId: string): Promise<void> {
    if (!isLid(lid) || isLid(chatId) || this.#phones.get(lid) === chatId) return;
    this.#keep(lid, chatId);
    this.#unknownUntil.delete(lid);
    await this.db.em
      .fork()
      .createQueryBuilder(LidPhoneRecord)
      .insert({ lid, chatId, updatedAt: new Date() })
      .onConflict('lid')
      .merge(['chatId', 'updatedAt'])
      .execute('run');
  }

  /** The phone chat id of a LID: known here, else asked of WhatsApp once (and kept); undefined when it does not say. */
  async phoneOf(lid: string, driver: Pick<WhatsAppDriver, 'phoneOfLid'>): Promise<string | undefined> {
    const known = this.#phones.get(lid) ?? (await this.#stored(lid));
    if (known) return known;
    if ((this.#unknownUntil.get(lid) ?? 0) > Date.now()) return undefined;
    let asked: string | null;
    try {
      asked = await driver.phoneOfLid(lid);
    } catch (error) {
      this.logger.debug({ err: error, lid: maskChatIds(lid) }, 'could not ask WhatsApp for the number of a LID');
      return undefined;
    }
    if (asked === null) {
      this.#unknownUntil.set(lid, Date.now() + UNKNOWN_FOR_MS);
      return undefined;
    }
    await this.remember(lid, asked);
    return asked;
  }

  /**
   * The event with each LID it names given as the number where the number is known, the LID beside it
   * (`fromLid`, `authorLid`, `voterLid`); a LID whose number is not known stays as it is.
   */
  async inPhoneForm(driver: Pick<WhatsAppDriver, 'phoneOfLid'>, event: DriverEvent): Promise<DriverEvent> {
    const phone = async (id: string | undefined) => (id !== undefined && isLid(id) ? await this.phoneOf(id, driver) : undefined);
    switch (event.event) {
      case 'message': {
        const message = event.data;
        const from = message.isGroup ? undefined : await phone(message.from);
        const author = await phone(message.author);
        if (!from && !author) return event;
        return {
          event: 'message',
          data: { ...message, ...(from && { from, fromLid: message.from }), ...(author && { author, authorLid: message.author }) },
        };
      }
      case 'message_reaction':
      case 'message_edit':
      case 'message_revoke': {
        const [from, chatId] = [await phone(event.data.from), await phone(event.data.chatId)];
        if (!from && !chatId) return event;
        return {
          ...event,
          data: { ...event.data, ...(chatId && { chatId }), ...(from && { from, fromLid: event.data.from }) },
        } as DriverEvent;
      }
      case 'story': {
        const from = await phone(event.data.from);
        return from ? { event: 'story', data: { ...event.data, from, fromLid: event.data.from } } : event;
      }
      case 'poll_vote': {
        const [voter, chatId] = [await phone(event.data.voter), await phone(event.data.chatId)];
        if (!voter && !chatId) return event;
        return {
          event: 'poll_vote',
          data: { ...event.data, ...(chatId && { chatId }), ...(voter && { voter, voterLid: event.data.voter }) },
        };
      }
      default:
        return event;
    }
  }

  async #stored(lid: string): Promise<string | undefined> {
    const row = await this.db.em.fork().findOne(LidPhoneRecord, { lid }, { fields: ['chatId'] });
    if (row) this.#keep(lid, row.chatId);
    return row?.chatId;
  }

  #keep(lid: string, chatId: string): void {
    this.#phones.set(lid, chatId);
  }
}
