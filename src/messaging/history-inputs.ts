import { z } from 'zod';
import { boundedString, MAX_DATETIME_LENGTH, MAX_ID_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import { normalizeRecipient } from '../domain/phone-number.js';

/** The longest search: a sentence is plenty, and every word costs the index a lookup. */
const MAX_QUERY_LENGTH = 256;
const MAX_SEARCH_PAGE = 100;

/** `before` on a chat's messages: the id of the oldest message already shown. */
export const beforeMessageInput = boundedString('before', MAX_ID_LENGTH)
  .transform((id) => id?.trim() || undefined)
  .describe('The id of the oldest message you have: the page holds the ones before it');

const moment = (field: string) =>
  z
    .string()
    .max(MAX_DATETIME_LENGTH, { error: `${field} must be a date and time, e.g. 2026-12-01T09:00:00Z`, abort: true })
    .datetime({ offset: true, error: `${field} must be a date and time, e.g. 2026-12-01T09:00:00Z` })
    .nullish()
    .transform((value) => (value ? new Date(value) : undefined));

const chatOrPerson = (field: string) =>
  boundedString(field, MAX_ID_LENGTH).transform((value, ctx) => {
    if (!value?.trim()) return undefined;
    const result = normalizeRecipient(value);
    if (result.ok) return result.recipient.chatId;
    ctx.addIssue({ code: 'custom', message: `${field}: ${result.error}` });
    return z.NEVER;
  });

export const searchInput = z
  .object({
    q: requiredBoundedString('q', MAX_QUERY_LENGTH, 'q is required: the words to find')
      .trim()
      .min(1, 'q is required: the words to find')
      .describe('The words to find; a message matches when it holds every one'),
    chatId: chatOrPerson('chatId').describe('Only this chat'),
    from: chatOrPerson('from').describe("Only what this person sent (a number or chat id); the account's own messages are from nobody"),
    before: moment('before').describe('Only messages sent before this time'),
    after: moment('after').describe('Only messages sent after this time'),
    first: z
      .number()
      .int('first must be a whole number')
      .min(1, `first must be from 1 to ${MAX_SEARCH_PAGE}`)
      .max(MAX_SEARCH_PAGE, `first must be from 1 to ${MAX_SEARCH_PAGE}`)
      .nullish()
      .transform((first) => first ?? 20),
    cursor: z
      .string()
      .max(16, { error: 'cursor must be a nextCursor from an earlier page', abort: true })
      .regex(/^\d+$/, 'cursor must be a nextCursor from an earlier page')
      .nullish()
      .transform((cursor) => (cursor ? Number(cursor) : 0))
      .describe('The nextCursor of the page before'),
  })
  .superRefine((input, ctx) => {
    if (input.before && input.after && input.after >= input.before)
      ctx.addIssue({ code: 'custom', message: 'after must be earlier than before', path: ['after'] });
  });

export const conversationsLimit = z
  .number()
  .int('first must be a whole number')
  .min(1, 'first must be from 1 to 200')
  .max(200, 'first must be from 1 to 200')
  .nullish()
  .transform((first) => first ?? 50);
