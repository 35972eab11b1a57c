import { raw } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { CampaignStore } from '../../../src/campaigns/campaign-store.js';
import { CampaignRecord } from '../../../src/db/entities/campaign-record.js';
import { OptOutRecord } from '../../../src/db/entities/opt-out-record.js';
import type { Database } from '../../../src/db/orm.js';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';

/** The statements that reach the database's driver, with what is bound to them. */
function watchStatements(db: Database): Array<{ sql: string; bindings: unknown[] }> {
  const seen: Array<{ sql: string; bindings: unknown[] }> = [];
  db.em
    .getConnection()
    .getKnex()
    .on('query', (query: { sql: string; bindings?: unknown[] }) => seen.push({ sql: query.sql, bindings: query.bindings ?? [] }));
  return seen;
}

const hostile = `it's -- a ? "value"; drop table opt_outs; \u{1F600} مرحبا`;

describe.each<StoreKind>(['sqlite', 'postgresql'])('statements on %s', (kind) => {
  it('carry their values bound, never in their text, and keep them exactly', async () => {
    const db = await openScratchStore(kind);
    const seen = watchStatements(db);
    const em = db.em.fork();
    await em.insert(OptOutRecord, { session: 'default', chatId: hostile, source: 'api', keyword: null, createdAt: new Date() });
    const found = await db.em.fork().findOneOrFail(OptOutRecord, { session: 'default', chatId: hostile });
    expect(found.chatId).toBe(hostile);
    const written = seen.filter(({ sql }) => /opt_outs/.test(sql));
    expect(written.length).toBeGreaterThanOrEqual(2);
    for (const { sql, bindings } of written) {
      expect(sql).not.toContain('drop table');
      expect(bindings).toContain(hostile);
    }
  });

  it('bind the values of raw fragments and lists, and repeat their text whatever the values', async () => {
    const db = await openScratchStore(kind);
    const store = new CampaignStore(db);
    const campaign = (name: string) =>
      store.create({ session: 'default', kind: 'campaign', name, message: 'hi', scheduledAt: null, status: 'running', recipients: [] });
    const ids = [(await campaign('first')).id, (await campaign('second')).id];
    const seen = watchStatements(db);
    const startedAt = [new Date('2026-01-02T03:04:05.678Z'), new Date('2026-02-03T04:05:06.789Z')];
    for (const [i, id] of ids.entries()) {
      await db.em
        .fork()
        .nativeUpdate(
          CampaignRecord,
          { id, status: { $in: ['running', 'paused'] } },
          { startedAt: raw('coalesce(started_at, ?)', [startedAt[i]]) },
        );
    }
    const [first, second] = seen;
    expect(first!.sql).toBe(second!.sql);
    expect(first!.bindings).toContainEqual(startedAt[0]);
    const stored = await db.em.fork().find(CampaignRecord, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
    expect(stored.map((row) => row.startedAt?.toISOString())).toEqual(startedAt.map((at) => at.toISOString()));
  });
});
