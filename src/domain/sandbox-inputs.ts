import { z } from 'zod';
import type { Ack } from './acks.js';
import {
  boundedEntry,
  boundedString,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MIMETYPE_LENGTH,
  MAX_TEXT_LENGTH,
  requiredBoundedString,
} from './input-bounds.js';
import { disconnectReasons } from './disconnect-reasons.js';
import { MAX_DIALOG_TEXT } from './whatsapp-dialogs.js';
import { WEB_VERSION_PATTERN } from './web-versions.js';

const required = (field: string, what: string, max = MAX_ID_LENGTH) =>
  requiredBoundedString(field, max, `${field} is required: ${what}`).trim().min(1, `${field} is required: ${what}`);
const optionalId = (field: string) => boundedString(field, MAX_ID_LENGTH).transform((v) => v?.trim() || undefined);

/** The sandbox control inputs, shared by its GraphQL fields and REST routes. */
export const sandboxInboundInput = z
  .object({
    from: requiredBoundedString('from', MAX_ID_LENGTH, 'from is required: the sender number or chat id')
      .trim()
      .min(1, 'from is required: the sender number or chat id')
      .describe('The sender: a number, a chat id, or a group id'),
    body: z
      .string()
      .max(MAX_TEXT_LENGTH, `body is too long: at most ${MAX_TEXT_LENGTH} characters`)
      .nullish()
      .transform((v) => v ?? ''),
    author: optionalId('author').describe('The sender inside a group, when `from` is a group'),
    pendingId: optionalId('pendingId').describe('The id of a message announced as pending: this delivers it, with that id'),
    type: z
      .string()
      .max(MAX_LABEL_LENGTH, { error: `type is too long: at most ${MAX_LABEL_LENGTH} characters`, abort: true })
      .trim()
      .min(1)
      .nullish()
      .transform((v) => v ?? undefined)
      .describe('chat, image, video, audio, document…'),
    caption: z
      .string()
      .max(MAX_TEXT_LENGTH, `caption is too long: at most ${MAX_TEXT_LENGTH} characters`)
      .nullish()
      .transform((v) => v ?? undefined),
    mimeType: z
      .string()
      .max(MAX_MIMETYPE_LENGTH, { error: `mimeType is too long: at most ${MAX_MIMETYPE_LENGTH} characters`, abort: true })
      .trim()
      .regex(/^[\w.+-]+\/[\w.+-]+$/, 'mimeType must look like type/subtype')
      .nullish()
      .transform((v) => v ?? undefined)
      .describe('Makes it a media message'),
    filename: z
      .string()
      .max(MAX_LABEL_LENGTH, { error: `filename is too long: at most ${MAX_LABEL_LENGTH} characters`, abort: true })
      .trim()
      .min(1)
      .nullish()
      .transform((v) => v ?? undefined),
    mediaBase64: z
      .base64('mediaBase64 must be base64')
      .nullish()
      .transform((v) => (v ? Buffer.from(v, 'base64') : undefined))
      .describe('The bytes of the file (with mimeType), for GET /api/messages/:id/media'),
  })
  .superRefine(fileNeedsType);

/** A file given as bytes needs its type: the sandbox cannot serve it otherwise. */
function fileNeedsType(input: { mediaBase64?: Buffer; mimeType?: string }, ctx: z.RefinementCtx): void {
  if (input.mediaBase64 !== undefined && input.mimeType === undefined)
    ctx.addIssue({ code: 'custom', message: 'mimeType is required with mediaBase64', path: ['mimeType'] });
}

/** Someone posts a story: a text, or a file (with `mimeType`) and its caption as `body`. */
export const sandboxStoryInput = z
  .object({
    from: sandboxInboundInput.shape.from.describe('Who posts it: a number or chat id'),
    body: sandboxInboundInput.shape.body.describe("A text story's text, or a photo's or video's caption"),
    mimeType: sandboxInboundInput.shape.mimeType.describe('Makes it a photo, video or audio story'),
    mediaBase64: sandboxInboundInput.shape.mediaBase64,
  })
  .superRefine(fileNeedsType);

export const sandboxAckInput = z.object({
  id: requiredBoundedString('id', MAX_ID_LENGTH, 'id is required: a message id from the outbox')
    .trim()
    .min(1, 'id is required: a message id from the outbox'),
  ack: z.literal([-1, 0, 1, 2, 3, 4] satisfies Ack[], {
    error: 'ack must be one of -1 (failed), 0 (pending), 1 (sent), 2 (delivered), 3 (read), 4 (played)',
  }),
});

/** The longest date and time in ISO 8601 with a zone and fractions of a second. */
const MAX_DATE_TIME_LENGTH = 40;

/** WhatsApp's limit on new contacts, as the sandbox plays it; `until` is when it ends (none: until lifted). */
export const sandboxLimitInput = z.object({
  until: z.iso
    .datetime({ offset: true, error: 'until must be a date and time, e.g. 2026-12-05T18:00:00Z' })
    .max(MAX_DATE_TIME_LENGTH, { error: `until is too long: at most ${MAX_DATE_TIME_LENGTH} characters`, abort: true })
    .nullish()
    .transform((until) => (until ? new Date(until) : null)),
});

/** A message arrives that cannot be read yet. */
export const sandboxPendingInput = z.object({
  from: required('from', 'the sender number or chat id').describe('The sender: a number or chat id'),
});

/** WhatsApp rolls out a newer WhatsApp Web. */
export const sandboxWebVersionInput = z.object({
  version: required('version', 'a WhatsApp Web version, e.g. 2.3000.1031490220', MAX_LABEL_LENGTH)
    .regex(WEB_VERSION_PATTERN, 'version must be a WhatsApp Web version, e.g. 2.3000.1031490220')
    .describe('The new version, newer than the one the session runs, e.g. 2.3000.1031490220'),
});

/** WhatsApp Web shows a dialog over its page. */
export const sandboxDialogInput = z.object({
  text: required('text', 'what the dialog says', MAX_DIALOG_TEXT).describe(
    'What it says; an announcement ("What\'s new", "A fresh look") is acknowledged by the gateway, anything else waits for a person',
  ),
  buttons: z
    .array(required('buttons', 'a button label', MAX_LABEL_LENGTH), { error: 'buttons must be a list of button labels' })
    .max(10, 'buttons may list at most 10 buttons')
    .nullish()
    .transform((v) => v ?? ['OK'])
    .describe('Its button labels (default OK)'),
});

/** Someone calls the account. */
export const sandboxCallInput = z.object({
  from: required('from', 'the caller number or chat id').describe('Who calls: a number or chat id'),
  isVideo: z
    .boolean({ error: 'isVideo must be true or false' })
    .nullish()
    .transform((v) => v ?? false),
});

export const sandboxDisconnectInput = z.object({
  reason: z
    .enum(disconnectReasons, { error: `reason must be one of ${disconnectReasons.join(', ')}` })
    .nullish()
    .transform((reason) => reason ?? 'TIMEOUT'),
});

const people = (field: string) =>
  z
    .array(boundedEntry(field, MAX_ID_LENGTH), { error: `${field} must be a list of numbers or chat ids` })
    .max(1_024, `${field} may list at most 1024 people`)
    .nullish()
    .transform((v) => v ?? []);

/** Someone reacts to a message of the account's chats; `from` defaults to the other side of a one-to-one chat. */
export const sandboxReactionInput = z.object({
  messageId: required('messageId', 'the id of a sent or received message').describe('A sent or received message'),
  from: optionalId('from').describe('Who reacts; in a one-to-one chat, the other side by default'),
  emoji: z
    .string()
    .max(32, 'emoji must be one emoji')
    .nullish()
    .transform((v) => v ?? '')
    .describe('"" takes the reaction away'),
});

/** The sender of a received message changes it. */
export const sandboxEditInput = z.object({
  messageId: required('messageId', 'the id of a received message').describe('A received message'),
  body: required('body', 'the new text', MAX_TEXT_LENGTH),
});

/** The sender of a received message deletes it for everyone. */
export const sandboxRevokeInput = z.object({
  messageId: required('messageId', 'the id of a received message').describe('A received message'),
});

/** Someone answers a poll the account sent; no options takes their vote back. */
export const sandboxVoteInput = z.object({
  pollId: required('pollId', 'the id of a poll the account sent').describe('A poll the account sent'),
  from: optionalId('from').describe('Who votes; in a one-to-one chat, the other side by default'),
  options: z
    .array(boundedEntry('options', MAX_ID_LENGTH), { error: 'options must be a list of the answers chosen' })
    .max(12, 'options may list at most 12 answers')
    .nullish()
    .transform((v) => v ?? [])
    .describe('The answers chosen; none takes the vote back'),
});

export const sandboxGroupChanges = ['join', 'leave', 'update'] as const;

/** People join or leave one of the account's groups, or someone changes its subject or description. */
export const sandboxGroupInput = z
  .object({
    groupId: required('groupId', 'the id of a group the account is in').describe('A group the account is in'),
    change: z
      .enum(sandboxGroupChanges, { error: `change must be one of ${sandboxGroupChanges.join(', ')}` })
      .describe(sandboxGroupChanges.join(', ')),
    participants: people('participants').describe('Who joins or leaves'),
    author: optionalId('author').describe('The admin who added or removed them; none: they joined by the link, or left'),
    subject: optionalId('subject').describe('For an update: the new subject'),
    description: z
      .string()
      .max(2_048, 'description is too long')
      .nullish()
      .transform((v) => v ?? undefined)
      .describe('For an update: the new description'),
  })
  .superRefine((input, ctx) => {
    if (input.change !== 'update' && input.participants.length === 0)
      ctx.addIssue({ code: 'custom', message: `participants is required: the people who ${input.change}`, path: ['participants'] });
    if (input.change === 'update' && (input.subject === undefined) === (input.description === undefined))
      ctx.addIssue({ code: 'custom', message: 'An update changes the subject or the description: give one of them' });
  });
