import { setTimeout as sleep } from 'node:timers/promises';
import type { DriverSettings } from '../domain/driver-kinds.js';
import { notFound } from '../errors.js';
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
  renewTimer: NodeJS.Timeout;
  /**
   * Events are handled one after another so they reach subscribers in the order the driver raised them:
   * those waiting, and the handling under way (until none wait).
   */
  waiting: DriverEvent[];
  handling: Promise<void> | undefined;
}

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
  /** Called when another process took the session's lease (this one was cut off past its expiry): its campaigns stop here. */
  onLeaseLost(session: string): Promise<void>;
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

  constructor(private readonly deps: SessionManagerDeps) {}

  async open(name: string, settings: DriverSettings = {}): Promise<Session> {
    const existing = this.#sessions.get(name);
    if (existing) return existing;
    const { lease, logger } = this.deps;
    // Building a driver launches nothing, so a driver that cannot be built never holds the lease.
    const driver = await this.deps.createDriver(name, settings);
    await lease.acquire(name);
    const session: OpenSession = {
      name,
      driver,
      unsubscribe: driver.subscribe((event) => {
        session.waiting.push(event);
        session.handling ??= this.#handleWaiting(session);
      }),
      renewTimer: setInterval(() => void this.#renew(session), lease.ttlMs / 3),
      waiting: [],
      handling: undefined,
    };
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

  get(name: string): Session {
    const session = this.#sessions.get(name);
    if (!session) throw notFound(`Session "${name}" is not open`);
    return session;
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
    clearInterval(session.renewTimer);
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

  async closeAll(): Promise<void> {
    await Promise.all([...this.#sessions.keys()].map((name) => this.close(name)));
  }

  async #handleWaiting(session: OpenSession): Promise<void> {
    const { name, driver, waiting } = session;
    try {
      while (waiting.length > 0) {
        if (waiting[0]!.event !== 'message_ack') {
          await this.#handle(name, driver, [waiting.shift()!]);
          continue;
        }
        if (waiting.length < ACK_BATCH_LIMIT) await sleep(ACK_WINDOW_MS);
        let count = 1;
        while (count < Math.min(waiting.length, ACK_BATCH_LIMIT) && waiting[count]!.event === 'message_ack') count += 1;
        await this.#handle(name, driver, waiting.splice(0, count));
      }
    } finally {
      session.handling = undefined;
    }
  }

  /** Stores the events (a batch of acks, or one other event), then announces each, in order. */
  async #handle(session: string, driver: WhatsAppDriver, raised: DriverEvent[]): Promise<void> {
    const { logger, bus } = this.deps;
    const published: SessionEvent[] = [];
    for (const event of raised)
      published.push({ ...(await this.#reshaped(session, driver, event)), session, timestamp: new Date() } as SessionEvent);
    try {
      // Stored before it is announced, so a client reacting to the event reads what it changed.
      const [first] = published;
      if (first?.event === 'message_ack' && this.#ackStore) await this.#ackStore(session, published as AckEvent[]);
      else for (const event of published) for (const store of this.#stores) await store(session, event);
      for (const event of published) {
        if (event.event === 'state_change' || event.event === 'disconnected' || event.event === 'ready') {
          logger.info({ session, event: event.event, ...(event.event === 'ready' ? {} : event.data) }, 'whatsapp connection');
        }
      }
    } catch (error) {
      logger.error({ err: error, session, event: published[0]?.event, count: published.length }, 'could not store a driver event');
    }
    for (const event of published) {
      this.#rememberStanding(event);
      bus.publish(event);
      const connected = event.event === 'ready' || (event.event === 'state_change' && event.data.state === 'CONNECTED');
      if (connected) for (const waiter of this.#readyWaiters) if (waiter.session === session) waiter.resolve();
    }
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

  async #renew(session: OpenSession): Promise<void> {
    try {
      if (await this.deps.lease.renew(session.name)) return;
      this.deps.logger.error({ session: session.name }, 'session lease lost to another gateway; stopping this session');
      await this.deps.onLeaseLost(session.name);
      await this.close(session.name);
    } catch (error) {
      this.deps.logger.warn({ err: error, session: session.name }, 'could not renew the session lease; will retry');
    }
  }
}
