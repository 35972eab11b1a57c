import type { ServerResponse } from 'node:http';
import { errorTable, isDatabaseUnavailable, type ErrorCode } from '../errors.js';
import type { Endpoint, HttpRequest } from '../http/endpoint.js';
import { isJsonContentType, parseJsonBody, readBody } from '../http/read-body.js';
import { databaseRetryAfter, sendJson } from '../http/respond.js';
import { plainJsonPosts } from './plain-json-post.js';
import type { GraphQLServer } from './yoga.js';

/** An error of the GraphQL over HTTP kind (`{errors}`), with the status of its code in the one table. */
function refuse(res: ServerResponse, code: ErrorCode, message: string, headers?: Record<string, string>): void {
  sendJson(res, { status: errorTable[code].status, body: { errors: [{ message, extensions: { code } }] }, ...(headers && { headers }) });
}

type BodyRead = { ok: true; json?: unknown } | { ok: false; problem: string };

/**
 * What makes a POST body unusable before GraphQL looks at it, as the GraphQL over HTTP specification has
 * it answered: no body at all, or JSON that does not parse when it says it is JSON (both 400). A JSON
 * body comes back parsed.
 */
function readGraphQLBody(body: Buffer, contentType: string | undefined): BodyRead {
  if (body.length === 0) return { ok: false, problem: 'Request body is missing: POST a JSON object with a query' };
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType ?? '')) return { ok: true };
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return { ok: false, problem: parsed.detail ? `${parsed.problem}: ${parsed.detail}` : parsed.problem };
  // Blank JSON is JSON that does not parse, as the parser would have said.
  if (parsed.json === undefined) return { ok: false, problem: 'Malformed JSON body: Unexpected end of JSON input' };
  return { ok: true, json: parsed.json };
}

/** Every method a client may use on /graphql: yoga answers those it does not take (PUT, DELETE…) itself. */
const GRAPHQL_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'];

/** The POST bodies yoga reads besides JSON: a bare query, a form, a multipart upload. */
const OTHER_GRAPHQL_BODIES = /^(application\/graphql|application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * /graphql with its body read here, up to `limit` (room for a base64 file: a sendMedia mutation may carry
 * one), and handed to yoga already read, as body-parsing middleware does; over the limit is a 413, and a
 * missing or malformed body a 400, before yoga sees anything. A plain JSON POST is answered without
 * yoga's fetch layer, through the same plugins; the rest is yoga's.
 */
export function graphqlEndpoint(yoga: GraphQLServer, limit: number): Endpoint {
  const answerPlain = plainJsonPosts(yoga);
  return { methods: GRAPHQL_METHODS, path: '/graphql', handle };

  async function handle({ req, res, url }: HttpRequest): Promise<void> {
    if (req.method !== 'POST') {
      await yoga(req, res);
      return;
    }
    const read = await readBody(req, limit);
    if (!read.ok) {
      // The rest of an oversized body was drained, not kept: this connection carries no further request.
      if (read.reason === 'too-large') refuse(res, 'PAYLOAD_TOO_LARGE', 'Request body too large', { connection: 'close' });
      else refuse(res, 'BAD_USER_INPUT', 'Request body could not be read', { connection: 'close' });
      return;
    }
    const contentType = req.headers['content-type'];
    if (!isJsonContentType(contentType) && !OTHER_GRAPHQL_BODIES.test(contentType ?? '')) {
      refuse(
        res,
        'UNSUPPORTED_MEDIA_TYPE',
        `POST /graphql takes application/json, not ${contentType?.split(';')[0] ?? 'a body without a Content-Type'}`,
      );
      return;
    }
    const body = readGraphQLBody(read.body, contentType);
    if (!body.ok) {
      refuse(res, 'BAD_USER_INPUT', body.problem);
      return;
    }
    try {
      if (body.json !== undefined && (await answerPlain(req, res, url, body.json))) return;
    } catch (error) {
      // A plugin that reads the database before the operation runs (an idempotency key) found it away.
      if (!isDatabaseUnavailable(error)) throw error;
      refuse(res, 'DATABASE_UNAVAILABLE', 'The database cannot be reached', databaseRetryAfter);
      return;
    }
    Object.assign(req, { body: read.body });
    await yoga(req, res);
  }
}
