import type { z } from 'zod';
import type { CampaignRecipientRecord } from '../db/entities/campaign-recipient-record.js';
import type { CampaignRecord } from '../db/entities/campaign-record.js';
import type { EntityManager } from '../db/orm.js';
import { allowedStatusChanges, type CampaignKind, type CampaignStatus, type RecipientState } from '../domain/campaign-states.js';
import { badInput, clientNotReady, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import type { MovedMessage } from '../messaging/message-log.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { CampaignAnnouncer } from './campaign-announcer.js';
import { countsOf } from './campaign-counts.js';
import type { createCampaignInput } from './campaign-inputs.js';
import type { CampaignRunners } from './campaign-runners.js';
import { CampaignScheduler } from './campaign-scheduler.js';
import type { CampaignStore } from './campaign-store.js';
import type { MovedRecipient, RecipientLedger } from './recipient-ledger.js';
import type { OptOutList } from './opt-out-list.js';

type NewCampaignInput = z.output<typeof createCampaignInput>;

export interface RecipientProblem {
  phone: string;
  chatId: string;
  state: RecipientState;
  error: string;
}

/** The documented execute result: counts, and the recipients that did not get the message. */
export interface CampaignRunResult {
  total: number;
  sent: number;
  failed: number;
  unknown: number;
  skipped: number;
  pending: number;
  errors: RecipientProblem[];
}

/** Problem recipients listed in an execute result; the campaign's recipients page has them all. */
export const MAX_LISTED_ERRORS = 100;

export interface CampaignServiceDeps {
  store: CampaignStore;
  ledger: RecipientLedger;
  runners: CampaignRunners;
  announcer: CampaignAnnouncer;
  optOutList: OptOutList;
  openSessions: SessionManager;
  schedulerIntervalMs: number;
  /**
   * Counts the recipients an ack batch moved besides the one its progress event names (the batch is
   * announced once per campaign), so that every recipient's move is counted once.
   */
  countUnannounced?: (session: string, moved: readonly MovedRecipient[]) => void;
  logger: Logger;
}

/**
 * Campaigns on the database. Every run goes through the session's runner; the scheduler starts due
 * campaigns, and start() resumes what a stop or a crash interrupted.
 */
export class CampaignService {
  readonly #schedulers = new Map<string, CampaignScheduler>();

  constructor(private readonly deps: CampaignServiceDeps) {}

  /**
   * Moves the recipients the acked messages belong to, in the acks' own transaction, and stages each
   * campaign's progress there too, once for the batch (with the last recipient it moved); answers how to
   * announce them once that has committed.
   */
  async followAcks(em: EntityManager, acked: readonly MovedMessage[]): Promise<Array<() => void>> {
    const movedBy = new Map<number, MovedRecipient[]>();
    const followed = await this.deps.ledger.followAcks(em, acked);
    for (const recipient of followed.moved) movedBy.set(recipient.campaignId, [...(movedBy.get(recipient.campaignId) ?? []), recipient]);
    const announcements: Array<() => void> = [];
    for (const [campaignId, moved] of movedBy) {
      const { chatId, state } = moved.at(-1)!;
      const staged = await this.deps.announcer.stage(em, campaignId, { chatId, state, error: null }, followed.campaigns.get(campaignId));
      if (!staged) continue;
      announcements.push(() => {
        staged.publish();
        this.deps.countUnannounced?.(staged.session, moved.slice(0, -1));
      });
    }
    return announcements;
  }

  /** Pauses the session's running campaigns (WhatsApp limits it), saying why; each run stops before its next recipient. */
  async pauseRunning(session: string, reason: string): Promise<void> {
    const { store, announcer, runners, logger } = this.deps;
    for (const id of await store.withStatus(session, 'running')) {
      const paused = await announcer.within((stage) =>
        store.setStatus(id, ['running'], 'paused', { error: reason }, (em) => stage(em, id)),
      );
      if (!paused) continue;
      void runners.of(session).stop(id);
      logger.warn({ campaignId: id, session }, 'campaign paused: WhatsApp limits its session');
    }
  }

  /** Resumes the session's campaigns a limit paused. */
  async resumePaused(session: string): Promise<void> {
    const { store, announcer, runners, logger } = this.deps;
    for (const id of await store.withStatus(session, 'paused')) {
      const resumed = await announcer.within((stage) => store.setStatus(id, ['paused'], 'running', { error: null }, (em) => stage(em, id)));
      if (!resumed) continue;
      logger.info({ campaignId: id, session }, 'campaign resumes: the limit on its session ended');
      void runners.of(session).run(id);
    }
  }

  /** Resumes the session's interrupted runs and starts its scheduler; call once its session is open. */
  async start(session: string): Promise<void> {
    if (this.#schedulers.has(session)) return;
    const { store, runners, schedulerIntervalMs, logger } = this.deps;
    const runner = runners.of(session);
    for (const id of await store.withStatus(session, 'running')) {
      logger.info({ campaignId: id }, 'resuming a campaign that was running when the gateway stopped');
      void runner.run(id);
    }
    const scheduler = new CampaignScheduler(session, store, (id) => void runner.run(id), schedulerIntervalMs, logger);
    this.#schedulers.set(session, scheduler);
    scheduler.begin();
  }

  /** Stops scheduling and every run before its next recipient; runs resume on the next start. */
  async stop(): Promise<void> {
    await Promise.all([...this.#schedulers.keys()].map((session) => this.stopSession(session)));
    await this.deps.runners.stopAll();
  }

  /** The same for one session, when it stops: its runs resume when it starts again. */
  async stopSession(session: string): Promise<void> {
    const scheduler = this.#schedulers.get(session);
    this.#schedulers.delete(session);
    await scheduler?.end();
    await this.deps.runners.of(session).stopAll();
  }

  /** Cancels the session's running and scheduled campaigns (the session is going away). */
  async cancelAll(session: string): Promise<void> {
    for (const campaign of await this.deps.store.list(session, 'campaign')) {
      if (campaign.status === 'running' || campaign.status === 'pending') await this.updateStatus(session, campaign.id, 'cancelled');
    }
  }

  async create(session: string, input: NewCampaignInput): Promise<CampaignRecord> {
    const optedOut = await this.deps.optOutList.among(
      session,
      input.recipients.map((r) => r.recipient.chatId),
    );
    const campaign = await this.deps.store.create({
      session,
      kind: 'campaign',
      name: input.name,
      message: input.message,
      scheduledAt: input.scheduledAt,
      status: 'pending',
      recipients: input.recipients.map((r) => {
        const skipped = optedOut.has(r.recipient.chatId);
        return {
          input: r.input,
          chatId: r.recipient.chatId,
          variables: r.variables,
          message: r.message,
          state: skipped ? 'skipped' : 'pending',
          error: skipped ? 'The recipient opted out' : null,
        };
      }),
    });
    this.deps.logger.info(
      { campaignId: campaign.id, recipients: campaign.total, skipped: campaign.skippedCount, scheduledAt: campaign.scheduledAt },
      'campaign created',
    );
    return campaign;
  }

  async get(session: string, id: number): Promise<CampaignRecord> {
    const campaign = await this.deps.store.find(id);
    if (!campaign || campaign.session !== session) throw notFound('Campaign not found');
    return campaign;
  }

  list(session: string, kind: CampaignKind): Promise<CampaignRecord[]> {
    return this.deps.store.list(session, kind);
  }

  /**
   * Runs a campaign now. With `wait`, answers when the run ends (the documented synchronous result), and
   * refuses while WhatsApp is not ready rather than hold the request; without, answers at once with the
   * campaign running, and the run waits for WhatsApp by itself.
   */
  async execute(session: string, id: number, wait: boolean): Promise<{ results: CampaignRunResult; campaign: CampaignRecord }> {
    let campaign = await this.get(session, id);
    if (campaign.status === 'completed') {
      throw badInput('Campaign is completed: every recipient was attempted. Create a new campaign to send again');
    }
    if (wait && !this.deps.openSessions.isReady(session)) throw clientNotReady();
    if (campaign.status !== 'running' && !(await this.deps.store.setStatus(id, [campaign.status], 'running'))) {
      campaign = await this.get(session, id);
      if (campaign.status !== 'running') throw badInput(`Campaign is ${campaign.status} now; try again`);
    }
    const run = this.deps.runners.of(session).run(id);
    if (wait) await run;
    campaign = await this.get(session, id);
    return { results: await this.#results(campaign), campaign };
  }

  async updateStatus(session: string, id: number, status: CampaignStatus): Promise<CampaignRecord> {
    const campaign = await this.get(session, id);
    if (campaign.status === status) return campaign;
    if (!allowedStatusChanges[campaign.status].includes(status)) {
      const allowed = allowedStatusChanges[campaign.status];
      throw badInput(
        `A ${campaign.status} campaign cannot be set to ${status}` +
          (allowed.length > 0
            ? `; it can be set to ${allowed.join(' or ')}`
            : '; completed and failed are set by the gateway when a run ends'),
      );
    }
    if (status === 'running') return (await this.execute(session, id, false)).campaign;
    const changed = await this.deps.announcer.within((stage) =>
      this.deps.store.setStatus(id, [campaign.status], status, {}, (em) => stage(em, id)),
    );
    if (!changed) throw badInput('The campaign changed meanwhile; read it and try again');
    // The run sees the new status before its next recipient; stopping it here also ends a wait for WhatsApp.
    await this.deps.runners.of(session).stop(id);
    this.deps.logger.info({ campaignId: id, from: campaign.status, to: status }, 'campaign status changed');
    return this.get(session, id);
  }

  /** Deletes a campaign; a running one is cancelled first, so no send starts after the answer. */
  async delete(session: string, id: number): Promise<void> {
    const campaign = await this.get(session, id);
    if (campaign.status === 'running') await this.deps.store.setStatus(id, ['running'], 'cancelled');
    await this.deps.runners.of(session).stop(id);
    if (!(await this.deps.store.delete(id))) throw notFound('Campaign not found');
    this.deps.logger.info({ campaignId: id }, 'campaign deleted');
  }

  recipients(id: number, options: { after?: number; first: number; state?: RecipientState }): Promise<CampaignRecipientRecord[]> {
    return this.deps.ledger.recipients(id, options);
  }

  chatIds(id: number): Promise<string[]> {
    return this.deps.ledger.chatIds(id);
  }

  async #results(campaign: CampaignRecord): Promise<CampaignRunResult> {
    const counts = countsOf(campaign);
    const problems = await this.deps.ledger.problems(campaign.id, MAX_LISTED_ERRORS);
    return {
      total: counts.total,
      sent: counts.sent,
      failed: counts.failed,
      unknown: counts.unknown,
      skipped: counts.skipped,
      pending: counts.pending + counts.sending,
      errors: problems.map((row) => ({ phone: row.input, chatId: row.chatId, state: row.state, error: row.error ?? row.state })),
    };
  }
}
