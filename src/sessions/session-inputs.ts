import { z } from 'zod';
import { driverKinds } from '../domain/driver-kinds.js';
import { MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_URL_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import { normalizePhoneNumber } from '../domain/phone-number.js';
import { sessionName } from '../domain/session-name.js';

/** The session inputs, described once for GraphQL, REST and the OpenAPI document. */

const PROXY_EXAMPLE = 'http://user:pass@proxy.example.com:3128';

const proxy = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, `proxy is too long: at most ${MAX_URL_LENGTH} characters`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.port !== '' && url.pathname === '/';
    } catch {
      return false;
    }
  }, `proxy must be an http proxy URL with a port, e.g. ${PROXY_EXAMPLE}`)
  .describe(`This session's browser goes through it, and only this session's, e.g. ${PROXY_EXAMPLE}`);

/** The number to link with a pairing code, in international format; WhatsApp takes the digits alone. */
export const pairingCodeInput = z.object({
  phone: requiredBoundedString('phone', MAX_ID_LENGTH, 'phone is required: the number to link, in international format, e.g. 966501234567')
    .transform((value, ctx) => {
      const normalized = normalizePhoneNumber(value);
      if (normalized.ok) return normalized.recipient.to;
      ctx.addIssue({ code: 'custom', message: normalized.error });
      return z.NEVER;
    })
    .describe('The number of the phone that will link, in international format, e.g. 966501234567'),
});

export const createSessionInput = z.object({
  name: sessionName.describe('Lowercase letters, digits, - and _, e.g. sales'),
  driver: z
    .enum(driverKinds, { error: `driver must be one of ${driverKinds.join(', ')}` })
    .nullish()
    .transform((driver) => driver ?? null)
    .describe('wwebjs or sandbox; WHATSAPP_DRIVER when left out'),
  proxy: proxy.nullish().transform((value) => value ?? null),
  start: z
    .boolean()
    .nullish()
    .transform((start) => start ?? true)
    .describe('Start it at once (default true)'),
});

/** The button to press on the dialog WhatsApp Web shows. */
export const dialogAnswerInput = z.object({
  button: requiredBoundedString('button', MAX_LABEL_LENGTH, "button is required: the label of one of the dialog's buttons")
    .min(1, "button is required: the label of one of the dialog's buttons")
    .describe("The label of one of its buttons, as the session's `dialog.buttons` lists them"),
});
