import { z } from 'zod';
import type { MediaSource } from './media/load-media.js';
import type { MediaPresentation, MessageContext } from '../domain/message-content.js';
import { presenceStates } from '../domain/chat-changes.js';
import { normalizePhoneNumber, normalizeRecipient, type Recipient } from '../domain/phone-number.js';

/**
 * The send inputs, described once. GraphQL validates its arguments with these, and the REST routes and
 * the OpenAPI document are built from the same schemas, so every door refuses the same input with the
 * same words. Field names follow the documented REST bodies (`phone`/`chatId`, `message`/`text`).
 */

/** WhatsApp refuses longer texts. */
export const MAX_TEXT_LENGTH = 65_536;
const MAX_FILENAME_LENGTH = 255;

export const optionalString = z.string().nullish();

/** A number or a chat id is never longer; WhatsApp's longest ids (LIDs, groups) are well under it. */
export const MAX_ID_LENGTH = 255;
const MAX_URL_LENGTH = 2_048;

/**
 * An optional string of at most `max` characters: a longer one is refused before anything else reads it
 * (a phone number's parsing, a text's placeholders), so no work grows with an input past its bound.
 */
export const boundedString = (name: string, max: number, error = `${name} is too long: at most ${max} characters`) =>
  z.string().max(max, { error, abort: true }).nullish();

const TEXT_TOO_LONG = `Message text is too long: at most ${MAX_TEXT_LENGTH} characters`;

/** The two ways of naming a recipient, and the two names of a message's text. */
export const recipientFields = { phone: boundedString('phone', MAX_ID_LENGTH), chatId: boundedString('chatId', MAX_ID_LENGTH) };
export const textFields = {
  message: boundedString('message', MAX_TEXT_LENGTH, TEXT_TOO_LONG),
  text: boundedString('text', MAX_TEXT_LENGTH, TEXT_TOO_LONG),
};

/** Where a problem with an input is reported: a zod refinement, or anything that collects messages. */
export type Context = Pick<z.core.$RefinementCtx, 'addIssue'>;

/** Where in the input a value sits, so an error can name the field (a form shows it beside that field). */
export type InputPath = (string | number)[];

/**
 * Where a nested value's problems are reported: `label` starts the message, `at` the path. Top-level
 * fields need neither.
 */
export interface Within {
  label: string;
  at: InputPath;
}

const topLevel: Within = { label: '', at: [] };

export function recipientOf(
  input: { phone?: string | null; chatId?: string | null },
  ctx: Context,
  { label, at }: Within = topLevel,
): Recipient | undefined {
  const target = input.chatId ?? input.phone;
  const path = [...at, input.chatId != null ? 'chatId' : 'phone'];
  if (target === undefined || target === null || target.trim() === '') {
    ctx.addIssue({ code: 'custom', message: `${label}Phone number is required`, path });
    return undefined;
  }
  const result = normalizeRecipient(target);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `${label}${result.error}`, path });
    return undefined;
  }
  return result.recipient;
}

/** The text of `input.text ?? input.message`; problems are reported at whichever of the two was given. */
export function textOf(
  input: { text?: string | null; message?: string | null },
  ctx: Context,
  missing: string,
  { label, at }: Within = topLevel,
  fallback?: string | null,
): string | undefined {
  const value = input.text ?? input.message ?? fallback;
  const path = [...at, input.text != null ? 'text' : 'message'];
  if (value === undefined || value === null || value.trim() === '') {
    ctx.addIssue({ code: 'custom', message: `${label}${missing}`, path });
    return undefined;
  }
  if (value.length > MAX_TEXT_LENGTH) {
    ctx.addIssue({ code: 'custom', message: `${label}Message text is too long: at most ${MAX_TEXT_LENGTH} characters`, path });
    return undefined;
  }
  return value;
}

const MAX_MENTIONS = 50;

/** What a text or a file may add: the message it replies to, and the people it mentions. */
const contextFields = {
  replyTo: z.string().trim().max(255, 'replyTo is too long to be a message id').nullish(),
  mentions: z
    .array(z.string().max(MAX_ID_LENGTH, { error: `a mention is too long: at most ${MAX_ID_LENGTH} characters`, abort: true }), {
      error: 'mentions must be a list of numbers or chat ids',
    })
    .max(MAX_MENTIONS, `mentions may list at most ${MAX_MENTIONS} people`)
    .nullish(),
};

/** The context as the driver takes it: mentions as the chat ids of people (a group cannot be mentioned). */
function contextOf(input: { replyTo?: string | null; mentions?: string[] | null }, ctx: Context): MessageContext | undefined {
  const mentions = (input.mentions ?? []).map((mention, index) => {
    const result = normalizeRecipient(mention);
    if (result.ok && !result.recipient.isGroup) return result.recipient.chatId;
    ctx.addIssue({
      code: 'custom',
      message: `mentions[${index}]: ${result.ok ? 'a group cannot be mentioned' : result.error}`,
      path: ['mentions', index],
    });
    return undefined;
  });
  if (!mentions.every((mention) => mention !== undefined)) return undefined;
  return { ...(input.replyTo && { replyTo: input.replyTo }), ...(mentions.length > 0 && { mentions }) };
}

export const sendTextInput = z.object({ ...recipientFields, ...textFields, ...contextFields }).transform((input, ctx) => {
  const recipient = recipientOf(input, ctx);
  const text = textOf(input, ctx, 'Message text is required');
  const context = contextOf(input, ctx);
  return recipient && text !== undefined && context ? { recipient, text, context } : z.NEVER;
});

export const sendMediaInput = z
  .object({
    ...recipientFields,
    mediaUrl: boundedString('mediaUrl', MAX_URL_LENGTH),
    mediaBase64: optionalString,
    mimetype: z
      .string()
      .trim()
      .regex(/^[\w.+-]+\/[\w.+-]+$/, 'mimetype must look like type/subtype, e.g. image/png')
      .nullish(),
    caption: z.string().max(MAX_TEXT_LENGTH, `caption is too long: at most ${MAX_TEXT_LENGTH} characters`).nullish(),
    filename: z
      .string()
      .trim()
      .max(MAX_FILENAME_LENGTH, `filename is too long: at most ${MAX_FILENAME_LENGTH} characters`)
      .regex(/^[^/\\\0]+$/, 'filename must be a plain file name, without folders')
      .nullish(),
    asVoice: z.boolean().nullish(),
    asSticker: z.boolean().nullish(),
    asDocument: z.boolean().nullish(),
    ...contextFields,
  })
  .transform((input, ctx) => {
    const recipient = recipientOf(input, ctx);
    const context = contextOf(input, ctx);
    const shown = [input.asVoice && 'voice', input.asSticker && 'sticker', input.asDocument && 'document'].filter(
      (as): as is MediaPresentation => typeof as === 'string',
    );
    if (shown.length > 1)
      ctx.addIssue({ code: 'custom', message: 'Give at most one of asVoice, asSticker and asDocument', path: ['asVoice'] });
    let source: MediaSource | undefined;
    if (input.mediaUrl && input.mediaBase64) {
      ctx.addIssue({ code: 'custom', message: 'Give either mediaUrl or mediaBase64, not both', path: ['mediaUrl'] });
    } else if (input.mediaUrl) {
      source = { url: input.mediaUrl.trim() };
    } else if (input.mediaBase64) {
      source = { base64: input.mediaBase64, ...(input.mimetype && { mimetype: input.mimetype }) };
    } else {
      ctx.addIssue({ code: 'custom', message: 'Media is required: give mediaUrl or mediaBase64', path: ['mediaUrl'] });
    }
    if (!recipient || !source || !context || shown.length > 1) return z.NEVER;
    return { recipient, source, caption: input.caption ?? undefined, filename: input.filename ?? undefined, as: shown[0], ...context };
  });

export const bulkRecipient = z.object({ ...recipientFields, ...textFields });

/** Everything but the recipients' form, which the REST door widens to plain chat ids. */
export const sendBulkFields = {
  message: textFields.message.describe('The text for recipients without their own'),
  text: textFields.text,
};

export const sendBulkInput = z
  .object({
    recipients: z
      .array(bulkRecipient, {
        error: (issue) =>
          issue.input === undefined || issue.input === null ? 'recipients is required: a list of recipients' : 'recipients must be a list',
      })
      .min(1, 'recipients must list at least one recipient'),
    ...sendBulkFields,
  })
  .transform((input, ctx) => {
    const fallback = input.text ?? input.message;
    const items = input.recipients.map((entry, index) => {
      const within = { label: `recipients[${index}]: `, at: ['recipients', index] };
      const recipient = recipientOf(entry, ctx, within);
      const text = textOf(entry, ctx, 'Message text is required (give text for the recipient or a default text)', within, fallback);
      return recipient && text !== undefined ? { input: (entry.chatId ?? entry.phone)!.trim(), recipient, text } : undefined;
    });
    return items.every((item) => item !== undefined) ? items : z.NEVER;
  });

export const testMessageInput = z.object({
  message: z
    .string()
    .max(MAX_TEXT_LENGTH, TEXT_TOO_LONG)
    .nullish()
    .transform((value) => (value?.trim() ? value : 'Hello from WaQtor! 🚀 This is a test.')),
});

const MAX_NAME_LENGTH = 256;
const MAX_ADDRESS_LENGTH = 1024;
const MAX_CONTACTS = 20;
const MAX_POLL_QUESTION_LENGTH = 255;
const MAX_POLL_OPTION_LENGTH = 100;
const MIN_POLL_OPTIONS = 2;
const MAX_POLL_OPTIONS = 12;

/** A coordinate: required, a number, within its range; the message says which of the three failed. */
const coordinate = (name: string, limit: number) =>
  z
    .number({
      error: (issue) => (issue.input == null ? `${name} is required: a number from -${limit} to ${limit}` : `${name} must be a number`),
    })
    .min(-limit, `${name} must be from -${limit} to ${limit}`)
    .max(limit, `${name} must be from -${limit} to ${limit}`);

/** A trimmed text that may be left out; blank is left out. */
const optionalText = (name: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${name} is too long: at most ${max} characters`)
    .nullish()
    .transform((value) => value || undefined);

export const sendLocationInput = z
  .object({
    ...recipientFields,
    latitude: coordinate('latitude', 90),
    longitude: coordinate('longitude', 180),
    name: optionalText('name', MAX_NAME_LENGTH),
    address: optionalText('address', MAX_ADDRESS_LENGTH),
  })
  .transform((input, ctx) => {
    const recipient = recipientOf(input, ctx);
    if (!recipient) return z.NEVER;
    const { latitude, longitude, name, address } = input;
    return { recipient, content: { kind: 'location' as const, location: { latitude, longitude, name, address } } };
  });

export const contactCardInput = z.object({
  name: z
    .string({ error: 'name is required: how the contact is shown' })
    .trim()
    .min(1, 'name is required: how the contact is shown')
    .max(MAX_NAME_LENGTH, `name is too long: at most ${MAX_NAME_LENGTH} characters`),
  phone: z.string({ error: 'phone is required: the contact’s number in international format' }),
});

export const sendContactInput = z
  .object({
    ...recipientFields,
    contacts: z
      .array(contactCardInput, {
        error: (issue) =>
          issue.input == null ? 'contacts is required: a list of {name, phone}' : 'contacts must be a list of {name, phone}',
      })
      .min(1, 'contacts must list at least one contact')
      .max(MAX_CONTACTS, `contacts may list at most ${MAX_CONTACTS} contacts`),
  })
  .transform((input, ctx) => {
    const recipient = recipientOf(input, ctx);
    const contacts = input.contacts.map(({ name, phone }, index) => {
      const number = normalizePhoneNumber(phone);
      if (number.ok) return { name, phone: number.recipient.to };
      ctx.addIssue({ code: 'custom', message: `contacts[${index}]: ${number.error}`, path: ['contacts', index, 'phone'] });
      return undefined;
    });
    if (!recipient || !contacts.every((contact) => contact !== undefined)) return z.NEVER;
    return { recipient, content: { kind: 'contact' as const, contacts } };
  });

export const sendPollInput = z
  .object({
    ...recipientFields,
    question: z
      .string({ error: 'question is required' })
      .trim()
      .min(1, 'question is required')
      .max(MAX_POLL_QUESTION_LENGTH, `question is too long: at most ${MAX_POLL_QUESTION_LENGTH} characters`),
    options: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'options must not be blank')
          .max(MAX_POLL_OPTION_LENGTH, `an option is too long: at most ${MAX_POLL_OPTION_LENGTH} characters`),
        { error: (issue) => (issue.input == null ? 'options is required: 2 to 12 answers' : 'options must be a list of answers') },
      )
      .min(MIN_POLL_OPTIONS, `options must list ${MIN_POLL_OPTIONS} to ${MAX_POLL_OPTIONS} answers`)
      .max(MAX_POLL_OPTIONS, `options must list ${MIN_POLL_OPTIONS} to ${MAX_POLL_OPTIONS} answers`)
      .refine((options) => new Set(options).size === options.length, 'options must all differ'),
    multipleAnswers: z.boolean().nullish(),
  })
  .transform((input, ctx) => {
    const recipient = recipientOf(input, ctx);
    if (!recipient) return z.NEVER;
    const poll = { question: input.question, options: input.options, multipleAnswers: input.multipleAnswers ?? false };
    return { recipient, content: { kind: 'poll' as const, poll } };
  });

/** A WhatsApp message id, as send answers and events give it (`true_966…@c.us_3EB0…`). */
export const messageIdInput = z
  .string({ error: 'id is required: a message id' })
  .trim()
  .min(1, 'id is required: a message id')
  .max(255, 'id is too long to be a message id');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** One emoji is one grapheme, but a family or a flag with its modifiers runs to a few dozen code units. */
const MAX_EMOJI_LENGTH = 32;

export const reactionInput = z.object({
  emoji: z
    .string({ error: 'emoji is required: one emoji, or "" to remove the reaction' })
    // Checked before the grapheme count, whose cost grows faster than the text: a long string never gets there.
    .max(MAX_EMOJI_LENGTH, { error: 'emoji must be one emoji, or "" to remove the reaction', abort: true })
    .trim()
    .refine(
      (emoji) => emoji === '' || ([...graphemes.segment(emoji)].length === 1 && EMOJI.test(emoji)),
      'emoji must be one emoji, or "" to remove the reaction',
    ),
});

export const editInput = z.object(textFields).transform((input, ctx) => {
  const text = textOf(input, ctx, 'The new text is required');
  return text === undefined ? z.NEVER : { text };
});

export const forwardInput = z.object(recipientFields).transform((input, ctx) => recipientOf(input, ctx) ?? z.NEVER);

/** A chat by its id, or a person's by their number. */
export const chatIdInput = z.string({ error: 'chatId is required: a chat id or a phone number' }).transform((value, ctx) => {
  const result = normalizeRecipient(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `chatId: ${result.error}` });
    return z.NEVER;
  }
  return result.recipient.chatId;
});

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

export const muteInput = z.object({
  until: z
    .string()
    .datetime({ offset: true, error: 'until must be a date and time, e.g. 2026-12-01T09:00:00Z' })
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
export const phoneInput = z.string({ error: 'phone is required: a number in international format' }).transform((value, ctx) => {
  const result = normalizePhoneNumber(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `phone: ${result.error}` });
    return z.NEVER;
  }
  return result.recipient;
});
