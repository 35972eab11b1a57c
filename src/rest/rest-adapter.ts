import type { IncomingMessage, ServerResponse } from 'node:http';
import { Kind, parse, typeFromAST, validate, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { readBody } from '../http/read-body.js';
import { matchPath } from '../http/route-path.js';
import { errorAnswer, errorEnvelope, sendJson } from '../http/respond.js';
import { withoutNulls } from '../http/without-nulls.js';
import type { Logger } from '../logger.js';
import { jsonToInput } from './json-to-input.js';
import type { GraphQLResult, JsonObject, RestResponse, RestRoute } from './rest-route.js';

/** Runs a GraphQL request through the same server, plugins and all, that serves /graphql. */
export type GraphQLFetch = (request: Request, serverContext: { req: IncomingMessage }) => Response | Promise<Response>;

export interface BodyLimits {
  standard: number;
  /** For routes that carry a base64 file. */
  large: number;
}

/** Request headers that GraphQL's plugins read, passed on unchanged. */
const forwardedHeaders = ['x-api-key', 'user-agent', 'idempotency-key'] as const;
/** Response headers the GraphQL server sets for the client (the rate limits), passed back unchanged. */
const returnedHeaders = /^(ratelimit-|retry-after$)/i;

interface CompiledRoute {
  route: RestRoute;
  match: (pathname: string) => Record<string, string> | undefined;
  /** The operation's one root field, whose value the documented body carries. */
  field: string;
  variableTypes: Map<string, GraphQLInputType>;
}

function compile(route: RestRoute, schema: GraphQLSchema): CompiledRoute {
  const document = parse(route.operation);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`REST route ${route.method} ${route.path}: ${errors.map((e) => e.message).join('; ')}`);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const [selection] = operation.selectionSet.selections;
  if (operation.selectionSet.selections.length !== 1 || selection?.kind !== Kind.FIELD) {
    throw new Error(`REST route ${route.method} ${route.path}: the operation must select exactly one root field`);
  }
  const variableTypes = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      typeFromAST(schema, definition.type as never) as GraphQLInputType,
    ]),
  );
  return { route, match: matchPath(route.path), field: selection.alias?.value ?? selection.name.value, variableTypes };
}

function reply({ route, field }: CompiledRoute, data: JsonObject): RestResponse {
  const { form = 'data', message, unavailableWhen, keepNulls, image, file } = route.reply ?? {};
  const drawn = image ? (data[field] as { image?: { contentType: string; data: string } | null }).image : undefined;
  if (drawn) return { status: 200, file: { contentType: drawn.contentType, data: Buffer.from(drawn.data, 'base64') } };
  if (file) return fileAnswer(data[field] as { contentType: string; filename?: string | null; data: string });
  const value = keepNulls ? data[field] : withoutNulls(data[field]);
  if (form === 'bare') return { status: 200, body: value };
  if (form === 'message') return { status: 200, body: { success: true, message: (value as JsonObject).message } };
  const unavailable = unavailableWhen?.(value as JsonObject) ?? false;
  const text = typeof message === 'function' ? message(value as JsonObject) : message;
  return { status: unavailable ? 503 : 200, body: { success: !unavailable, ...(text && { message: text }), data: value } };
}

/** A file as it is downloaded: inline (a browser shows an image), under its own name when it has one. */
function fileAnswer({ contentType, filename, data }: { contentType: string; filename?: string | null; data: string }): RestResponse {
  const name = filename ? `; filename*=UTF-8''${encodeURIComponent(filename)}` : '';
  return {
    status: 200,
    file: { contentType, data: Buffer.from(data, 'base64') },
    headers: { 'content-disposition': `inline${name}`, 'x-content-type-options': 'nosniff' },
  };
}

type BodyRead = { ok: true; body: JsonObject } | { ok: false; answer: RestResponse };

/** An empty body is an empty object: routes whose fields are all optional may be called without one. */
async function readJsonObject(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const read = await readBody(req, limit);
  if (!read.ok) {
    // The rest of an oversized body is never read, so this connection cannot carry another request.
    const tooLarge = {
      ...errorAnswer('PAYLOAD_TOO_LARGE', 'Request body too large', `This route accepts at most ${limit} bytes`),
      headers: { connection: 'close' },
    };
    return { ok: false, answer: read.reason === 'too-large' ? tooLarge : errorAnswer('BAD_USER_INPUT', 'Request body could not be read') };
  }
  const text = read.body.toString('utf8').trim();
  if (text === '') return { ok: true, body: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      answer: errorAnswer('BAD_USER_INPUT', 'Malformed JSON body', `The body must be JSON: ${(error as Error).message}`),
    };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, answer: errorAnswer('BAD_USER_INPUT', 'Request body must be a JSON object') };
  }
  return { ok: true, body: parsed as JsonObject };
}

/**
 * The documented REST API as a thin door onto the GraphQL schema: a route's operation is executed by the
 * GraphQL server itself, so auth, rate limits, validation and error codes are the same as on /graphql,
 * and the result is reshaped into the documented envelope.
 */
export function createRestAdapter(routes: RestRoute[], schema: GraphQLSchema, execute: GraphQLFetch, limits: BodyLimits, logger: Logger) {
  const compiled = routes.map((route) => compile(route, schema));

  async function run(entry: CompiledRoute, params: Record<string, string>, req: IncomingMessage, url: URL): Promise<RestResponse> {
    const { route, variableTypes } = entry;
    // A route under /api/sessions/:session/… passes the session in the path to its operation's `session`.
    let variables: JsonObject = route.onSession ? { session: params.session } : {};
    if (route.variables) {
      const read = await readJsonObject(req, route.largeBody ? limits.large : limits.standard);
      if (!read.ok) return read.answer;
      variables = {
        ...variables,
        ...Object.fromEntries(
          Object.entries(route.variables(read.body, params, url.searchParams)).map(([name, value]) => [
            name,
            jsonToInput(value, variableTypes.get(name)!),
          ]),
        ),
      };
    }
    const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
    for (const name of forwardedHeaders) {
      const value = req.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    const target = new URL('/graphql', 'http://gateway');
    const apiKey = url.searchParams.get('apiKey');
    if (apiKey !== null) target.searchParams.set('apiKey', apiKey);
    const request = new Request(target, { method: 'POST', headers, body: JSON.stringify({ query: route.operation, variables }) });
    const response = await execute(request, { req });
    const result = (await response.json()) as GraphQLResult;
    const [error] = result.errors ?? [];
    const answer = error ? errorEnvelope(error) : reply(entry, result.data ?? {});
    const passed = Object.fromEntries([...response.headers].filter(([name]) => returnedHeaders.test(name)));
    return { ...answer, headers: { ...passed, ...answer.headers } };
  }

  /** Answers the request when a documented path matches it; false leaves it to the next handler. */
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const matches = compiled.flatMap((entry) => {
      const params = entry.match(url.pathname);
      return params ? [{ entry, params }] : [];
    });
    if (matches.length === 0) return false;
    const match = matches.find(({ entry }) => entry.route.method === req.method);
    let answer: RestResponse;
    if (!match) {
      // `/api/messages/send-text` also fits `/api/messages/:id`: name the methods of the closest fit.
      const fewest = Math.min(...matches.map(({ params }) => Object.keys(params).length));
      const allowed = matches
        .filter(({ params }) => Object.keys(params).length === fewest)
        .map(({ entry }) => entry.route.method)
        .join(', ');
      answer = errorAnswer('NOT_FOUND', 'Not found', `No route for ${req.method} ${url.pathname}; it takes ${allowed}`);
    } else {
      try {
        answer = await run(match.entry, match.params, req, url);
      } catch (error) {
        logger.error({ err: error, route: `${match.entry.route.method} ${match.entry.route.path}` }, 'REST route failed');
        answer = errorAnswer('INTERNAL', 'Internal server error');
      }
    }
    if ('file' in answer) res.writeHead(200, { ...answer.headers, 'content-type': answer.file.contentType }).end(answer.file.data);
    else sendJson(res, answer);
    return true;
  };
}
