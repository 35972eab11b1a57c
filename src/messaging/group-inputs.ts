import { z } from 'zod';
import { normalizeRecipient } from '../domain/phone-number.js';
import { participantActions, type ParticipantChanges } from '../domain/groups.js';
import { boundedEntry, boundedString, MAX_ID_LENGTH, requiredBoundedString } from '../domain/input-bounds.js';
import type { Context } from './input-fields.js';

/** WhatsApp's limits: a subject of 100 characters, a description of 2,048, and 1,024 members. */
const MAX_SUBJECT = 100;
const MAX_DESCRIPTION = 2_048;
const MAX_MEMBERS = 1_024;

/** A group's id, as WhatsApp gives it (…@g.us); anything else is refused by name. */
export const groupIdInput = requiredBoundedString('id', MAX_ID_LENGTH, 'id is required: a group id (…@g.us)').transform((value, ctx) => {
  const result = normalizeRecipient(value);
  if (!result.ok || !result.recipient.isGroup) {
    ctx.addIssue({ code: 'custom', message: result.ok ? `"${value.trim()}" is not a group id: expected …@g.us` : result.error });
    return z.NEVER;
  }
  return result.recipient.chatId;
});

/** People by number or chat id, as the chat ids WhatsApp takes; a group is not a person. */
function peopleOf(values: readonly string[], field: string, ctx: Context): string[] | undefined {
  const people = values.map((value, index) => {
    const result = normalizeRecipient(value);
    if (result.ok && !result.recipient.isGroup) return result.recipient.chatId;
    ctx.addIssue({
      code: 'custom',
      message: `${field}[${index}]: ${result.ok ? 'a group cannot be a member' : result.error}`,
      path: [field, index],
    });
    return undefined;
  });
  return people.every((person) => person !== undefined) ? [...new Set(people)] : undefined;
}

const people = (field: string) =>
  z
    .array(boundedEntry(field, MAX_ID_LENGTH), {
      error: `${field} must be a list of numbers or chat ids`,
    })
    .max(MAX_MEMBERS, `${field} may list at most ${MAX_MEMBERS} people`)
    .nullish();

function subjectOf(value: string | null | undefined, field: string, ctx: Context): string | undefined {
  const subject = value?.trim();
  if (!subject) ctx.addIssue({ code: 'custom', message: `${field} is required: the group's subject`, path: [field] });
  else if (subject.length > MAX_SUBJECT)
    ctx.addIssue({ code: 'custom', message: `${field} is too long: at most ${MAX_SUBJECT} characters`, path: [field] });
  else return subject;
  return undefined;
}

export const createGroupInput = z
  .object({
    name: boundedString('name', MAX_SUBJECT).describe(`The group's subject, up to ${MAX_SUBJECT} characters`),
    participants: people('participants').describe('Numbers or chat ids of the people to add'),
  })
  .transform((input, ctx) => {
    const subject = subjectOf(input.name, 'name', ctx);
    const participants = peopleOf(input.participants ?? [], 'participants', ctx);
    return subject !== undefined && participants ? { subject, participants } : z.NEVER;
  });

export const updateGroupInput = z
  .object({
    subject: boundedString('subject', MAX_SUBJECT),
    description: z.string().max(MAX_DESCRIPTION, `description is too long: at most ${MAX_DESCRIPTION} characters`).nullish(),
  })
  .transform((input, ctx) => {
    if (input.subject == null && input.description == null) {
      ctx.addIssue({ code: 'custom', message: 'Nothing to change: give a subject, a description, or both' });
      return z.NEVER;
    }
    const subject = input.subject == null ? undefined : subjectOf(input.subject, 'subject', ctx);
    if (input.subject != null && subject === undefined) return z.NEVER;
    return { ...(subject !== undefined && { subject }), ...(input.description != null && { description: input.description }) };
  });

export const participantsInput = z
  .object({ add: people('add'), remove: people('remove'), promote: people('promote'), demote: people('demote') })
  .transform((input, ctx) => {
    const changes: ParticipantChanges = {};
    for (const action of participantActions) {
      const listed = peopleOf(input[action] ?? [], action, ctx);
      if (listed === undefined) return z.NEVER;
      if (listed.length > 0) changes[action] = listed;
    }
    if (Object.keys(changes).length === 0) {
      ctx.addIssue({ code: 'custom', message: 'Nothing to change: list people to add, remove, promote or demote' });
      return z.NEVER;
    }
    return changes;
  });
