import type { EntityManager } from '../db/orm.js';
import { asTransaction } from '../db/transaction.js';
import type { EventBus, GatewayEvent } from '../events.js';
import type { CampaignProgress } from '../domain/campaign-progress.js';
import { countsOf, type CampaignProgressRow } from './campaign-counts.js';
import type { CampaignStore } from './campaign-store.js';

/**
 * Stages a campaign's progress inside the transaction of the change that made it; `row` is the campaign as
 * that change left it, when the change returned it (else it is read).
 */
export type StageProgress = (
  em: EntityManager,
  campaignId: number,
  recipient?: CampaignProgress['recipient'],
  row?: CampaignProgressRow,
) => Promise<void>;

/**
 * Announces `campaign_progress` from the campaign's row as the change left it, so the counts announced are
 * the ones kept. The event is recorded for webhooks in the change's own transaction and published once that
 * has committed: a change and its deliveries exist together or not at all.
 */
export class CampaignAnnouncer {
  constructor(
    private readonly store: CampaignStore,
    private readonly bus: EventBus,
  ) {}

  /** Runs a change that stages its progress with `stage`, and publishes what it staged once it resolves. */
  async within<T>(change: (stage: StageProgress) => Promise<T>): Promise<T> {
    const staged: GatewayEvent[] = [];
    const result = await change(async (em, campaignId, recipient, row) => {
      const event = await this.#record(em, campaignId, recipient, row);
      if (event) staged.push(event);
    });
    for (const event of staged) this.bus.publish(event);
    return result;
  }

  /**
   * Stages progress in a transaction run elsewhere (an ack's); `publish` announces it after the commit.
   * Undefined for a campaign that no longer exists.
   */
  async stage(
    em: EntityManager,
    campaignId: number,
    recipient?: CampaignProgress['recipient'],
    row?: CampaignProgressRow,
  ): Promise<{ session: string; publish: () => void } | undefined> {
    const event = await this.#record(em, campaignId, recipient, row);
    return event && { session: event.session, publish: () => this.bus.publish(event) };
  }

  /** Progress with no change of its own behind it, e.g. a run beginning. */
  announce(campaignId: number, recipient?: CampaignProgress['recipient']): Promise<void> {
    return this.within((stage) => this.store.transaction((em) => stage(em, campaignId, recipient)));
  }

  async #record(
    em: EntityManager,
    campaignId: number,
    recipient?: CampaignProgress['recipient'],
    row?: CampaignProgressRow,
  ): Promise<GatewayEvent | undefined> {
    const campaign = row ?? (await this.store.find(campaignId, em));
    if (!campaign) return undefined;
    const event: GatewayEvent = {
      event: 'campaign_progress',
      session: campaign.session,
      timestamp: new Date(),
      data: {
        campaignId: campaign.id,
        name: campaign.name,
        kind: campaign.kind,
        status: campaign.status,
        counts: countsOf(campaign),
        ...(recipient && { recipient }),
      },
    };
    await this.bus.record(event, asTransaction(em));
    return event;
  }
}
