import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { errorEnvelope } from './error-envelope.js';
import type { GraphQLResult, RestResponse, RestRoute } from './rest-route.js';

/** Runs a GraphQL request through the same server, plugins and all, that serves /graphql. */
export type GraphQLFetch = (request: Request) => Response | Promise<Response>;

/** Request headers that GraphQL's plugins read (auth, client address), passed on unchanged. */
const forwardedHeaders = ['x-api-key', 'x-forwarded-for', 'user-agent'] as const;

/**
 * The documented REST API as a thin door onto the GraphQL schema: a route's operation is executed by the
 * GraphQL server itself, so auth, validation and error codes are the same as on /graphql, and the result is
 * reshaped into the documented envelope.
 */
export function createRestAdapter(routes: RestRoute[], schema: GraphQLSchema, execute: GraphQLFetch) {
  for (const route of routes) {
    const errors = validate(schema, parse(route.operation));
    if (errors.length > 0) throw new Error(`REST route ${route.method} ${route.path}: ${errors.map((e) => e.message).join('; ')}`);
  }

  async function run(route: RestRoute, req: IncomingMessage, url: URL): Promise<RestResponse> {
    const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
    for (const name of forwardedHeaders) {
      const value = req.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    const target = new URL('/graphql', 'http://gateway');
    const apiKey = url.searchParams.get('apiKey');
    if (apiKey !== null) target.searchParams.set('apiKey', apiKey);
    const response = await execute(new Request(target, { method: 'POST', headers, body: JSON.stringify({ query: route.operation }) }));
    const result = (await response.json()) as GraphQLResult;
    const [error] = result.errors ?? [];
    if (error) return errorEnvelope(error);
    return route.respond(result.data ?? {});
  }

  /** Answers the request when a documented route matches it; false leaves it to the next handler. */
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const route = routes.find((r) => r.path === url.pathname && r.method === req.method);
    if (!route) return false;
    let reply: RestResponse;
    try {
      reply = await run(route, req, url);
    } catch {
      reply = errorEnvelope({ message: 'Internal server error' });
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(reply.body));
    return true;
  };
}
