import { z } from 'zod';
import { webhookEvents, webhookSecret, webhookUrl } from '../domain/webhook-settings.js';
import { commaList, flag, integer, ordered } from './env-values.js';

/** Webhook deliveries: a webhook configured from the environment, and how every delivery is posted and retried. */
export const webhookConfig = z
  .object({
    WEBHOOK_URL: webhookUrl.optional(),
    WEBHOOK_EVENTS: commaList('*').pipe(webhookEvents),
    WEBHOOK_SECRET: webhookSecret.optional(),
    WEBHOOK_TIMEOUT_MS: integer('WEBHOOK_TIMEOUT_MS', 100).default(10_000),
    WEBHOOK_ALLOW_PRIVATE_URLS: flag('WEBHOOK_ALLOW_PRIVATE_URLS').default(false),
    WEBHOOK_RETRY_BASE_MS: integer('WEBHOOK_RETRY_BASE_MS', 10).default(5_000),
    WEBHOOK_RETRY_MAX_MS: integer('WEBHOOK_RETRY_MAX_MS', 10).default(60 * 60_000),
    WEBHOOK_MAX_AGE_MS: integer('WEBHOOK_MAX_AGE_MS', 100).default(24 * 60 * 60_000),
  })
  .refine((env) => !env.WEBHOOK_URL || env.WEBHOOK_SECRET, {
    message: 'WEBHOOK_SECRET is required with WEBHOOK_URL: the key its deliveries are signed with (e.g. `openssl rand -hex 32`)',
    path: ['WEBHOOK_SECRET'],
  })
  .refine(...ordered('WEBHOOK_RETRY_BASE_MS', 'WEBHOOK_RETRY_MAX_MS'))
  .transform((env) => ({
    webhooks: {
      configured:
        env.WEBHOOK_URL && env.WEBHOOK_SECRET
          ? { url: env.WEBHOOK_URL, events: env.WEBHOOK_EVENTS, secret: env.WEBHOOK_SECRET }
          : undefined,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      allowPrivateUrls: env.WEBHOOK_ALLOW_PRIVATE_URLS,
      retry: { baseMs: env.WEBHOOK_RETRY_BASE_MS, maxMs: env.WEBHOOK_RETRY_MAX_MS, maxAgeMs: env.WEBHOOK_MAX_AGE_MS },
    },
  }));
