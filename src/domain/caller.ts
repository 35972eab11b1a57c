import { GatewayError } from '../errors.js';

/** Every session, where a listener or a webhook may name one (`?session=*`, `sessions: ["*"]`). */
export const ALL_SESSIONS = '*';

/**
 * Who is calling, once the key is known: the admin key (`API_KEY`) may do everything; a key made through
 * the API may act on the sessions it names and nothing else.
 */
export type Caller = { kind: 'admin' } | { kind: 'scoped'; keyId: number; keyName: string; sessions: readonly string[] };

export const ADMIN: Caller = { kind: 'admin' };

export const mayUseSession = (caller: Caller, session: string) => caller.kind === 'admin' || caller.sessions.includes(session);

/**
 * Whether a listener that asked for `listened` (a session's name, or `*`) gets an event of `session`: `*`
 * stands for every session the caller may use.
 */
export const hears = (caller: Caller, listened: string, session: string) =>
  listened === ALL_SESSIONS ? mayUseSession(caller, session) : listened === session;

/** Whether a list of sessions (a webhook's) takes in `session`: it names it, or names `*`. */
export const coversSession = (sessions: readonly string[], session: string) =>
  sessions.includes(ALL_SESSIONS) || sessions.includes(session);

/** A scoped key used beyond its sessions; the hint names what the key may use, so the client can correct it. */
export function notAuthorized(caller: Caller): GatewayError {
  const sessions = caller.kind === 'admin' ? [] : caller.sessions;
  const hint =
    sessions.length === 0
      ? 'This key may use no session; ask for a key that names the session'
      : `This key may use only the session${sessions.length > 1 ? 's' : ''} ${sessions.join(', ')}; sessions and keys are managed with the admin key`;
  return new GatewayError('FORBIDDEN', 'API key not authorized', { hint });
}
