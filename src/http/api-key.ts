import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GatewayError } from '../errors.js';

export type ApiKeyCheck = 'ok' | 'missing' | 'invalid';

/** A key's SHA-256: what the admin key is compared by in constant time, so neither its content nor its length leaks. */
export const digestOfKey = (key: string): Buffer => createHash('sha256').update(key).digest();

/** How a key made through the API is stored and looked up: the hex SHA-256 of the key, never the key. */
export const keyDigest = (key: string) => digestOfKey(key).toString('hex');

export const apiKeyError = (check: Exclude<ApiKeyCheck, 'ok'>) =>
  new GatewayError('UNAUTHENTICATED', check === 'missing' ? 'API key is required' : 'Invalid API key');

/** The key from the `X-API-Key` header, else the `apiKey` query parameter (for browsers' WebSocket). */
export function apiKeyFromRequest(headers: { get(name: string): string | null }, url: URL): string | null {
  return headers.get('x-api-key') ?? url.searchParams.get('apiKey');
}

/** A Node request's headers read as a fetch request's are: one value, or null. */
export function nodeRequestHeaders(req: IncomingMessage): { get(name: string): string | null } {
  return {
    get: (name) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : null;
    },
  };
}

/** The same, from a Node request that reaches the gateway outside GraphQL (a socket upgrade, /metrics). */
export function apiKeyFromNodeRequest(req: IncomingMessage, url = new URL(req.url ?? '/', 'http://gateway')): string | null {
  return apiKeyFromRequest(nodeRequestHeaders(req), url);
}
