import type { IncomingMessage } from 'node:http';
import {
  Kind,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { errorTable, isDatabaseUnavailable } from '../errors.js';
import { isCsvContentType, isJsonContentType, parseJsonBody, readBody, utf8Text } from '../http/read-body.js';
import type { Endpoint, HttpRequest } from '../http/endpoint.js';
import { errorAnswer, errorEnvelope, failureAnswer, sendJson } from '../http/respond.js';
import { withoutNulls } from '../http/without-nulls.js';
import type { Logger } from '../logger.js';
import { httpCallOfNodeRequest } from '../graphql/http-call.js';
import type { RunPrepared } from '../graphql/run-enveloped.js';
import { inputHint, fieldDescriptions } from './input-hint.js';
import { InputShapeError, jsonToInput } from './json-to-input.js';
import { pathParameterMaxLength, QUERY_PARAMETER_MAX_LENGTH, type JsonObject, type RestResponse, type RestRoute } from './rest-route.js';

export interface BodyLimits {
  standard: number;
  /** For routes that carry a base64 file. */
  large: number;
}

interface CompiledRoute {
  route: RestRoute;
  document: DocumentNode;
  /** The operation's one root field, whose value the documented body carries. */
  field: string;
  variableTypes: Map<string, GraphQLInputType>;
  /**
   * What each field the route reads takes, for the hint of a refused input: read from the body's schema on
   * the first refusal, so a start of the gateway does not convert every schema a second time.
   */
  descriptions(): Map<string, string>;
}

/** A route's operation parsed and checked against the schema, with what answering it needs; throws when they disagree. */
export function compileRoute(route: RestRoute, schema: GraphQLSchema): CompiledRoute {
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
  let described: Map<string, string> | undefined;
  return {
    route,
    document,
    field: selection.alias?.value ?? selection.name.value,
    variableTypes,
    descriptions: () => (described ??= fieldDescriptions(route)),
  };
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

/** A body too large, or cut off. */
function bodyUnread(reason: 'too-large' | 'unreadable', limit: number): RestResponse {
  if (reason !== 'too-large') return errorAnswer('BAD_USER_INPUT', 'Request body could not be read');
  // The rest of an oversized body is never read, so this connection cannot carry another request.
  return {
    ...errorAnswer('PAYLOAD_TOO_LARGE', 'Request body too large', `This route accepts at most ${limit} bytes`),
    headers: { connection: 'close' },
  };
}

/** An empty body is an empty object: routes whose fields are all optional may be called without one. */
async function readJsonObject(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const read = await readBody(req, limit);
  if (!read.ok) return { ok: false, answer: bodyUnread(read.reason, limit) };
  if (read.body.length === 0) return { ok: true, body: {} };
  // A body without a Content-Type is read as JSON; one that names another type is not what it claims to be.
  const contentType = req.headers['content-type'];
  if (contentType !== undefined && !isJsonContentType(contentType)) {
    return { ok: false, answer: errorAnswer('UNSUPPORTED_MEDIA_TYPE', `Content-Type ${contentType.split(';')[0]} is not JSON`) };
  }
  const parsed = parseJsonBody(read.body);
  if (!parsed.ok)
    return { ok: false, answer: errorAnswer('BAD_USER_INPUT', parsed.problem, parsed.detail && `The body must be JSON: ${parsed.detail}`) };
  const { json } = parsed;
  if (json === undefined) return { ok: true, body: {} };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, answer: errorAnswer('BAD_USER_INPUT', 'Request body must be a JSON object') };
  }
  return { ok: true, body: json as JsonObject };
}

/**
 * A documented query parameter given twice (`limit=1&limit=2`) or in a list or object form (`limit[]=1`,
 * `limit[a]=1`): each is one value, and which of several a client meant cannot be guessed.
 */
function repeatedQueryParameter(route: RestRoute, query: URLSearchParams): string | undefined {
  const documented = Object.keys(route.query ?? {});
  if (documented.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const key of query.keys()) {
    const name = key.includes('[') ? key.slice(0, key.indexOf('[')) : key;
    if (documented.includes(name)) counts.set(name, (counts.get(name) ?? 0) + (name === key ? 1 : 2));
  }
  return [...counts].find(([, count]) => count > 1)?.[0];
}

/**
 * A refusal at the door itself (the body, a query parameter) that has only the general hint gets the
 * route's own: what the field at fault takes.
 */
function withInputHint({ route, descriptions }: CompiledRoute, answer: RestResponse): RestResponse {
  if (!('body' in answer) || answer.status !== errorTable.BAD_USER_INPUT.status) return answer;
  const body = answer.body as { error?: unknown; message?: unknown };
  if (body.message !== errorTable.BAD_USER_INPUT.hint || typeof body.error !== 'string') return answer;
  return { ...answer, body: { ...body, message: inputHint(route, descriptions(), { message: body.error }) } };
}

/**
 * The documented REST API as a thin door onto the GraphQL schema: a route's operation, parsed and
 * validated at start-up, is executed through the GraphQL server's own plugins, so auth, rate limits,
 * validation and error codes are the same as on /graphql, and the result is reshaped into the documented
 * envelope. Each route is an endpoint of the one HTTP router.
 */
export function restEndpoints(
  routes: RestRoute[],
  schema: GraphQLSchema,
  runPrepared: RunPrepared,
  limits: BodyLimits,
  logger: Logger,
): Endpoint[] {
  async function run(entry: CompiledRoute, params: Record<string, string>, req: IncomingMessage, url: URL): Promise<RestResponse> {
    const { route, variableTypes } = entry;
    // A route under /api/sessions/:session/… passes the session in the path to its operation's `session`.
    const variables: JsonObject = route.onSession ? { session: params.session } : {};
    const repeated = repeatedQueryParameter(route, url.searchParams);
    if (repeated) return errorAnswer('BAD_USER_INPUT', `Query parameter ${repeated} must be given once`);
    const tooLong = Object.keys(route.query ?? {}).find((name) => (url.searchParams.get(name)?.length ?? 0) > QUERY_PARAMETER_MAX_LENGTH);
    if (tooLong)
      return errorAnswer('BAD_USER_INPUT', `Query parameter ${tooLong} is too long: at most ${QUERY_PARAMETER_MAX_LENGTH} characters`);
    // A route that takes no body ignores one, as a GET does.
    let body: JsonObject = {};
    if (route.csvBody && isCsvContentType(req.headers['content-type'])) {
      const read = await readBody(req, limits.standard);
      if (!read.ok) return bodyUnread(read.reason, limits.standard);
      const csv = utf8Text(read.body);
      if (csv === undefined) return errorAnswer('BAD_USER_INPUT', 'The CSV body is not UTF-8 text');
      body = route.csvBody.toJson(csv, url.searchParams);
    } else if (route.body) {
      const read = await readJsonObject(req, route.largeBody ? limits.large : limits.standard);
      if (!read.ok) return read.answer;
      body = read.body;
    }
    if (route.variables) {
      try {
        for (const [name, value] of Object.entries(route.variables(body, params, url.searchParams)))
          variables[name] = jsonToInput(value, variableTypes.get(name)!, name === 'input' ? '' : name);
      } catch (error) {
        if (error instanceof InputShapeError) return errorAnswer('BAD_USER_INPUT', error.message);
        throw error;
      }
    }
    const call = httpCallOfNodeRequest(req, url);
    const result = await runPrepared({ req, door: { kind: 'rest', call }, document: entry.document, variables });
    const [error] = result.errors ?? [];
    const refusedInput = error?.extensions.code === 'BAD_USER_INPUT' && error.extensions.hint === undefined;
    const answer = error
      ? errorEnvelope(error, refusedInput ? inputHint(route, entry.descriptions(), error) : undefined)
      : reply(entry, result.data ?? {});
    return { ...answer, headers: { ...call.answerHeaders.toRecord(), ...answer.headers } };
  }

  async function answer(entry: CompiledRoute, { req, url, params }: HttpRequest): Promise<RestResponse> {
    // No session, message, campaign or webhook is named with a NUL, or longer than its kind's bound.
    if (Object.entries(params).some(([name, value]) => value.includes('\0') || value.length > pathParameterMaxLength(name)))
      return errorAnswer('NOT_FOUND', 'Not found', `No such ${Object.keys(params).join(' or ')} as given in ${url.pathname}`);
    try {
      return withInputHint(entry, await run(entry, params, req, url));
    } catch (error) {
      const route = `${entry.route.method} ${entry.route.path}`;
      if (isDatabaseUnavailable(error)) logger.warn({ route, reason: (error as Error).message }, 'REST route met the database away');
      else logger.error({ err: error, route }, 'REST route failed');
      return failureAnswer(error);
    }
  }

  return routes.map((route) => {
    // Validating every route's operation took a sixth of a start; a route is compiled on its first request
    // instead, and the unit tests compile every route.
    let entry: CompiledRoute | undefined;
    return {
      methods: [route.method],
      path: route.path,
      async handle(request) {
        const reply = await answer((entry ??= compileRoute(route, schema)), request);
        if ('file' in reply) request.res.writeHead(200, { ...reply.headers, 'content-type': reply.file.contentType }).end(reply.file.data);
        else sendJson(request.res, reply);
      },
    };
  });
}
