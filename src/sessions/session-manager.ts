import type { DriverSettings } from '../domain/driver-kinds.js';
import { GatewayError, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ChatSummary, WhatsAppDriver } from '../whatsapp/driver.js';
import { sandboxControl } from '../whatsapp/create-driver.js';
import type { SandboxControl } from '../whatsapp/sandbox/sandbox-control.js';
import type { WebVersionInUse } from '../domain/web-versions.js';
import { describeClientStatus, type ClientStatus } from '../domain/client-status.js';
import type { AccountInfo } from '../domain/driver-events.js';
import type { SessionLease } from './session-lease.js';
import type { QrEvent, SessionStanding } from './session-standing.js';
import { DriverEventQueue, type EventHandling, type SessionEvent, type SessionEventPipeline } from './driver-event-queue.js';
import type { ConnectionState } from '../domain/connection-states.js';

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
  /** Its driver's events, stored and then announced in order. */
  events: DriverEventQueue;
  /** Set once the session is closing here, so it is stopped once. */
  closing: boolean;
}

/**
 * At most this many driver events of a session wait to be stored while the database is away; beyond, the
 * oldest is dropped (counted and logged) so an outage cannot grow the gateway's memory without bound.
 */
const EVENT_QUEUE_LIMIT = 10_000;
/**
 * Sends wait while this many of their session's events wait to be stored: the acks of a burst of sends
 * arrive faster than a slow database stores them, and a queue left to grow would reach its bound and drop
 * them.
 */
const EVENT_BACKLOG_HIGH = 2_000;
/** A renewal that failed is tried again this soon, not a whole renewal period later. */
const RENEW_RETRY_MS = 1_000;
/**
 * The part of a lease this node gives up at its end, on its own clock: it stops the session this long
 * before another node may take it, which covers the time the stop takes and the clocks of two nodes
 * disagreeing.
 */
const fenceMarginMs = (ttlMs: number) => ttlMs / 5;

export interface SessionManagerDeps {
  createDriver(session: string, settings: DriverSettings): Promise<WhatsAppDriver>;
  lease: SessionLease;
  /** Where each session stands (its QR code, whether it is ready), as the event pipeline notes it. */
  standing: SessionStanding;
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
  /** From how many waiting events on a session's sends are held back; 2,000 unless said. */
  eventBacklogHigh?: number;
  logger: Logger;
}

/**
 * Holds one driver per session name, and each one's lease. Opening a session takes its lease first, then
 * starts the driver; the driver's events go, in order, through the event pipeline it is handed.
 */
export class SessionManager {
  readonly #sessions = new Map<string, OpenSession>();
  /** Aborted when the gateway stops: events waiting for the database give up. */
  readonly #stopping = new AbortController();
  /** What every session's event queue hands its events to, once the pipeline is known. */
  #handling: EventHandling | undefined;

  constructor(private readonly deps: SessionManagerDeps) {}

  /**
   * Where the drivers' events go. Handed over once the services it calls are built, which need this
   * manager first; no session opens before.
   */
  handEventsTo(pipeline: SessionEventPipeline): void {
    const { waitForDatabase, dropped, eventQueueLimit, eventBacklogHigh, logger } = this.deps;
    this.#handling = {
      pipeline,
      waitForDatabase,
      dropped,
      limit: eventQueueLimit ?? EVENT_QUEUE_LIMIT,
      backlogHigh: eventBacklogHigh ?? EVENT_BACKLOG_HIGH,
      stopping: this.#stopping.signal,
      logger,
    };
  }

  async open(name: string, settings: DriverSettings = {}): Promise<Session> {
    const existing = this.#sessions.get(name);
    if (existing) return existing;
    const { lease, logger } = this.deps;
    const handling = this.#handling;
    if (!handling) throw new Error('SessionManager: hand the events to a pipeline before opening a session');
    // Building a driver launches nothing, so a driver that cannot be built never holds the lease.
    const driver = await this.deps.createDriver(name, settings);
    const asked = performance.now();
    await lease.acquire(name);
    const session: OpenSession = {
      name,
      driver,
      unsubscribe: driver.subscribe((event) => session.events.push(event)),
      renewTimer: undefined,
      leasedUntil: 0,
      fenceTimer: undefined,
      events: new DriverEventQueue(name, driver, handling),
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
    for (const [session, { events }] of this.#sessions) yield { session, ...events.depth(now) };
  }

  /**
   * Resolves once a send may go out without outrunning the storing of its session's events (at once,
   * unless thousands wait); see DriverEventQueue.room.
   */
  async roomForEvents(name: string): Promise<void> {
    await this.#sessions.get(name)?.events.room();
  }

  /** Whether the session's WhatsApp is connected, so a send can go out now. */
  isReady(name: string): boolean {
    return this.#sessions.get(name)?.driver.state() === 'CONNECTED';
  }

  /** Resolves once the session's WhatsApp is connected (at once if it is), or when the signal aborts. */
  async waitUntilReady(name: string, signal: AbortSignal): Promise<void> {
    if (this.isReady(name) || signal.aborted) return;
    await this.deps.standing.connected(name, signal);
  }

  /** The last QR code while the session waits for a scan; none once it is linked, or stopped pairing. */
  pairingQr(name: string): QrEvent | undefined {
    return this.deps.standing.pairingQr(name);
  }

  /**
   * What a client that arrives now needs in order to act, as the events it missed: the QR code to scan while
   * the session is pairing, or `ready` with the account while it is connected; nothing in between.
   */
  async standing(name: string): Promise<SessionEvent[]> {
    const qr = this.deps.standing.pairingQr(name);
    if (qr) return [qr];
    if (!this.isReady(name)) return [];
    const ready = this.deps.standing.ready(name) ?? {
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
    return describeClientStatus(driver.state(), driver.activity(), driver.dialog());
  }

  webVersion(name: string): WebVersionInUse | null {
    return this.get(name).driver.webVersion();
  }

  /** Presses a button of the dialog WhatsApp Web shows that waits for a person. */
  async answerDialog(name: string, button: string): Promise<ClientStatus> {
    await this.get(name).driver.answerDialog(button);
    this.deps.logger.info({ session: name, button }, 'dialog answered through the API');
    return this.clientStatus(name);
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
  sandbox(name: string): SandboxControl {
    return sandboxControl(this.get(name).driver);
  }

  async close(name: string): Promise<void> {
    const session = this.#sessions.get(name);
    if (!session) return;
    this.#sessions.delete(name);
    this.deps.standing.forget(name);
    clearTimeout(session.renewTimer);
    clearTimeout(session.fenceTimer);
    session.closing = true;
    try {
      await session.driver.stop();
    } finally {
      session.unsubscribe();
      await session.events.drained();
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
