import type { RecipientLedger } from './recipient-ledger.js';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

export interface SendCapLimits {
  /** 0: no cap. */
  perHour: number;
  perDay: number;
}

/**
 * Rolling caps on campaign sends per linked account. They are counted from the recipients' own attempt
 * times in the database, so they hold across restarts and count every campaign of the account together.
 */
export class SendCaps {
  constructor(
    private readonly ledger: RecipientLedger,
    private readonly limits: SendCapLimits,
  ) {}

  /** How long to wait before the next send may begin; 0 when it may begin now. */
  async waitMs(session: string, now = new Date()): Promise<number> {
    let wait = 0;
    for (const [limit, windowMs] of [
      [this.limits.perHour, HOUR_MS],
      [this.limits.perDay, DAY_MS],
    ] as const) {
      if (limit <= 0) continue;
      const { count, oldest } = await this.ledger.attemptsSince(session, new Date(now.getTime() - windowMs));
      // Once the oldest send in the window ages out, one more may go; the caller asks again then.
      if (count >= limit && oldest) wait = Math.max(wait, oldest.getTime() + windowMs - now.getTime(), 1);
    }
    return wait;
  }
}
