import { z } from 'zod';
import { boundedEntry, MAX_ID_LENGTH } from '../domain/input-bounds.js';

/** WhatsApp Business keeps at most 20 labels, so no chat can have more. */
const MAX_LABELS = 20;

/** The labels a chat is to have, by id; an empty list takes them all off. */
export const labelIdsInput = z
  .array(boundedEntry('labelIds', MAX_ID_LENGTH).trim().min(1, 'labelIds: an entry is empty'), {
    error: 'labelIds is required: a list of label ids (an empty list takes every label off)',
  })
  .max(MAX_LABELS, `labelIds may list at most ${MAX_LABELS} labels`)
  .transform((ids) => [...new Set(ids)]);
