import { z } from 'zod';
import { boundedString, MAX_ID_LENGTH, MAX_MIMETYPE_LENGTH, MAX_TEXT_LENGTH, MAX_URL_LENGTH } from '../domain/input-bounds.js';
import { normalizeRecipient } from '../domain/phone-number.js';
import type { MediaPresentation, MessageContext } from '../domain/message-content.js';
import type { MediaSource } from './media/load-media.js';
import { recipientFields, recipientOf, textFields, textOf, TEXT_TOO_LONG, type Context } from './input-fields.js';

/** The inputs of a text or a file sent to one chat, and of the test message. */

const MAX_FILENAME_LENGTH = 255;

const MAX_MENTIONS = 50;

/** What a text or a file may add: the message it replies to, and the people it mentions. */
const contextFields = {
  replyTo: boundedString('replyTo', MAX_ID_LENGTH, 'replyTo is too long to be a message id')
    .transform((id) => id?.trim())
    .describe('The id of the message to quote'),
  mentions: z
    .array(z.string().max(MAX_ID_LENGTH, { error: `a mention is too long: at most ${MAX_ID_LENGTH} characters`, abort: true }), {
      error: 'mentions must be a list of numbers or chat ids',
    })
    .max(MAX_MENTIONS, `mentions may list at most ${MAX_MENTIONS} people`)
    .nullish()
    .describe('Numbers or chat ids of the people mentioned (write @966… in the text)'),
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

export const sendTextInput = z
  .object({
    ...recipientFields,
    ...textFields,
    ...contextFields,
    linkPreview: z.boolean().nullish().describe('false: no preview of the first link in the text (WhatsApp shows one otherwise)'),
  })
  .transform((input, ctx) => {
    const recipient = recipientOf(input, ctx);
    const text = textOf(input, ctx, 'Message text is required');
    const context = contextOf(input, ctx);
    if (!recipient || text === undefined || !context) return z.NEVER;
    return { recipient, text, options: { ...context, ...(input.linkPreview === false && { linkPreview: false }) } };
  });

/** A file from a URL the gateway fetches, or given in the body, with its caption. */
export const mediaFields = {
  mediaUrl: boundedString('mediaUrl', MAX_URL_LENGTH).describe('http or https; fetched by the gateway'),
  mediaBase64: z
    .string()
    .nullish()
    .describe(`The file itself, base64 (a data: URL works too); at most the base64 size of MEDIA_MAX_BYTES, the body's limit`),
  mimetype: z
    .string()
    .max(MAX_MIMETYPE_LENGTH, { error: `mimetype is too long: at most ${MAX_MIMETYPE_LENGTH} characters`, abort: true })
    .trim()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'mimetype must look like type/subtype, e.g. image/png')
    .nullish()
    .describe('With mediaBase64, when the type cannot be told from the data'),
  caption: boundedString('caption', MAX_TEXT_LENGTH),
};

/** Where the file comes from: exactly one of mediaUrl and mediaBase64, else an issue saying so. */
export function mediaSourceOf(
  input: { mediaUrl?: string | null; mediaBase64?: string | null; mimetype?: string | null },
  ctx: Context,
): MediaSource | undefined {
  if (input.mediaUrl && input.mediaBase64) {
    ctx.addIssue({ code: 'custom', message: 'Give either mediaUrl or mediaBase64, not both', path: ['mediaUrl'] });
    return undefined;
  }
  if (input.mediaUrl) return { url: input.mediaUrl.trim() };
  if (input.mediaBase64) return { base64: input.mediaBase64, ...(input.mimetype && { mimetype: input.mimetype }) };
  ctx.addIssue({ code: 'custom', message: 'Media is required: give mediaUrl or mediaBase64', path: ['mediaUrl'] });
  return undefined;
}

export const sendMediaInput = z
  .object({
    ...recipientFields,
    ...mediaFields,
    filename: z
      .string()
      .max(MAX_FILENAME_LENGTH, { error: `filename is too long: at most ${MAX_FILENAME_LENGTH} characters`, abort: true })
      .trim()
      .max(MAX_FILENAME_LENGTH, `filename is too long: at most ${MAX_FILENAME_LENGTH} characters`)
      .regex(/^[^/\\\0]+$/, 'filename must be a plain file name, without folders')
      .nullish(),
    asVoice: z.boolean().nullish().describe('An audio file as a voice note'),
    asSticker: z.boolean().nullish().describe('An image as a sticker'),
    asDocument: z.boolean().nullish().describe('Any file as a document, not shown inline'),
    viewOnce: z.boolean().nullish().describe('A photo or video the recipient can open once, after which WhatsApp hides it'),
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
    if (input.viewOnce && shown.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: 'viewOnce is for a photo or video shown as itself, not with asVoice, asSticker or asDocument',
        path: ['viewOnce'],
      });
    const source = mediaSourceOf(input, ctx);
    if (!recipient || !source || !context || shown.length > 1 || (input.viewOnce && shown.length > 0)) return z.NEVER;
    return {
      recipient,
      source,
      caption: input.caption ?? undefined,
      filename: input.filename ?? undefined,
      as: shown[0],
      ...(input.viewOnce && { viewOnce: true }),
      ...context,
    };
  });

export const testMessageInput = z.object({
  message: z
    .string()
    .max(MAX_TEXT_LENGTH, TEXT_TOO_LONG)
    .nullish()
    .transform((value) => (value?.trim() ? value : 'Hello from WaQtor! 🚀 This is a test.')),
});
