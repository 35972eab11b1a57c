import { z } from 'zod';

/**
 * The longest value each kind of text input may have. Every string a client sends has one, checked before
 * anything else reads the value, so no work and no memory grows with an input past its bound; the OpenAPI
 * document states each as `maxLength`.
 */

/** WhatsApp refuses longer texts. */
export const MAX_TEXT_LENGTH = 65_536;
/** The most recipients one campaign or send-bulk takes; the 1 MB body limit usually comes first. */
export const MAX_RECIPIENTS = 50_000;
/** A number, a chat id or a message id is never longer; WhatsApp's longest ids (LIDs, groups) are well under it. */
export const MAX_ID_LENGTH = 255;
export const MAX_URL_LENGTH = 2_048;
/** A label a person gives: a name, a type, a file name. */
export const MAX_LABEL_LENGTH = 255;
/** A media type (`image/png`): RFC 6838 allows 127 characters on each side. */
export const MAX_MIMETYPE_LENGTH = 255;
/** An ISO 8601 date and time, with room for fractions of a second and a zone. */
export const MAX_DATETIME_LENGTH = 64;

/**
 * An optional string of at most `max` characters: a longer one is refused before anything else reads it
 * (a phone number's parsing, a text's placeholders), so no work grows with an input past its bound.
 */
export const boundedString = (name: string, max: number, error = `${name} is too long: at most ${max} characters`) =>
  z.string().max(max, { error, abort: true }).nullish();

/** A required string of at most `max` characters, refused as `required` when missing. */
export const requiredBoundedString = (name: string, max: number, required: string) =>
  z.string({ error: required }).max(max, { error: `${name} is too long: at most ${max} characters`, abort: true });

/** An entry of a list of at most `max` characters, refused naming the list when longer. */
export const boundedEntry = (list: string, max: number) =>
  z.string().max(max, { error: `${list}: an entry is too long: at most ${max} characters`, abort: true });
