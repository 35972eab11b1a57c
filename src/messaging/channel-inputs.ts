import { z } from 'zod';
import { boundedString, MAX_ID_LENGTH, MAX_TEXT_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import { CHANNEL_ID } from '../domain/channels.js';
import { mediaFields, mediaSourceOf } from './send-inputs.js';
import { TEXT_TOO_LONG } from './input-fields.js';

/** WhatsApp's own bounds on a channel's name and description. */
const MAX_CHANNEL_NAME = 100;
const MAX_CHANNEL_DESCRIPTION = 2_048;

export const channelIdInput = requiredBoundedString('id', MAX_ID_LENGTH, 'id is required: a channel id (…@newsletter)')
  .trim()
  .regex(CHANNEL_ID, 'id must be a channel id, e.g. 120363012345678901@newsletter');

export const createChannelInput = z.object({
  name: requiredBoundedString('name', MAX_CHANNEL_NAME, 'name is required: the channel name')
    .trim()
    .min(1, 'name is required: the channel name'),
  description: boundedString('description', MAX_CHANNEL_DESCRIPTION)
    .transform((description) => description?.trim() || undefined)
    .describe('What the channel is about, shown to people who find it'),
});

/** A channel post: a text, or a photo, video or voice note with its caption. */
export const channelMessageInput = z
  .object({
    text: boundedString('text', MAX_TEXT_LENGTH, TEXT_TOO_LONG).describe('A text post; or give a file instead'),
    ...mediaFields,
  })
  .transform((input, ctx) => {
    if (input.text?.trim()) {
      if (input.mediaUrl || input.mediaBase64) {
        ctx.addIssue({ code: 'custom', message: 'Give either text or a file (mediaUrl or mediaBase64), not both', path: ['text'] });
        return z.NEVER;
      }
      return { text: input.text };
    }
    if (!input.mediaUrl && !input.mediaBase64) {
      ctx.addIssue({ code: 'custom', message: 'Give text, or a file as mediaUrl or mediaBase64', path: ['text'] });
      return z.NEVER;
    }
    const source = mediaSourceOf(input, ctx);
    return source ? { source, caption: input.caption ?? undefined } : z.NEVER;
  });
