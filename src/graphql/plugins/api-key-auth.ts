import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiKeyError } from '../../http/api-key.js';
import type { GraphQLContext } from '../context.js';
import { isPublicOperation, rootFieldPolicies } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

/**
 * Every operation needs a key the gateway knows (over HTTP `X-API-Key` or `?apiKey=`; graphql-ws checks
 * its key at connection_init), unless all it selects is public (the health check). Checked once the
 * document is known, so the public exception is read from the schema. What the key may do is the session
 * access plugin's to decide.
 */
export function useApiKeyAuth(): Plugin<GraphQLContext> {
  function refusal({ contextValue, schema, document, operationName }: ExecutionArgs): ExecutionResult | undefined {
    const { credential } = contextValue as GraphQLContext;
    if (credential.ok || isPublicOperation(rootFieldPolicies(schema, document, operationName))) return undefined;
    const error = apiKeyError(credential.reason);
    return refusedWith(error.code, error.message);
  }
  return refusingOperations(refusal);
}
