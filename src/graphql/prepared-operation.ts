import type { IncomingMessage } from 'node:http';
import type { DocumentNode, ExecutionResult } from 'graphql';
import type { HttpCall } from './http-call.js';
import type { GraphQLServer } from './yoga.js';

/** An operation parsed and validated once, at start-up (a REST route's), to run for one HTTP request. */
export interface PreparedCall {
  req: IncomingMessage;
  http: HttpCall;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

export type RunPrepared = (call: PreparedCall) => Promise<ExecutionResult>;

/**
 * Runs a prepared operation through the server's own plugin stack (getEnveloped: the key, the rate limits,
 * session access, idempotency, forwarding, masking, metrics), as graphql-ws does, with no fetch Request or
 * Response made for it and its result not written to JSON and read back on the way.
 */
export function preparedOperations(yoga: GraphQLServer): RunPrepared {
  return async ({ req, http, document, variables }) => {
    const enveloped = yoga.getEnveloped({ req, http });
    const contextValue = await enveloped.contextFactory();
    return (await enveloped.execute({ schema: enveloped.schema, document, variableValues: variables, contextValue })) as ExecutionResult;
  };
}
