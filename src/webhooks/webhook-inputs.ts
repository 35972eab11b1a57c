import { z } from 'zod';
import { recordId } from '../domain/record-id.js';
import { deliveryStates } from '../domain/delivery-states.js';
import { ALL_EVENTS, webhookEventNames } from '../domain/event-names.js';

/**
 * The webhook inputs, described once for GraphQL, REST and the OpenAPI document.
 */

export const MIN_SECRET_LENGTH = 16;

export const webhookUrl = z
  .string({ error: 'url is required' })
  .trim()
  .min(1, 'url is required')
  .max(2048, 'url is too long: at most 2048 characters')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `url "${value}" is not a valid URL, e.g. https://example.com/waqtor` });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'url must be an http or https URL' });
    else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'url must not contain credentials: deliveries are signed with the secret instead' });
  })
  .describe('Where events are POSTed: an http or https URL');

export const webhookEvents = z
  .array(z.string().trim(), { error: `events must be a list of event names, or ["${ALL_EVENTS}"] for every event` })
  .min(1, `events must list at least one event name, or "${ALL_EVENTS}" for every event`)
  .superRefine((names, ctx) => {
    names.forEach((name, index) => {
      if (name !== ALL_EVENTS && !(webhookEventNames as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `events[${index}] "${name}" is not an event name: use ${webhookEventNames.join(', ')}, or "${ALL_EVENTS}"` });
      }
    });
  })
  .transform((names) => [...new Set(names)])
  .describe(`The events to deliver: ${webhookEventNames.join(', ')}; "${ALL_EVENTS}" for every event`);

export const webhookSecret = z
  .string()
  .min(MIN_SECRET_LENGTH, `secret must be at least ${MIN_SECRET_LENGTH} characters`)
  .max(255, 'secret is too long: at most 255 characters')
  .describe('The HMAC-SHA256 key deliveries are signed with; generated (and shown once) when not given');

export const createWebhookInput = z.object({
  url: webhookUrl,
  events: webhookEvents.nullish().transform((events) => events ?? [ALL_EVENTS]),
  secret: webhookSecret.nullish(),
  enabled: z.boolean().nullish().transform((enabled) => enabled ?? true),
});

export const updateWebhookInput = z
  .object({
    url: webhookUrl.nullish(),
    events: webhookEvents.nullish(),
    secret: webhookSecret.nullish(),
    enabled: z.boolean().nullish().describe('false stops deliveries (they wait); true resumes them'),
  })
  .refine((input) => Object.values(input).some((value) => value !== null && value !== undefined), 'Give at least one of url, events, secret, enabled to change');

export const webhookId = recordId('Webhook id');
export const deliveryId = recordId('Delivery id');

export const deliveryStateInput = z.enum(deliveryStates, { error: `state must be one of ${deliveryStates.join(', ')}` });
