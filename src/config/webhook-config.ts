import { z } from 'zod';
import { webhookEvents, webhookSecret, webhookUrl } from '../domain/webhook-settings.js';
import { eventSinkTypes } from '../domain/event-sink-types.js';
import { sinkTargetProblem, sinkUrlProblem } from '../domain/event-sink-settings.js';
import { commaList, flag, integer, ordered } from './env-values.js';

/**
 * Webhook deliveries: a webhook and an event sink configured from the environment, and how every delivery
 * is posted (or published) and retried.
 */
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
    EVENT_SINK_TYPE: z.enum(eventSinkTypes, { error: `EVENT_SINK_TYPE must be one of ${eventSinkTypes.join(', ')}` }).optional(),
    EVENT_SINK_URL: z.string().trim().optional(),
    EVENT_SINK_TARGET: z.string().trim().max(200, 'EVENT_SINK_TARGET must be at most 200 characters').optional(),
    EVENT_SINK_EVENTS: commaList('*').pipe(webhookEvents),
  })
  .superRefine((env, ctx) => {
    const given = [env.EVENT_SINK_TYPE, env.EVENT_SINK_URL, env.EVENT_SINK_TARGET].filter(Boolean).length;
    if (given === 0) return;
    if (given < 3 || !env.EVENT_SINK_TYPE || !env.EVENT_SINK_URL || !env.EVENT_SINK_TARGET) {
      ctx.addIssue({
        code: 'custom',
        path: ['EVENT_SINK_URL'],
        message: 'EVENT_SINK_URL, EVENT_SINK_TYPE and EVENT_SINK_TARGET go together: the broker, its kind and where on it to publish',
      });
      return;
    }
    const urlProblem = sinkUrlProblem(env.EVENT_SINK_TYPE, env.EVENT_SINK_URL);
    if (urlProblem) ctx.addIssue({ code: 'custom', path: ['EVENT_SINK_URL'], message: `EVENT_SINK_URL ${urlProblem}` });
    const targetProblem = sinkTargetProblem(env.EVENT_SINK_TYPE, env.EVENT_SINK_TARGET);
    if (targetProblem) ctx.addIssue({ code: 'custom', path: ['EVENT_SINK_TARGET'], message: `EVENT_SINK_TARGET ${targetProblem}` });
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
      sink:
        env.EVENT_SINK_TYPE && env.EVENT_SINK_URL && env.EVENT_SINK_TARGET
          ? { type: env.EVENT_SINK_TYPE, url: env.EVENT_SINK_URL, target: env.EVENT_SINK_TARGET, events: env.EVENT_SINK_EVENTS }
          : undefined,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      allowPrivateUrls: env.WEBHOOK_ALLOW_PRIVATE_URLS,
      retry: { baseMs: env.WEBHOOK_RETRY_BASE_MS, maxMs: env.WEBHOOK_RETRY_MAX_MS, maxAgeMs: env.WEBHOOK_MAX_AGE_MS },
    },
  }));
