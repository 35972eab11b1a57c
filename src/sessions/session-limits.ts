import type { AccountLimit, LimitRefusal } from '../domain/account-limit.js';
import type { EventBus, GatewayEvent } from '../events.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { Timers } from '../timers.js';
import type { SessionStore } from './session-store.js';

export interface SessionLimitsDeps {
  /** Where a limit is kept, so a restart or the next node to run the session still honours it. */
  store: Pick<SessionStore, 'noteLimit' | 'limitOf'>;
  /** Whether the session still runs on this node: only that node ends its limit and resumes its campaigns. */
  isOpenHere(session: string): boolean;
  bus: EventBus;
  metrics: GatewayMetrics;
  logger: Logger;
  /** How long a limit whose end WhatsApp did not give is taken to hold. */
  assumedMs: number;
  /** Pauses the session's running campaigns, saying why. */
  pauseCampaigns(session: string, reason: string): Promise<void>;
  /** Resumes the campaigns a limit paused, once it has ended. */
  resumeCampaigns(session: string): Promise<void>;
}

/** The longest a Node timer waits; an end further off is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The end a limit is kept until: WhatsApp's, else the assumed one. */
const keptUntil = (limit: AccountLimit, assumedMs: number) => limit.until ?? new Date(limit.since.getTime() + assumedMs);

/**
 * The sessions WhatsApp limits now, on the node that runs them. The first refusal starts a limit: it is
 * announced (`session_limited`) and the session's running campaigns pause, rather than push further into
 * it. At the end WhatsApp gave, the limit lifts and those campaigns resume by themselves; a limit with no
 * end is kept for the assumed time and its campaigns wait to be resumed by hand.
 */
export class SessionLimits {
  readonly #limits = new Map<string, AccountLimit>();
  readonly #ends = new Map<string, NodeJS.Timeout>();
  readonly #timers = new Timers({ unref: true });

  constructor(private readonly deps: SessionLimitsDeps) {}

  /** The limit the session is under now, if any. */
  of(session: string): AccountLimit | undefined {
    return this.#limits.get(session);
  }

  /**
   * WhatsApp refused a message of the session as over its limit. Called again with the same refusal (a
   * batch stored again after the database came back), it announces nothing twice but still pauses what runs.
   */
  async refused(session: string, refusal: LimitRefusal): Promise<void> {
    const { metrics, logger, bus } = this.deps;
    metrics.sendsRefused.inc({ session, reason: 'account_limited' });
    const until = refusal.until === null ? null : new Date(refusal.until * 1000);
    const current = this.#limits.get(session);
    if (!current || current.until?.getTime() !== until?.getTime()) {
      const limit: AccountLimit = { reason: refusal.reason, since: current?.since ?? new Date(), until };
      const event: GatewayEvent = { event: 'session_limited', session, timestamp: new Date(), data: limit };
      await bus.record(event);
      await this.deps.store.noteLimit(session, limit);
      this.#hold(session, limit);
      logger.warn({ session, until: until?.toISOString() ?? null }, 'WhatsApp limits this session; its campaigns pause');
      bus.publish(event);
    }
    const paused = until ? `until ${until.toISOString()}` : 'until resumed by hand';
    await this.deps.pauseCampaigns(session, `Paused ${paused}: ${refusal.reason}`);
  }

  /** A session opening here takes up the limit kept for it: still held, or ended meanwhile. */
  async resume(session: string): Promise<void> {
    const limit = await this.deps.store.limitOf(session);
    if (!limit) return;
    if (keptUntil(limit, this.deps.assumedMs).getTime() > Date.now()) this.#hold(session, limit);
    else await this.#end(session, limit);
  }

  /** The limit ended (at its end, or WhatsApp lifted it): campaigns it paused with an end resume. */
  async lift(session: string): Promise<void> {
    const limit = this.#limits.get(session) ?? (await this.deps.store.limitOf(session));
    if (limit) await this.#end(session, limit);
  }

  async #end(session: string, limit: AccountLimit): Promise<void> {
    await this.deps.store.noteLimit(session, null);
    this.#forget(session);
    this.deps.logger.info({ session }, 'WhatsApp no longer limits this session');
    if (limit.until) await this.deps.resumeCampaigns(session);
  }

  /** Ends the timers of the gateway's stop; the next start reads the limits kept. */
  stop(): void {
    this.#timers.clearAll();
  }

  #forget(session: string): void {
    this.#limits.delete(session);
    this.#timers.cancel(this.#ends.get(session));
    this.#ends.delete(session);
    this.deps.metrics.sessionsLimited.set({ session }, 0);
  }

  #hold(session: string, limit: AccountLimit): void {
    this.#limits.set(session, limit);
    this.deps.metrics.sessionsLimited.set({ session }, 1);
    this.#scheduleEnd(session, limit);
  }

  #scheduleEnd(session: string, limit: AccountLimit): void {
    this.#timers.cancel(this.#ends.get(session));
    const end = keptUntil(limit, this.deps.assumedMs).getTime();
    this.#ends.set(
      session,
      this.#timers.after(Math.min(MAX_TIMER_MS, Math.max(0, end - Date.now())), () => {
        if (!this.deps.isOpenHere(session)) this.#forget(session);
        else if (end > Date.now()) this.#scheduleEnd(session, limit);
        else this.lift(session).catch((error: unknown) => this.deps.logger.error({ err: error, session }, 'could not end a limit'));
      }),
    );
  }
}
