import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST, GraphQLError } from 'graphql';
import { HOP_HEADER } from '../cluster/hop-marker.js';
import { sendJson } from '../http/respond.js';
import { httpCallOfNodeRequest } from './http-call.js';
import { withTableCode } from './mask-error.js';
import { executeEnveloped } from './run-enveloped.js';
import type { GraphQLServer } from './yoga.js';

interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** `{query, variables?, operationName?}` and nothing else: what nearly every client POSTs. */
function plainParams(body: unknown): Params | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { query, variables, operationName, ...rest } = body as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  return body as Params;
}

/** A request whose answer is plain JSON with no cross-origin or cluster headers to weigh. */
function plainRequest(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  const acceptsJson = accept === undefined || accept === '*/*' || accept === 'application/json';
  return acceptsJson && req.headers.origin === undefined && req.headers[HOP_HEADER] === undefined;
}

/** An error as yoga writes it: without the extensions that only steer the HTTP answer. */
function errorJson(error: GraphQLError) {
  const { http: _http, unexpected: _unexpected, ...extensions } = error.extensions;
  const { extensions: _all, ...json } = error.toJSON();
  return Object.keys(extensions).length > 0 ? { ...json, extensions } : json;
}

/**
 * yoga marks a parse error as the request's fault (a 400 where the client accepts
 * application/graphql-response+json) in its own parse hook, and only for a request it made itself; the
 * error is kept by its query text, and the same object is what yoga meets when it answers this request
 * or a later one with the same text, so it is marked here as yoga marks it.
 */
function markedAsHttpParseError(error: unknown): void {
  if (!(error instanceof GraphQLError)) return;
  const extensions = error.extensions as Record<string, unknown>;
  extensions.code ??= 'GRAPHQL_PARSE_FAILED';
  extensions.http = { spec: true, status: 400, ...(extensions.http as object | undefined) };
}

/**
 * A /graphql POST in the form nearly every client sends (a JSON object with a query, JSON accepted, no
 * Origin, not forwarded by another node), answered as yoga answers it, through yoga's own plugin stack
 * (getEnveloped, as graphql-ws does), but with no fetch Request or Response made for it. Anything else,
 * and any query that does not parse or validate, is left to yoga (false): nothing has run by then.
 */
export function plainJsonPosts(yoga: GraphQLServer) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL, body: unknown): Promise<boolean> => {
    const params = plainParams(body);
    if (!params || !plainRequest(req)) return false;
    const call = httpCallOfNodeRequest(req, url);
    const enveloped = yoga.getEnveloped({ req, door: { kind: 'plain-post', call }, params });
    let document;
    try {
      document = enveloped.parse(params.query);
    } catch (error) {
      markedAsHttpParseError(error);
      return false;
    }
    try {
      // The query limits may throw rather than report; either way yoga answers it, and nothing has run.
      if (enveloped.validate(enveloped.schema, document).length > 0) return false;
    } catch {
      return false;
    }
    // A subscription over HTTP streams (server-sent events): yoga's.
    const kind = getOperationAST(document, params.operationName)?.operation;
    if (kind !== 'query' && kind !== 'mutation') return false;
    const result = await executeEnveloped(enveloped, document, params.variables ?? undefined, params.operationName ?? undefined);
    const errors = result.errors?.map(withTableCode);
    // The status an error asks for (a refused key, a rate limit), the highest; else 200, as yoga answers.
    const status = Math.max(
      200,
      ...(errors ?? []).map((error) => Number((error.extensions.http as { status?: number } | undefined)?.status ?? 0)),
    );
    const answer = errors ? { errors: errors.map(errorJson), ...('data' in result && { data: result.data }) } : { data: result.data };
    sendJson(res, { status, body: answer, headers: call.answerHeaders.toRecord() });
    return true;
  };
}
