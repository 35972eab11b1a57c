import type { Logger } from '../logger.js';
import type { CampaignStore } from './campaign-store.js';

/**
 * Starts a session's scheduled campaigns when they fall due, including those that fell due while the
 * gateway was down. Each is claimed with a conditional UPDATE (pending → running), so a campaign fires
 * once however many gateways poll the same database.
 */
export class CampaignScheduler {
  #timer: NodeJS.Timeout | undefined;
  #tick: Promise<void> = Promise.resolve();

  constructor(
    private readonly session: string,
    private readonly store: CampaignStore,
    private readonly start: (campaignId: number) => void,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  begin(): void {
    this.#schedule(0);
  }

  async end(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#tick;
  }

  /** Claims and starts what is due now; the claimed ids. */
  async fireDue(): Promise<number[]> {
    const claimed = await this.store.claimDue(this.session);
    for (const id of claimed) {
      this.logger.info({ campaignId: id }, 'scheduled campaign is due; starting it');
      this.start(id);
    }
    return claimed;
  }

  #schedule(delayMs: number): void {
    this.#timer = setTimeout(() => {
      this.#tick = this.fireDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ err: error }, 'could not check for due campaigns; will try again'))
        .finally(() => {
          if (this.#timer) this.#schedule(this.intervalMs);
        });
    }, delayMs);
  }
}
