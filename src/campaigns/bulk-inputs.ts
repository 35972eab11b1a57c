import { z } from 'zod';
import { MAX_RECIPIENTS } from '../domain/input-bounds.js';
import { recipientFields, recipientOf, textFields, textOf } from '../messaging/input-fields.js';

/** The send-bulk input: many recipients, each with the shared text or its own, sent by the bulk service. */

export const bulkRecipient = z.object({
  ...recipientFields,
  ...textFields,
  message: textFields.message.describe("This recipient's own text; else the request's"),
});

/** Everything but the recipients' form, which the REST door widens to plain chat ids. */
export const sendBulkFields = {
  message: textFields.message.describe('The text for recipients without their own'),
  text: textFields.text,
};

export const sendBulkInput = z
  .object({
    recipients: z
      .array(bulkRecipient, {
        error: (issue) =>
          issue.input === undefined || issue.input === null ? 'recipients is required: a list of recipients' : 'recipients must be a list',
      })
      .min(1, 'recipients must list at least one recipient')
      .max(MAX_RECIPIENTS, `Too many recipients: at most ${MAX_RECIPIENTS} per send`),
    ...sendBulkFields,
  })
  .transform((input, ctx) => {
    const fallback = input.text ?? input.message;
    const items = input.recipients.map((entry, index) => {
      const within = { label: `recipients[${index}]: `, at: ['recipients', index] };
      const recipient = recipientOf(entry, ctx, within);
      const text = textOf(entry, ctx, 'Message text is required (give text for the recipient or a default text)', within, fallback);
      return recipient && text !== undefined ? { input: (entry.chatId ?? entry.phone)!.trim(), recipient, text } : undefined;
    });
    return items.every((item) => item !== undefined) ? items : z.NEVER;
  });
