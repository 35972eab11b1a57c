import { setTimeout as sleep } from 'node:timers/promises';
import type { DriverEvent } from '../domain/driver-events.js';
import { isDatabaseUnavailable } from '../errors.js';
import type { GatewayEvent } from '../events.js';
import type { Logger } from '../logger.js';
import type { WhatsAppDriver } from '../whatsapp/driver.js';

/** A driver's event as the gateway announces it: stamped with its session and the time it was seen. */
export type SessionEvent = Extract<GatewayEvent, { event: DriverEvent['event'] }>;

/** At most this many acks are stored in one batch. */
const ACK_BATCH_LIMIT = 500;
/**
 * The first ack of a batch waits this long for those right behind it (a send's "sent" and "delivered", a
 * campaign's burst), so they share one transaction rather than each paying for its own.
 */
const ACK_WINDOW_MS = 3;

/**
 * A send waits this long at most, so it is still answered in time. While the database is away, what keeps
 * the queue's memory in check is its bound, not the sends.
 */
const BACKLOG_WAIT_MS = 3_000;

/** At most this many other events that are stored together (messages, reactions, edits) form one batch. */
const TOGETHER_BATCH_LIMIT = 100;

/** What becomes of a session's driver events, one batch after another: reshaped, stored, then announced. */
export interface SessionEventPipeline {
  /** Rewrites a driver's event before anything sees it (a LID as its number), asking the driver where needed. */
  reshape(driver: WhatsAppDriver, event: DriverEvent): Promise<DriverEvent>;
  /** Whether events of this kind that arrived together may be stored in one batch. */
  storesTogether(event: DriverEvent['event']): boolean;
  /** Stores what a batch changes (acks, or events it stores together, or one other event); throws when the database is away. */
  store(session: string, events: SessionEvent[]): Promise<void>;
  /** Announces a stored event. */
  announce(event: SessionEvent): void;
}

/** Where a session's queue hands its events, and how it waits while the database is away. */
export interface EventHandling {
  pipeline: SessionEventPipeline;
  /** Resolves once the database answers again, or the signal aborts. */
  waitForDatabase(signal: AbortSignal): Promise<void>;
  /** Counts the events dropped because too many waited for the database. */
  dropped(session: string, count: number): void;
  /** How many events may wait for the database; beyond, the oldest is dropped. */
  limit: number;
  /** From how many waiting events sends wait for room (see DriverEventQueue.room). */
  backlogHigh: number;
  /** Aborted when the gateway stops: events waiting for the database give up. */
  stopping: AbortSignal;
  logger: Logger;
}

/**
 * One session's driver events, handled one after another so they reach subscribers in the order the driver
 * raised them: acks in batches (those that arrived while the last batch was stored, and those right behind
 * them), messages and the other events the pipeline stores together in batches of those already waiting
 * (a burst costs one transaction, a lone message waits for nothing), anything else alone.
 * While the database is away they are tried again once it answers, and those behind them wait: nothing is
 * announced before it is stored, and nothing is lost, up to the limit.
 */
export class DriverEventQueue {
  readonly #waiting: Array<{ event: DriverEvent; at: number }> = [];
  #handling: Promise<void> | undefined;
  /** Sends waiting for the backlog to shrink. */
  #roomWaiters: Array<() => void> = [];

  constructor(
    private readonly session: string,
    private readonly driver: WhatsAppDriver,
    private readonly handling: EventHandling,
  ) {}

  push(event: DriverEvent): void {
    const { limit, logger, dropped } = this.handling;
    if (this.#waiting.length >= limit) {
      const oldest = this.#waiting.shift()!;
      dropped(this.session, 1);
      logger.error(
        { session: this.session, event: oldest.event.event, waiting: this.#waiting.length },
        'too many driver events wait for the database; the oldest is dropped',
      );
    }
    this.#waiting.push({ event, at: performance.now() });
    this.#handling ??= this.#handleWaiting();
  }

  /** How many events wait, and how long the oldest has waited. */
  depth(now = performance.now()): { depth: number; oldestAgeSeconds: number } {
    const [oldest] = this.#waiting;
    return { depth: this.#waiting.length, oldestAgeSeconds: oldest ? (now - oldest.at) / 1000 : 0 };
  }

  /**
   * Resolves at once unless the backlog is high; then once it is below that again, or after a few seconds:
   * what a send waits on before it goes out, so a burst of sends slows to the pace its acks are stored at.
   */
  async room(): Promise<void> {
    if (this.#waiting.length < this.handling.backlogHigh) return;
    const room = new Promise<void>((resolve) => this.#roomWaiters.push(resolve));
    await Promise.race([room, sleep(BACKLOG_WAIT_MS, undefined, { ref: false })]);
  }

  #makeRoom(): void {
    if (this.#roomWaiters.length === 0 || this.#waiting.length >= this.handling.backlogHigh) return;
    for (const resolve of this.#roomWaiters) resolve();
    this.#roomWaiters = [];
  }

  /** Resolves once the events already raised are handled (or given up as the gateway stops). */
  async drained(): Promise<void> {
    await this.#handling;
  }

  async #handleWaiting(): Promise<void> {
    const waiting = this.#waiting;
    try {
      const { pipeline } = this.handling;
      while (waiting.length > 0) {
        const first = waiting[0]!.event.event;
        if (first === 'message_ack') {
          if (waiting.length < ACK_BATCH_LIMIT) await sleep(ACK_WINDOW_MS);
          await this.#handle(this.#take((event) => event === 'message_ack', ACK_BATCH_LIMIT));
        } else if (pipeline.storesTogether(first)) {
          await this.#handle(this.#take((event) => pipeline.storesTogether(event), TOGETHER_BATCH_LIMIT));
        } else {
          await this.#handle([waiting.shift()!.event]);
        }
        this.#makeRoom();
      }
    } finally {
      this.#handling = undefined;
      this.#makeRoom();
    }
  }

  /** The first waiting event and those right behind it that `fits` takes, up to `limit`. */
  #take(fits: (event: DriverEvent['event']) => boolean, limit: number): DriverEvent[] {
    const waiting = this.#waiting;
    let count = 1;
    while (count < Math.min(waiting.length, limit) && fits(waiting[count]!.event.event)) count += 1;
    return waiting.splice(0, count).map(({ event }) => event);
  }

  async #handle(raised: DriverEvent[]): Promise<void> {
    const { logger, stopping } = this.handling;
    const name = this.session;
    const published: SessionEvent[] = [];
    for (const event of raised) published.push({ ...(await this.#reshaped(event)), session: name, timestamp: new Date() } as SessionEvent);
    for (let waited = false; ;) {
      try {
        await this.handling.pipeline.store(name, published);
        if (waited)
          logger.info({ session: name, waiting: this.#waiting.length }, 'the database answers again; stored the events that waited');
        break;
      } catch (error) {
        if (isDatabaseUnavailable(error) && !stopping.aborted) {
          if (!waited)
            logger.warn({ session: name, reason: (error as Error).message }, 'the database is away; driver events wait to be stored');
          waited = true;
          await this.handling.waitForDatabase(stopping);
          continue;
        }
        logger.error({ err: error, session: name, event: published[0]?.event, count: published.length }, 'could not store a driver event');
        break;
      }
    }
    for (const event of published) this.handling.pipeline.announce(event);
  }

  /** The event as announced: reshaped, or as the driver raised it when that fails. */
  async #reshaped(raised: DriverEvent): Promise<DriverEvent> {
    const { logger, pipeline } = this.handling;
    return pipeline.reshape(this.driver, raised).catch((error: unknown) => {
      logger.warn({ err: error, session: this.session, event: raised.event }, 'could not reshape a driver event; announcing it as raised');
      return raised;
    });
  }
}
