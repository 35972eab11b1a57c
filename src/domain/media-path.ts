import { DEFAULT_SESSION } from './session-name.js';

/**
 * Where a message's file is fetched on this gateway (GET, with the API key): the `mediaUrl` of `message`
 * frames and webhook bodies, relative to the gateway's own address.
 */
export function mediaPathOf(session: string, messageId: string): string {
  const route = `messages/${encodeURIComponent(messageId)}/media`;
  return session === DEFAULT_SESSION ? `/api/${route}` : `/api/sessions/${encodeURIComponent(session)}/${route}`;
}
