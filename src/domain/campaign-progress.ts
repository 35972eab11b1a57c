import type { CampaignKind, CampaignStatus, RecipientState } from './campaign-states.js';

/** A campaign moved: a recipient changed state, or the campaign's status did. */
export interface CampaignProgress {
  campaignId: number;
  name: string;
  kind: CampaignKind;
  status: CampaignStatus;
  counts: CampaignCounts;
  /** The recipient that moved; absent when the campaign's status is what changed (or its run began). */
  recipient?: { chatId: string; state: RecipientState; error: string | null };
}

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
