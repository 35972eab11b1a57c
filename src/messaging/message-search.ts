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

/** The filters as conditions on the table `alias` (its session, chat_id, sender and sent_at), each with its value. */
function filterConditions(alias: string, filters: SearchFilters, time: (date: Date) => unknown): Array<[string, unknown]> {
  const conditions: Array<[string, unknown]> = [[`${alias}.session = ?`, filters.session]];
  if (filters.chatId !== undefined) conditions.push([`${alias}.chat_id = ?`, filters.chatId]);
  if (filters.from !== undefined) conditions.push([`${alias}.sender = ?`, filters.from]);
  if (filters.before !== undefined) conditions.push([`${alias}.sent_at < ?`, time(filters.before)]);
  if (filters.after !== undefined) conditions.push([`${alias}.sent_at > ?`, time(filters.after)]);
  return conditions;
}

/**
 * One page of a ranked search on SQLite, as SQL with its values bound: among the newest RANKED_MATCHES
 * matches, the best first (FTS5's bm25), the newest first among equals; deleted messages have no words left
 * to match.
 */
export function sqliteSearchStatement(
  q: string,
  filters: SearchFilters,
  page: { limit: number; offset: number },
): { sql: string; params: unknown[] } {
  // SQLite keeps times as milliseconds.
  const conditions = filterConditions('m', filters, (date) => date.getTime());
  const where = [...conditions.map(([condition]) => condition), 'm.deleted_at is null'].join(' and ');
  // FTS5 hands its matches over newest stored first (by rowid), so only the newest are scored.
  return {
    sql: `with recent as (
        select f.rowid, bm25(messages_fts) as score from messages_fts f join messages m on m.rowid = f.rowid
        where messages_fts match ? and ${where}
        order by f.rowid desc limit ${RANKED_MATCHES})
      select m.* from recent r join messages m on m.rowid = r.rowid
      order by r.score, m.sent_at desc, m.created_at desc, m.id desc limit ? offset ?`,
    params: [ftsQueryOf(q), ...conditions.map(([, value]) => value), page.limit, page.offset],
  };
}

/**
 * One page of a ranked search on PostgreSQL, with its values bound: among the newest RANKED_MATCHES matches
 * (in the order they were stored), the best first by ts_rank, the newest first among equals. The search
 * table carries every column a search filters and orders by, so the planner chooses by the words: a rare
 * word's few matches from the GIN index, a common word's newest matches by walking the (session, seq) btree
 * backwards until enough are found; only the page's messages are read.
 */
export function postgresqlSearchStatement(
  q: string,
  filters: SearchFilters,
  page: { limit: number; offset: number },
): { sql: string; params: unknown[] } {
  const conditions = filterConditions('f', filters, (date) => date);
  return {
    sql: `with recent as (
        select f.id, f.seq, f.search from messages_fts f
        where f.search @@ plainto_tsquery('simple', ?) and ${conditions.map(([condition]) => condition).join(' and ')}
        order by f.seq desc limit ${RANKED_MATCHES}),
      ranked as (
        select r.id, r.seq, ts_rank(r.search, plainto_tsquery('simple', ?)) as score from recent r
        order by score desc, r.seq desc limit ? offset ?)
      select m.* from ranked k join messages m on m.id = k.id order by k.score desc, k.seq desc`,
    params: [q, ...conditions.map(([, value]) => value), q, page.limit, page.offset],
  };
}
