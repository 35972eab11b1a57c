import { z } from 'zod';

/** The session every documented route acts on. */
export const DEFAULT_SESSION = 'default';

/** Whether a session should run; a started one starts again when the gateway does. */
export const sessionStatuses = ['started', 'stopped'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const NAME_MAX_LENGTH = 32;
const NAME = new RegExp(`^[a-z0-9][a-z0-9_-]{0,${NAME_MAX_LENGTH - 1}}$`);

/** A session's name as a user gives it: it names the session in routes, so it is short and URL-safe. */
const NAME_RULE = 'name must be 1 to 32 lowercase letters, digits, - or _, starting with a letter or digit, e.g. sales';
export const sessionName = z
  .string({ error: 'name is required' })
  .trim()
  .min(1, 'name is required')
  .max(NAME_MAX_LENGTH, NAME_RULE)
  .regex(NAME, NAME_RULE);

/** A session's name as an answer quotes it: cut past the longest name a session can have, as a client may send megabytes. */
export const quotedSessionName = (name: string) => (name.length > NAME_MAX_LENGTH ? `${name.slice(0, NAME_MAX_LENGTH)}…` : name);
