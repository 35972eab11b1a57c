import { asTransaction } from '../../../src/db/transaction.js';
import { describe, expect, it } from 'vitest';
import { WebhookAttemptRecord } from '../../../src/db/entities/webhook-attempt-record.js';
import { WebhookDeliveryRecord } from '../../../src/db/entities/webhook-delivery-record.js';
import { WebhookRecord } from '../../../src/db/entities/webhook-record.js';
import type { GatewayEvent } from '../../../src/events.js';
import { WebhookOutbox } from '../../../src/webhooks/webhook-outbox.js';
import { WebhookStore } from '../../../src/webhooks/webhook-store.js';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';
import { eventually } from '../../utils/waiting.js';

/** An enabled webhook that hears every event of the default session. */
const EVERY_EVENT = { sessions: ['default'], url: 'https://a.example/hooks', events: ['*'], secret: 'secret-0123456789', enabled: true };

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: webhooks', (kind) => {
  it('keeps the enabled webhooks between changes, and every change made here or announced by another node is seen at once', async () => {
    const db = await openScratchStore(kind);
    const other = new WebhookStore(db);
    // Two nodes on one database: each change on `here` is announced to `other`, as the cluster channel does.
    const here = new WebhookStore(db, () => other.forgetEnabled());
    const hook = { sessions: ['default'], url: 'https://a.example/hooks', events: ['*'], secret: 'secret-0123456789', enabled: true };
    expect(await other.enabled()).toEqual([]);
    const created = await here.create(hook);
    expect((await other.enabled()).map((webhook) => webhook.id)).toEqual([created.id]);
    expect((await here.enabled()).map((webhook) => webhook.id)).toEqual([created.id]);
    await here.update(created.id, { enabled: false });
    expect([await here.enabled(), await other.enabled()]).toEqual([[], []]);
    await here.update(created.id, { enabled: true, events: ['message'] });
    expect((await other.enabled())[0]?.events).toEqual(['message']);
    await here.delete(created.id);
    expect(await other.enabled()).toEqual([]);

    // A change nobody announced (another node's word lost) is not seen until the list is read again.
    const silent = new WebhookStore(db);
    await silent.create({ ...hook, url: 'https://b.example/hooks' });
    expect(await other.enabled()).toEqual([]);
    other.forgetEnabled();
    expect(await other.enabled()).toHaveLength(1);
  });

  it('writes an event to the outbox of each webhook that wants it, with the change or not at all', async () => {
    const db = await openScratchStore(kind);
    const store = new WebhookStore(db);
    const outbox = new WebhookOutbox(db, store, async (event) => ({ id: (event.data as { id: string }).id }));
    const acks = await store.create({
      sessions: ['default'],
      url: 'https://a.example/hooks',
      events: ['message_ack'],
      secret: 'secret-0123456789',
      enabled: true,
    });
    const all = await store.create({
      sessions: ['default'],
      url: 'https://b.example/hooks',
      events: ['*'],
      secret: 'secret-0123456789',
      enabled: true,
    });
    await store.create({
      sessions: ['default'],
      url: 'https://c.example/hooks',
      events: ['message_ack'],
      secret: 'secret-0123456789',
      enabled: false,
    });
    await store.create({
      sessions: ['default'],
      url: 'https://d.example/hooks',
      events: ['message'],
      secret: 'secret-0123456789',
      enabled: true,
    });
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
      session: 'default',
      timestamp: '2026-11-25T10:00:00.000Z',
      data: { id: 'kept' },
    });
    expect(rows.every((row) => row.state === 'pending' && row.attempts === 0)).toBe(true);
    expect(await store.due(acks.id, 10)).toHaveLength(1);
    expect(await store.pendingCount()).toBe(2);
  });

  it('lets one gateway at a time deliver a webhook, and another once the lease lapses', async () => {
    const db = await openScratchStore(kind);
    const store = new WebhookStore(db);
    const webhook = await store.create(EVERY_EVENT);
    const claims = await Promise.all([store.lease(webhook.id, 'gateway-a', 300), store.lease(webhook.id, 'gateway-b', 300)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const [holder, other] = claims[0] ? ['gateway-a', 'gateway-b'] : ['gateway-b', 'gateway-a'];
    expect(await store.lease(webhook.id, holder!, 300)).toBe(true);
    expect(await store.lease(webhook.id, other!, 300)).toBe(false);
    // The 300 ms lease lapses without a renewal, and the other gateway takes it.
    await eventually(async () => expect(await store.lease(webhook.id, other!, 300)).toBe(true), 1_000);
    await store.releaseLeases(other!);
    expect(await store.lease(webhook.id, holder!, 300)).toBe(true);
  });

  it("records deliveries that arrived together, each with its own attempt's time and status, and ends the failure streak", async () => {
    const db = await openScratchStore(kind);
    const store = new WebhookStore(db);
    const webhook = await store.create(EVERY_EVENT);
    await db.em.fork().nativeUpdate(WebhookRecord, { id: webhook.id }, { failingSince: new Date('2026-12-01T00:00:00Z') });
    await db.em.fork().transactional((em) =>
      store.enqueue(
        em,
        ['a', 'b', 'c'].map((name) => ({ webhookId: webhook.id, eventId: name.padEnd(36, '-'), event: 'message', payload: '{}' })),
      ),
    );
    const [first, second, third] = await store.due(webhook.id, 10);
    const at = (second: number) => new Date(`2026-12-06T10:00:0${second}Z`);
    await store.settleDelivered(
      [
        { delivery: first!, attempt: { attemptedAt: at(1), statusCode: 200, durationMs: 3, error: null } },
        { delivery: second!, attempt: { attemptedAt: at(2), statusCode: 204, durationMs: 4, error: null } },
      ],
      true,
    );

    const rows = await db.em.fork().find(WebhookDeliveryRecord, {}, { orderBy: { id: 'asc' } });
    expect(
      rows.map(({ state, attempts, lastAttemptAt, deliveredAt, lastStatusCode, lastError }) => ({
        state,
        attempts,
        lastAttemptAt,
        deliveredAt,
        lastStatusCode,
        lastError,
      })),
    ).toEqual([
      { state: 'delivered', attempts: 1, lastAttemptAt: at(1), deliveredAt: at(1), lastStatusCode: 200, lastError: null },
      { state: 'delivered', attempts: 1, lastAttemptAt: at(2), deliveredAt: at(2), lastStatusCode: 204, lastError: null },
      { state: 'pending', attempts: 0, lastAttemptAt: null, deliveredAt: null, lastStatusCode: null, lastError: null },
    ]);
    const attempts = await db.em.fork().find(WebhookAttemptRecord, {}, { orderBy: { id: 'asc' } });
    expect(attempts.map(({ deliveryId, statusCode, durationMs }) => [deliveryId, statusCode, durationMs])).toEqual([
      [first!.id, 200, 3],
      [second!.id, 204, 4],
    ]);
    expect((await db.em.fork().findOneOrFail(WebhookRecord, webhook.id)).failingSince).toBeNull();
    expect((await store.due(webhook.id, 10)).map((delivery) => delivery.id)).toEqual([third!.id]);
  });

  it('deletes ended deliveries older than the cutoff with their attempts, in batches, and keeps pending and recent ones', async () => {
    const db = await openScratchStore(kind);
    const store = new WebhookStore(db);
    const webhook = await store.create(EVERY_EVENT);
    const enqueue = (eventId: string) =>
      db.em.fork().transactional((em) => store.enqueue(em, [{ webhookId: webhook.id, eventId, event: 'message', payload: '{}' }]));
    for (const id of [
      'delivered-1',
      'delivered-2',
      'delivered-3',
      'delivered-4',
      'dead-1',
      'dead-never-tried',
      'pending-old',
      'delivered-recent',
    ]) {
      await enqueue(id.padEnd(36, '-'));
    }
    const deliveries = await db.em.fork().find(WebhookDeliveryRecord, {}, { orderBy: { id: 'asc' } });
    const idOf = (eventId: string) => deliveries.find((d) => d.eventId.startsWith(eventId))!.id;
    const longAgo = new Date(Date.now() - 30 * 24 * 60 * 60_000);
    const em = db.em.fork();
    for (const name of ['delivered-1', 'delivered-2', 'delivered-3', 'delivered-4', 'dead-1']) {
      await em.nativeUpdate(
        WebhookDeliveryRecord,
        { id: idOf(name) },
        { state: name.startsWith('dead') ? 'dead' : 'delivered', lastAttemptAt: longAgo },
      );
      await em.insert(WebhookAttemptRecord, { deliveryId: idOf(name), attemptedAt: longAgo, statusCode: 200, durationMs: 5, error: null });
    }
    await em.nativeUpdate(WebhookDeliveryRecord, { id: idOf('dead-never-tried') }, { state: 'dead', createdAt: longAgo });
    await em.nativeUpdate(WebhookDeliveryRecord, { id: idOf('pending-old') }, { createdAt: longAgo });
    await em.nativeUpdate(WebhookDeliveryRecord, { id: idOf('delivered-recent') }, { state: 'delivered', lastAttemptAt: new Date() });
    await em.insert(WebhookAttemptRecord, {
      deliveryId: idOf('delivered-recent'),
      attemptedAt: new Date(),
      statusCode: 200,
      durationMs: 5,
      error: null,
    });

    expect(await store.purgeFinished(new Date(Date.now() - 7 * 24 * 60 * 60_000), 2)).toBe(6);
    const left = await db.em.fork().find(WebhookDeliveryRecord, {}, { orderBy: { id: 'asc' } });
    expect(left.map((d) => [d.eventId.replace(/-+$/, ''), d.state])).toEqual([
      ['pending-old', 'pending'],
      ['delivered-recent', 'delivered'],
    ]);
    expect((await db.em.fork().find(WebhookAttemptRecord, {})).map((a) => a.deliveryId)).toEqual([idOf('delivered-recent')]);
  });
});
