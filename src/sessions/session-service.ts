import type { z } from 'zod';
import type { CampaignService } from '../campaigns/campaign-service.js';
import type { SessionRecord } from '../db/entities/session-record.js';
import type { DriverKind } from '../domain/driver-kinds.js';
import type { LinkedAccount } from '../domain/driver-events.js';
import { limitFromRow, type AccountLimit } from '../domain/account-limit.js';
import { DEFAULT_SESSION, type SessionStatus } from '../domain/session-name.js';
import { connectionStateMeanings, type ConnectionState } from '../domain/connection-states.js';
import type { WhatsAppDialog } from '../domain/whatsapp-dialogs.js';
import type { WebVersionInUse } from '../domain/web-versions.js';
import { badInput, GatewayError, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import { Timers } from '../timers.js';
import type { createSessionInput } from './session-inputs.js';
import { SessionLeaseHeldError } from './session-lease.js';
import type { SessionEvent } from './driver-event-queue.js';
import type { SessionManager } from './session-manager.js';
import type { SessionLimits } from './session-limits.js';
import type { SessionStore } from './session-store.js';

type NewSessionInput = z.output<typeof createSessionInput>;

/** A session as the API shows it: the row, and what its WhatsApp is doing now. */
export interface SessionView {
  name: string;
  driver: DriverKind;
  status: SessionStatus;
  state: ConnectionState;
  ready: boolean;
  me: LinkedAccount | null;
  /** The gateway that holds the session's lease now (runs it); null when none does. */
  node: string | null;
  /** WhatsApp's limit on the account's messages to new contacts, while it holds. */
  limit: AccountLimit | null;
  /** The dialog WhatsApp Web shows that waits for a person, while the state is ACTION_REQUIRED. */
  dialog: WhatsAppDialog | null;
  /** The WhatsApp Web version it loads or runs, while it is open. */
  webVersion: WebVersionInUse | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionServiceDeps {
  store: SessionStore;
  manager: SessionManager;
  campaigns: CampaignService;
  /** Picks up a limit kept for a session that opens here. */
  limits: Pick<SessionLimits, 'resume'>;
  /** Deletes a session's history (campaigns, messages, opt-outs, the webhooks that hear it alone). */
  purgeHistory: (session: string) => Promise<void>;
  /** WHATSAPP_DRIVER: the driver of a session that names none. */
  defaultDriver: DriverKind;
  /** This gateway as a session's lease names it (NODE_ID in a cluster). */
  node: string;
  /**
   * In a cluster, which node runs a started session is the placement's to decide: starting one asks it to
   * place the session rather than opening it here.
   */
  placement?: { wake(): void };
  logger: Logger;
}

/** A kept limit whose end has passed no longer holds, whether or not its node lifted it yet. */
const stillLimited = (limit: AccountLimit | null) => (limit && (limit.until === null || limit.until.getTime() > Date.now()) ? limit : null);

/**
 * Sessions as a resource: created, started, stopped, logged out and deleted by the user, each a row whose
 * status says whether it runs; started ones start again with the gateway.
 */
export class SessionService {
  readonly #reopening = new Timers({ unref: true });
  #stopped = false;

  constructor(private readonly deps: SessionServiceDeps) {}

  /** Opens every started session (the default one exists from the first start); answers their names. */
  async startAll(): Promise<string[]> {
    const { store, logger } = this.deps;
    await store.ensure(DEFAULT_SESSION);
    if (this.deps.placement) return [];
    const started: string[] = [];
    for (const session of await store.list()) {
      if (session.status !== 'started') continue;
      try {
        await this.#run(session);
        started.push(session.name);
      } catch (error) {
        // The default session failing is the gateway failing (no browser, the lease held elsewhere).
        if (session.name === DEFAULT_SESSION) throw error;
        logger.error({ err: error, session: session.name }, 'could not start a session; it stays stopped until started again');
      }
    }
    return started;
  }

  async exists(name: string): Promise<boolean> {
    return (await this.deps.store.find(name)) !== null;
  }

  async list(): Promise<SessionView[]> {
    return Promise.all((await this.deps.store.list()).map((session) => this.#view(session)));
  }

  async get(name: string): Promise<SessionView> {
    return this.#view(await this.#find(name));
  }

  async create(input: NewSessionInput): Promise<SessionView> {
    const { store, logger } = this.deps;
    const created = await store.create({
      name: input.name,
      driver: input.driver,
      proxy: input.proxy,
      status: input.start ? 'started' : 'stopped',
    });
    if (!created)
      throw badInput(`A session named "${input.name}" exists already; choose another name`, [
        { path: ['input', 'name'], message: 'taken' },
      ]);
    logger.info({ session: input.name, driver: input.driver ?? this.deps.defaultDriver }, 'session created');
    const session = await this.#find(input.name);
    if (input.start) await this.#place(session);
    return this.#view(session);
  }

  async start(name: string): Promise<SessionView> {
    const session = await this.#find(name);
    await this.deps.store.setStatus(name, 'started');
    await this.#place(session);
    return this.get(name);
  }

  /**
   * Opens a started session on this node, for the cluster's placement, which has found it without a live
   * owner; false when it is not started any more, or another node took its lease first.
   */
  async runHere(name: string): Promise<boolean> {
    const session = await this.deps.store.find(name);
    if (session?.status !== 'started') return false;
    try {
      await this.#run(session);
    } catch (error) {
      if (error instanceof SessionLeaseHeldError) return false;
      throw error;
    }
    return true;
  }

  /**
   * Opens a started session again after it closed here because its lease could not be renewed in time. In
   * a cluster the placement decides where, on its next pass; a lone gateway tries every `retryMs` until it
   * holds the lease again (the database back, or a pause over), or the session was stopped meanwhile.
   */
  reopenLater(name: string, retryMs: number): void {
    const { placement, logger } = this.deps;
    if (placement) return placement.wake();
    this.#reopening.after(retryMs, () => {
      if (this.#stopped || this.deps.manager.isOpen(name)) return;
      this.runHere(name)
        .then((opened) => {
          if (opened) logger.info({ session: name }, 'session opened again after its lease was renewed late');
          else this.reopenLater(name, retryMs);
        })
        .catch((error: unknown) => {
          logger.warn({ err: error, session: name }, 'could not open the session again yet; trying again');
          this.reopenLater(name, retryMs);
        });
    });
  }

  /** Opens no session again from now on: the gateway is stopping. */
  stopReopening(): void {
    this.#stopped = true;
    this.#reopening.clearAll();
  }

  /** Stops the session and keeps its login: it starts again linked. */
  async stop(name: string): Promise<SessionView> {
    await this.#find(name);
    await this.deps.store.setStatus(name, 'stopped');
    await this.deps.campaigns.stopSession(name);
    await this.deps.manager.close(name);
    return this.get(name);
  }

  /** Unlinks the account; a running session shows a new QR code to link again. */
  async logout(name: string): Promise<SessionView> {
    await this.#find(name);
    await this.deps.manager.logout(name);
    return this.get(name);
  }

  /**
   * Stops the session, unlinks it, cancels its running campaigns and deletes the row; its history (campaigns,
   * messages, opt-outs, its own webhooks) stays unless `purge` says otherwise. The default session is where
   * the unprefixed routes act: it is not deleted.
   */
  async delete(name: string, options: { purge: boolean } = { purge: false }): Promise<void> {
    if (name === DEFAULT_SESSION) throw badInput('The default session cannot be deleted; stop it or log it out instead');
    await this.#find(name);
    const { store, manager, campaigns, logger } = this.deps;
    await campaigns.cancelAll(name);
    await campaigns.stopSession(name);
    if (manager.isOpen(name)) {
      await manager
        .logout(name)
        .catch((error: unknown) => logger.warn({ err: error, session: name }, 'could not unlink the session before deleting it'));
      await manager.close(name);
    }
    await store.delete(name);
    if (options.purge) await this.deps.purgeHistory(name);
    logger.info({ session: name, purged: options.purge }, 'session deleted');
  }

  /**
   * Keeps in the session's row the connection state and account its driver reports, so that a node that
   * does not run the session can show them.
   */
  async noteConnection(session: string, event: SessionEvent): Promise<void> {
    if (event.event === 'state_change') {
      const { state } = event.data;
      await this.deps.store.noteConnection(session, { state, ...(state !== 'ACTION_REQUIRED' && { dialog: null }) });
    } else if (event.event === 'web_version') {
      await this.deps.store.noteConnection(session, { webVersion: event.data });
    } else if (event.event === 'dialog' && event.data.answered === null) {
      const { text, buttons } = event.data;
      await this.deps.store.noteConnection(session, { dialog: { text, buttons } });
    } else if (event.event === 'ready') {
      const { wid, pushname, phone } = event.data.info;
      await this.deps.store.noteConnection(session, { state: 'CONNECTED', account: { wid, pushname, phone } });
    }
  }

  /** The QR code to scan now; NOT_FOUND, naming the state, when the session is not pairing. */
  async qr(name: string): Promise<{ qr: string; timestamp: Date }> {
    const view = await this.get(name);
    const qr = this.deps.manager.pairingQr(name);
    if (!qr) throw notFound(`Session "${name}" shows no QR code: it is ${view.state} (${connectionStateMeanings[view.state]})`);
    return { qr: qr.data.qr, timestamp: qr.timestamp };
  }

  /** A code that links the session when typed on the phone with this number; only while it is pairing. */
  async pairingCode(name: string, phone: string): Promise<{ code: string; phone: string }> {
    const view = await this.get(name);
    if (view.state !== 'PAIRING') {
      throw new GatewayError(
        'BAD_USER_INPUT',
        `Session "${name}" is not pairing: it is ${view.state} (${connectionStateMeanings[view.state]})`,
        {
          hint: 'A session gives a QR or pairing code only while it waits to be linked; log it out to link another phone',
        },
      );
    }
    return { code: await this.deps.manager.requestPairingCode(name, phone), phone };
  }

  async #place(session: SessionRecord): Promise<void> {
    if (this.deps.placement) this.deps.placement.wake();
    else await this.#run(session);
  }

  async #run(session: SessionRecord): Promise<void> {
    await this.deps.manager.open(session.name, { driver: session.driver, proxy: session.proxy });
    await this.deps.limits.resume(session.name);
    await this.deps.campaigns.start(session.name);
  }

  async #find(name: string): Promise<SessionRecord> {
    return (await this.deps.store.find(name)) ?? Promise.reject(notFound(`Session "${name}" not found`));
  }

  async #view(session: SessionRecord): Promise<SessionView> {
    const { manager, defaultDriver } = this.deps;
    let state: ConnectionState = 'UNLAUNCHED';
    let info: LinkedAccount | null = null;
    let dialog: WhatsAppDialog | null = null;
    let webVersion: WebVersionInUse | null = null;
    if (manager.isOpen(session.name)) {
      ({ state, dialog } = manager.clientStatus(session.name));
      webVersion = manager.webVersion(session.name);
      info = state === 'CONNECTED' ? await manager.accountInfo(session.name).catch(() => null) : null;
    } else if (session.leaseExpiresAt && session.leaseExpiresAt.getTime() > Date.now()) {
      // Another node of the cluster runs it: as that node last stored it.
      state = session.state ?? 'OPENING';
      info = state === 'CONNECTED' ? (session.account ?? null) : null;
      dialog = state === 'ACTION_REQUIRED' ? (session.dialog ?? null) : null;
      webVersion = session.webVersion ?? null;
    }
    const ready = state === 'CONNECTED';
    const leased = session.leaseExpiresAt != null && session.leaseExpiresAt.getTime() > Date.now();
    return {
      name: session.name,
      driver: session.driver ?? defaultDriver,
      status: session.status,
      state,
      ready,
      me: info && { wid: info.wid, pushname: info.pushname, phone: info.phone },
      node: manager.isOpen(session.name) ? this.deps.node : leased ? (session.leaseOwner ?? null) : null,
      limit: stillLimited(limitFromRow(session.accountLimit ?? null)),
      dialog,
      webVersion,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
    };
  }
}
