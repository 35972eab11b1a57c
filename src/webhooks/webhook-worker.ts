import { groupedBy } from '../db/changes-in-rounds.js';
import { ALL_SESSIONS } from '../domain/caller.js';
import { DEFAULT_SESSION } from '../domain/session-name.js';
import { maskedSinkUrl } from '../domain/event-sink-settings.js';
import { Timers } from '../timers.js';
import type { WebhookDeliveryRecord } from '../db/entities/webhook-delivery-record.js';
import type { WebhookRecord } from '../db/entities/webhook-record.js';
import type { EventBus, GatewayEvent } from '../events.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import type { SinkPublishers } from './sinks/sink-publishers.js';
import type { WebhookPoster } from './webhook-poster.js';
import { judge, type RetryPolicy } from './retry-policy.js';
import { signatureHeader } from './webhook-signature.js';
import { Arrivals, type Attempted } from './arrivals.js';
import type { AttemptOutcome, AttemptRecord, WebhookStore } from './webhook-store.js';

/** The outbox is read this often besides the wake-ups of new events, for retries and other gateways' writes. */
const POLL_MS = 1_000;
/** Deliveries read per query of a webhook's queue. */
const BATCH = 50;
/** Deliveries read per query of a per-chat webhook's queue: enough chats to keep its concurrency busy. */
const PER_CHAT_BATCH = 200;
/**
 * Deliveries an event sink publishes at once, their confirms awaited together: enough that a broker's
 * round trip is shared by many events, few enough that one publish stays well within its timeout.
 */
const SINK_BATCH = 1_000;

/** An attempt as its row records it. */
function attemptRecord({ result, attemptedAt, durationMs }: Attempted, delivered: boolean): AttemptRecord {
  return {
    attemptedAt,
    durationMs,
    statusCode: 'statusCode' in result ? result.statusCode : null,
    error: 'error' in result ? result.error : 'statusCode' in result && !delivered ? `HTTP ${result.statusCode}` : null,
  };
}

export interface WebhookWorkerDeps {
  store: WebhookStore;
  poster: WebhookPoster;
  /** The brokers' connections, for event sinks. */
  publishers: SinkPublishers;
  policy: RetryPolicy;
  /** Leases are held in this name; another gateway takes a webhook over once its lease lapses. */
  owner: string;
  userAgent: string;
  bus: EventBus;
  metrics: GatewayMetrics;
  logger: Logger;
}

/**
 * Delivers the outbox. Each webhook's queue is drained by one loop at a time, oldest first, and a delivery
 * waiting for its retry holds the ones behind it, so a receiver gets its events in the order they were
 * raised. A failed attempt is recorded before the next one starts; those that arrive are recorded a batch
 * at a time. A crash before an attempt is recorded leaves its delivery pending, and it is sent again after
 * the restart (receivers deduplicate on X-WaQtor-Delivery).
 */
export class WebhookWorker {
  readonly #draining = new Map<number, Promise<void>>();
  readonly #timers = new Timers({ unref: true });
  readonly #stopping = new AbortController();
  #poll: NodeJS.Timeout | undefined;
  #pass: Promise<void> | undefined;
  #passAgain = false;
  /** Bumped by every wake-up, so a drain that found its queue empty knows whether to look again. */
  #wakes = 0;
  #stopEvents: (() => void) | undefined;
  /**
   * Webhooks whose oldest delivery waits for its retry time, and until when: nothing behind it may go
   * first, so events and polls before then leave them alone rather than ask the database each time.
   */
  readonly #resting = new Map<number, number>();
  /** Per-chat webhooks' lanes (chats) whose oldest delivery waits for its retry time, and until when. */
  readonly #restingLanes = new Map<number, Map<string, number>>();
  /** The one timer that wakes the worker when the first resting webhook (or lane) is due again. */
  #nextWake: { at: number; timer: NodeJS.Timeout } | undefined;
  readonly #log: Logger;

  constructor(private readonly deps: WebhookWorkerDeps) {
    this.#log = deps.logger.child({ component: 'webhooks' });
  }

  /** Starts delivering, and wakes up for every event announced (each is in the outbox by then). */
  start(): void {
    const events = this.deps.bus.subscribe()[Symbol.asyncIterator]();
    this.#stopEvents = () => void events.return?.();
    void (async () => {
      for (let next = await events.next(); !next.done; next = await events.next()) this.wake();
    })();
    this.#poll = setInterval(() => this.wake(), POLL_MS);
    this.#poll.unref();
    this.wake();
  }

  /** Looks for due deliveries now, e.g. after a redelivery was queued. */
  wake(): void {
    if (this.#stopping.signal.aborted) return;
    this.#wakes += 1;
    if (this.#pass) {
      this.#passAgain = true;
      return;
    }
    this.#pass = this.#startDrains()
      .catch((error: unknown) => this.#log.error({ err: error }, 'could not read the webhook outbox; will retry'))
      .finally(() => {
        this.#pass = undefined;
        if (this.#passAgain) {
          this.#passAgain = false;
          this.wake();
        }
      });
  }

  /** Stops before the next attempt; an attempt in flight is abandoned unrecorded and made again after a restart. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    clearInterval(this.#poll);
    this.#timers.clearAll();
    this.#stopEvents?.();
    await this.#pass;
    await Promise.all(this.#draining.values());
    await this.deps.store.releaseLeases(this.deps.owner).catch(() => undefined);
    this.deps.poster.close();
    await this.deps.publishers.closeAll();
  }

  async #startDrains(): Promise<void> {
    const now = Date.now();
    // Every event wakes the worker: the enabled webhooks are the kept list, not a query each time.
    for (const { id } of await this.deps.store.enabled()) {
      const restingUntil = this.#resting.get(id);
      if (restingUntil !== undefined && restingUntil > now) continue;
      this.#resting.delete(id);
      if (this.#draining.has(id)) continue;
      const drain = this.#drain(id)
        .catch((error: unknown) => this.#log.error({ err: error, webhookId: id }, 'webhook delivery stopped on an error; will retry'))
        .finally(() => this.#draining.delete(id));
      this.#draining.set(id, drain);
    }
  }

  async #drain(webhookId: number): Promise<void> {
    const { store, owner } = this.deps;
    const leaseMs = Math.max(60_000, 3 * this.deps.poster.timeoutMs);
    if (!(await store.lease(webhookId, owner, leaseMs))) return;
    let leasedAt = Date.now();
    /** Keeps the lease while the queue is drained; false once another gateway holds it. */
    const keepLease = async () => {
      if (Date.now() - leasedAt <= leaseMs / 3) return true;
      if (!(await store.lease(webhookId, owner, leaseMs))) return false;
      leasedAt = Date.now();
      return true;
    };
    for (;;) {
      const wakes = this.#wakes;
      const webhook = await store.find(webhookId);
      if (!webhook?.enabled) return;
      if (webhook.kind === 'http' && webhook.ordering === 'per-chat') return this.#drainPerChat(webhook, keepLease);
      const batch = await store.due(webhookId, webhook.kind === 'http' ? BATCH : SINK_BATCH);
      if (batch.length === 0) {
        if (wakes === this.#wakes) return;
        continue;
      }
      const drained =
        webhook.kind === 'http' ? await this.#postEach(webhook, batch, keepLease) : await this.#publishRuns(webhook, batch, keepLease);
      if (!drained) return;
    }
  }

  /**
   * A webhook's deliveries, one POST each, in order; false when the queue must wait (or the worker stops).
   * The ones that arrive are recorded together, once the batch is posted, before an attempt that failed,
   * or after a quarter of a second (see Arrivals): recording each alone cost several times its POST.
   */
  async #postEach(webhook: WebhookRecord, batch: WebhookDeliveryRecord[], keepLease: () => Promise<boolean>): Promise<boolean> {
    let failing = webhook.failingSince !== null;
    const arrivals = this.#arrivals();
    for (const delivery of batch) {
      if (!this.#mayGo(webhook.id, delivery) || !(await keepLease())) {
        await arrivals.flush();
        return false;
      }
      const attempted = await this.#post(webhook, delivery);
      if (this.#arrived(delivery, attempted)) {
        await arrivals.add(delivery, attempted, failing);
        failing = false;
        continue;
      }
      await arrivals.flush();
      const outcome = await this.#record(webhook, [delivery], attempted, failing);
      // A delivery waiting for its retry holds the ones behind it.
      if (!outcome || outcome.state === 'pending') return false;
      failing = true;
    }
    await arrivals.flush();
    return true;
  }

  /**
   * A per-chat webhook's queue: each lane's (chat's) deliveries one POST at a time in order, up to the
   * webhook's concurrency of lanes at once; a lane that is done makes room for the next one waiting. A
   * delivery waiting for its retry holds the ones behind it in its lane alone, which is left out of the
   * queue's reads until then, as are the lanes being delivered. Stops once nothing is due, the worker
   * stops, the webhook is disabled (or ordered otherwise), or another gateway holds its lease.
   */
  async #drainPerChat(first: WebhookRecord, keepLease: () => Promise<boolean>): Promise<void> {
    const { store } = this.deps;
    let failing = first.failingSince !== null;
    let stopped = false;
    const arrivals = this.#arrivals();
    // Read again at every read of the queue, so a changed URL, secret or concurrency applies from then on.
    let webhook = first;
    const postLane = async (deliveries: WebhookDeliveryRecord[]) => {
      for (const delivery of deliveries) {
        if (stopped || !this.#laneMayGo(first.id, delivery)) return;
        if (!(await keepLease())) {
          stopped = true;
          return;
        }
        const attempted = await this.#post(webhook, delivery);
        if (this.#arrived(delivery, attempted)) {
          await arrivals.add(delivery, attempted, failing);
          failing = false;
          continue;
        }
        const outcome = await this.#record(webhook, [delivery], attempted, failing, delivery.lane);
        failing = true;
        if (!outcome) stopped = true;
        if (outcome?.state !== 'dead') return;
      }
    };
    const delivering = new Map<string, Promise<void>>();
    let waiting: WebhookDeliveryRecord[][] = [];
    try {
      while (!stopped) {
        if (waiting.length === 0) {
          const wakes = this.#wakes;
          // What arrived is recorded before the queue is read again, else it would be read as still due.
          await arrivals.flush();
          const current = await store.find(first.id);
          if (!current?.enabled || current.ordering !== 'per-chat') break;
          webhook = current;
          const leftOut = [...this.#waitingLanes(first.id), ...delivering.keys()];
          waiting = [...groupedBy(await store.dueOutside(first.id, PER_CHAT_BATCH, leftOut), ({ lane }) => lane).values()];
          if (waiting.length === 0 && delivering.size === 0) {
            if (wakes === this.#wakes) break;
            continue;
          }
        }
        while (waiting.length > 0 && delivering.size < webhook.concurrency) {
          const lane = waiting.shift()!;
          const name = lane[0]!.lane;
          delivering.set(
            name,
            postLane(lane).finally(() => delivering.delete(name)),
          );
        }
        if (delivering.size > 0) await Promise.race(delivering.values());
      }
    } finally {
      await Promise.allSettled(delivering.values());
      await arrivals.flush();
    }
  }

  /** Where deliveries that arrived wait to be recorded, a group at a time. */
  #arrivals(): Arrivals {
    return new Arrivals(async (group, endsStreak) => {
      await this.deps.store.settleDelivered(
        group.map(({ delivery, attempted }) => ({ delivery, attempt: attemptRecord(attempted, true) })),
        endsStreak,
      );
      this.deps.metrics.webhookDeliveries.inc({ outcome: 'delivered' }, group.length);
    });
  }

  /** Whether an attempt delivered its delivery. */
  #arrived(delivery: WebhookDeliveryRecord, attempted: Attempted): boolean {
    return judge(attempted.result, delivery.attempts + 1, delivery.createdAt, new Date(), this.deps.policy).kind === 'delivered';
  }

  /**
   * An event sink's queue, a run of due deliveries per publish (their confirms awaited together). Once the
   * broker has taken a run, the next one is read and published while the last one's outcome is written,
   * so the database and the broker work at the same time; the order holds, since a run is only published
   * after the one before it was taken. False when the queue must wait (or the worker stops).
   */
  async #publishRuns(sink: WebhookRecord, batch: WebhookDeliveryRecord[], keepLease: () => Promise<boolean>): Promise<boolean> {
    let failing = sink.failingSince !== null;
    let run = batch;
    if (!this.#mayGo(sink.id, run[0]!) || !(await keepLease())) return false;
    let publishing = this.#publish(sink, run);
    for (;;) {
      const published = await publishing;
      if (!('accepted' in published.result)) {
        const outcome = await this.#record(sink, [run[0]!], published, failing);
        return !!outcome && outcome.state === 'dead';
      }
      const next = await this.deps.store.due(sink.id, SINK_BATCH, run.at(-1)!.id);
      const goesOn = next.length > 0 && this.#mayGo(sink.id, next[0]!) && (await keepLease());
      const following = goesOn ? this.#publish(sink, next) : undefined;
      const outcome = await this.#record(sink, run, published, failing);
      if (!outcome || !following) {
        // A run published but not recorded goes again with the queue: the broker's consumers drop repeats.
        await following;
        return !!outcome;
      }
      failing = false;
      run = next;
      publishing = following;
    }
  }

  /** Whether a delivery may be attempted now: the worker runs, and it is not waiting for its retry time. */
  #mayGo(webhookId: number, delivery: WebhookDeliveryRecord): boolean {
    if (this.#stopping.signal.aborted) return false;
    if (delivery.nextAttemptAt.getTime() <= Date.now()) return true;
    this.#restUntil(webhookId, delivery.nextAttemptAt);
    return false;
  }

  /** Whether a per-chat webhook's delivery may be attempted now; its lane rests until it may. */
  #laneMayGo(webhookId: number, delivery: WebhookDeliveryRecord): boolean {
    if (this.#stopping.signal.aborted) return false;
    if (delivery.nextAttemptAt.getTime() <= Date.now()) return true;
    this.#restLane(webhookId, delivery.lane, delivery.nextAttemptAt);
    return false;
  }

  async #post(webhook: WebhookRecord, delivery: WebhookDeliveryRecord): Promise<Attempted> {
    const attemptedAt = new Date();
    const unixSeconds = Math.floor(attemptedAt.getTime() / 1000);
    const started = performance.now();
    const result = await this.deps.poster.post(
      {
        url: webhook.url,
        body: delivery.payload,
        headers: {
          'content-type': 'application/json',
          'user-agent': this.deps.userAgent,
          'x-waqtor-event': delivery.event,
          'x-waqtor-delivery': delivery.eventId,
          'x-waqtor-timestamp': String(unixSeconds),
          'x-waqtor-signature': signatureHeader(webhook.secret, unixSeconds, delivery.payload),
        },
      },
      this.#stopping.signal,
    );
    return { result, attemptedAt, durationMs: Math.round(performance.now() - started) };
  }

  async #publish(sink: WebhookRecord, run: WebhookDeliveryRecord[]): Promise<Attempted> {
    const attemptedAt = new Date();
    const started = performance.now();
    const result = await this.deps.publishers.publish(
      sink,
      run.map((delivery) => ({
        eventId: delivery.eventId,
        session: sessionOf(delivery.payload),
        event: delivery.event,
        payload: delivery.payload,
      })),
    );
    return { result, attemptedAt, durationMs: Math.round(performance.now() - started) };
  }

  /**
   * Records an attempt of the deliveries, and where it leaves them (a failed one rests its queue until its
   * retry: a per-chat webhook's, given its `lane`, rests that lane alone); undefined when the gateway
   * stopped during it or the destination was disabled by it. A publish the broker did not take is the
   * failure of its run's first delivery alone, which holds the others back.
   */
  async #record(
    webhook: WebhookRecord,
    run: WebhookDeliveryRecord[],
    { result, attemptedAt, durationMs }: Attempted,
    wasFailing: boolean,
    lane?: string,
  ): Promise<AttemptOutcome | undefined> {
    const { store, policy, metrics } = this.deps;
    const delivery = run[0]!;
    if (this.#stopping.signal.aborted && 'error' in result) return undefined;
    const verdict = judge(result, delivery.attempts + 1, delivery.createdAt, new Date(), policy);
    // A delivery that failed until it expired disables its webhook, having held its whole queue that long;
    // one of a per-chat webhook held only its chat.
    const outcome: AttemptOutcome =
      verdict.kind === 'retry'
        ? { state: 'pending', nextAttemptAt: verdict.at }
        : verdict.kind === 'dead'
          ? { state: 'dead', reason: verdict.reason, expired: verdict.expired && lane === undefined }
          : { state: 'delivered' };
    const attempt = attemptRecord({ result, attemptedAt, durationMs }, verdict.kind === 'delivered');
    const settled = outcome.state === 'delivered' ? run : [delivery];
    const disabled = await store.settle(settled, attempt, outcome, { wasFailing, disableAfterMs: policy.maxAgeMs });
    const counted = verdict.kind === 'retry' ? 'retried' : verdict.kind;
    if (webhook.kind === 'http') metrics.webhookDeliveries.inc({ outcome: counted });
    else metrics.sinkDeliveries.inc({ sink_id: String(webhook.id), type: webhook.kind, outcome: counted }, settled.length);
    const context = {
      ...(webhook.kind === 'http' ? { webhookId: webhook.id } : { sinkId: webhook.id, type: webhook.kind }),
      deliveryId: delivery.id,
      event: delivery.event,
      attempt: delivery.attempts + 1,
    };
    const what = webhook.kind === 'http' ? 'webhook delivery' : 'event sink publish';
    if (outcome.state === 'dead') this.#log.warn({ ...context, reason: outcome.reason }, `${what} given up`);
    else if (outcome.state === 'pending') {
      this.#log.warn({ ...context, error: attempt.error, retryAt: outcome.nextAttemptAt }, `${what} failed; will retry`);
      if (lane === undefined) this.#restUntil(webhook.id, outcome.nextAttemptAt);
      else this.#restLane(webhook.id, lane, outcome.nextAttemptAt);
    }
    if (disabled) {
      await this.#announceDisabled(webhook);
      return undefined;
    }
    return outcome;
  }

  async #announceDisabled(webhook: WebhookRecord): Promise<void> {
    const current = await this.deps.store.find(webhook.id);
    const reason = current?.disabledReason ?? 'It kept failing';
    // Announced on its own session; one that hears every session (or several) tells the default one.
    const session = webhook.sessions.length === 1 && webhook.sessions[0] !== ALL_SESSIONS ? webhook.sessions[0]! : DEFAULT_SESSION;
    const timestamp = new Date();
    let event: GatewayEvent;
    if (webhook.kind === 'http') {
      this.#log.warn({ webhookId: webhook.id, reason }, 'webhook disabled');
      event = { event: 'webhook_disabled', session, timestamp, data: { webhookId: webhook.id, url: webhook.url, reason } };
    } else {
      this.#log.warn({ sinkId: webhook.id, type: webhook.kind, reason }, 'event sink disabled');
      const data = { sinkId: webhook.id, type: webhook.kind, target: webhook.target ?? '', url: maskedSinkUrl(webhook.url), reason };
      event = { event: 'event_sink_disabled', session, timestamp, data };
    }
    await this.deps.bus.record(event);
    this.deps.bus.publish(event);
  }

  #restUntil(webhookId: number, at: Date): void {
    this.#resting.set(webhookId, at.getTime());
    this.#wakeAt(at.getTime());
  }

  #restLane(webhookId: number, lane: string, at: Date): void {
    const lanes = this.#restingLanes.get(webhookId) ?? new Map<string, number>();
    this.#restingLanes.set(webhookId, lanes.set(lane, at.getTime()));
    this.#wakeAt(at.getTime());
  }

  /** A per-chat webhook's lanes that still wait for a retry; those whose time came are forgotten. */
  #waitingLanes(webhookId: number): string[] {
    const lanes = this.#restingLanes.get(webhookId);
    if (!lanes) return [];
    const now = Date.now();
    for (const [lane, until] of lanes) if (until <= now) lanes.delete(lane);
    if (lanes.size === 0) this.#restingLanes.delete(webhookId);
    return [...lanes.keys()];
  }

  /** Keeps one timer, for the earliest time asked; each wake-up it causes asks for the next resting one. */
  #wakeAt(at: number): void {
    if (this.#nextWake && this.#nextWake.at <= at) return;
    this.#timers.cancel(this.#nextWake?.timer);
    const timer = this.#timers.after(Math.max(0, at - Date.now()), () => {
      this.#nextWake = undefined;
      this.wake();
      const now = Date.now();
      const resting = [...this.#resting.values(), ...[...this.#restingLanes.values()].flatMap((lanes) => [...lanes.values()])];
      const next = Math.min(...resting.filter((until) => until > now));
      if (Number.isFinite(next)) this.#wakeAt(next);
    });
    this.#nextWake = { at, timer };
  }
}

/** The session a delivery's body names: a broker message is routed by it. */
function sessionOf(payload: string): string {
  return (JSON.parse(payload) as { session: string }).session;
}
