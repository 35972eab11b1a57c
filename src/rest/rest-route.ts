import type { ExecutionResult } from 'graphql';

/** What the REST adapter writes back: the status code and the documented JSON body. */
export interface RestResponse {
  status: number;
  body: Record<string, unknown>;
}

/**
 * One documented REST route: the GraphQL operation it runs (parsed and validated against the schema once,
 * at start-up), and how the operation's data becomes the documented body. Errors need no code here: the
 * adapter maps them through the one error table.
 */
export interface RestRoute<TData = Record<string, unknown>> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  operation: string;
  respond(data: TData): RestResponse;
}

export type GraphQLResult = ExecutionResult<Record<string, unknown>>;
