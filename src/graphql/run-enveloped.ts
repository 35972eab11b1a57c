import type { IncomingMessage } from 'node:http';
import type { DocumentNode, ExecutionResult } from 'graphql';
import type { Door } from './http-call.js';
import type { GraphQLServer } from './yoga.js';

/** An operation parsed and validated once (a REST route's, on its first request), to run for one HTTP request. */
export interface PreparedCall {
  req: IncomingMessage;
  door: Door;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

export type RunPrepared = (call: PreparedCall) => Promise<ExecutionResult>;

type Enveloped = ReturnType<GraphQLServer['getEnveloped']>;

/** Executes a parsed and validated operation with the stack's own context: what every door that skips yoga's fetch layer runs. */
export async function executeEnveloped(
  enveloped: Enveloped,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): Promise<ExecutionResult> {
  const contextValue = await enveloped.contextFactory();
  return (await enveloped.execute({
    schema: enveloped.schema,
    document,
    variableValues: variables,
    operationName,
    contextValue,
  })) as ExecutionResult;
}

/**
 * Runs a prepared operation through the server's own plugin stack (getEnveloped: the key, the rate limits,
 * session access, idempotency, forwarding, masking, metrics), as graphql-ws does, with no fetch Request or
 * Response made for it and its result not written to JSON and read back on the way.
 */
export function preparedOperations(yoga: GraphQLServer): RunPrepared {
  return ({ req, door, document, variables }) => executeEnveloped(yoga.getEnveloped({ req, door }), document, variables);
}
