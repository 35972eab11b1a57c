import { z } from 'zod';
import { ALL_SESSIONS } from '../domain/caller.js';
import { DEFAULT_SESSION } from '../domain/session-name.js';
import { builder } from './builder.js';

/**
 * The `session` argument of every session-scoped root field: which linked account it acts on. The access
 * plugin reads it before the operation runs (may the key act there, does the session exist), so a resolver
 * receives a session it may use.
 */
export const sessionArgs = builder.args((t) => ({
  session: t.string({ required: true, defaultValue: DEFAULT_SESSION, description: 'The session (linked account) to act on' }),
}));

/** The same on a subscription, where `*` listens to every session the key may use. */
export const listenedSessionArgs = builder.args((t) => ({
  session: t.string({
    required: true,
    defaultValue: DEFAULT_SESSION,
    description: `The session to listen to, or \`${ALL_SESSIONS}\` for every session the key may use`,
  }),
}));

/** The argument in a field's zod schema, passed through as given: the access plugin has checked it. */
export const sessionValue = z.string();
