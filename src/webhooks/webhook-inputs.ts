import { z } from 'zod';
import { recordId } from '../domain/record-id.js';
import { deliveryStates } from '../domain/delivery-states.js';
import { ALL_EVENTS } from '../domain/event-names.js';
import { webhookEvents, webhookSecret, webhookUrl } from '../domain/webhook-settings.js';

/**
 * The webhook inputs, described once for GraphQL, REST and the OpenAPI document.
 */

export const createWebhookInput = z.object({
  url: webhookUrl,
  events: webhookEvents.nullish().transform((events) => events ?? [ALL_EVENTS]),
  secret: webhookSecret.nullish(),
  enabled: z
    .boolean()
    .nullish()
    .transform((enabled) => enabled ?? true),
});

export const updateWebhookInput = z
  .object({
    url: webhookUrl.nullish(),
    events: webhookEvents.nullish(),
    secret: webhookSecret.nullish(),
    enabled: z.boolean().nullish().describe('false stops deliveries (they wait); true resumes them'),
  })
  .refine(
    (input) => Object.values(input).some((value) => value !== null && value !== undefined),
    'Give at least one of url, events, secret, enabled to change',
  );

export const webhookId = recordId('Webhook id');
export const deliveryId = recordId('Delivery id');

export const deliveryStateInput = z.enum(deliveryStates, { error: `state must be one of ${deliveryStates.join(', ')}` });
