import type { Config } from '../config.js';

/** Which messages a search looks at, besides its words. */
export interface SearchFilters {
  session: string;
  chatId?: string | undefined;
  /** The sender: a number's chat id (the account's own messages are `from` nobody). */
  from?: string | undefined;
  before?: Date | undefined;
  after?: Date | undefined;
}

/**
 * The words of a query as each store's full-text index takes them, every word required: FTS5 gets each as
 * a quoted string (so no character of the query is FTS5 syntax), PostgreSQL gets the text to
 * plainto_tsquery, which reads no syntax at all.
 */
export function ftsQueryOf(q: string): string {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replace(/"/g, '""')}"`)
    .join(' ');
}

/**
 * One page of a ranked search, as SQL with its values bound: the best matches first (FTS5's bm25,
 * PostgreSQL's ts_rank), the newest first among equals; deleted messages have no words left to match.
 */
export function searchStatement(
  store: Config['database']['kind'],
  q: string,
  filters: SearchFilters,
  page: { limit: number; offset: number },
  /** A date as the store keeps it (SQLite: milliseconds). */
  dateValue: (date: Date) => unknown,
): { sql: string; params: unknown[] } {
  const conditions: Array<[string, unknown]> = [['m.session = ?', filters.session]];
  if (filters.chatId !== undefined) conditions.push(['m.chat_id = ?', filters.chatId]);
  if (filters.from !== undefined) conditions.push(['m.sender = ?', filters.from]);
  if (filters.before !== undefined) conditions.push(['m.sent_at < ?', dateValue(filters.before)]);
  if (filters.after !== undefined) conditions.push(['m.sent_at > ?', dateValue(filters.after)]);
  const where = [...conditions.map(([condition]) => condition), 'm.deleted_at is null'];
  const params = conditions.map(([, value]) => value);
  if (store === 'postgresql') {
    return {
      sql: `select m.* from messages_fts f join messages m on m.id = f.id, plainto_tsquery('simple', ?) query
        where f.search @@ query and ${where.join(' and ')}
        order by ts_rank(f.search, query) desc, m.sent_at desc, m.created_at desc, m.id desc limit ? offset ?`,
      params: [q, ...params, page.limit, page.offset],
    };
  }
  return {
    sql: `select m.* from messages_fts f join messages m on m.rowid = f.rowid
      where messages_fts match ? and ${where.join(' and ')}
      order by bm25(messages_fts), m.sent_at desc, m.created_at desc, m.id desc limit ? offset ?`,
    params: [ftsQueryOf(q), ...params, page.limit, page.offset],
  };
}
