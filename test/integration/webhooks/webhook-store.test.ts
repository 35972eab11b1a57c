import { asTransaction } from '../../../src/db/transaction.js';
import { describe, expect, it } from 'vitest';
import { WebhookDeliveryRecord } from '../../../src/db/entities/webhook-delivery-record.js';
import type { GatewayEvent } from '../../../src/events.js';
import { WebhookOutbox } from '../../../src/webhooks/webhook-outbox.js';
import { WebhookStore } from '../../../src/webhooks/webhook-store.js';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';
import { eventually } from '../../utils/waiting.js';

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: webhooks', (kind) => {
  it('writes an event to the outbox of each webhook that wants it, with the change or not at all', async () => {
    const db = await openScratchStore(kind);
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
    const db = await openScratchStore(kind);
    const store = new WebhookStore(db);
    const webhook = await store.create({ url: 'https://a.example/hooks', events: ['*'], secret: 'secret-0123456789', enabled: true });
    const claims = await Promise.all([store.lease(webhook.id, 'gateway-a', 300), store.lease(webhook.id, 'gateway-b', 300)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const [holder, other] = claims[0] ? ['gateway-a', 'gateway-b'] : ['gateway-b', 'gateway-a'];
    expect(await store.lease(webhook.id, holder!, 300)).toBe(true);
    expect(await store.lease(webhook.id, other!, 300)).toBe(false);
    await eventually(async () => expect(await store.lease(webhook.id, other!, 300)).toBe(true));
    await store.releaseLeases(other!);
    expect(await store.lease(webhook.id, holder!, 300)).toBe(true);
  });
});
