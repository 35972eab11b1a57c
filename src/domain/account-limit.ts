import { GatewayError } from '../errors.js';

/**
 * WhatsApp refused a message as over its limit on new contacts: the reach-out limit (error 463 on the
 * protocol) that an account meets when it writes to too many people who never wrote to it. `until` is when
 * WhatsApp said the limit ends, in Unix seconds, or null when it did not say.
 */
export interface LimitRefusal {
  reason: string;
  until: number | null;
}

/** A session WhatsApp limits, as the gateway keeps and shows it. */
export interface AccountLimit {
  reason: string;
  since: Date;
  until: Date | null;
}

/** A limit as a row keeps it (times as ISO strings), read back. */
export function limitFromRow(row: { reason: string; since: string; until: string | null } | null): AccountLimit | null {
  return row && { reason: row.reason, since: new Date(row.since), until: row.until === null ? null : new Date(row.until) };
}

/** How a campaign recipient refused by the limit reads: the code first, then WhatsApp's words. */
export const limitedRecipientError = (reason: string) => `ACCOUNT_LIMITED: ${reason}`;

/** A send the gateway does not try, since it would go to a new contact while WhatsApp limits the account. */
export function accountLimited(limit: AccountLimit, now: Date): GatewayError {
  const until = limit.until ? ` until ${limit.until.toISOString()}` : '';
  return new GatewayError('ACCOUNT_LIMITED', `WhatsApp limits this account's messages to new contacts${until}: ${limit.reason}`, {
    ...(limit.until && { retryAfterSeconds: Math.max(1, Math.ceil((limit.until.getTime() - now.getTime()) / 1000)) }),
  });
}
