import { setTimeout as sleep } from 'node:timers/promises';
import type { CampaignRecord } from '../db/entities/campaign-record.js';
import { GatewayError, isDatabaseUnavailable } from '../errors.js';
import type { Logger } from '../logger.js';
import type { MessagingService } from '../messaging/messaging-service.js';
import { pause } from '../messaging/pacing.js';
import { maskNumber, normalizeRecipient } from '../domain/phone-number.js';
import type { SessionManager } from '../sessions/session-manager.js';
import { countsOf } from './campaign-counts.js';
import type { CampaignAnnouncer } from './campaign-announcer.js';
import type { RecipientState } from '../domain/campaign-states.js';
import { limitedRecipientError } from '../domain/account-limit.js';
import type { CampaignStore } from './campaign-store.js';
import type { CampaignRecipient, RecipientLedger } from './recipient-ledger.js';
import type { OptOutList } from './opt-out-list.js';
import type { SendCaps } from './send-caps.js';

export interface Pacing {
  delayMinMs: number;
  delayMaxMs: number;
}

export interface CampaignRunnerDeps {
  session: string;
  store: CampaignStore;
  ledger: RecipientLedger;
  optOutList: OptOutList;
  caps: SendCaps;
  messaging: MessagingService;
  openSessions: SessionManager;
  announcer: CampaignAnnouncer;
  logger: Logger;
  /** Campaigns wait these gaps; send-bulk keeps its own, shorter ones. */
  pacing: { campaign: Pacing; bulk: Pacing };
  /** Resolves once the database answers again (or the signal aborts): a run waits on it and carries on. */
  waitForDatabase(signal: AbortSignal): Promise<void>;
}

interface Run {
  abort: AbortController;
  done: Promise<void>;
}

const NOT_READY = 'WhatsApp client not ready';
/** How many outages recording a failed run waits through before it leaves the campaign to the next start. */
const FAIL_RECORD_ATTEMPTS = 5;
/** Pending recipients read per query; each is still claimed on its own. */
const BATCH = 100;

/**
 * Runs a session's campaigns from the database, one recipient at a time: claim it (`sending`), send, then
 * record `sent` with the message id, or `failed`. A crash between the two leaves `sending`, which the next
 * run turns into `unknown` rather than sending again. A campaign waits while WhatsApp is not ready, for
 * the sending caps, and for its jittered gap; cancelling (or pausing) stops it before the next recipient.
 */
export class CampaignRunner {
  readonly #runs = new Map<number, Run>();

  constructor(private readonly deps: CampaignRunnerDeps) {}

  /** Runs a campaign already marked `running`; resolves when its run ends. Running it twice joins the run. */
  run(campaignId: number): Promise<void> {
    const existing = this.#runs.get(campaignId);
    if (existing) return existing.done;
    const abort = new AbortController();
    const done = this.#runThroughOutages(campaignId, abort.signal)
      .catch((error: unknown) => this.#fail(campaignId, error, abort.signal))
      .finally(() => this.#runs.delete(campaignId));
    this.#runs.set(campaignId, { abort, done });
    return done;
  }

  /** Stops a campaign's run before its next recipient; an in-flight send is finished and recorded first. */
  async stop(campaignId: number): Promise<void> {
    const run = this.#runs.get(campaignId);
    if (!run) return;
    run.abort.abort();
    await run.done;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.#runs.keys()].map((id) => this.stop(id)));
  }

  /**
   * A run that meets the database away waits for it and starts over where the database says it stands: a
   * recipient it left `sending` becomes `unknown` (never sent twice), the others are claimed as before.
   * Stopped meanwhile, it leaves the campaign running, for the next start to resume.
   */
  async #runThroughOutages(campaignId: number, signal: AbortSignal): Promise<void> {
    for (;;) {
      try {
        return await this.#run(campaignId, signal);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        if (signal.aborted) return;
        this.deps.logger.warn({ campaignId, reason: (error as Error).message }, 'campaign waits for the database to answer again');
        await this.deps.waitForDatabase(signal);
        if (signal.aborted) return;
        this.deps.logger.info({ campaignId }, 'the database answers again; campaign resumes');
      }
    }
  }

  async #run(campaignId: number, signal: AbortSignal): Promise<void> {
    const { store, ledger, session, logger } = this.deps;
    const interrupted = await ledger.resolveInterrupted(campaignId);
    if (interrupted > 0)
      logger.warn({ campaignId, recipients: interrupted }, 'recipients left mid-send by a stop are marked unknown and not sent again');
    const campaign = await store.find(campaignId);
    if (!campaign || campaign.status !== 'running') return;
    const log = logger.child({ campaignId, kind: campaign.kind });
    log.info({ total: campaign.total, pending: campaign.pendingCount }, 'campaign running');
    await this.deps.announcer.announce(campaignId);
    const pacing = this.deps.pacing[campaign.kind];
    let sentBefore = false;
    for (
      let batch = await ledger.pending(campaignId, BATCH);
      batch.length > 0 && !signal.aborted;
      batch = await ledger.pending(campaignId, BATCH)
    ) {
      for (const next of batch) {
        if (sentBefore) await pause(pacing.delayMinMs, pacing.delayMaxMs, signal);
        if (campaign.kind === 'campaign') {
          await this.#holdForCaps(signal, log);
          await this.#holdUntilReady(signal, log);
        } else if (!this.deps.openSessions.isReady(session)) {
          await this.#failRemaining(campaignId, NOT_READY);
          break;
        }
        if (signal.aborted) return;
        const outcome = await this.#attempt(campaign, next);
        if (outcome.stop) return;
        sentBefore = outcome.attempted;
      }
    }
    if (signal.aborted) return;
    await this.#finish(campaignId, log);
  }

  /** One recipient, from claim to its recorded outcome. */
  async #attempt(campaign: CampaignRecord, next: CampaignRecipient): Promise<{ attempted: boolean; stop?: true }> {
    const { store, ledger, optOutList, messaging, session, logger } = this.deps;
    const { announcer } = this.deps;
    const settle = (from: RecipientState, to: RecipientState, error: string | null) =>
      announcer.within((stage) =>
        ledger.settle(next, from, to, error, (em, row) => stage(em, campaign.id, { chatId: next.chatId, state: to, error }, row)),
      );
    if (!(await ledger.claim(next, campaign.kind === 'campaign' ? session : undefined))) {
      // Claimed by no one else (one runner per session): the recipient opted out, or the campaign stopped
      // running, by a cancel or pause.
      if (campaign.kind === 'campaign' && (await optOutList.has(session, next.chatId))) {
        await settle('pending', 'skipped', 'The recipient opted out');
        return { attempted: false };
      }
      const current = await store.find(campaign.id);
      return { attempted: false, ...((!current || current.status !== 'running') && { stop: true as const }) };
    }
    const normalized = normalizeRecipient(next.chatId);
    if (!normalized.ok) {
      await settle('sending', 'failed', normalized.error);
      return { attempted: false };
    }
    let marked = false;
    try {
      await announcer.within((stage) =>
        messaging.sendText(session, normalized.recipient, next.message ?? campaign.message, {}, async (em, sent) => {
          const row = await ledger.markSent(em, next, sent.id);
          marked = row !== undefined;
          if (row) await stage(em, campaign.id, { chatId: next.chatId, state: 'sent', error: null }, row);
        }),
      );
    } catch (error) {
      if (!(error instanceof GatewayError)) {
        logger.error({ err: error, campaignId: campaign.id, to: maskNumber(next.chatId) }, 'campaign send failed unexpectedly');
        await settle('sending', 'unknown', 'The send failed unexpectedly; not sent again to avoid a duplicate');
        return { attempted: true };
      }
      if (error.uncertain) {
        // It may have left: like a recipient a crash left mid-send, it is never sent again.
        await settle('sending', 'unknown', error.message);
        return { attempted: true };
      }
      if (error.code === 'CLIENT_NOT_READY' || error.code === 'NOT_FOUND' || error.code === 'SESSION_MOVING') {
        // Refused before anything left: the recipient goes back in line. A session closed or stopping here
        // (its lease not renewed in time) ends the run; the node that holds the session next resumes it.
        await settle('sending', 'pending', null);
        if (campaign.kind === 'bulk' && error.code !== 'SESSION_MOVING') await this.#failRemaining(campaign.id, error.message);
        return { attempted: false, ...(error.code !== 'CLIENT_NOT_READY' && { stop: true as const }) };
      }
      await settle('sending', 'failed', error.code === 'ACCOUNT_LIMITED' ? limitedRecipientError(error.message) : error.message);
      return { attempted: true };
    }
    if (!marked) await settle('sending', 'unknown', 'Sent, but its state could not be recorded');
    return { attempted: true };
  }

  async #holdUntilReady(signal: AbortSignal, log: Logger): Promise<void> {
    const { openSessions, session } = this.deps;
    if (openSessions.isReady(session)) return;
    log.info('campaign waits for WhatsApp to be ready');
    while (!signal.aborted && !openSessions.isReady(session)) await openSessions.waitUntilReady(session, signal);
    if (!signal.aborted) log.info('WhatsApp is ready; campaign resumes');
  }

  async #holdForCaps(signal: AbortSignal, log: Logger): Promise<void> {
    for (;;) {
      const waitMs = await this.deps.caps.waitMs(this.deps.session);
      if (waitMs <= 0 || signal.aborted) return;
      log.info({ waitMs }, 'campaign waits: the hourly or daily sending cap is reached');
      await sleep(waitMs, undefined, { signal }).catch(() => undefined);
    }
  }

  async #failRemaining(campaignId: number, error: string): Promise<void> {
    for (
      let batch = await this.deps.ledger.pending(campaignId, BATCH);
      batch.length > 0;
      batch = await this.deps.ledger.pending(campaignId, BATCH)
    ) {
      for (const next of batch) await this.deps.ledger.settle(next, 'pending', 'failed', error);
    }
  }

  async #finish(campaignId: number, log: Logger): Promise<void> {
    const campaign = await this.deps.store.find(campaignId);
    if (!campaign) return;
    const counts = countsOf(campaign);
    const nothingLeft = counts.sent === 0 && counts.failed + counts.unknown > 0;
    const status = nothingLeft ? 'failed' : 'completed';
    const now = new Date();
    const finished = await this.deps.announcer.within((stage) =>
      this.deps.store.setStatus(
        campaignId,
        ['running'],
        status,
        { completedAt: now, error: nothingLeft ? 'No message could be sent' : null },
        (em) => stage(em, campaignId),
      ),
    );
    if (finished) log.info({ status, ...counts }, 'campaign finished');
  }

  /**
   * Records a run that stopped on an error as failed. Met with the database away, it waits and tries again,
   * since a campaign left `running` with no run behind it would stay so until the next start.
   */
  async #fail(campaignId: number, error: unknown, signal: AbortSignal): Promise<void> {
    const { logger, announcer, store } = this.deps;
    logger.error({ err: error, campaignId }, 'campaign run stopped by an error');
    for (let attempt = 1; !signal.aborted; attempt += 1) {
      try {
        await announcer.within((stage) =>
          store.setStatus(
            campaignId,
            ['running'],
            'failed',
            { error: 'The run stopped on an internal error; see the gateway log', completedAt: new Date() },
            (em) => stage(em, campaignId),
          ),
        );
        return;
      } catch (recordError) {
        if (!isDatabaseUnavailable(recordError) || attempt >= FAIL_RECORD_ATTEMPTS) {
          logger.error({ err: recordError, campaignId }, 'could not record the failed run; the campaign resumes on the next start');
          return;
        }
        await this.deps.waitForDatabase(signal);
      }
    }
  }
}
