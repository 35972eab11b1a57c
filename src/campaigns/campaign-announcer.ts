import type { EventBus } from '../events/event-bus.js';
import type { CampaignProgress } from '../events/campaign-progress.js';
import { countsOf } from './campaign-counts.js';
import type { CampaignStore } from './campaign-store.js';

/** Publishes `campaign_progress` from the campaign's stored row, so the counts announced are the ones kept. */
export class CampaignAnnouncer {
  constructor(
    private readonly store: CampaignStore,
    private readonly bus: EventBus,
  ) {}

  async announce(campaignId: number, recipient?: CampaignProgress['recipient']): Promise<void> {
    const campaign = await this.store.find(campaignId);
    if (!campaign) return;
    this.bus.publish({
      event: 'campaign_progress',
      session: campaign.session,
      timestamp: new Date(),
      data: { campaignId: campaign.id, name: campaign.name, kind: campaign.kind, status: campaign.status, counts: countsOf(campaign), ...(recipient && { recipient }) },
    });
  }
}
