import { LRUCache } from 'lru-cache';
import { isLid, type Recipient } from '../../domain/phone-number.js';

const DEFAULT_CAPACITY = 10_000;

/**
 * Maps a one-to-one recipient to the id WhatsApp knows it by (its `@c.us` id, or its `@lid` on accounts
 * migrated to LIDs), through getNumberId. Found ids are kept, least recently used dropped first, so a bulk
 * send or a campaign asks WhatsApp once per number; "not on WhatsApp" is not kept, since a number can join.
 */
export class NumberResolver {
  readonly #ids: LRUCache<string, string>;

  constructor(
    private readonly lookup: (number: string) => Promise<string | null>,
    capacity = DEFAULT_CAPACITY,
  ) {
    this.#ids = new LRUCache({ max: capacity });
  }

  /** `fresh` skips the cache: the retry after "No LID for user" must ask WhatsApp again. */
  async resolve(recipient: Recipient, { fresh = false } = {}): Promise<string | null> {
    // A group's id and a LID are already the ids WhatsApp sends to.
    if (recipient.isGroup || isLid(recipient.chatId)) return recipient.chatId;
    const cached = fresh ? undefined : this.#ids.get(recipient.chatId);
    if (cached !== undefined) return cached;
    const id = await this.lookup(recipient.to);
    if (id === null) this.#ids.delete(recipient.chatId);
    else this.#ids.set(recipient.chatId, id);
    return id;
  }

  clear(): void {
    this.#ids.clear();
  }
}
