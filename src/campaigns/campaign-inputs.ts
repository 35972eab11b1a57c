import { z } from 'zod';
import { recordId } from '../domain/record-id.js';
import { MAX_DATETIME_LENGTH, MAX_RECIPIENTS, MAX_TEXT_LENGTH } from '../domain/input-bounds.js';
import { bulkRecipient } from './bulk-inputs.js';
import { recipientFields, recipientOf, textFields, textOf } from '../messaging/input-fields.js';
import type { Recipient } from '../domain/phone-number.js';
import { campaignStatuses, recipientStates } from '../domain/campaign-states.js';
import { personalise } from './personalise.js';

/**
 * The campaign inputs, described once for GraphQL, REST and the OpenAPI document. Recipients take the
 * send-bulk forms and may carry `vars` for the message's `{{name}}` placeholders.
 */

/**
 * The personalised texts of one campaign, in characters, all recipients together. Each recipient's filled-in
 * text is kept, so without it a 1 MB request (a 60,000-character message with one placeholder, to 20,000
 * recipients) would keep over a gigabyte; this leaves room for 50,000 recipients of a 600-character text.
 */
export const MAX_PERSONALISED_CHARACTERS = 32 * 1024 * 1024;
/** Per-recipient problems listed in one error before the rest are counted. */
const MAX_LISTED_PROBLEMS = 10;

const variables = z
  .record(
    z.string().max(64, 'a variable name is at most 64 characters'),
    z.union([z.string().max(MAX_TEXT_LENGTH), z.number(), z.boolean()]).transform(String),
    {
      error: 'vars must be an object of names to values, e.g. {"name": "Ann"}',
    },
  )
  .nullish();

export const campaignRecipient = bulkRecipient.extend({
  message: textFields.message.describe("This recipient's own text; else the campaign's"),
  vars: variables.describe('Values for the message placeholders, e.g. {"name": "Ann"} for {{name}}'),
});

const SCHEDULED_AT_FORMAT = 'scheduledAt must be an ISO 8601 date and time with a zone, e.g. 2025-11-01T18:00:00Z';
const scheduledAt = z
  .string()
  .max(MAX_DATETIME_LENGTH, { error: SCHEDULED_AT_FORMAT, abort: true })
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!z.iso.datetime({ offset: true }).safeParse(value).success) {
      ctx.addIssue({ code: 'custom', message: SCHEDULED_AT_FORMAT });
      return z.NEVER;
    }
    return new Date(value);
  })
  .describe('ISO 8601 with a zone, e.g. 2025-11-01T18:00:00Z; the campaign starts by itself then');

interface CampaignRecipientInput {
  input: string;
  recipient: Recipient;
  variables: Record<string, string> | null;
  /** Set when it differs from the campaign's message (its own text, or placeholders filled in). */
  message: string | null;
}

export const createCampaignInput = z
  .object({
    name: z.string({ error: 'name is required' }).trim().min(1, 'name is required').max(255, 'name is too long: at most 255 characters'),
    message: textFields.message.describe("The text to send; {{name}} is filled from each recipient's vars"),
    recipients: z
      .array(campaignRecipient, {
        error: (issue) =>
          issue.input === undefined || issue.input === null ? 'recipients is required: a list of recipients' : 'recipients must be a list',
      })
      .min(1, 'recipients must list at least one recipient')
      .max(MAX_RECIPIENTS, `Too many recipients: at most ${MAX_RECIPIENTS} per campaign`),
    scheduledAt,
  })
  .transform((input, ctx) => {
    const message = textOf({ message: input.message }, ctx, 'message is required: the text to send');
    let problems = 0;
    const recipientProblems = {
      addIssue: (issue: Parameters<typeof ctx.addIssue>[0]) => {
        problems += 1;
        if (problems <= MAX_LISTED_PROBLEMS) ctx.addIssue(issue);
      },
    };
    const seen = new Set<string>();
    const recipients: CampaignRecipientInput[] = [];
    let personalised = 0;
    for (const [index, entry] of input.recipients.entries()) {
      const given = (entry.chatId ?? entry.phone)?.trim();
      const within = { label: `recipients[${index}]${given ? ` (${given})` : ''}: `, at: ['recipients', index] };
      const recipient = recipientOf(entry, recipientProblems, within);
      const own = entry.text ?? entry.message ?? undefined;
      const template = own ?? message;
      if (!recipient || template === undefined) continue;
      const filled = personalise(template, entry.vars ?? {}, MAX_TEXT_LENGTH);
      if (!filled.ok) {
        const missing = filled.missing.map((name) => `{{${name}}}`).join(', ');
        const problem = filled.tooLong
          ? `the message with its placeholders filled in is too long: at most ${MAX_TEXT_LENGTH} characters`
          : `no value for ${missing}`;
        recipientProblems.addIssue({ code: 'custom', message: `${within.label}${problem}`, path: [...within.at, 'vars'] });
        continue;
      }
      // One message per chat, however often a list names it.
      if (seen.has(recipient.chatId)) continue;
      seen.add(recipient.chatId);
      if (filled.text !== message) personalised += filled.text.length;
      if (personalised > MAX_PERSONALISED_CHARACTERS) {
        ctx.addIssue({
          code: 'custom',
          message: `The personalised messages come to more than ${MAX_PERSONALISED_CHARACTERS} characters in all: split the recipients over several campaigns, or shorten the message`,
          path: ['recipients'],
        });
        return z.NEVER;
      }
      recipients.push({ input: given!, recipient, variables: entry.vars ?? null, message: filled.text === message ? null : filled.text });
    }
    if (problems > MAX_LISTED_PROBLEMS) {
      ctx.addIssue({
        code: 'custom',
        message: `…and ${problems - MAX_LISTED_PROBLEMS} more recipients with problems`,
        path: ['recipients'],
      });
    }
    if (problems > 0 || message === undefined) return z.NEVER;
    return { name: input.name, message, recipients, scheduledAt: input.scheduledAt };
  });

export const campaignId = recordId('Campaign id');

export const campaignStatusInput = z.enum(campaignStatuses, {
  error: `status must be one of ${campaignStatuses.join(', ')}`,
});

export const recipientStateInput = z.enum(recipientStates, { error: `state must be one of ${recipientStates.join(', ')}` });

export const optOutInput = z.object(recipientFields).transform((input, ctx) => recipientOf(input, ctx) ?? z.NEVER);
