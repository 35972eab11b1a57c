import type { CampaignRecord } from '../db/entities/campaign-record.js';

/**
 * A campaign's recipients by how far they got, cumulative the way a marketer reads them: `sent` counts
 * every message that left (sent, delivered or read), `delivered` those delivered or read.
 */
export interface CampaignCounts {
  total: number;
  pending: number;
  sending: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  unknown: number;
  skipped: number;
}

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
