import { z } from 'zod';
import { MAX_URL_LENGTH } from './input-bounds.js';
import { ALL_EVENTS, webhookEventNames } from './event-names.js';
import { checkOutboundUrl } from './outbound-url.js';

/*
 * What a webhook is: where its events go, which events, and the key they are signed with. Shared by the
 * webhook inputs of the API and the WEBHOOK_* settings.
 */

const receiverUrlProblems = {
  'not-a-url': (value: string) => `url "${value}" is not a valid URL, e.g. https://example.com/waqtor`,
  'not-http': () => 'url must be an http or https URL',
  'has-credentials': () => 'url must not contain credentials: deliveries are signed with the secret instead',
};

export const MIN_SECRET_LENGTH = 16;
/** Longer than any event name; a list names each at most once, with room for repeats a client may send. */
const MAX_EVENT_NAME_LENGTH = 64;
const MAX_EVENTS_LISTED = 100;

export const webhookUrl = z
  .string({ error: 'url is required' })
  .trim()
  .min(1, 'url is required')
  .max(MAX_URL_LENGTH, `url is too long: at most ${MAX_URL_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const checked = checkOutboundUrl(value);
    if ('problem' in checked) ctx.addIssue({ code: 'custom', message: receiverUrlProblems[checked.problem](value) });
  })
  .describe('Where events are POSTed: an http or https URL');

export const webhookEvents = z
  .array(z.string().max(MAX_EVENT_NAME_LENGTH, { error: 'an event name is too long', abort: true }).trim(), {
    error: `events must be a list of event names, or ["${ALL_EVENTS}"] for every event`,
  })
  .min(1, `events must list at least one event name, or "${ALL_EVENTS}" for every event`)
  .max(MAX_EVENTS_LISTED, `events may list at most ${MAX_EVENTS_LISTED} names`)
  .superRefine((names, ctx) => {
    names.forEach((name, index) => {
      if (name !== ALL_EVENTS && !(webhookEventNames as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `events[${index}] "${name}" is not an event name: use ${webhookEventNames.join(', ')}, or "${ALL_EVENTS}"`,
        });
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
