import type { ServerResponse } from 'node:http';
import { DATABASE_RETRY_AFTER_SECONDS, errorTable, isDatabaseUnavailable, isErrorCode, type ErrorCode } from '../errors.js';
import type { AnswerHeaderValues } from './answer-headers.js';

/** An answer to write: the status code, the JSON body and any headers. */
export interface JsonAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function sendJson(res: ServerResponse, { status, body, headers }: JsonAnswer): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * `{success:false, error, message}` with the status of the error's code in the one table; the message is
 * the error's own hint when it carries one (`extensions.hint`), else the table's.
 */
export function errorEnvelope(error: { message: string; extensions?: Readonly<Record<string, unknown>> }, hint?: string): JsonAnswer {
  const code = isErrorCode(error.extensions?.code) ? error.extensions.code : 'INTERNAL';
  const own = typeof error.extensions?.hint === 'string' ? error.extensions.hint : undefined;
  return {
    status: errorTable[code].status,
    body: { success: false, error: error.message, message: hint ?? own ?? errorTable[code].hint },
    ...(code === 'DATABASE_UNAVAILABLE' && { headers: databaseRetryAfter }),
    ...(typeof error.extensions?.retryAfter === 'number' && { headers: { 'Retry-After': String(error.extensions.retryAfter) } }),
  };
}

/** What tells a client when to try again while the database is away. */
export const databaseRetryAfter: AnswerHeaderValues = { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) };

/** An error found at the door itself (the body, the route, the key), before any operation runs. */
export const errorAnswer = (code: ErrorCode, error: string, hint?: string): JsonAnswer =>
  errorEnvelope({ message: error, extensions: { code } }, hint);

/**
 * The answer to a request that failed with an error no layer coded: a database that did not answer is
 * DATABASE_UNAVAILABLE for the client to retry, anything else INTERNAL. The error itself stays in the log.
 */
export const failureAnswer = (error: unknown): JsonAnswer =>
  isDatabaseUnavailable(error)
    ? errorAnswer('DATABASE_UNAVAILABLE', 'The database cannot be reached')
    : errorAnswer('INTERNAL', 'Internal server error');
