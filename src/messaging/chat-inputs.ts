import { z } from 'zod';
import { MAX_DATETIME_LENGTH, MAX_ID_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import { normalizePhoneNumber, normalizeRecipient } from '../domain/phone-number.js';
import { presenceStates } from '../domain/chat-changes.js';

/** The inputs that name a chat or a person, and the changes made to a chat. */

/** A chat by its id, or a person's by their number. */
export const chatIdInput = requiredBoundedString('chatId', MAX_ID_LENGTH, 'chatId is required: a chat id or a phone number').transform(
  (value, ctx) => {
    const result = normalizeRecipient(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `chatId: ${result.error}` });
      return z.NEVER;
    }
    return result.recipient.chatId;
  },
);

export const chatMessagesLimit = z
  .number()
  .int('limit must be a whole number')
  .min(1, 'limit must be from 1 to 100')
  .max(100, 'limit must be from 1 to 100')
  .nullish()
  .transform((limit) => limit ?? 50);

export const presenceInput = z.object({
  state: z.enum(presenceStates, { error: `state must be one of ${presenceStates.join(', ')}` }),
});

const UNTIL_FORMAT = 'until must be a date and time, e.g. 2026-12-01T09:00:00Z';

export const muteInput = z.object({
  until: z
    .string()
    .max(MAX_DATETIME_LENGTH, { error: UNTIL_FORMAT, abort: true })
    .datetime({ offset: true, error: UNTIL_FORMAT })
    .nullish()
    .transform((until, ctx) => {
      if (!until) return undefined;
      const date = new Date(until);
      if (date.getTime() <= Date.now()) {
        ctx.addIssue({ code: 'custom', message: 'until must be in the future; leave it out to mute for ever' });
        return z.NEVER;
      }
      return date;
    }),
});

/** A person's number, to check on WhatsApp. */
export const phoneInput = requiredBoundedString('phone', MAX_ID_LENGTH, 'phone is required: a number in international format').transform(
  (value, ctx) => {
    const result = normalizePhoneNumber(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `phone: ${result.error}` });
      return z.NEVER;
    }
    return result.recipient;
  },
);
