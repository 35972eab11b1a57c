import { describe, expect, it } from 'vitest';
import { CampaignStore } from '../../../src/campaigns/campaign-store.js';
import { RecipientLedger, type FollowedAcks } from '../../../src/campaigns/recipient-ledger.js';
import { MessageLog } from '../../../src/messaging/message-log.js';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';
import { CampaignAnnouncer } from '../../../src/campaigns/campaign-announcer.js';
import { CampaignService } from '../../../src/campaigns/campaign-service.js';
import { EventBus, type GatewayEvent } from '../../../src/events.js';
import { createLogger } from '../../../src/logger.js';

/** The events published on the bus, in order. */
class HeardBus extends EventBus {
  readonly heard: GatewayEvent[] = [];

  override publish(event: GatewayEvent): void {
    this.heard.push(event);
  }
}

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: campaigns', (kind) => {
  it('moves campaign recipients through their states with the counts in step, acks following the message', async () => {
    const db = await openScratchStore(kind);
    const store = new CampaignStore(db);
    const ledger = new RecipientLedger(db);
    const log = new MessageLog(db);
    log.follow((em, moved) => ledger.followAcks(em, moved).then(() => []));
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

    const first = (await ledger.pending(campaign.id, 1))[0]!;
    expect(first.chatId).toBe('966501234561@c.us');
    expect(await ledger.claim(first)).toBe(true);
    expect(await ledger.claim(first)).toBe(false);
    await log.record({ id: 'm1', session: 'default', chatId: first.chatId, kind: 'text' }, (em) => ledger.markSent(em, first, 'm1'));
    await log.applyAck('m1', 2);
    await log.applyAck('m1', 3);

    const second = (await ledger.pending(campaign.id, 1))[0]!;
    await ledger.claim(second);
    // A crash here leaves `sending`: the next run marks it unknown, never pending again.
    expect(await ledger.resolveInterrupted(campaign.id)).toBe(1);
    const third = (await ledger.pending(campaign.id, 1))[0]!;
    expect(third.chatId).toBe('966501234563@c.us');
    // No claim while the campaign is not running: a cancel stops the very next send.
    await store.setStatus(campaign.id, ['running'], 'cancelled');
    expect(await ledger.claim(third)).toBe(false);
    await store.setStatus(campaign.id, ['cancelled'], 'running');
    expect(await ledger.claim(third)).toBe(true);
    await ledger.settle(third, 'sending', 'failed', 'not on WhatsApp');
    expect(await ledger.pending(campaign.id, 10)).toEqual([]);

    expect(await store.find(campaign.id)).toMatchObject({
      pendingCount: 0,
      sendingCount: 0,
      sentCount: 0,
      deliveredCount: 0,
      readCount: 1,
      failedCount: 1,
      unknownCount: 1,
    });
    const rows = await ledger.recipients(campaign.id, { first: 10 });
    expect(rows.map((r) => [r.state, r.messageId])).toEqual([
      ['read', 'm1'],
      ['unknown', null],
      ['failed', null],
    ]);
    expect(rows[0]!.variables).toEqual({ name: 'Ann' });
    expect(rows[0]!.readAt).toBeInstanceOf(Date);
    const attempts = await ledger.attemptsSince('default', new Date(Date.now() - 60_000));
    expect(attempts.count).toBe(3);
    expect(attempts.oldest).toBeInstanceOf(Date);
    expect(Math.abs(attempts.oldest!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('follows a burst of acks over two campaigns at once: each recipient moved in order, each campaign counted once', async () => {
    const db = await openScratchStore(kind);
    const store = new CampaignStore(db);
    const ledger = new RecipientLedger(db);
    const log = new MessageLog(db);
    const followed: FollowedAcks[] = [];
    log.follow(async (em, moved) => {
      followed.push(await ledger.followAcks(em, moved));
      return [];
    });
    const campaignOf = (name: string, phones: string[]) =>
      store.create({
        session: 'default',
        kind: 'campaign',
        name,
        message: 'hi',
        scheduledAt: null,
        status: 'running',
        recipients: phones.map((phone) => ({
          input: phone,
          chatId: `${phone}@c.us`,
          variables: null,
          message: null,
          state: 'pending' as const,
          error: null,
        })),
      });
    const first = await campaignOf('first', ['966501234561', '966501234562']);
    const second = await campaignOf('second', ['966501234563']);
    for (const campaign of [first, second]) {
      for (const recipient of await ledger.pending(campaign.id, 10)) {
        await ledger.claim(recipient);
        const id = `m-${recipient.chatId}`;
        await log.record({ id, session: 'default', chatId: recipient.chatId, kind: 'text' }, (em) => ledger.markSent(em, recipient, id));
      }
    }
    await log.applyAcks([
      { id: 'm-966501234561@c.us', ack: 1 },
      { id: 'm-966501234561@c.us', ack: 2 },
      { id: 'm-966501234563@c.us', ack: -1 },
      { id: 'm-966501234562@c.us', ack: 3 },
      { id: 'm-966501234561@c.us', ack: 3 },
      { id: 'not-a-campaign-message', ack: 2 },
    ]);
    expect(followed.map((batch) => batch.moved)).toEqual([
      [
        { campaignId: first.id, chatId: '966501234561@c.us', state: 'delivered' },
        { campaignId: second.id, chatId: '966501234563@c.us', state: 'failed' },
        { campaignId: first.id, chatId: '966501234562@c.us', state: 'read' },
        { campaignId: first.id, chatId: '966501234561@c.us', state: 'read' },
      ],
    ]);
    // Each campaign as the batch left it, which its progress is announced from.
    expect(Object.fromEntries(followed[0]!.campaigns)).toEqual({
      [first.id]: expect.objectContaining({
        id: first.id,
        session: 'default',
        name: 'first',
        status: 'running',
        readCount: 2,
        sentCount: 0,
      }),
      [second.id]: expect.objectContaining({ id: second.id, name: 'second', kind: 'campaign', failedCount: 1, sentCount: 0 }),
    });
    expect(await store.find(first.id)).toMatchObject({ sentCount: 0, deliveredCount: 0, readCount: 2, failedCount: 0 });
    expect(await store.find(second.id)).toMatchObject({ sentCount: 0, failedCount: 1 });
    const rows = await ledger.recipients(first.id, { first: 10 });
    expect(rows.map((r) => [r.state, r.deliveredAt instanceof Date, r.readAt instanceof Date])).toEqual([
      ['read', true, true],
      ['read', true, true],
    ]);
    expect((await ledger.recipients(second.id, { first: 10 }))[0]).toMatchObject({
      state: 'failed',
      error: 'WhatsApp reported the message as failed',
    });
  });

  it('counts each recipient an ack batch moves once: the last of each campaign in its progress event, the others beside it', async () => {
    const db = await openScratchStore(kind);
    const store = new CampaignStore(db);
    const ledger = new RecipientLedger(db);
    const log = new MessageLog(db);
    const bus = new HeardBus();
    const unannounced: string[] = [];
    const campaigns = new CampaignService({
      store,
      ledger,
      announcer: new CampaignAnnouncer(store, bus),
      countUnannounced: (session, moved) => unannounced.push(...moved.map(({ chatId, state }) => `${session} ${chatId} ${state}`)),
      // Following acks uses none of these.
      runners: undefined as never,
      optOutList: undefined as never,
      openSessions: undefined as never,
      schedulerIntervalMs: 1_000,
      logger: createLogger('silent'),
    });
    log.follow((em, moved) => campaigns.followAcks(em, moved));
    const campaign = await store.create({
      session: 'sales',
      kind: 'campaign',
      name: 'two at once',
      message: 'hi',
      scheduledAt: null,
      status: 'running',
      recipients: ['966501234561', '966501234562'].map((phone) => ({
        input: phone,
        chatId: `${phone}@c.us`,
        variables: null,
        message: null,
        state: 'pending' as const,
        error: null,
      })),
    });
    for (const recipient of await ledger.pending(campaign.id, 10)) {
      await ledger.claim(recipient);
      await log.record({ id: `m-${recipient.chatId}`, session: 'sales', chatId: recipient.chatId, kind: 'text' }, (em) =>
        ledger.markSent(em, recipient, `m-${recipient.chatId}`),
      );
    }
    await log.applyAcks([
      { id: 'm-966501234561@c.us', ack: 2 },
      { id: 'm-966501234562@c.us', ack: 2 },
    ]);
    expect(bus.heard.map((e) => e.event === 'campaign_progress' && e.data.recipient)).toEqual([
      { chatId: '966501234562@c.us', state: 'delivered', error: null },
    ]);
    expect(unannounced).toEqual(['sales 966501234561@c.us delivered']);
  });

  it('claims a due scheduled campaign once, and never one not yet due', async () => {
    const db = await openScratchStore(kind);
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
});
