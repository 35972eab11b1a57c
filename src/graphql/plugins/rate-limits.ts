import type { IncomingMessage } from 'node:http';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rateLimitHeaders, type RateLimits } from '../../http/rate-limits.js';
import type { GraphQLContext } from '../context.js';
import { httpCallOf } from '../http-call.js';
import { isPublicOperation, rootFieldPolicies } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

/**
 * Per-client rate limits on operations, as the schema marks them: every operation counts against the
 * standard limit, a strict field's also against the strict one, and public fields (the health check) are
 * free. The REST door runs through this server, so a REST call and the GraphQL operation it runs are one
 * request here, and both doors share one budget. Counted before the API key is checked, so guessing keys
 * is limited too. Operations the gateway runs for itself (no client request) are not counted.
 */
export function useRateLimits(limits: RateLimits, clientAddress: (req: IncomingMessage) => string): Plugin<GraphQLContext> {
  async function refusal({ contextValue, schema, document, operationName }: ExecutionArgs): Promise<ExecutionResult | undefined> {
    const context = contextValue as GraphQLContext;
    // A forwarded operation was counted on the node the client called.
    if (!context.req || context.door.kind === 'forwarded') return undefined;
    const policies = rootFieldPolicies(schema, document, operationName);
    if (isPublicOperation(policies)) return undefined;
    const client = clientAddress(context.req);
    const verdicts = [await limits.consume('standard', client)];
    if (policies.some((policy) => policy?.strictRateLimit)) verdicts.push(await limits.consume('strict', client));
    const binding =
      verdicts.find((v) => !v.allowed) ?? verdicts.reduce((a, b) => (b.state.remainingPoints < a.state.remainingPoints ? b : a));
    // A socket has no answer to carry them.
    httpCallOf(context.door)?.answerHeaders.set(rateLimitHeaders(binding));
    if (binding.allowed) return undefined;
    return refusedWith('RATE_LIMITED', 'Too many requests');
  }

  return refusingOperations(refusal);
}
