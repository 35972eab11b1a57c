import type { CampaignRecord } from '../db/entities/campaign-record.js';
import type { CampaignCounts } from '../domain/campaign-progress.js';

/** What a campaign's progress is announced from: its row, or as much of it as a change returns. */
export type CampaignProgressRow = Pick<CampaignRecord, (typeof PROGRESS_FIELDS)[number]>;

/** The columns of a campaign's row its progress is announced from. */
export const PROGRESS_FIELDS = [
  'id',
  'session',
  'name',
  'kind',
  'status',
  'total',
  'pendingCount',
  'sendingCount',
  'sentCount',
  'deliveredCount',
  'readCount',
  'failedCount',
  'unknownCount',
  'skippedCount',
] as const satisfies ReadonlyArray<keyof CampaignRecord>;

/** A campaign's counts from its row's per-state columns. */
export function countsOf(campaign: CampaignProgressRow): CampaignCounts {
  return {
    total: campaign.total,
    pending: campaign.pendingCount,
    sending: campaign.sendingCount,
    sent: campaign.sentCount + campaign.deliveredCount + campaign.readCount,
    delivered: campaign.deliveredCount + campaign.readCount,
    read: campaign.readCount,
    failed: campaign.failedCount,
    unknown: campaign.unknownCount,
    skipped: campaign.skippedCount,
  };
}
