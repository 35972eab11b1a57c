import type { CampaignRecord } from '../db/entities/campaign-record.js';
import type { CampaignCounts } from '../domain/campaign-progress.js';

/** A campaign's counts from its row's per-state columns. */
export function countsOf(campaign: CampaignRecord): CampaignCounts {
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
