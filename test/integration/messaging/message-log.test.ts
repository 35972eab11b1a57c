import { describe, expect, it } from 'vitest';
import { MessageRecord } from '../../../src/db/entities/message-record.js';
import { MessageLog } from '../../../src/messaging/message-log.js';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: message log', (kind) => {
  it('records a sent message and moves its status forward with acks, never back', async () => {
    const db = await openScratchStore(kind);
    const log = new MessageLog(db);
    await log.record({ id: 'true_966501234567@c.us_A_out', session: 'default', chatId: '966501234567@c.us', kind: 'text' });
    expect(await log.find('true_966501234567@c.us_A_out')).toMatchObject({ status: 'pending', ack: 0, deliveredAt: null });

    await log.applyAck('true_966501234567@c.us_A_out', 2);
    const delivered = await log.find('true_966501234567@c.us_A_out');
    expect(delivered).toMatchObject({ status: 'delivered', ack: 2 });
    expect(delivered?.deliveredAt).toBeInstanceOf(Date);

    await log.applyAck('true_966501234567@c.us_A_out', 3);
    await log.applyAck('true_966501234567@c.us_A_out', 1);
    await log.applyAck('true_966501234567@c.us_A_out', -1);
    const read = await log.find('true_966501234567@c.us_A_out');
    expect(read).toMatchObject({ status: 'read', ack: 3, error: null });
    expect(read?.readAt).toBeInstanceOf(Date);
    expect(read?.deliveredAt?.getTime()).toBe(delivered?.deliveredAt?.getTime());
  });

  it('applies a burst of acks together, and one that cannot be stored does not take the others with it', async () => {
    const db = await openScratchStore(kind);
    const log = new MessageLog(db);
    for (const id of ['a', 'b', 'c']) await log.record({ id, session: 'default', chatId: '966501234567@c.us', kind: 'text' });
    const written: string[] = [];
    await log.applyAcks([
      { id: 'a', ack: 1, alongside: async () => void written.push('a1') },
      { id: 'a', ack: 2, alongside: async () => void written.push('a2') },
      { id: 'b', ack: 3 },
    ]);
    expect(written).toEqual(['a1', 'a2']);
    expect((await log.find('a'))?.status).toBe('delivered');
    expect((await log.find('b'))?.status).toBe('read');

    // A follower that fails for one message: the batch is rolled back and each ack is tried on its own.
    log.follow(async (_em, moved) => {
      if (moved.some(({ id }) => id === 'b')) throw new Error('cannot follow b');
      return [];
    });
    await expect(
      log.applyAcks([
        { id: 'a', ack: 3 },
        { id: 'b', ack: 4 },
        { id: 'c', ack: 2 },
      ]),
    ).rejects.toThrow('1 of 3 acks could not be stored');
    expect([(await log.find('a'))?.status, (await log.find('b'))?.status, (await log.find('c'))?.status]).toEqual([
      'read',
      'read',
      'delivered',
    ]);
  });

  it('moves each message of a mixed burst as if its acks had come one by one', async () => {
    const db = await openScratchStore(kind);
    const log = new MessageLog(db);
    for (const id of ['w', 'x', 'y', 'z']) await log.record({ id, session: 'default', chatId: '966501234567@c.us', kind: 'text' });
    const followed: string[] = [];
    log.follow(async (_em, moved) => {
      followed.push(...moved.map(({ id, ack }) => `${id}${ack}`));
      return [];
    });
    await log.applyAcks([
      { id: 'x', ack: -1, error: 'not on WhatsApp' },
      { id: 'y', ack: -1 },
      { id: 'z', ack: 3 },
      { id: 'z', ack: 1 },
      { id: 'w', ack: 2 },
      { id: 'w', ack: -1 },
      { id: 'x', ack: 2 },
      { id: 'unknown', ack: 2 },
    ]);
    const rows = await db.em.fork().find(MessageRecord, {}, { orderBy: { id: 'asc' } });
    expect(rows.map(({ id, status, error }) => ({ id, status, error }))).toEqual([
      { id: 'w', status: 'delivered', error: null },
      { id: 'x', status: 'delivered', error: 'not on WhatsApp' },
      { id: 'y', status: 'failed', error: 'WhatsApp reported the message as failed' },
      { id: 'z', status: 'read', error: null },
    ]);
    // Each message's moves in their order; an ack that moved nothing is not followed.
    expect(followed.filter((move) => move.startsWith('x'))).toEqual(['x-1', 'x2']);
    expect(followed.toSorted()).toEqual(['w2', 'x-1', 'x2', 'y-1', 'z3']);
  });

  it('marks a pending message failed on ack -1, with an error', async () => {
    const db = await openScratchStore(kind);
    const log = new MessageLog(db);
    await log.record({ id: 'm1', session: 'default', chatId: '966501234567@c.us', kind: 'media' });
    await log.applyAck('m1', -1);
    expect(await log.find('m1')).toMatchObject({
      status: 'failed',
      ack: -1,
      error: 'WhatsApp reported the message as failed',
      kind: 'media',
    });
  });

  it('keeps an ack that arrives before the message is recorded', async () => {
    const db = await openScratchStore(kind);
    const log = new MessageLog(db);
    await log.applyAck('early', 1);
    const recording = log.record({ id: 'early', session: 'default', chatId: '966501234567@c.us', kind: 'text' });
    const during = log.applyAck('early', 2);
    await Promise.all([recording, during]);
    expect(await log.find('early')).toMatchObject({ status: 'delivered', ack: 2 });
    const rows = await db.em.fork().count(MessageRecord, {});
    expect(rows).toBe(1);
  });

  it('deletes the records of messages sent before the cutoff, in batches, and keeps the newer ones', async () => {
    const db = await openScratchStore(kind);
    const log = new MessageLog(db);
    for (let i = 0; i < 7; i += 1) await log.record({ id: `old-${i}`, session: 'default', chatId: '966501234567@c.us', kind: 'text' });
    await log.record({ id: 'new', session: 'default', chatId: '966501234567@c.us', kind: 'text' });
    const longAgo = new Date(Date.now() - 100 * 24 * 60 * 60_000);
    await db.em.fork().nativeUpdate(MessageRecord, { id: { $like: 'old-%' } }, { createdAt: longAgo });

    expect(await log.purgeBefore(new Date(Date.now() - 90 * 24 * 60 * 60_000), 3)).toBe(7);
    expect((await db.em.fork().find(MessageRecord, {})).map((m) => m.id)).toEqual(['new']);
    expect(await log.purgeBefore(new Date(Date.now() - 90 * 24 * 60 * 60_000), 3)).toBe(0);
  });
});

describe('the postgresql store: an ack racing its message record', () => {
  it('applies an ack that moved nothing because the record was written, and looked for its early ack, while the ack was stored', async () => {
    const db = await openScratchStore('postgresql');
    const log = new MessageLog(db);
    const message = { id: 'racing', session: 'default', chatId: '966501234567@c.us', kind: 'text' as const };
    // The ack's transaction has updated no row; before it commits, the record is written and has looked for acks kept for it.
    await log.applyAcks([{ id: 'racing', ack: 2, alongside: () => log.record(message) }]);
    expect(await log.find('racing')).toMatchObject({ status: 'delivered', ack: 2 });
  });
});
