import { OptOutRecord } from '../db/entities/opt-out-record.js';
import type { Database } from '../db/orm.js';

/** Chat ids checked per query when a whole campaign's recipients are looked up. */
const LOOKUP_CHUNK = 500;

/**
 * The chats that asked not to get campaigns, per session (per linked account). An inbound message that is
 * exactly one of the opt-out keywords puts its sender here; the API adds and removes entries by hand.
 */
export class OptOutList {
  readonly #keywords: ReadonlySet<string>;

  constructor(
    private readonly db: Database,
    keywords: readonly string[],
  ) {
    this.#keywords = new Set(keywords.map(normaliseKeyword));
  }

  /** The keyword the text is, if it is one (case-insensitive, surrounding spaces ignored). */
  keywordIn(text: string): string | undefined {
    const candidate = normaliseKeyword(text);
    return this.#keywords.has(candidate) ? candidate : undefined;
  }

  /** False when the chat was already on the list (its first reason is kept). */
  async add(session: string, chatId: string, source: OptOutRecord['source'], keyword: string | null = null): Promise<boolean> {
    const em = this.db.em.fork();
    const inserted = await em
      .createQueryBuilder(OptOutRecord)
      .insert({ session, chatId, source, keyword, createdAt: new Date() })
      .onConflict(['session', 'chatId'])
      .ignore()
      .execute('run');
    return inserted.affectedRows === 1;
  }

  async remove(session: string, chatId: string): Promise<boolean> {
    return (await this.db.em.fork().nativeDelete(OptOutRecord, { session, chatId })) === 1;
  }

  async has(session: string, chatId: string): Promise<boolean> {
    return (await this.db.em.fork().count(OptOutRecord, { session, chatId })) > 0;
  }

  /** Which of these chats opted out. */
  async among(session: string, chatIds: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const em = this.db.em.fork();
    for (let start = 0; start < chatIds.length; start += LOOKUP_CHUNK) {
      const rows = await em.find(
        OptOutRecord,
        { session, chatId: { $in: chatIds.slice(start, start + LOOKUP_CHUNK) } },
        { fields: ['chatId'] },
      );
      for (const row of rows) found.add(row.chatId);
    }
    return found;
  }

  /** Forgets a session's whole list; answers how many chats were on it. */
  deleteOfSession(session: string): Promise<number> {
    return this.db.em.fork().nativeDelete(OptOutRecord, { session });
  }

  list(session: string): Promise<OptOutRecord[]> {
    return this.db.em.fork().find(OptOutRecord, { session }, { orderBy: { createdAt: 'asc', chatId: 'asc' } });
  }
}

const normaliseKeyword = (text: string) => text.trim().toLocaleUpperCase('en-US');
