import { type z } from 'zod';
import { boundedString, MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../domain/input-bounds.js';
import { normalizeRecipient, type Recipient } from '../domain/phone-number.js';

/**
 * The fields every send input shares, and how they become a recipient and a text. GraphQL validates its
 * arguments with the inputs built from them, and the REST routes and the OpenAPI document are built from
 * the same schemas, so every door refuses the same input with the same words. Field names follow the
 * documented REST bodies (`phone`/`chatId`, `message`/`text`).
 */

export const TEXT_TOO_LONG = `Message text is too long: at most ${MAX_TEXT_LENGTH} characters`;

/** The two ways of naming a recipient, and the two names of a message's text. */
export const recipientFields = {
  phone: boundedString('phone', MAX_ID_LENGTH).describe('International format, e.g. 966501234567'),
  chatId: boundedString('chatId', MAX_ID_LENGTH).describe('966501234567@c.us, or a group id …@g.us'),
};
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
