import { raw } from '@mikro-orm/core';
import { CampaignRecipientRecord } from '../db/entities/campaign-recipient-record.js';
import { CampaignRecord } from '../db/entities/campaign-record.js';
import type { Database, EntityManager } from '../db/orm.js';
import type { CampaignKind, CampaignStatus, RecipientState } from '../domain/campaign-states.js';

export interface NewRecipient {
  input: string;
  chatId: string;
  variables: Record<string, string> | null;
  message: string | null;
  state: 'pending' | 'skipped';
  error: string | null;
}

export interface NewCampaign {
  session: string;
  kind: CampaignKind;
  name: string;
  message: string;
  scheduledAt: Date | null;
  status: CampaignStatus;
  recipients: NewRecipient[];
}

/** Rows per INSERT when a campaign is created: well under either database's bound-parameter limit. */
const INSERT_CHUNK = 500;

/**
 * Campaign rows: created with their recipients, found, listed, moved from status to status, deleted. What
 * happens to each recipient, and the counts that follow, is the recipient ledger's.
 */
export class CampaignStore {
  constructor(private readonly db: Database) {}

  async create(campaign: NewCampaign): Promise<CampaignRecord> {
    const now = new Date();
    const stateCount = (state: RecipientState) => campaign.recipients.filter((r) => r.state === state).length;
    return this.db.em.fork().transactional(async (em) => {
      const id = (await em.insert(CampaignRecord, {
        session: campaign.session,
        kind: campaign.kind,
        name: campaign.name,
        message: campaign.message,
        status: campaign.status,
        error: null,
        scheduledAt: campaign.scheduledAt,
        createdAt: now,
        updatedAt: now,
        startedAt: null,
        completedAt: null,
        total: campaign.recipients.length,
        pendingCount: stateCount('pending'),
        sendingCount: 0,
        sentCount: 0,
        deliveredCount: 0,
        readCount: 0,
        failedCount: 0,
        unknownCount: 0,
        skippedCount: stateCount('skipped'),
      })) as number;
      for (let start = 0; start < campaign.recipients.length; start += INSERT_CHUNK) {
        const rows = campaign.recipients.slice(start, start + INSERT_CHUNK).map((recipient) => ({
          ...recipient,
          campaignId: id,
          messageId: null,
          attemptedAt: null,
          sentAt: null,
          deliveredAt: null,
          readAt: null,
          updatedAt: now,
        }));
        await em.insertMany(CampaignRecipientRecord, rows);
      }
      return em.findOneOrFail(CampaignRecord, { id });
    });
  }

  /** The campaign as stored, or as `em`'s transaction sees it. */
  find(id: number, em: EntityManager = this.db.em.fork()): Promise<CampaignRecord | null> {
    return em.findOne(CampaignRecord, { id }, { disableIdentityMap: true });
  }

  list(session: string, kind: CampaignKind): Promise<CampaignRecord[]> {
    return this.db.em.fork().find(CampaignRecord, { session, kind }, { orderBy: { id: 'asc' } });
  }

  /**
   * Changes the status only from one of `from`; false when the campaign was elsewhere (or is gone).
   * `alongside` writes in the same transaction when the status changed.
   */
  async setStatus(
    id: number,
    from: readonly CampaignStatus[],
    to: CampaignStatus,
    fields: Partial<Pick<CampaignRecord, 'error' | 'startedAt' | 'completedAt'>> = {},
    alongside?: (em: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const now = new Date();
    return this.transaction(async (em) => {
      const updated = await em.nativeUpdate(
        CampaignRecord,
        { id, status: { $in: [...from] } },
        {
          status: to,
          updatedAt: now,
          ...(to === 'running' && { startedAt: raw('coalesce(started_at, ?)', [now]), completedAt: null, error: null }),
          ...fields,
        },
      );
      if (updated === 1) await alongside?.(em);
      return updated === 1;
    });
  }

  /**
   * Claims the due scheduled campaigns of a session: pending → running in one conditional UPDATE each, so
   * of two gateways on one database exactly one wins each campaign. A campaign that has started before and
   * was paused (set back to pending) waits for an execute instead.
   */
  async claimDue(session: string, now = new Date()): Promise<number[]> {
    const em = this.db.em.fork();
    const due = await em.find(
      CampaignRecord,
      { session, status: 'pending', startedAt: null, scheduledAt: { $lte: now } },
      { fields: ['id'], orderBy: { scheduledAt: 'asc' } },
    );
    const claimed: number[] = [];
    for (const { id } of due) {
      const updated = await em.nativeUpdate(
        CampaignRecord,
        { id, status: 'pending', startedAt: null, scheduledAt: { $lte: now } },
        { status: 'running', startedAt: raw('coalesce(started_at, ?)', [now]), updatedAt: now },
      );
      if (updated === 1) claimed.push(id);
    }
    return claimed;
  }

  /** The ids of the session's campaigns in `status` (running, or paused by WhatsApp's limit), oldest first. */
  async withStatus(session: string, status: 'running' | 'paused'): Promise<number[]> {
    const rows = await this.db.em.fork().find(CampaignRecord, { session, status }, { fields: ['id'], orderBy: { id: 'asc' } });
    return rows.map((row) => row.id);
  }

  /** Deletes the campaign and its recipients; false when there was none. */
  async delete(id: number): Promise<boolean> {
    return this.transaction(async (em) => {
      await em.nativeDelete(CampaignRecipientRecord, { campaignId: id });
      return (await em.nativeDelete(CampaignRecord, { id })) === 1;
    });
  }

  /** Deletes every campaign of a session with its recipients; answers how many campaigns. */
  async deleteOfSession(session: string): Promise<number> {
    return this.transaction(async (em) => {
      const campaigns = em.createQueryBuilder(CampaignRecord).select('id').where({ session });
      await em.nativeDelete(CampaignRecipientRecord, { campaignId: { $in: campaigns.getKnexQuery() } } as never);
      return em.nativeDelete(CampaignRecord, { session });
    });
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.em.fork().transactional(work);
  }
}
