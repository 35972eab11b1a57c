import { z } from 'zod';
import { ALL_SESSIONS } from '../domain/caller.js';
import { recordId } from '../domain/record-id.js';
import { sessionName } from '../domain/session-name.js';
import { deliveryStates } from '../domain/delivery-states.js';
import { ALL_EVENTS } from '../domain/event-names.js';
import { webhookEvents, webhookSecret, webhookUrl } from '../domain/webhook-settings.js';
import { DEFAULT_WEBHOOK_CONCURRENCY, MAX_WEBHOOK_CONCURRENCY, webhookOrderings } from '../domain/webhook-ordering.js';

/**
 * The webhook inputs, described once for GraphQL, REST and the OpenAPI document.
 */

const MAX_SESSIONS_LISTED = 100;

/** The sessions a webhook (or an event sink) hears: names, or `*` alone for every session. */
export const webhookSessions = z
  .array(z.union([z.literal(ALL_SESSIONS), sessionName]), { error: 'sessions must be a list of session names, or ["*"]' })
  .min(1, 'sessions must name at least one session, or "*" for every session')
  .max(MAX_SESSIONS_LISTED, `sessions may name at most ${MAX_SESSIONS_LISTED} sessions`)
  .transform((names) => (names.includes(ALL_SESSIONS) ? [ALL_SESSIONS] : [...new Set(names)]))
  .describe('The sessions whose events it gets, or ["*"] for every session; the session of the request when left out');

const webhookOrdering = z
  .enum(webhookOrderings, { error: `ordering must be one of ${webhookOrderings.join(', ')}` })
  .describe(
    '"webhook": every delivery in the order the events were raised, one at a time, a failing one holding all behind it; "per-chat": each chat\'s deliveries in order, several chats at once (see concurrency), a failing one holding only its chat',
  );

const webhookConcurrency = z
  .number({ error: 'concurrency must be a whole number' })
  .int('concurrency must be a whole number')
  .min(1, 'concurrency must be at least 1')
  .max(MAX_WEBHOOK_CONCURRENCY, `concurrency may be at most ${MAX_WEBHOOK_CONCURRENCY}`)
  .describe('With per-chat ordering, how many chats get deliveries at once');

export const createWebhookInput = z.object({
  url: webhookUrl,
  sessions: webhookSessions.nullish(),
  events: webhookEvents.nullish().transform((events) => events ?? [ALL_EVENTS]),
  secret: webhookSecret.nullish(),
  enabled: z
    .boolean()
    .nullish()
    .transform((enabled) => enabled ?? true)
    .describe('true when not given'),
  ordering: webhookOrdering
    .nullish()
    .transform((ordering) => ordering ?? 'webhook')
    .describe('"webhook" when not given'),
  concurrency: webhookConcurrency
    .nullish()
    .transform((concurrency) => concurrency ?? DEFAULT_WEBHOOK_CONCURRENCY)
    .describe(`With per-chat ordering, how many chats get deliveries at once; ${DEFAULT_WEBHOOK_CONCURRENCY} when not given`),
});

export const updateWebhookInput = z
  .object({
    url: webhookUrl.nullish(),
    sessions: webhookSessions.nullish(),
    events: webhookEvents.nullish(),
    secret: webhookSecret.nullish(),
    enabled: z.boolean().nullish().describe('false holds deliveries back; true resumes them (and clears a disabledReason)'),
    ordering: webhookOrdering.nullish(),
    concurrency: webhookConcurrency.nullish(),
  })
  .refine(
    (input) => Object.values(input).some((value) => value !== null && value !== undefined),
    'Give at least one of url, sessions, events, secret, enabled, ordering, concurrency to change',
  );

export const webhookId = recordId('Webhook id');
export const deliveryId = recordId('Delivery id');

export const deliveryStateInput = z.enum(deliveryStates, { error: `state must be one of ${deliveryStates.join(', ')}` });
