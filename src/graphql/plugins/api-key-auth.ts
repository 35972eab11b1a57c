import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiKeyError, apiKeyFromRequest, checkApiKey } from '../../http/api-key.js';
import type { GraphQLContext } from '../context.js';
import { isPublicOperation, rootFieldPolicies } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

/**
 * Every operation over HTTP needs the API key (`X-API-Key` or `?apiKey=`), unless all it selects is public
 * (the health check). Checked once the document is known, so the public exception is read from the schema.
 * graphql-ws checks the key at connection_init and marks its operations authenticated.
 */
export function useApiKeyAuth(apiKey: string): Plugin<GraphQLContext> {
  function refusal({ contextValue, schema, document, operationName }: ExecutionArgs): ExecutionResult | undefined {
    const context = contextValue as GraphQLContext;
    if (context.authenticated) return undefined;
    const check = context.request
      ? checkApiKey(apiKeyFromRequest(context.request.headers, new URL(context.request.url)), apiKey)
      : 'missing';
    if (check === 'ok' || isPublicOperation(rootFieldPolicies(schema, document, operationName))) return undefined;
    const error = apiKeyError(check);
    return refusedWith(error.code, error.message);
  }
  return refusingOperations(refusal);
}
