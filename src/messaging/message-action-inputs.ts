import { z } from 'zod';
import { MAX_ID_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import { recipientFields, recipientOf, textFields, textOf } from './input-fields.js';

/** The inputs that act on a message already sent or received: react, edit, forward, pin. */

/** A WhatsApp message id, as send answers and events give it (`true_966…@c.us_3EB0…`). */
export const messageIdInput = requiredBoundedString('id', MAX_ID_LENGTH, 'id is required: a message id')
  .trim()
  .min(1, 'id is required: a message id');

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

/** How long WhatsApp keeps a message pinned: 24 hours, 7 days or 30 days, in seconds. */
export const pinDurations = [86_400, 604_800, 2_592_000] as const;
const PIN_DURATIONS = 'seconds must be 86400 (24 hours), 604800 (7 days) or 2592000 (30 days)';

export const pinInput = z.object({
  seconds: z
    .union(
      pinDurations.map((seconds) => z.literal(seconds)),
      { error: PIN_DURATIONS },
    )
    .describe('How long it stays pinned: 86400 (24 hours), 604800 (7 days) or 2592000 (30 days), as WhatsApp offers'),
});

export const editInput = z.object(textFields).transform((input, ctx) => {
  const text = textOf(input, ctx, 'The new text is required');
  return text === undefined ? z.NEVER : { text };
});

export const forwardInput = z.object(recipientFields).transform((input, ctx) => recipientOf(input, ctx) ?? z.NEVER);
