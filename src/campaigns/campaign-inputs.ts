import { z } from 'zod';
import { recordId } from '../domain/record-id.js';
import { bulkRecipient, MAX_TEXT_LENGTH, recipientFields, recipientOf, textFields, textOf } from '../messaging/message-inputs.js';
import type { Recipient } from '../domain/phone-number.js';
import { campaignStatuses, recipientStates } from '../domain/campaign-states.js';
import { personalise } from './personalise.js';

/**
 * The campaign inputs, described once for GraphQL, REST and the OpenAPI document. Recipients take the
 * send-bulk forms and may carry `vars` for the message's `{{name}}` placeholders.
 */

/** A bound on one campaign; the 1 MB REST body limit usually comes first. */
export const MAX_CAMPAIGN_RECIPIENTS = 50_000;
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
  vars: variables.describe('Values for the message placeholders, e.g. {"name": "Ann"} for {{name}}'),
});

const scheduledAt = z
  .string()
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!z.iso.datetime({ offset: true }).safeParse(value).success) {
      ctx.addIssue({ code: 'custom', message: 'scheduledAt must be an ISO 8601 date and time with a zone, e.g. 2025-11-01T18:00:00Z' });
      return z.NEVER;
    }
    return new Date(value);
  });

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
      .max(MAX_CAMPAIGN_RECIPIENTS, `Too many recipients: at most ${MAX_CAMPAIGN_RECIPIENTS} per campaign`),
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
    for (const [index, entry] of input.recipients.entries()) {
      const given = (entry.chatId ?? entry.phone)?.trim();
      const within = { label: `recipients[${index}]${given ? ` (${given})` : ''}: `, at: ['recipients', index] };
      const recipient = recipientOf(entry, recipientProblems, within);
      const own = entry.text ?? entry.message ?? undefined;
      const template = own ?? message;
      if (!recipient || template === undefined) continue;
      const filled = personalise(template, entry.vars ?? {});
      if (!filled.ok) {
        const missing = filled.missing.map((name) => `{{${name}}}`).join(', ');
        recipientProblems.addIssue({ code: 'custom', message: `${within.label}no value for ${missing}`, path: [...within.at, 'vars'] });
        continue;
      }
      // One message per chat, however often a list names it.
      if (seen.has(recipient.chatId)) continue;
      seen.add(recipient.chatId);
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
