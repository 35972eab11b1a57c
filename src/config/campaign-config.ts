import { z } from 'zod';
import { commaList, integer, ordered } from './env-values.js';

/** Campaigns and send-bulk: their pacing, the caps that keep an account from looking like spam, opt-outs. */
export const campaignConfig = z
  .object({
    BULK_MAX_RECIPIENTS: integer('BULK_MAX_RECIPIENTS', 1).default(1000),
    BULK_DELAY_MIN_MS: integer('BULK_DELAY_MIN_MS', 0).default(1000),
    BULK_DELAY_MAX_MS: integer('BULK_DELAY_MAX_MS', 0).default(3000),
    CAMPAIGN_DELAY_MIN_MS: integer('CAMPAIGN_DELAY_MIN_MS', 0).default(20_000),
    CAMPAIGN_DELAY_MAX_MS: integer('CAMPAIGN_DELAY_MAX_MS', 0).default(60_000),
    CAMPAIGN_MAX_PER_HOUR: integer('CAMPAIGN_MAX_PER_HOUR', 0).default(60),
    CAMPAIGN_MAX_PER_DAY: integer('CAMPAIGN_MAX_PER_DAY', 0).default(250),
    CAMPAIGN_SCHEDULER_INTERVAL_MS: integer('CAMPAIGN_SCHEDULER_INTERVAL_MS', 100).default(5_000),
    OPTOUT_KEYWORDS: commaList('STOP, UNSUBSCRIBE'),
  })
  .refine(...ordered('BULK_DELAY_MIN_MS', 'BULK_DELAY_MAX_MS'))
  .refine(...ordered('CAMPAIGN_DELAY_MIN_MS', 'CAMPAIGN_DELAY_MAX_MS'))
  .transform((env) => ({
    campaigns: {
      pacing: { delayMinMs: env.CAMPAIGN_DELAY_MIN_MS, delayMaxMs: env.CAMPAIGN_DELAY_MAX_MS },
      caps: { perHour: env.CAMPAIGN_MAX_PER_HOUR, perDay: env.CAMPAIGN_MAX_PER_DAY },
      schedulerIntervalMs: env.CAMPAIGN_SCHEDULER_INTERVAL_MS,
      optOutKeywords: env.OPTOUT_KEYWORDS,
      bulk: { maxRecipients: env.BULK_MAX_RECIPIENTS, delayMinMs: env.BULK_DELAY_MIN_MS, delayMaxMs: env.BULK_DELAY_MAX_MS },
    },
  }));
