import { raw } from '@mikro-orm/core';
import { CampaignRecipientRecord } from '../db/entities/campaign-recipient-record.js';
import { CampaignRecord } from '../db/entities/campaign-record.js';
import { groupedBy, inRounds } from '../db/changes-in-rounds.js';
import type { Database, EntityManager } from '../db/orm.js';
import type { RecipientState } from '../domain/campaign-states.js';
import { FAILED_WITHOUT_REASON, type Ack } from '../domain/acks.js';
import { PROGRESS_FIELDS, type CampaignProgressRow } from './campaign-counts.js';

export type CampaignRecipient = Pick<CampaignRecipientRecord, 'id' | 'campaignId' | 'input' | 'chatId' | 'message'>;

/** Which states an ack moves a recipient out of, and into. */
function ackTarget(ack: Ack): { from: RecipientState[]; to: RecipientState } | undefined {
  if (ack === -1) return { from: ['sent'], to: 'failed' };
  if (ack === 2) return { from: ['sent'], to: 'delivered' };
  if (ack >= 3) return { from: ['sent', 'delivered'], to: 'read' };
  return undefined;
}

/** A recipient an ack is about to move, as read with the batch. */
interface RecipientMove {
  recipient: { id: number; campaignId: number; chatId: string; state: RecipientState };
  from: RecipientState;
  to: RecipientState;
  error: string | null;
}

/** A campaign recipient an ack moved, and where to. */
export interface MovedRecipient {
  campaignId: number;
  chatId: string;
  state: RecipientState;
}

/** The recipients a batch of acks moved, in order, and each of their campaigns as the batch left it. */
export interface FollowedAcks {
  moved: MovedRecipient[];
  campaigns: Map<number, CampaignProgressRow>;
}

/**
 * What happens to each recipient of a campaign, and the campaign's counts that follow. Every state change
 * is one conditional UPDATE (it happens only from the expected state) plus the counts, in one transaction
 * on a fork of the EntityManager: this is the runner's hot path, and one long-lived EntityManager's
 * identity map makes every flush slower than the last.
 */
export class RecipientLedger {
  constructor(private readonly db: Database) {}

  async chatIds(campaignId: number): Promise<string[]> {
    const rows = await this.db.em.fork().find(CampaignRecipientRecord, { campaignId }, { fields: ['chatId'], orderBy: { id: 'asc' } });
    return rows.map((row) => row.chatId);
  }

  /** One page of recipients in the order they were given, after the recipient id `after`. */
  recipients(campaignId: number, options: { after?: number; first: number; state?: RecipientState }): Promise<CampaignRecipientRecord[]> {
    return this.db.em
      .fork()
      .find(
        CampaignRecipientRecord,
        { campaignId, ...(options.after !== undefined && { id: { $gt: options.after } }), ...(options.state && { state: options.state }) },
        { orderBy: { id: 'asc' }, limit: options.first },
      );
  }

  /** Recipients that did not get the message, for a run's result. */
  problems(campaignId: number, limit: number): Promise<CampaignRecipientRecord[]> {
    return this.db.em
      .fork()
      .find(CampaignRecipientRecord, { campaignId, state: { $in: ['failed', 'unknown', 'skipped'] } }, { orderBy: { id: 'asc' }, limit });
  }

  /** The next pending recipients, in the order given. */
  pending(campaignId: number, limit: number): Promise<CampaignRecipient[]> {
    return this.db.em
      .fork()
      .find(
        CampaignRecipientRecord,
        { campaignId, state: 'pending' },
        { fields: ['id', 'campaignId', 'input', 'chatId', 'message'], orderBy: { id: 'asc' }, limit },
      );
  }

  /**
   * pending → sending, written before the driver is called; only while the campaign is running, so a
   * cancel or pause committed a moment ago stops the very next send, and, given `unlessOptedOutOf` (the
   * session), only while the recipient is not on its opt-out list, looked up in the same statement.
   */
  claim(recipient: CampaignRecipient, unlessOptedOutOf?: string): Promise<boolean> {
    const now = new Date();
    return this.#transaction(async (em) => {
      const running = em.createQueryBuilder(CampaignRecord).select('id').where({ id: recipient.campaignId, status: 'running' });
      const claim = em
        .createQueryBuilder(CampaignRecipientRecord)
        .update({ state: 'sending', attemptedAt: now, updatedAt: now })
        .where({ id: recipient.id, state: 'pending', campaignId: { $in: running.getKnexQuery() } });
      if (unlessOptedOutOf !== undefined)
        claim.andWhere('not exists (select 1 from opt_outs o where o.session = ? and o.chat_id = campaign_recipients.chat_id)', [
          unlessOptedOutOf,
        ]);
      const { affectedRows } = await claim.execute('run');
      return affectedRows === 1 && (await this.#count(em, recipient.campaignId, 'pending', 'sending', 1)) !== undefined;
    });
  }

  /**
   * sending → sent, in the transaction that records the message, so an ack always finds the recipient; the
   * campaign as it left it, or undefined when the recipient was not `sending`.
   */
  markSent(em: EntityManager, recipient: CampaignRecipient, messageId: string): Promise<CampaignProgressRow | undefined> {
    const now = new Date();
    return this.#move(em, recipient.campaignId, { id: recipient.id }, 'sending', 'sent', {
      messageId,
      sentAt: now,
      updatedAt: now,
      error: null,
    });
  }

  /**
   * The end of an attempt that did not send: failed, unknown, skipped, or back to pending. `alongside`
   * writes in the same transaction when the recipient moved, given the campaign as the move left it.
   */
  settle(
    recipient: CampaignRecipient,
    from: RecipientState,
    to: RecipientState,
    error: string | null,
    alongside?: (em: EntityManager, campaign: CampaignProgressRow) => Promise<void>,
  ): Promise<boolean> {
    return this.#transaction(async (em) => {
      const campaign = await this.#move(em, recipient.campaignId, { id: recipient.id }, from, to, { error, updatedAt: new Date() });
      if (campaign) await alongside?.(em, campaign);
      return campaign !== undefined;
    });
  }

  /**
   * Recipients a crash left `sending`: the message may or may not have left, so they become `unknown` and
   * are never sent again.
   */
  async resolveInterrupted(campaignId: number): Promise<number> {
    return this.#transaction(async (em) => {
      const moved = await em.nativeUpdate(
        CampaignRecipientRecord,
        { campaignId, state: 'sending' },
        { state: 'unknown', error: 'The gateway stopped during the send; not sent again to avoid a duplicate', updatedAt: new Date() },
      );
      if (moved > 0) await this.#count(em, campaignId, 'sending', 'unknown', moved);
      return moved;
    });
  }

  /**
   * Follows messages' acks onto their recipients, in order: the recipients that moved, each time it moved.
   * The recipients are read in one query and each campaign's counts are shifted once for the batch, so a
   * burst of acks costs one conditional UPDATE per kind of move (delivered, read…) and one per campaign.
   */
  async followAcks(em: EntityManager, acks: ReadonlyArray<{ id: string; ack: Ack; error?: string | undefined }>): Promise<FollowedAcks> {
    const campaigns = new Map<number, CampaignProgressRow>();
    const followed = acks.filter(({ ack }) => ackTarget(ack));
    if (followed.length === 0) return { moved: [], campaigns };
    const rows = await em.find(
      CampaignRecipientRecord,
      { messageId: { $in: [...new Set(followed.map(({ id }) => id))] } },
      { fields: ['id', 'campaignId', 'chatId', 'state', 'messageId'], disableIdentityMap: true },
    );
    const byMessage = new Map(rows.map(({ id, campaignId, chatId, state, messageId }) => [messageId, { id, campaignId, chatId, state }]));
    const moved: MovedRecipient[] = [];
    const shifts = new Map<number, Map<RecipientState, number>>();
    const now = new Date();
    for (const round of inRounds(followed, ({ id }) => id)) {
      const moves: RecipientMove[] = [];
      for (const { id: messageId, ack, error } of round) {
        const recipient = byMessage.get(messageId);
        const target = ackTarget(ack)!;
        if (recipient && target.from.includes(recipient.state))
          moves.push({
            recipient,
            from: recipient.state,
            to: target.to,
            error: target.to === 'failed' ? (error ?? FAILED_WITHOUT_REASON) : null,
          });
      }
      const movedIds = await this.#moveAll(em, moves, now);
      for (const { recipient, from, to } of moves) {
        if (!movedIds.has(recipient.id)) continue;
        // A later ack of the same message in this batch moves it on from here.
        recipient.state = to;
        const shift = shifts.get(recipient.campaignId) ?? new Map<RecipientState, number>();
        shifts.set(recipient.campaignId, shift.set(from, (shift.get(from) ?? 0) - 1).set(to, (shift.get(to) ?? 0) + 1));
        moved.push({ campaignId: recipient.campaignId, chatId: recipient.chatId, state: to });
      }
    }
    for (const [campaignId, shift] of shifts) {
      const campaign = await this.#shift(em, campaignId, shift);
      if (campaign) campaigns.set(campaignId, campaign);
    }
    return { moved, campaigns };
  }

  /**
   * Moves recipients by acks of one round (each recipient at most once), an UPDATE per kind of move, each
   * only from the state it expects; answers the ids of the recipients that moved.
   */
  async #moveAll(em: EntityManager, moves: readonly RecipientMove[], now: Date): Promise<Set<number>> {
    const movedIds = new Set<number>();
    for (const kind of groupedBy(moves, ({ from, to, error }) => `${from} ${to} ${error}`).values()) {
      const { from, to, error } = kind[0]!;
      const rows: Array<{ id: number }> = await em
        .createQueryBuilder(CampaignRecipientRecord)
        .update({
          state: to,
          updatedAt: now,
          ...(to === 'failed' && { error }),
          ...((to === 'delivered' || to === 'read') && { deliveredAt: raw('coalesce(delivered_at, ?)', [now]) }),
          ...(to === 'read' && { readAt: now }),
        })
        .where({ id: { $in: kind.map(({ recipient }) => recipient.id) }, state: from })
        .returning(['id'])
        .execute('all');
      for (const { id } of rows) movedIds.add(id);
    }
    return movedIds;
  }

  /** How many campaign sends of a session began since `since`, and when the oldest of them began. */
  async attemptsSince(session: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const em = this.db.em.fork();
    const campaigns = em.createQueryBuilder(CampaignRecord).select('id').where({ session, kind: 'campaign' });
    const row = (await em
      .createQueryBuilder(CampaignRecipientRecord)
      .select([raw('count(*) as attempts'), raw('min(attempted_at) as oldest')])
      .where({ campaignId: { $in: campaigns.getKnexQuery() }, attemptedAt: { $gte: since } })
      .execute('get')) as { attempts: number | string; oldest: Date | number | string | null };
    return { count: Number(row.attempts), oldest: row.oldest === null ? null : new Date(row.oldest) };
  }

  #transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.em.fork().transactional(work);
  }

  /** Moves one recipient from one state to another; the campaign as the move left it, if it moved. */
  async #move(
    em: EntityManager,
    campaignId: number,
    where: { id: number; campaignId?: unknown },
    from: RecipientState,
    to: RecipientState,
    fields: Record<string, unknown>,
  ): Promise<CampaignProgressRow | undefined> {
    const moved = await em.nativeUpdate(CampaignRecipientRecord, { campaignId, ...where, state: from } as never, { ...fields, state: to });
    return moved === 1 ? this.#count(em, campaignId, from, to, 1) : undefined;
  }

  #count(
    em: EntityManager,
    campaignId: number,
    from: RecipientState,
    to: RecipientState,
    by: number,
  ): Promise<CampaignProgressRow | undefined> {
    return this.#shift(
      em,
      campaignId,
      new Map([
        [from, -by],
        [to, by],
      ]),
    );
  }

  /**
   * Adds each state's change to the campaign's count of it, answering the campaign as it left it, which
   * its progress is announced from without reading it again.
   */
  async #shift(
    em: EntityManager,
    campaignId: number,
    shift: ReadonlyMap<RecipientState, number>,
  ): Promise<CampaignProgressRow | undefined> {
    const counts = Object.fromEntries(
      [...shift].filter(([, by]) => by !== 0).map(([state, by]) => [`${state}Count`, raw(`${state}_count + ?`, [by])]),
    );
    const [campaign] = await em
      .createQueryBuilder(CampaignRecord)
      .update({ ...counts, updatedAt: new Date() })
      .where({ id: campaignId })
      .returning([...PROGRESS_FIELDS])
      .execute('all');
    return campaign;
  }
}
