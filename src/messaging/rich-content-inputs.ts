import { z } from 'zod';
import { MAX_ID_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import { normalizePhoneNumber } from '../domain/phone-number.js';
import { recipientFields, recipientOf } from './input-fields.js';

/** The inputs of the rich messages: a location, contact cards, a poll. */

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
    latitude: coordinate('latitude', 90).describe('-90 to 90'),
    longitude: coordinate('longitude', 180).describe('-180 to 180'),
    name: optionalText('name', MAX_NAME_LENGTH).describe("The place's name, shown above the map"),
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
  phone: requiredBoundedString('phone', MAX_ID_LENGTH, 'phone is required: the contact’s number in international format').describe(
    'International format, e.g. 966501234567',
  ),
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
    multipleAnswers: z.boolean().nullish().describe('Whether a voter may pick several answers (default false)'),
  })
  .transform((input, ctx) => {
    const recipient = recipientOf(input, ctx);
    if (!recipient) return z.NEVER;
    const poll = { question: input.question, options: input.options, multipleAnswers: input.multipleAnswers ?? false };
    return { recipient, content: { kind: 'poll' as const, poll } };
  });
