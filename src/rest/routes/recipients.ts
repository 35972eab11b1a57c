import { z } from 'zod';
import { MAX_ID_LENGTH, MAX_RECIPIENTS } from '../../domain/input-bounds.js';

/** A documented body's recipients: plain numbers or chat ids, or the objects of the personalised form. */
export const recipientList = (personalised: z.ZodType) =>
  z
    .array(
      z.union([
        z
          .string()
          .max(MAX_ID_LENGTH, { error: `a recipient is too long: at most ${MAX_ID_LENGTH} characters`, abort: true })
          .describe('A number or chat id, e.g. 966501234567@c.us'),
        personalised,
      ]),
    )
    .max(MAX_RECIPIENTS, `Too many recipients: at most ${MAX_RECIPIENTS}`);

/** The documented bodies list recipients as plain numbers or chat ids; the schema takes objects. */
export const withChatIds = (recipients: unknown) =>
  Array.isArray(recipients)
    ? recipients.map((recipient: unknown) => (typeof recipient === 'string' ? { chatId: recipient } : recipient))
    : recipients;
