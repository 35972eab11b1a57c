import type { IncomingMessage } from 'node:http';
import { AnswerHeaders } from '../http/answer-headers.js';
import { apiKeyFromRequest, nodeRequestHeaders } from '../http/api-key.js';

/** The header REST and GraphQL-over-HTTP clients send an idempotency key in; the mutations take `idempotencyKey` too. */
const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * The parts of an HTTP request the plugins read, whichever door it came through, and the headers they
 * add to its answer (the rate limits, Retry-After), which that door writes.
 */
export interface HttpCall {
  apiKey: string | null;
  idempotencyKey: string | null;
  answerHeaders: AnswerHeaders;
}

/**
 * The way an operation reached the gateway:
 * - `rest`: a REST route, whose path names the resource (a session there that does not exist is 404
 *   before anything in the body is looked at);
 * - `plain-post`: a plain JSON POST to /graphql, answered without yoga's fetch layer;
 * - `yoga`: any other GraphQL over HTTP request, answered by yoga;
 * - `forwarded`: an HTTP request another node of the cluster forwarded to this one, the session's owner,
 *   having identified the caller, counted it against the rate limits and claimed its idempotency key;
 * - `socket`: graphql-ws, the raw event stream, and the gateway's own subscriber, whose caller is known
 *   from when it connected.
 */
export type Door =
  | { kind: 'rest'; call: HttpCall }
  | { kind: 'plain-post'; call: HttpCall }
  | { kind: 'yoga'; call: HttpCall }
  | { kind: 'forwarded'; call: HttpCall }
  | { kind: 'socket' };

/** The HTTP call of an operation that came over HTTP; undefined on a socket, which has no answer headers. */
export const httpCallOf = (door: Door): HttpCall | undefined => (door.kind === 'socket' ? undefined : door.call);

type Headers = { get(name: string): string | null };

function callOf(headers: Headers, url: URL): HttpCall {
  return { apiKey: apiKeyFromRequest(headers, url), idempotencyKey: headers.get(IDEMPOTENCY_HEADER), answerHeaders: new AnswerHeaders() };
}

/** A fetch request's (yoga's, for /graphql). */
export const httpCallOfRequest = (request: Request): HttpCall => callOf(request.headers, new URL(request.url));

/** A Node request's, read where it arrives (the REST door, a plain POST), with no fetch objects made for it. */
export function httpCallOfNodeRequest(req: IncomingMessage, url: URL): HttpCall {
  return callOf(nodeRequestHeaders(req), url);
}
