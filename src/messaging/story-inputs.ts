import { z } from 'zod';
import { MAX_ID_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import { MAX_STORY_FONT } from '../domain/stories.js';
import { textFields, textOf } from './input-fields.js';
import { mediaFields, mediaSourceOf } from './send-inputs.js';

export const textStoryInput = z
  .object({
    ...textFields,
    backgroundColor: z
      .string()
      .max(16, { error: 'backgroundColor must be a colour like #25d366', abort: true })
      .regex(/^#[0-9a-fA-F]{6}$/, 'backgroundColor must be a colour like #25d366')
      .nullish()
      .describe('#rrggbb; WhatsApp picks one otherwise'),
    font: z
      .number()
      .int(`font must be a whole number from 0 to ${MAX_STORY_FONT}`)
      .min(0, `font must be from 0 to ${MAX_STORY_FONT}`)
      .max(MAX_STORY_FONT, `font must be from 0 to ${MAX_STORY_FONT}`)
      .nullish()
      .describe(`One of WhatsApp's Status fonts, 0 to ${MAX_STORY_FONT}; 0 (its plain one) otherwise`),
  })
  .transform((input, ctx) => {
    const text = textOf(input, ctx, 'text is required: the story');
    if (text === undefined) return z.NEVER;
    return {
      text,
      style: { ...(input.backgroundColor && { backgroundColor: input.backgroundColor }), ...(input.font != null && { font: input.font }) },
    };
  });

export const mediaStoryInput = z.object(mediaFields).transform((input, ctx) => {
  const source = mediaSourceOf(input, ctx);
  return source ? { source, caption: input.caption ?? undefined } : z.NEVER;
});

export const storyIdInput = requiredBoundedString('id', MAX_ID_LENGTH, 'id is required: the id of a story the account posted')
  .trim()
  .min(1, 'id is required: the id of a story the account posted');
