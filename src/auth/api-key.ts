import { createHash, timingSafeEqual } from 'node:crypto';
import { GatewayError } from '../errors.js';

export type ApiKeyCheck = 'ok' | 'missing' | 'invalid';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time: digests first, so neither the key's content nor its length leaks. */
export function checkApiKey(provided: string | null | undefined, expected: string): ApiKeyCheck {
  if (provided === null || provided === undefined || provided === '') return 'missing';
  return timingSafeEqual(digest(provided), digest(expected)) ? 'ok' : 'invalid';
}

export const apiKeyError = (check: Exclude<ApiKeyCheck, 'ok'>) =>
  new GatewayError('UNAUTHENTICATED', check === 'missing' ? 'API key is required' : 'Invalid API key');

/** The key from the `X-API-Key` header, else the `apiKey` query parameter (for browsers' WebSocket). */
export function apiKeyFromRequest(headers: { get(name: string): string | null }, url: URL): string | null {
  return headers.get('x-api-key') ?? url.searchParams.get('apiKey');
}
