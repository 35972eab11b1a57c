import type { ServerResponse } from 'node:http';
import { errorTable, isErrorCode, type ErrorCode } from '../errors.js';

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
  return { status: errorTable[code].status, body: { success: false, error: error.message, message: hint ?? own ?? errorTable[code].hint } };
}

/** An error found at the door itself (the body, the route, the key), before any operation runs. */
export const errorAnswer = (code: ErrorCode, error: string, hint?: string): JsonAnswer =>
  errorEnvelope({ message: error, extensions: { code } }, hint);
