import { raw, type FilterQuery } from '@mikro-orm/core';
import { WebhookAttemptRecord } from '../db/entities/webhook-attempt-record.js';
import { WebhookDeliveryRecord } from '../db/entities/webhook-delivery-record.js';
import { WebhookRecord } from '../db/entities/webhook-record.js';
import { isDeadLocalOwner } from '../db/lease-owner.js';
import type { Database, EntityManager } from '../db/orm.js';
import { purgeInBatches } from '../db/purge-in-batches.js';
import type { DeliveryState } from '../domain/delivery-states.js';

export type NewWebhook = Pick<WebhookRecord, 'url' | 'sessions' | 'events' | 'secret' | 'enabled'> &
  Partial<Pick<WebhookRecord, 'kind' | 'target' | 'ordering' | 'concurrency'>>;
export type WebhookChange = Partial<NewWebhook>;
export type NewDelivery = Pick<WebhookDeliveryRecord, 'webhookId' | 'eventId' | 'event' | 'payload'> &
  Partial<Pick<WebhookDeliveryRecord, 'lane'>>;

export interface AttemptRecord {
  attemptedAt: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/** Where a delivery goes after an attempt; `expired`: it failed until the max age ran out. */
export type AttemptOutcome =
  { state: 'delivered' } | { state: 'pending'; nextAttemptAt: Date } | { state: 'dead'; reason: string; expired: boolean };

export interface DeliveryWithAttempts extends WebhookDeliveryRecord {
  attemptLog: WebhookAttemptRecord[];
}

export type EnabledWebhook = Pick<WebhookRecord, 'id' | 'sessions' | 'events'>;

/**
 * How long the list of enabled webhooks is trusted without a change being heard: every change made here
 * clears it at once, and one made by another node clears it when that node's word arrives; this bounds
 * how long a word lost on the way could leave it stale.
 */
const ENABLED_TRUSTED_MS = 10_000;

/**
 * Webhooks, their outbox and its attempts in the database; every method is its own unit of work. The
 * enabled webhooks, which every event consults, are kept in memory between changes.
 */
export class WebhookStore {
  #enabled: { webhooks: EnabledWebhook[]; readAt: number } | undefined;
  /** Counts changes, so a read that a change overtook is not kept. */
  #changes = 0;

  constructor(
    private readonly db: Database,
    /** Tells the other nodes that the webhooks changed (a cluster's channel); nothing in a single gateway. */
    private readonly announce: () => void = () => undefined,
  ) {}

  /** Forgets the enabled webhooks: a change was made, here or on another node. */
  forgetEnabled(): void {
    this.#changes += 1;
    this.#enabled = undefined;
  }

  /** The webhooks (not the event sinks, which share their outbox). */
  list(): Promise<WebhookRecord[]> {
    return this.db.em.fork().find(WebhookRecord, { kind: 'http' }, { orderBy: { id: 'asc' } });
  }

  /** The event sinks, which share the webhooks' outbox. */
  listSinks(): Promise<WebhookRecord[]> {
    return this.db.em.fork().find(WebhookRecord, { kind: { $ne: 'http' } }, { orderBy: { id: 'asc' } });
  }

  /** A webhook or an event sink. */
  find(id: number): Promise<WebhookRecord | null> {
    return this.db.em.fork().findOne(WebhookRecord, { id });
  }

  findByUrl(url: string): Promise<WebhookRecord | null> {
    return this.db.em.fork().findOne(WebhookRecord, { url, kind: 'http' }, { orderBy: { id: 'asc' } });
  }

  findSink(sink: Pick<WebhookRecord, 'kind' | 'url' | 'target'>): Promise<WebhookRecord | null> {
    return this.db.em.fork().findOne(WebhookRecord, { kind: sink.kind, url: sink.url, target: sink.target }, { orderBy: { id: 'asc' } });
  }

  async create(webhook: NewWebhook): Promise<WebhookRecord> {
    const now = new Date();
    const em = this.db.em.fork();
    const id = (await em.insert(WebhookRecord, {
      ...webhook,
      disabledReason: null,
      failingSince: null,
      leaseOwner: null,
      leaseExpiresAt: null,
      createdAt: now,
      updatedAt: now,
    })) as number;
    this.#changed();
    return em.findOneOrFail(WebhookRecord, { id });
  }

  /** Enabling a webhook again forgets why it was disabled and how long it had been failing. */
  async update(id: number, change: WebhookChange): Promise<WebhookRecord | null> {
    const em = this.db.em.fork();
    const updated = await em.nativeUpdate(
      WebhookRecord,
      { id },
      { ...change, ...(change.enabled && { disabledReason: null, failingSince: null }), updatedAt: new Date() },
    );
    if (updated === 1) this.#changed();
    return updated === 1 ? em.findOne(WebhookRecord, { id }) : null;
  }

  /** The webhooks that hear this session alone, which go with it when its history is purged. */
  async hearingOnly(session: string): Promise<number[]> {
    return (await this.list()).filter((webhook) => webhook.sessions.length === 1 && webhook.sessions[0] === session).map((w) => w.id);
  }

  /** Deletes the webhook with its outbox and attempts; false when there was none. */
  async delete(id: number): Promise<boolean> {
    const deleted = await this.db.em.fork().transactional(async (em) => {
      const deliveries = em.createQueryBuilder(WebhookDeliveryRecord).select('id').where({ webhookId: id });
      await em.nativeDelete(WebhookAttemptRecord, { deliveryId: { $in: deliveries.getKnexQuery() } } as never);
      await em.nativeDelete(WebhookDeliveryRecord, { webhookId: id });
      return (await em.nativeDelete(WebhookRecord, { id })) === 1;
    });
    if (deleted) this.#changed();
    return deleted;
  }

  /** The enabled webhooks' sessions and events: as last read, else read now (with `em` when one is given). */
  async enabled(em?: EntityManager): Promise<EnabledWebhook[]> {
    const kept = this.#enabled;
    if (kept && Date.now() - kept.readAt < ENABLED_TRUSTED_MS) return kept.webhooks;
    const changes = this.#changes;
    const readAt = Date.now();
    const webhooks = await (em ?? this.db.em.fork()).find(
      WebhookRecord,
      { enabled: true },
      { fields: ['id', 'sessions', 'events'], disableIdentityMap: true },
    );
    if (changes === this.#changes) this.#enabled = { webhooks, readAt };
    return webhooks;
  }

  #changed(): void {
    this.forgetEnabled();
    this.announce();
  }

  async enqueue(em: EntityManager, deliveries: NewDelivery[]): Promise<void> {
    const now = new Date();
    await em.insertMany(
      WebhookDeliveryRecord,
      deliveries.map((delivery) => ({
        ...delivery,
        lane: delivery.lane ?? '',
        state: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
        lastAttemptAt: null,
        deliveredAt: null,
        lastStatusCode: null,
        lastError: null,
      })),
    );
  }

  /** A webhook's deliveries, newest first, each with its attempts. */
  async deliveries(webhookId: number, options: { first: number; state?: DeliveryState }): Promise<DeliveryWithAttempts[]> {
    const em = this.db.em.fork();
    const deliveries = await em.find(
      WebhookDeliveryRecord,
      { webhookId, ...(options.state && { state: options.state }) },
      { orderBy: { id: 'desc' }, limit: options.first },
    );
    const attempts = deliveries.length
      ? await em.find(WebhookAttemptRecord, { deliveryId: { $in: deliveries.map((d) => d.id) } }, { orderBy: { id: 'asc' } })
      : [];
    return deliveries.map((delivery) => Object.assign(delivery, { attemptLog: attempts.filter((a) => a.deliveryId === delivery.id) }));
  }

  findDelivery(id: number): Promise<WebhookDeliveryRecord | null> {
    return this.db.em.fork().findOne(WebhookDeliveryRecord, { id });
  }

  /** A new delivery of the same event (same event id, same body), behind the webhook's queue. */
  async redeliver(delivery: WebhookDeliveryRecord): Promise<WebhookDeliveryRecord> {
    const em = this.db.em.fork();
    await this.enqueue(em, [
      { webhookId: delivery.webhookId, eventId: delivery.eventId, event: delivery.event, payload: delivery.payload, lane: delivery.lane },
    ]);
    return em.findOneOrFail(
      WebhookDeliveryRecord,
      { webhookId: delivery.webhookId, eventId: delivery.eventId },
      { orderBy: { id: 'desc' } },
    );
  }

  /**
   * The next pending deliveries of a webhook, oldest first: the order they must arrive in; those after
   * `afterId` when given (the ones behind a run still being recorded).
   */
  due(webhookId: number, limit: number, afterId?: number): Promise<WebhookDeliveryRecord[]> {
    return this.db.em
      .fork()
      .find(
        WebhookDeliveryRecord,
        { webhookId, state: 'pending', ...(afterId !== undefined && { id: { $gt: afterId } }) },
        { orderBy: { id: 'asc' }, limit, disableIdentityMap: true },
      );
  }

  /**
   * The next pending deliveries of a per-chat webhook, oldest first, leaving out the lanes (chats) given:
   * those waiting for a retry, so they do not crowd out the others, and those being delivered.
   */
  dueOutside(webhookId: number, limit: number, leftOut: readonly string[]): Promise<WebhookDeliveryRecord[]> {
    return this.db.em
      .fork()
      .find(
        WebhookDeliveryRecord,
        { webhookId, state: 'pending', ...(leftOut.length > 0 && { lane: { $nin: [...leftOut] } }) },
        { orderBy: { id: 'asc' }, limit, disableIdentityMap: true },
      );
  }

  /**
   * Takes (or keeps) the right to deliver a webhook's queue, so one gateway at a time keeps its order. A
   * holder on this machine whose process is gone (a crash) is taken over at once rather than waited for.
   */
  async lease(webhookId: number, owner: string, ttlMs: number): Promise<boolean> {
    const em = this.db.em.fork();
    const take = async (from: Record<string, unknown>) => {
      const now = new Date();
      const taken = await em.nativeUpdate(WebhookRecord, { id: webhookId, enabled: true, ...from } as FilterQuery<WebhookRecord>, {
        leaseOwner: owner,
        leaseExpiresAt: new Date(now.getTime() + ttlMs),
      });
      return taken === 1;
    };
    if (await take({ $or: [{ leaseOwner: null }, { leaseOwner: owner }, { leaseExpiresAt: { $lt: new Date() } }] })) return true;
    const holder = await em.findOne(WebhookRecord, { id: webhookId }, { fields: ['leaseOwner'], disableIdentityMap: true });
    return !!holder?.leaseOwner && isDeadLocalOwner(holder.leaseOwner) && take({ leaseOwner: holder.leaseOwner });
  }

  async releaseLeases(owner: string): Promise<void> {
    await this.db.em.fork().nativeUpdate(WebhookRecord, { leaseOwner: owner }, { leaseOwner: null, leaseExpiresAt: null });
  }

  /**
   * Records an attempt and moves its deliveries, in one transaction: a webhook's one delivery, or the run
   * of deliveries an event sink published together (all taken by the broker, or only the first, failed,
   * since nothing behind it may go first). A failure starts (or continues) the destination's failing
   * streak; when the streak has lasted `disableAfterMs`, or a delivery failed until it expired (it held
   * the queue all that time), the destination is disabled and true is returned.
   */
  async settle(
    deliveries: readonly WebhookDeliveryRecord[],
    attempt: AttemptRecord,
    outcome: AttemptOutcome,
    streak: { wasFailing: boolean; disableAfterMs: number },
  ): Promise<boolean> {
    const { disableAfterMs } = streak;
    const webhookId = deliveries[0]!.webhookId;
    const disabled = await this.db.em.fork().transactional(async (em) => {
      await em.insertMany(
        WebhookAttemptRecord,
        deliveries.map((delivery) => ({ deliveryId: delivery.id, ...attempt })),
      );
      await em.nativeUpdate(
        WebhookDeliveryRecord,
        { id: { $in: deliveries.map((delivery) => delivery.id) } },
        {
          state: outcome.state,
          attempts: raw('attempts + 1'),
          lastAttemptAt: attempt.attemptedAt,
          lastStatusCode: attempt.statusCode,
          lastError: outcome.state === 'dead' ? outcome.reason : attempt.error,
          ...(outcome.state === 'pending' && { nextAttemptAt: outcome.nextAttemptAt }),
          ...(outcome.state === 'delivered' && { deliveredAt: attempt.attemptedAt }),
        },
      );
      if (outcome.state === 'delivered') {
        // Most deliveries follow a success: clearing a streak that is not there would cost every one a write.
        if (streak.wasFailing) await em.nativeUpdate(WebhookRecord, { id: webhookId }, { failingSince: null });
        return false;
      }
      await em.nativeUpdate(WebhookRecord, { id: webhookId, failingSince: null }, { failingSince: attempt.attemptedAt });
      const disabled = await em.nativeUpdate(
        WebhookRecord,
        {
          id: webhookId,
          enabled: true,
          ...(!(outcome.state === 'dead' && outcome.expired) && {
            failingSince: { $lte: new Date(attempt.attemptedAt.getTime() - disableAfterMs) },
          }),
        },
        {
          enabled: false,
          disabledReason: `Every attempt failed for ${describeDuration(disableAfterMs)} (WEBHOOK_MAX_AGE_MS); the last: ${outcome.state === 'dead' ? outcome.reason : attempt.error}`,
          updatedAt: attempt.attemptedAt,
        },
      );
      return disabled === 1;
    });
    if (disabled) this.#changed();
    return disabled;
  }

  /**
   * Records deliveries of one webhook that each reached it in its own attempt, in one transaction: their
   * attempts in one insert, then the deliveries in one update that takes each one's time and status from
   * the attempt just written. `wasFailing`: the webhook's failure streak ends with them.
   */
  async settleDelivered(
    delivered: ReadonlyArray<{ delivery: WebhookDeliveryRecord; attempt: AttemptRecord }>,
    wasFailing: boolean,
  ): Promise<void> {
    const lastAttempt = (column: string) =>
      raw(`(select a.${column} from webhook_attempts a where a.delivery_id = webhook_deliveries.id order by a.id desc limit 1)`);
    await this.db.em.fork().transactional(async (em) => {
      await em.insertMany(
        WebhookAttemptRecord,
        delivered.map(({ delivery, attempt }) => ({ deliveryId: delivery.id, ...attempt })),
      );
      await em.nativeUpdate(
        WebhookDeliveryRecord,
        { id: { $in: delivered.map(({ delivery }) => delivery.id) } },
        {
          state: 'delivered',
          attempts: raw('attempts + 1'),
          lastAttemptAt: lastAttempt('attempted_at'),
          lastStatusCode: lastAttempt('status_code'),
          lastError: null,
          deliveredAt: lastAttempt('attempted_at'),
        },
      );
      if (wasFailing) await em.nativeUpdate(WebhookRecord, { id: delivered[0]!.delivery.webhookId }, { failingSince: null });
    });
  }

  /**
   * Deletes deliveries that ended (delivered, or given up on) before `before`, with their attempts, in
   * small batches; pending ones stay whatever their age.
   */
  purgeFinished(before: Date, batchSize?: number): Promise<number> {
    const ended: FilterQuery<WebhookDeliveryRecord> = {
      state: { $in: ['delivered', 'dead'] },
      $or: [{ lastAttemptAt: { $lt: before } }, { lastAttemptAt: null, createdAt: { $lt: before } }],
    };
    return purgeInBatches(this.db, WebhookDeliveryRecord, ended, {
      ...(batchSize && { batchSize }),
      alongside: (em, ids) => em.nativeDelete(WebhookAttemptRecord, { deliveryId: { $in: ids } }),
    });
  }

  /** Webhook deliveries waiting to be made, for the queue-depth gauge (event sinks have their own). */
  async pendingCount(): Promise<number> {
    const em = this.db.em.fork();
    const webhooks = em.createQueryBuilder(WebhookRecord).select('id').where({ kind: 'http' });
    return em.count(WebhookDeliveryRecord, { state: 'pending', webhookId: { $in: webhooks.getKnexQuery() } } as never);
  }

  /** Each event sink's pending deliveries: how many, and how long the oldest has waited. */
  async sinkQueues(now = Date.now()): Promise<Array<{ id: number; type: string; depth: number; oldestAgeSeconds: number }>> {
    const em = this.db.em.fork();
    const sinks = await em.find(WebhookRecord, { kind: { $ne: 'http' } }, { fields: ['id', 'kind'], orderBy: { id: 'asc' } });
    return Promise.all(
      sinks.map(async (sink) => {
        const pending = { webhookId: sink.id, state: 'pending' as const };
        const [depth, oldest] = await Promise.all([
          em.count(WebhookDeliveryRecord, pending),
          em.findOne(WebhookDeliveryRecord, pending, { fields: ['createdAt'], orderBy: { id: 'asc' } }),
        ]);
        return {
          id: sink.id,
          type: sink.kind,
          depth,
          oldestAgeSeconds: oldest ? Math.max(0, (now - oldest.createdAt.getTime()) / 1000) : 0,
        };
      }),
    );
  }
}

function describeDuration(ms: number): string {
  if (ms >= 3_600_000) return `${+(ms / 3_600_000).toFixed(1)} h`;
  if (ms >= 60_000) return `${+(ms / 60_000).toFixed(1)} min`;
  return `${+(ms / 1000).toFixed(1)} s`;
}
