import { asTransaction } from '../../src/db/transaction.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CampaignStore } from '../../src/campaigns/campaign-store.js';
import { MessageRecord } from '../../src/db/entities/message-record.js';
import { IdempotencyStore } from '../../src/idempotency/idempotency-store.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';
import { MessageLog } from '../../src/messaging/message-log.js';
import { SessionLease, SessionLeaseHeldError } from '../../src/sessions/session-lease.js';
import { WebhookDeliveryRecord } from '../../src/db/entities/webhook-delivery-record.js';
import type { GatewayEvent } from '../../src/events.js';
import { WebhookOutbox } from '../../src/webhooks/webhook-outbox.js';
import { WebhookStore } from '../../src/webhooks/webhook-store.js';
import { scratchDatabase, type StoreKind } from '../utils/databases.js';

async function openStore(kind: StoreKind): Promise<Database> {
  const db = await openDatabase(await scratchDatabase(kind), createLogger('silent'));
  onTestFinished(() => db.close(true));
  return db;
}

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store', (kind) => {
  it('is migrated on open, and the migrations match the entities exactly', async () => {
    const db = await openStore(kind);
    expect(await db.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await db.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('gives an idempotency key to one of many concurrent claims, then its answer to every repeat until it expires', async () => {
    const db = await openStore(kind);
    const store = new IdempotencyStore(db, { ttlMs: 400, leaseMs: 60_000 });
    const claims = await Promise.all(Array.from({ length: 6 }, () => store.claim('scope', 'key-1', 'request-a')));
    expect(claims.filter((claim) => claim.kind === 'run')).toHaveLength(1);
    expect(claims.filter((claim) => claim.kind === 'busy')).toHaveLength(5);

    await store.complete('scope', 'key-1', '{"data":{"sendText":{"id":"m1"}}}');
    expect(await store.claim('scope', 'key-1', 'request-a')).toEqual({ kind: 'replay', result: '{"data":{"sendText":{"id":"m1"}}}' });
    expect(await store.claim('scope', 'key-1', 'request-b')).toEqual({ kind: 'conflict' });
    // Keys are scoped: another API key's same key is another request.
    expect(await store.claim('other-scope', 'key-1', 'request-b')).toEqual({ kind: 'run' });

    await sleep(450);
    expect(await store.claim('scope', 'key-1', 'request-b')).toEqual({ kind: 'run' });
    await store.release('scope', 'key-1');
    expect(await store.claim('scope', 'key-1', 'request-c')).toEqual({ kind: 'run' });
    expect(await store.purgeExpired(new Date(Date.now() + 1_000))).toBe(2);
  });

  it('lets a repeat take over a key whose runner stopped renewing it (its process died)', async () => {
    const db = await openStore(kind);
    const store = new IdempotencyStore(db, { ttlMs: 60_000, leaseMs: 200 });
    expect(await store.claim('scope', 'key-2', 'request')).toEqual({ kind: 'run' });
    expect(await store.claim('scope', 'key-2', 'request')).toEqual({ kind: 'busy' });
    await sleep(250);
    const takeovers = await Promise.all([store.claim('scope', 'key-2', 'request'), store.claim('scope', 'key-2', 'request')]);
    expect(takeovers.map((claim) => claim.kind).sort()).toEqual(['busy', 'run']);
  });

  it('records a sent message and moves its status forward with acks, never back', async () => {
    const db = await openStore(kind);
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

  it('marks a pending message failed on ack -1, with an error', async () => {
    const db = await openStore(kind);
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
    const db = await openStore(kind);
    const log = new MessageLog(db);
    await log.applyAck('early', 1);
    const recording = log.record({ id: 'early', session: 'default', chatId: '966501234567@c.us', kind: 'text' });
    const during = log.applyAck('early', 2);
    await Promise.all([recording, during]);
    expect(await log.find('early')).toMatchObject({ status: 'delivered', ack: 2 });
    const rows = await db.em.fork().count(MessageRecord, {});
    expect(rows).toBe(1);
  });

  it('gives a session to one gateway at a time, and to another once the lease expires', async () => {
    const db = await openStore(kind);
    const first = new SessionLease(db, 'gateway-a pid 1', 300);
    const second = new SessionLease(db, 'gateway-b pid 2', 300);
    await first.acquire('default');
    await expect(second.acquire('default')).rejects.toThrow(SessionLeaseHeldError);
    await expect(second.acquire('default')).rejects.toThrow(/Session "default" is in use by gateway-a pid 1 until/);
    expect(await first.renew('default')).toBe(true);
    await second.acquire('other');

    await sleep(400);
    await second.acquire('default');
    expect(await first.renew('default')).toBe(false);
    await second.release('default');
    await first.acquire('default');
  });

  it('moves campaign recipients through their states with the counts in step, acks following the message', async () => {
    const db = await openStore(kind);
    const store = new CampaignStore(db);
    const log = new MessageLog(db);
    log.follow((em, id, ack) => store.followAck(em, id, ack).then(() => undefined));
    const recipient = (n: number) => ({
      input: `96650123456${n}`,
      chatId: `96650123456${n}@c.us`,
      variables: n === 1 ? { name: 'Ann' } : null,
      message: null,
      state: 'pending' as const,
      error: null,
    });
    const campaign = await store.create({
      session: 'default',
      kind: 'campaign',
      name: 'c',
      message: 'hi',
      scheduledAt: null,
      status: 'running',
      recipients: [recipient(1), recipient(2), recipient(3)],
    });
    expect(campaign).toMatchObject({ total: 3, pendingCount: 3 });

    const first = (await store.pending(campaign.id, 1))[0]!;
    expect(first.chatId).toBe('966501234561@c.us');
    expect(await store.claim(first)).toBe(true);
    expect(await store.claim(first)).toBe(false);
    await log.record({ id: 'm1', session: 'default', chatId: first.chatId, kind: 'text' }, (em) => store.markSent(em, first, 'm1'));
    await log.applyAck('m1', 2);
    await log.applyAck('m1', 3);

    const second = (await store.pending(campaign.id, 1))[0]!;
    await store.claim(second);
    // A crash here leaves `sending`: the next run marks it unknown, never pending again.
    expect(await store.resolveInterrupted(campaign.id)).toBe(1);
    const third = (await store.pending(campaign.id, 1))[0]!;
    expect(third.chatId).toBe('966501234563@c.us');
    // No claim while the campaign is not running: a cancel stops the very next send.
    await store.setStatus(campaign.id, ['running'], 'cancelled');
    expect(await store.claim(third)).toBe(false);
    await store.setStatus(campaign.id, ['cancelled'], 'running');
    expect(await store.claim(third)).toBe(true);
    await store.settle(third, 'sending', 'failed', 'not on WhatsApp');
    expect(await store.pending(campaign.id, 10)).toEqual([]);

    expect(await store.find(campaign.id)).toMatchObject({
      pendingCount: 0,
      sendingCount: 0,
      sentCount: 0,
      deliveredCount: 0,
      readCount: 1,
      failedCount: 1,
      unknownCount: 1,
    });
    const rows = await store.recipients(campaign.id, { first: 10 });
    expect(rows.map((r) => [r.state, r.messageId])).toEqual([
      ['read', 'm1'],
      ['unknown', null],
      ['failed', null],
    ]);
    expect(rows[0]!.variables).toEqual({ name: 'Ann' });
    expect(rows[0]!.readAt).toBeInstanceOf(Date);
    const attempts = await store.attemptsSince('default', new Date(Date.now() - 60_000));
    expect(attempts.count).toBe(3);
    expect(attempts.oldest).toBeInstanceOf(Date);
    expect(Math.abs(attempts.oldest!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('claims a due scheduled campaign once, and never one not yet due', async () => {
    const db = await openStore(kind);
    const store = new CampaignStore(db);
    const base = { session: 'default', kind: 'campaign' as const, name: 'c', message: 'hi', status: 'pending' as const, recipients: [] };
    const due = await store.create({ ...base, scheduledAt: new Date(Date.now() - 1_000) });
    await store.create({ ...base, scheduledAt: new Date(Date.now() + 60_000) });
    await store.create({ ...base, scheduledAt: null });
    const claims = await Promise.all([store.claimDue('default'), store.claimDue('default'), store.claimDue('default')]);
    expect(claims.flat()).toEqual([due.id]);
    expect(await store.find(due.id)).toMatchObject({ status: 'running', startedAt: expect.any(Date) });
    // Paused after it started: it waits for an execute, not for the scheduler.
    await store.setStatus(due.id, ['running'], 'pending');
    expect(await store.claimDue('default')).toEqual([]);
  });

  it('writes an event to the outbox of each webhook that wants it, with the change or not at all', async () => {
    const db = await openStore(kind);
    const store = new WebhookStore(db);
    const outbox = new WebhookOutbox(db, store, async (event) => ({ id: (event.data as { id: string }).id }));
    const acks = await store.create({
      url: 'https://a.example/hooks',
      events: ['message_ack'],
      secret: 'secret-0123456789',
      enabled: true,
    });
    const all = await store.create({ url: 'https://b.example/hooks', events: ['*'], secret: 'secret-0123456789', enabled: true });
    await store.create({ url: 'https://c.example/hooks', events: ['message_ack'], secret: 'secret-0123456789', enabled: false });
    await store.create({ url: 'https://d.example/hooks', events: ['message'], secret: 'secret-0123456789', enabled: true });
    const ack = (id: string): GatewayEvent => ({
      event: 'message_ack',
      session: 'default',
      timestamp: new Date('2026-11-25T10:00:00Z'),
      data: { id, chatId: '966501234567@c.us', ack: 2, status: 'delivered' },
    });

    await outbox.record(ack('kept'));
    await expect(
      db.em.fork().transactional(async (em) => {
        await outbox.record(ack('rolled-back'), asTransaction(em));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const rows = await db.em.fork().find(WebhookDeliveryRecord, {}, { orderBy: { id: 'asc' } });
    expect(rows.map((row) => row.webhookId)).toEqual([acks.id, all.id]);
    expect(rows[0]!.eventId).toBe(rows[1]!.eventId);
    expect(JSON.parse(rows[0]!.payload)).toEqual({
      id: rows[0]!.eventId,
      event: 'message_ack',
      timestamp: '2026-11-25T10:00:00.000Z',
      data: { id: 'kept' },
    });
    expect(rows.every((row) => row.state === 'pending' && row.attempts === 0)).toBe(true);
    expect(await store.due(acks.id, 10)).toHaveLength(1);
    expect(await store.pendingCount()).toBe(2);
  });

  it('lets one gateway at a time deliver a webhook, and another once the lease lapses', async () => {
    const db = await openStore(kind);
    const store = new WebhookStore(db);
    const webhook = await store.create({ url: 'https://a.example/hooks', events: ['*'], secret: 'secret-0123456789', enabled: true });
    const claims = await Promise.all([store.lease(webhook.id, 'gateway-a', 300), store.lease(webhook.id, 'gateway-b', 300)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const [holder, other] = claims[0] ? ['gateway-a', 'gateway-b'] : ['gateway-b', 'gateway-a'];
    expect(await store.lease(webhook.id, holder!, 300)).toBe(true);
    expect(await store.lease(webhook.id, other!, 300)).toBe(false);
    await sleep(350);
    expect(await store.lease(webhook.id, other!, 300)).toBe(true);
    await store.releaseLeases(other!);
    expect(await store.lease(webhook.id, holder!, 300)).toBe(true);
  });
});
