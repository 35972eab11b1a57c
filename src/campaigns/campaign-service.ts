import type { z } from 'zod';
import type { CampaignRecipientRecord } from '../db/entities/campaign-recipient-record.js';
import type { CampaignRecord } from '../db/entities/campaign-record.js';
import type { OptOutRecord } from '../db/entities/opt-out-record.js';
import type { Database } from '../db/orm.js';
import { badInput, clientNotReady, notFound } from '../errors.js';
import type { EventBus } from '../events.js';
import type { Logger } from '../logger.js';
import type { MessageLog } from '../messaging/message-log.js';
import type { MessagingService } from '../messaging/messaging-service.js';
import { maskNumber, type Recipient } from '../domain/phone-number.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { DriverEvent } from '../domain/driver-events.js';
import { CampaignAnnouncer } from './campaign-announcer.js';
import { countsOf } from './campaign-counts.js';
import type { createCampaignInput } from './campaign-inputs.js';
import { CampaignRunner, type Pacing } from './campaign-runner.js';
import { CampaignScheduler } from './campaign-scheduler.js';
import { allowedStatusChanges, leftStates, type CampaignKind, type CampaignStatus, type RecipientState } from '../domain/campaign-states.js';
import { CampaignStore } from './campaign-store.js';
import { OptOutList } from './opt-out-list.js';
import { SendCaps, type SendCapLimits } from './send-caps.js';

export interface CampaignSettings {
  pacing: Pacing;
  caps: SendCapLimits;
  schedulerIntervalMs: number;
  optOutKeywords: readonly string[];
  bulk: Pacing & { maxRecipients: number };
}

type NewCampaignInput = z.output<typeof createCampaignInput>;

export interface BulkItem {
  /** What the caller wrote, reported back as `phone` in the result. */
  input: string;
  recipient: Recipient;
  text: string;
}

export type BulkItemResult = { phone: string; status: 'sent'; messageId: string } | { phone: string; status: 'failed'; error: string };

export interface BulkResult {
  total: number;
  sent: number;
  failed: number;
  results: BulkItemResult[];
}

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

const hasLeft = (state: RecipientState) => (leftStates as readonly RecipientState[]).includes(state);

/**
 * Campaigns, send-bulk and the opt-out list, on the database. Every run goes through one runner per
 * session; the scheduler starts due campaigns, and start() resumes what a stop or a crash interrupted.
 */
export class CampaignService {
  private readonly store: CampaignStore;
  private readonly optOuts: OptOutList;
  readonly #announcer: CampaignAnnouncer;
  readonly #caps: SendCaps;
  readonly #runners = new Map<string, CampaignRunner>();
  readonly #schedulers = new Map<string, CampaignScheduler>();

  constructor(
    db: Database,
    private readonly sessions: SessionManager,
    private readonly messaging: MessagingService,
    messages: MessageLog,
    bus: EventBus,
    private readonly settings: CampaignSettings,
    private readonly logger: Logger,
  ) {
    this.store = new CampaignStore(db);
    this.optOuts = new OptOutList(db, settings.optOutKeywords);
    this.#announcer = new CampaignAnnouncer(this.store, bus);
    this.#caps = new SendCaps(this.store, settings.caps);
    messages.follow(async (em, id, ack) => {
      const moved = await this.store.followAck(em, id, ack);
      return moved && this.#announcer.stage(em, moved.campaignId, { chatId: moved.chatId, state: moved.state, error: null });
    });
    sessions.addEventStore((session, event) => this.#optOutByKeyword(session, event));
  }

  /** Resumes the session's interrupted runs and starts its scheduler; call once its session is open. */
  async start(session: string): Promise<void> {
    const runner = this.#runner(session);
    for (const id of await this.store.running(session)) {
      this.logger.info({ campaignId: id }, 'resuming a campaign that was running when the gateway stopped');
      void runner.run(id);
    }
    const scheduler = new CampaignScheduler(session, this.store, (id) => void runner.run(id), this.settings.schedulerIntervalMs, this.logger);
    this.#schedulers.set(session, scheduler);
    scheduler.begin();
  }

  /** Stops scheduling and every run before its next recipient; runs resume on the next start. */
  async stop(): Promise<void> {
    await Promise.all([...this.#schedulers.values()].map((scheduler) => scheduler.end()));
    await Promise.all([...this.#runners.values()].map((runner) => runner.stopAll()));
  }

  async create(session: string, input: NewCampaignInput): Promise<CampaignRecord> {
    const optedOut = await this.optOuts.among(
      session,
      input.recipients.map((r) => r.recipient.chatId),
    );
    const campaign = await this.store.create({
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
    this.logger.info({ campaignId: campaign.id, recipients: campaign.total, skipped: campaign.skippedCount, scheduledAt: campaign.scheduledAt }, 'campaign created');
    return campaign;
  }

  async get(session: string, id: number): Promise<CampaignRecord> {
    const campaign = await this.store.find(id);
    if (!campaign || campaign.session !== session) throw notFound('Campaign not found');
    return campaign;
  }

  list(session: string, kind: CampaignKind): Promise<CampaignRecord[]> {
    return this.store.list(session, kind);
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
    if (wait && !this.sessions.isReady(session)) throw clientNotReady();
    if (campaign.status !== 'running' && !(await this.store.setStatus(id, [campaign.status], 'running'))) {
      campaign = await this.get(session, id);
      if (campaign.status !== 'running') throw badInput(`Campaign is ${campaign.status} now; try again`);
    }
    const run = this.#runner(session).run(id);
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
          (allowed.length > 0 ? `; it can be set to ${allowed.join(' or ')}` : '; completed and failed are set by the gateway when a run ends'),
      );
    }
    if (status === 'running') return (await this.execute(session, id, false)).campaign;
    const changed = await this.#announcer.within((stage) => this.store.setStatus(id, [campaign.status], status, {}, (em) => stage(em, id)));
    if (!changed) throw badInput('The campaign changed meanwhile; read it and try again');
    // The run sees the new status before its next recipient; stopping it here also ends a wait for WhatsApp.
    await this.#runner(session).stop(id);
    this.logger.info({ campaignId: id, from: campaign.status, to: status }, 'campaign status changed');
    return this.get(session, id);
  }

  /** Deletes a campaign; a running one is cancelled first, so no send starts after the answer. */
  async delete(session: string, id: number): Promise<void> {
    const campaign = await this.get(session, id);
    if (campaign.status === 'running') await this.store.setStatus(id, ['running'], 'cancelled');
    await this.#runner(session).stop(id);
    if (!(await this.store.delete(id))) throw notFound('Campaign not found');
    this.logger.info({ campaignId: id }, 'campaign deleted');
  }

  recipients(id: number, options: { after?: number; first: number; state?: RecipientState }): Promise<CampaignRecipientRecord[]> {
    return this.store.recipients(id, options);
  }

  chatIds(id: number): Promise<string[]> {
    return this.store.chatIds(id);
  }

  /**
   * send-bulk: a campaign of kind `bulk`, run at once with the bulk pacing, so a crash mid-way loses and
   * repeats nothing; its documented synchronous answer lists every recipient in the order given.
   */
  async sendBulk(session: string, items: BulkItem[]): Promise<BulkResult> {
    if (items.length > this.settings.bulk.maxRecipients) {
      throw badInput(`Too many recipients: at most ${this.settings.bulk.maxRecipients} per request (BULK_MAX_RECIPIENTS)`);
    }
    if (!this.sessions.isReady(session)) throw clientNotReady();
    const campaign = await this.store.create({
      session,
      kind: 'bulk',
      name: `send-bulk ${new Date().toISOString()}`,
      message: items[0]!.text,
      scheduledAt: null,
      status: 'running',
      recipients: items.map((item) => ({ input: item.input, chatId: item.recipient.chatId, variables: null, message: item.text, state: 'pending', error: null })),
    });
    await this.#runner(session).run(campaign.id);
    const rows = await this.store.recipients(campaign.id, { first: items.length });
    const results = rows.map((row): BulkItemResult =>
      hasLeft(row.state) && row.messageId
        ? { phone: row.input, status: 'sent', messageId: row.messageId }
        : { phone: row.input, status: 'failed', error: row.error ?? 'Not sent yet: the gateway is stopping; the send resumes when it restarts' },
    );
    const sent = results.filter((r) => r.status === 'sent').length;
    return { total: items.length, sent, failed: results.length - sent, results };
  }

  listOptOuts(session: string): Promise<OptOutRecord[]> {
    return this.optOuts.list(session);
  }

  async addOptOut(session: string, recipient: Recipient): Promise<boolean> {
    const added = await this.optOuts.add(session, recipient.chatId, 'api');
    if (added) this.logger.info({ session, chat: maskNumber(recipient.to) }, 'opted out by the API');
    return added;
  }

  async removeOptOut(session: string, recipient: Recipient): Promise<boolean> {
    const removed = await this.optOuts.remove(session, recipient.chatId);
    if (!removed) throw notFound('That number is not on the opt-out list');
    this.logger.info({ session, chat: maskNumber(recipient.to) }, 'removed from the opt-out list');
    return removed;
  }

  async #results(campaign: CampaignRecord): Promise<CampaignRunResult> {
    const counts = countsOf(campaign);
    const problems = await this.store.problems(campaign.id, MAX_LISTED_ERRORS);
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

  async #optOutByKeyword(session: string, event: DriverEvent): Promise<void> {
    if (event.event !== 'message' || event.data.fromMe || event.data.isGroup) return;
    const keyword = this.optOuts.keywordIn(event.data.body);
    if (!keyword) return;
    if (await this.optOuts.add(session, event.data.from, 'keyword', keyword)) {
      this.logger.info({ session, chat: maskNumber(event.data.from), keyword }, 'opted out by keyword');
    }
  }

  #runner(session: string): CampaignRunner {
    let runner = this.#runners.get(session);
    if (!runner) {
      const { store, optOuts } = this;
      runner = new CampaignRunner({
        session,
        store,
        optOuts,
        caps: this.#caps,
        messaging: this.messaging,
        sessions: this.sessions,
        announcer: this.#announcer,
        logger: this.logger,
        pacing: { campaign: this.settings.pacing, bulk: this.settings.bulk },
      });
      this.#runners.set(session, runner);
    }
    return runner;
  }
}
