import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './openapi-types.js';

export type { paths };

/**
 * A typed client for the REST API, generated from schema/openapi.json: every route, body and response is
 * checked by TypeScript. `apiKey` goes in the X-API-Key header of every request.
 *
 *     const waqtor = createWaqtorClient({ baseUrl: 'http://localhost:8080', apiKey });
 *     const { data, error } = await waqtor.POST('/api/messages/send-text', { body: { phone: '966501234567', message: 'Hi' } });
 */
export function createWaqtorClient({ apiKey, headers, ...options }: ClientOptions & { apiKey?: string }) {
  return createClient<paths>({ ...options, headers: { ...(apiKey && { 'X-API-Key': apiKey }), ...headers } });
}
