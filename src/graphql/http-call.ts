import type { IncomingMessage } from 'node:http';
import { apiKeyFromRequest, nodeRequestHeaders } from '../http/api-key.js';

/** The header REST and GraphQL-over-HTTP clients send an idempotency key in; the mutations take `idempotencyKey` too. */
const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * The parts of an HTTP request the plugins read, whichever door it came through (a /graphql POST or a REST
 * route), and the headers they add to its answer (the rate limits, Retry-After), which that door writes.
 */
export interface HttpCall {
  apiKey: string | null;
  idempotencyKey: string | null;
  replyHeaders: Record<string, string>;
  /**
   * A REST route's operation: its path names the resource, so a session there that does not exist is 404
   * before anything in the body is looked at.
   */
  rest?: true;
}

type Headers = { get(name: string): string | null };

function callOf(headers: Headers, url: URL): HttpCall {
  return { apiKey: apiKeyFromRequest(headers, url), idempotencyKey: headers.get(IDEMPOTENCY_HEADER), replyHeaders: {} };
}

/** A fetch request's (yoga's, for /graphql). */
export const httpCallOfRequest = (request: Request): HttpCall => callOf(request.headers, new URL(request.url));

/** A Node request's, read where it arrives (the REST door), with no fetch objects made for it. */
export function httpCallOfNodeRequest(req: IncomingMessage, url: URL): HttpCall {
  return callOf(nodeRequestHeaders(req), url);
}
