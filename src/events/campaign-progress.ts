import type { CampaignCounts } from '../campaigns/campaign-counts.js';
import type { CampaignKind, CampaignStatus, RecipientState } from '../campaigns/campaign-states.js';

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
