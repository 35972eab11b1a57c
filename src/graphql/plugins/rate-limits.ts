import type { IncomingMessage } from 'node:http';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphQLContext } from '../context.js';
import { isPublicOperation, rootFieldPolicies } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';

export interface RateLimitPolicy {
  max: number;
  windowMs: number;
}

export interface RateLimits {
  /** Every operation a client runs, whichever door it came in by. */
  standard: RateLimitPolicy;
  /** Operations on fields marked `strictRateLimit`, counted on top of the standard limit. */
  strict: RateLimitPolicy;
}

interface Verdict {
  policy: RateLimitPolicy;
  state: RateLimiterRes;
  allowed: boolean;
}

/** The IETF draft's `RateLimit-*` fields (as Express's rate limiter writes them), and Retry-After once refused. */
function headersOf({ policy, state, allowed }: Verdict): Record<string, string> {
  const resetSeconds = String(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  return {
    'RateLimit-Policy': `${policy.max};w=${Math.ceil(policy.windowMs / 1000)}`,
    'RateLimit-Limit': String(policy.max),
    'RateLimit-Remaining': String(Math.max(0, state.remainingPoints)),
    'RateLimit-Reset': resetSeconds,
    ...(!allowed && { 'Retry-After': resetSeconds }),
  };
}

/**
 * Per-client rate limits on operations, as the schema marks them: every operation counts against the
 * standard limit, a strict field's also against the strict one, and public fields (the health check) are
 * free. The REST door runs through this server, so a REST call and the GraphQL operation it runs are one
 * request here, and both doors share one budget. Counted before the API key is checked, so guessing keys
 * is limited too. Operations the gateway runs for itself (no client request) are not counted.
 */
export function useRateLimits(limits: RateLimits, clientAddress: (req: IncomingMessage) => string): Plugin<GraphQLContext> {
  const limiters = {
    standard: new RateLimiterMemory({ keyPrefix: 'standard', points: limits.standard.max, duration: limits.standard.windowMs / 1000 }),
    strict: new RateLimiterMemory({ keyPrefix: 'strict', points: limits.strict.max, duration: limits.strict.windowMs / 1000 }),
  };
  const verdictOfRequest = new WeakMap<Request, Verdict>();

  async function consume(tier: keyof RateLimits, client: string): Promise<Verdict> {
    try {
      return { policy: limits[tier], state: await limiters[tier].consume(client), allowed: true };
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { policy: limits[tier], state: refusal, allowed: false };
      throw refusal;
    }
  }

  async function refusal({ contextValue, schema, document, operationName }: ExecutionArgs): Promise<ExecutionResult | undefined> {
    const context = contextValue as GraphQLContext;
    if (!context.req) return undefined;
    const policies = rootFieldPolicies(schema, document, operationName);
    if (isPublicOperation(policies)) return undefined;
    const client = clientAddress(context.req);
    const verdicts = [await consume('standard', client)];
    if (policies.some((policy) => policy?.strictRateLimit)) verdicts.push(await consume('strict', client));
    const binding =
      verdicts.find((v) => !v.allowed) ?? verdicts.reduce((a, b) => (b.state.remainingPoints < a.state.remainingPoints ? b : a));
    if (context.request) verdictOfRequest.set(context.request, binding);
    if (binding.allowed) return undefined;
    // The headers are added once the response exists (onResponse), where a socket has none to carry.
    return refusedWith('RATE_LIMITED', 'Too many requests');
  }

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const result = await refusal(args);
      if (result) setResultAndStopExecution(result);
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const result = await refusal(args);
      if (result) setResultAndStopExecution(result);
    },
    onResponse({ request, response }) {
      const verdict = verdictOfRequest.get(request);
      if (verdict) for (const [name, value] of Object.entries(headersOf(verdict))) response.headers.set(name, value);
    },
  };
}
