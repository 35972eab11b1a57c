import { z } from 'zod';

/** The session every documented route acts on. */
export const DEFAULT_SESSION = 'default';

/** Whether a session should run; a started one starts again when the gateway does. */
export const sessionStatuses = ['started', 'stopped'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

const NAME = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** A session's name as a user gives it: it names the session in routes, so it is short and URL-safe. */
export const sessionName = z
  .string({ error: 'name is required' })
  .trim()
  .min(1, 'name is required')
  .regex(NAME, 'name must be 1 to 32 lowercase letters, digits, - or _, starting with a letter or digit, e.g. sales');
