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
 * How many of the newest matches are ranked. Ranking scores every match it is given; a word in every tenth
 * message of a million would be scored 100,000 times for each page. The newest matches are what a person
 * searching a chat looks for, so a page ranks these and reads no further.
 */
export const RANKED_MATCHES = 5_000;

/**
 * One page of a ranked search, as SQL with its values bound: among the newest RANKED_MATCHES matches, the
 * best first (FTS5's bm25, PostgreSQL's ts_rank), the newest first among equals; deleted messages have no
 * words left to match.
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
  const where = [...conditions.map(([condition]) => condition), 'm.deleted_at is null'].join(' and ');
  const params = conditions.map(([, value]) => value);
  if (store === 'postgresql') {
    return {
      sql: `with recent as (
          select m.id, f.search from messages_fts f join messages m on m.id = f.id
          where f.search @@ plainto_tsquery('simple', ?) and ${where}
          order by m.sent_at desc, m.created_at desc limit ${RANKED_MATCHES})
        select m.* from recent r join messages m on m.id = r.id
        order by ts_rank(r.search, plainto_tsquery('simple', ?)) desc, m.sent_at desc, m.created_at desc, m.id desc limit ? offset ?`,
      params: [q, ...params, q, page.limit, page.offset],
    };
  }
  // FTS5 hands its matches over newest stored first (by rowid), so only the newest are scored.
  return {
    sql: `with recent as (
        select f.rowid, bm25(messages_fts) as score from messages_fts f join messages m on m.rowid = f.rowid
        where messages_fts match ? and ${where}
        order by f.rowid desc limit ${RANKED_MATCHES})
      select m.* from recent r join messages m on m.rowid = r.rowid
      order by r.score, m.sent_at desc, m.created_at desc, m.id desc limit ? offset ?`,
    params: [ftsQueryOf(q), ...params, page.limit, page.offset],
  };
}
