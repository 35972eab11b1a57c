import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Where a message goes: a WhatsApp chat id, and the number or group id the API reports back as `to`. */
export interface Recipient {
  chatId: string;
  to: string;
  isGroup: boolean;
}

export type NormalizeResult = { ok: true; recipient: Recipient } | { ok: false; error: string };

const INTERNATIONAL_HINT = 'use the international format with the country code, e.g. 966501234567';
// Old-style group ids are "<creator number>-<timestamp>"; current ones are a long run of digits.
const GROUP_ID = /^\d{6,30}(-\d{6,20})?$/;
const PERSONAL_SUFFIXES = ['@c.us', '@s.whatsapp.net'];
/** The id WhatsApp shows for users of accounts moved to LIDs: digits and `@lid`, not a phone number. */
const LID = /^\d{6,20}@lid$/;

export const isLid = (chatId: string) => chatId.endsWith('@lid');

/**
 * Turns what a user typed (a number, a `…@c.us` chat id, a `…@lid` id, or a `…@g.us` group id) into a chat id.
 * National formats (`0501234567`) are refused rather than guessed: the same digits mean different people
 * in different countries.
 */
export function normalizeRecipient(input: string): NormalizeResult {
  const value = input.trim();
  if (value === '') return { ok: false, error: 'Phone number is required' };
  if (value.endsWith('@g.us')) {
    const id = value.slice(0, -'@g.us'.length);
    return GROUP_ID.test(id)
      ? { ok: true, recipient: { chatId: value, to: value, isGroup: true } }
      : { ok: false, error: `Group id "${value}" is not valid: expected digits followed by @g.us` };
  }
  if (isLid(value)) {
    return LID.test(value)
      ? { ok: true, recipient: { chatId: value, to: value, isGroup: false } }
      : { ok: false, error: `LID "${value}" is not valid: expected digits followed by @lid` };
  }
  const suffix = PERSONAL_SUFFIXES.find((s) => value.endsWith(s));
  if (value.includes('@') && !suffix) {
    return {
      ok: false,
      error: `Chat id "${value}" is not valid: use <number>@c.us (or its <id>@lid) for a person or <id>@g.us for a group`,
    };
  }
  return normalizePhoneNumber(suffix ? value.slice(0, -suffix.length) : value);
}

export function normalizePhoneNumber(input: string): NormalizeResult {
  const compact = input.trim().replace(/[\s().-]/g, '');
  if (compact === '') return { ok: false, error: 'Phone number is required' };
  if (!/^(\+|00)?\d+$/.test(compact)) {
    return { ok: false, error: `Phone number "${input.trim()}" may contain only digits, spaces and a leading +` };
  }
  const international = compact.startsWith('+') ? compact : compact.startsWith('00') ? `+${compact.slice(2)}` : null;
  if (!international && compact.startsWith('0')) {
    return { ok: false, error: `Phone number "${input.trim()}" looks like a national number: ${INTERNATIONAL_HINT}` };
  }
  const parsed = parsePhoneNumberFromString(international ?? `+${compact}`);
  if (!parsed || (!parsed.country && !parsed.countryCallingCode) || !parsed.isPossible()) {
    return { ok: false, error: `Phone number "${input.trim()}" is not a valid international number: ${INTERNATIONAL_HINT}` };
  }
  const digits = parsed.number.slice(1);
  return { ok: true, recipient: { chatId: `${digits}@c.us`, to: digits, isGroup: false } };
}

/** For logs: enough to tell recipients apart, never the whole number. */
export function maskNumber(value: string): string {
  const digits = value.replace(/@.*$/, '').replace(/\D/g, '');
  return digits.length <= 4 ? '***' : `***${digits.slice(-4)}`;
}

const CHAT_ID_IN_TEXT = /\d{5,}(?=@(?:c\.us|g\.us|s\.whatsapp\.net|lid))/g;

/** Masks every chat id inside a text (message ids and SQL in error messages carry them). */
export function maskChatIds(text: string): string {
  return text.replace(CHAT_ID_IN_TEXT, (digits) => `***${digits.slice(-4)}`);
}
