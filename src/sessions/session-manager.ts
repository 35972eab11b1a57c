import { setTimeout as sleep } from 'node:timers/promises';
import type { DriverSettings } from '../domain/driver-kinds.js';
import { GatewayError, isDatabaseUnavailable, notFound } from '../errors.js';
import type { EventBus, GatewayEvent } from '../events.js';
import type { Logger } from '../logger.js';
import type { ChatSummary, WhatsAppDriver } from '../whatsapp/driver.js';
import { sandboxControl } from '../whatsapp/sandbox/sandbox-control.js';
import type { SandboxDriver } from '../whatsapp/sandbox/sandbox-driver.js';
import { describeClientStatus, type ClientStatus } from '../domain/client-status.js';
import type { DriverEvent } from '../domain/driver-events.js';
import type { SessionLease } from './session-lease.js';
import { pairingStates, type ConnectionState } from '../domain/connection-states.js';
import type { AccountInfo } from '../domain/driver-events.js';

export interface Session {
  readonly name: string;
  readonly driver: WhatsAppDriver;
}

interface OpenSession extends Session {
  unsubscribe(): void;
  renewTimer: NodeJS.Timeout | undefined;
  /**
   * The lease is ours until this moment on this process's monotonic clock (performance.now()), a margin
   * before another node may take it; past it, the session stops here.
   */
  leasedUntil: number;
  fenceTimer: NodeJS.Timeout | undefined;
  /**
   * Events are handled one after another so they reach subscribers in the order the driver raised them:
   * those waiting (with when each arrived), and the handling under way (until none wait).
   */
  waiting: Array<{ event: DriverEvent; at: number }>;
  handling: Promise<void> | undefined;
  /** Set once the session is closing here, so it is stopped once. */
  closing: boolean;
}

/**
 * At most this many driver events of a session wait to be stored while the database is away; beyond, the
 * oldest is dropped (counted and logged) so an outage cannot grow the gateway's memory without bound.
 */
const EVENT_QUEUE_LIMIT = 10_000;
/** A renewal that failed is tried again this soon, not a whole renewal period later. */
const RENEW_RETRY_MS = 1_000;
/**
 * The part of a lease this node gives up at its end, on its own clock: it stops the session this long
 * before another node may take it, which covers the time the stop takes and the clocks of two nodes
 * disagreeing.
 */
const fenceMarginMs = (ttlMs: number) => ttlMs / 5;

/** At most this many acks are stored in one batch. */
const ACK_BATCH_LIMIT = 500;
/**
 * The first ack of a batch waits this long for those right behind it (a send's "sent" and "delivered", a
 * campaign's burst), so they share one transaction rather than each paying for its own.
 */
const ACK_WINDOW_MS = 3;

type QrEvent = Extract<GatewayEvent, { event: 'qr' }>;
type ReadyEvent = Extract<GatewayEvent, { event: 'ready' }>;

/** Whether a QR code shown before this event can no longer be scanned. */
function endsPairing(event: GatewayEvent): boolean {
  if (event.event === 'state_change') return !pairingStates.includes(event.data.state);
  return event.event === 'authenticated' || event.event === 'ready' || event.event === 'disconnected';
}

/** Whether an account linked before this event is no longer connected. */
function endsConnection(event: GatewayEvent): boolean {
  return event.event === 'disconnected' || (event.event === 'state_change' && event.data.state !== 'CONNECTED');
}

/** A driver's event as the gateway announces it: stamped with its session and the time it was seen. */
export type SessionEvent = Extract<GatewayEvent, { event: DriverEvent['event'] }>;

/** Stores what a driver event changes (and records the event itself), before the event is published. */
export type EventStore = (session: string, event: SessionEvent) => Promise<void>;

export type AckEvent = Extract<SessionEvent, { event: 'message_ack' }>;
/**
 * Stores acks, in order, a batch at a time: those that arrived while the last batch was being stored. A
 * burst of acks (a campaign's) then costs a few commits instead of one each.
 */
export type AckStore = (session: string, acks: AckEvent[]) => Promise<void>;

export interface SessionManagerDeps {
  createDriver(session: string, settings: DriverSettings): Promise<WhatsAppDriver>;
  lease: SessionLease;
  bus: EventBus;
  /**
   * Called when this node lost the session's lease (another took it) or could not renew it in time: its
   * campaigns stop here, before its driver does.
   */
  onLeaseLost(session: string): Promise<void>;
  /** Called once a session closed because its lease could not be renewed in time: who opens it again. */
  onFenced(session: string): void;
  /** Resolves once the database answers again (or the signal aborts): events wait on it to be stored. */
  waitForDatabase(signal: AbortSignal): Promise<void>;
  /** Counts the events dropped because too many waited for the database. */
  dropped(session: string, count: number): void;
  /** How many events of a session may wait for the database; 10,000 unless said. */
  eventQueueLimit?: number;
  /** Rewrites a driver's event before anything sees it (a LID as its number), asking the driver where needed. */
  reshape?(driver: WhatsAppDriver, event: DriverEvent): Promise<DriverEvent>;
  logger: Logger;
}

/**
 * Holds one driver per session name. Opening a session takes its lease first, then starts the driver; the
 * driver's events are stored where they change state (acks) and then published on the bus.
 */
export class SessionManager {
  readonly #sessions = new Map<string, OpenSession>();
  readonly #stores: EventStore[] = [];
  #ackStore: AckStore | undefined;
  readonly #readyWaiters = new Set<{ session: string; resolve: () => void }>();
  /** The QR code to scan now, per session; a page opened between two refreshes shows it at once. */
  readonly #pairingQr = new Map<string, QrEvent>();
  /** The `ready` event of each connected session, for clients that arrive after it. */
  readonly #ready = new Map<string, ReadyEvent>();
  /** Aborted when the gateway stops: events waiting for the database give up. */
  readonly #stopping = new AbortController();

  constructor(private readonly deps: SessionManagerDeps) {}

  async open(name: string, settings: DriverSettings = {}): Promise<Session> {
    const existing = this.#sessions.get(name);
    if (existing) return existing;
    const { lease, logger } = this.deps;
    // Building a driver launches nothing, so a driver that cannot be built never holds the lease.
    const driver = await this.deps.createDriver(name, settings);
    const asked = performance.now();
    await lease.acquire(name);
    const session: OpenSession = {
      name,
      driver,
      unsubscribe: driver.subscribe((event) => this.#enqueue(session, event)),
      renewTimer: undefined,
      leasedUntil: 0,
      fenceTimer: undefined,
      waiting: [],
      handling: undefined,
      closing: false,
    };
    this.#leased(session, asked);
    this.#sessions.set(name, session);
    try {
      await driver.start();
    } catch (error) {
      await this.close(name);
      throw error;
    }
    logger.info({ session: name }, 'session opened');
    return session;
  }

  isOpen(name: string): boolean {
    return this.#sessions.has(name);
  }

  /**
   * The open session, to act on through its driver. A session whose lease this node could not renew in
   * time (a partition, a pause of the process) refuses: another node may be taking it over, and two
   * gateways must never drive one account.
   */
  get(name: string): Session {
    const session = this.#sessions.get(name);
    if (!session) throw notFound(`Session "${name}" is not open`);
    if (performance.now() >= session.leasedUntil) {
      void this.#fence(session);
      throw new GatewayError('SESSION_MOVING', `Session "${name}" is stopping on this node: its lease could not be renewed in time`, {
        hint: 'Retry in a few seconds, once a node holds the session again',
      });
    }
    return session;
  }

  /** The driver events waiting to be stored, per session: how many, and how long the oldest has waited. */
  *eventQueues(): Iterable<{ session: string; depth: number; oldestAgeSeconds: number }> {
    const now = performance.now();
    for (const [session, { waiting }] of this.#sessions)
      yield { session, depth: waiting.length, oldestAgeSeconds: waiting.length > 0 ? (now - waiting[0]!.at) / 1000 : 0 };
  }

  /** Stores every event, but acks once an ack store is set: those go to it, in batches. */
  addEventStore(store: EventStore): void {
    this.#stores.push(store);
  }

  setAckStore(store: AckStore): void {
    this.#ackStore = store;
  }

  /** Whether the session's WhatsApp is connected, so a send can go out now. */
  isReady(name: string): boolean {
    return this.#sessions.get(name)?.driver.state() === 'CONNECTED';
  }

  /** Resolves once the session's WhatsApp is connected (at once if it is), or when the signal aborts. */
  async waitUntilReady(name: string, signal: AbortSignal): Promise<void> {
    if (this.isReady(name) || signal.aborted) return;
    await new Promise<void>((resolve) => {
      const waiter = {
        session: name,
        resolve: () => {
          this.#readyWaiters.delete(waiter);
          signal.removeEventListener('abort', waiter.resolve);
          resolve();
        },
      };
      this.#readyWaiters.add(waiter);
      signal.addEventListener('abort', waiter.resolve, { once: true });
    });
  }

  /** The last QR code while the session waits for a scan; none once it is linked, or stopped pairing. */
  pairingQr(name: string): QrEvent | undefined {
    return this.#pairingQr.get(name);
  }

  /**
   * What a client that arrives now needs in order to act, as the events it missed: the QR code to scan while
   * the session is pairing, or `ready` with the account while it is connected; nothing in between.
   */
  async standing(name: string): Promise<SessionEvent[]> {
    const qr = this.#pairingQr.get(name);
    if (qr) return [qr];
    if (!this.isReady(name)) return [];
    const ready = this.#ready.get(name) ?? {
      event: 'ready',
      session: name,
      timestamp: new Date(),
      data: { info: await this.accountInfo(name) },
    };
    return [ready];
  }

  /** Each open session with its WhatsApp connection state. */
  *states(): Iterable<[session: string, state: ConnectionState]> {
    for (const [name, session] of this.#sessions) yield [name, session.driver.state()];
  }

  clientStatus(name: string): ClientStatus {
    const { driver } = this.get(name);
    return describeClientStatus(driver.state(), driver.activity());
  }

  accountInfo(name: string): Promise<AccountInfo> {
    return this.get(name).driver.info();
  }

  chats(name: string): Promise<ChatSummary[]> {
    return this.get(name).driver.chats();
  }

  requestPairingCode(name: string, phone: string): Promise<string> {
    return this.get(name).driver.requestPairingCode(phone);
  }

  async logout(name: string): Promise<void> {
    await this.get(name).driver.logout();
    this.deps.logger.info({ session: name }, 'logged out');
  }

  /** The sandbox's control calls; NOT_FOUND unless this session runs the sandbox driver. */
  sandbox(name: string): SandboxDriver {
    return sandboxControl(this.get(name).driver);
  }

  async close(name: string): Promise<void> {
    const session = this.#sessions.get(name);
    if (!session) return;
    this.#sessions.delete(name);
    this.#pairingQr.delete(name);
    this.#ready.delete(name);
    clearTimeout(session.renewTimer);
    clearTimeout(session.fenceTimer);
    session.closing = true;
    try {
      await session.driver.stop();
    } finally {
      session.unsubscribe();
      await session.handling;
      await this.deps.lease.release(name).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, session: name }, 'could not release the session lease; it expires by itself');
      });
    }
  }

  /** Closes every session as the gateway stops: events still waiting for the database are not waited for. */
  async closeAll(): Promise<void> {
    this.#stopping.abort();
    await Promise.all([...this.#sessions.keys()].map((name) => this.close(name)));
  }

  #enqueue(session: OpenSession, event: DriverEvent): void {
    const { waiting } = session;
    if (waiting.length >= (this.deps.eventQueueLimit ?? EVENT_QUEUE_LIMIT)) {
      const dropped = waiting.shift()!;
      this.deps.dropped(session.name, 1);
      this.deps.logger.error(
        { session: session.name, event: dropped.event.event, waiting: waiting.length },
        'too many driver events wait for the database; the oldest is dropped',
      );
    }
    waiting.push({ event, at: performance.now() });
    session.handling ??= this.#handleWaiting(session);
  }

  async #handleWaiting(session: OpenSession): Promise<void> {
    const { waiting } = session;
    try {
      while (waiting.length > 0) {
        if (waiting[0]!.event.event !== 'message_ack') {
          await this.#handle(session, [waiting.shift()!.event]);
          continue;
        }
        if (waiting.length < ACK_BATCH_LIMIT) await sleep(ACK_WINDOW_MS);
        let count = 1;
        while (count < Math.min(waiting.length, ACK_BATCH_LIMIT) && waiting[count]!.event.event === 'message_ack') count += 1;
        await this.#handle(
          session,
          waiting.splice(0, count).map(({ event }) => event),
        );
      }
    } finally {
      session.handling = undefined;
    }
  }

  /**
   * Stores the events (a batch of acks, or one other event), then announces each, in order. While the
   * database is away they are tried again once it answers, and those behind them wait: nothing is announced
   * before it is stored, and nothing is lost.
   */
  async #handle(session: OpenSession, raised: DriverEvent[]): Promise<void> {
    const { logger, bus } = this.deps;
    const { name, driver } = session;
    const stopping = this.#stopping.signal;
    const published: SessionEvent[] = [];
    for (const event of raised)
      published.push({ ...(await this.#reshaped(name, driver, event)), session: name, timestamp: new Date() } as SessionEvent);
    for (let waited = false; ;) {
      try {
        await this.#store(name, published);
        if (waited)
          logger.info({ session: name, waiting: session.waiting.length }, 'the database answers again; stored the events that waited');
        break;
      } catch (error) {
        if (isDatabaseUnavailable(error) && !stopping.aborted) {
          if (!waited)
            logger.warn({ session: name, reason: (error as Error).message }, 'the database is away; driver events wait to be stored');
          waited = true;
          await this.deps.waitForDatabase(stopping);
          continue;
        }
        logger.error({ err: error, session: name, event: published[0]?.event, count: published.length }, 'could not store a driver event');
        break;
      }
    }
    for (const event of published) {
      if (event.event === 'state_change' || event.event === 'disconnected' || event.event === 'ready') {
        logger.info({ session: name, event: event.event, ...(event.event === 'ready' ? {} : event.data) }, 'whatsapp connection');
      }
      this.#rememberStanding(event);
      bus.publish(event);
      const connected = event.event === 'ready' || (event.event === 'state_change' && event.data.state === 'CONNECTED');
      if (connected) for (const waiter of this.#readyWaiters) if (waiter.session === name) waiter.resolve();
    }
  }

  /** Stored before it is announced, so a client reacting to the event reads what it changed. */
  async #store(session: string, published: SessionEvent[]): Promise<void> {
    const [first] = published;
    if (first?.event === 'message_ack' && this.#ackStore) await this.#ackStore(session, published as AckEvent[]);
    else for (const event of published) for (const store of this.#stores) await store(session, event);
  }

  /** The event as announced: reshaped where the gateway does that, else as the driver raised it. */
  async #reshaped(session: string, driver: WhatsAppDriver, raised: DriverEvent): Promise<DriverEvent> {
    const { logger, reshape } = this.deps;
    if (!reshape) return raised;
    return reshape(driver, raised).catch((error: unknown) => {
      logger.warn({ err: error, session, event: raised.event }, 'could not reshape a driver event; announcing it as raised');
      return raised;
    });
  }

  #rememberStanding(event: GatewayEvent): void {
    if (event.event === 'qr') this.#pairingQr.set(event.session, event);
    else if (endsPairing(event)) this.#pairingQr.delete(event.session);
    if (event.event === 'ready') this.#ready.set(event.session, event);
    else if (endsConnection(event)) this.#ready.delete(event.session);
  }

  /** The lease was taken or renewed by a request sent at `asked`: it holds until a margin before its end. */
  #leased(session: OpenSession, asked: number): void {
    const { ttlMs } = this.deps.lease;
    session.leasedUntil = asked + ttlMs - fenceMarginMs(ttlMs);
    this.#renewIn(session, ttlMs / 3);
    clearTimeout(session.fenceTimer);
    session.fenceTimer = setTimeout(() => void this.#fence(session), session.leasedUntil - performance.now());
  }

  #renewIn(session: OpenSession, delayMs: number): void {
    clearTimeout(session.renewTimer);
    session.renewTimer = setTimeout(() => void this.#renew(session), delayMs);
  }

  async #renew(session: OpenSession): Promise<void> {
    if (this.#sessions.get(session.name) !== session) return;
    const asked = performance.now();
    try {
      if (await this.deps.lease.renew(session.name)) {
        // A renewal that comes back after the deadline does not count: the session is stopping by then.
        if (this.#sessions.get(session.name) === session && performance.now() < session.leasedUntil) this.#leased(session, asked);
        return;
      }
      this.deps.logger.error({ session: session.name }, 'session lease lost to another gateway; stopping this session');
      await this.deps.onLeaseLost(session.name);
      await this.close(session.name);
    } catch (error) {
      this.deps.logger.warn({ err: error, session: session.name }, 'could not renew the session lease; trying again');
      if (this.#sessions.get(session.name) === session) this.#renewIn(session, RENEW_RETRY_MS);
    }
  }

  /**
   * Stops a session whose lease ran out on this node's clock before it could be renewed (the database or
   * the network away, the process paused): from that moment `get` refuses it, so nothing more is sent, and
   * its campaigns and driver stop together, before another node may take it.
   */
  async #fence(session: OpenSession): Promise<void> {
    const { logger, onLeaseLost, onFenced } = this.deps;
    if (this.#sessions.get(session.name) !== session || session.closing) return;
    // A timer may fire a little before its time by this clock: it is set again for the rest.
    const early = session.leasedUntil - performance.now();
    if (early > 0) {
      session.fenceTimer = setTimeout(() => void this.#fence(session), early);
      return;
    }
    session.closing = true;
    logger.error({ session: session.name }, 'session lease not renewed in time; stopping this session before another gateway may take it');
    const stopped = (what: string) => (error: unknown) => logger.error({ err: error, session: session.name }, `could not stop ${what}`);
    await Promise.all([
      onLeaseLost(session.name).catch(stopped('the campaigns of a session that lost its lease')),
      this.close(session.name).catch(stopped('a session that lost its lease')),
    ]);
    onFenced(session.name);
  }
}
