import type { GraphQLFormattedError } from 'graphql';
import { errorStatus, isErrorCode, type ErrorCode } from '../errors.js';
import type { RestResponse } from './rest-route.js';

/** The envelope's `message`: what the client can do about an error of this kind. */
const hints: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Check the request against the API reference',
  UNAUTHENTICATED: 'Provide API key in X-API-Key header or apiKey query parameter',
  FORBIDDEN: 'This API key may not do that',
  NOT_FOUND: 'Check the id or the route',
  PAYLOAD_TOO_LARGE: 'Send a smaller body',
  IDEMPOTENCY_CONFLICT: 'Use a new Idempotency-Key for a different request',
  IDEMPOTENCY_IN_PROGRESS: 'Retry with the same Idempotency-Key in a moment to get its answer',
  RATE_LIMITED: 'You have exceeded the rate limit. Please try again later.',
  INTERNAL: 'The error was logged; try again',
  UPSTREAM_FAILED: 'WhatsApp or the media host refused; see error',
  CLIENT_NOT_READY: 'Please scan QR code first',
};

/** `{success:false, error, message}` with the status of the error's code in the one table. */
export function errorEnvelope(error: Pick<GraphQLFormattedError, 'message' | 'extensions'>, hint?: string): RestResponse {
  const code = isErrorCode(error.extensions?.code) ? error.extensions.code : 'INTERNAL';
  return { status: errorStatus[code], body: { success: false, error: error.message, message: hint ?? hints[code] } };
}

/** An error the REST door itself finds (the body, the route), before any operation runs. */
export const restError = (code: ErrorCode, error: string, hint?: string): RestResponse => errorEnvelope({ message: error, extensions: { code } }, hint);
