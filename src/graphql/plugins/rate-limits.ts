import type { IncomingMessage } from 'node:http';
import type { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GatewayError, isDatabaseUnavailable, isErrorCode, type ErrorCode } from '../../errors.js';
import { rateLimitHeaders, type RateLimits, type RateLimitTier } from '../../http/rate-limits.js';
import type { Logger } from '../../logger.js';
import type { GraphQLContext } from '../context.js';
import { httpCallOf } from '../http-call.js';
import { isPublicOperation, rootFieldPolicies } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';

/**
 * Answers in which the gateway itself tells the client to try again (a session moving between nodes, the
 * database away, the same idempotency key still running): a client that does as told is not charged.
 */
const askedToRetry: ReadonlySet<ErrorCode> = new Set(['SESSION_MOVING', 'DATABASE_UNAVAILABLE', 'IDEMPOTENCY_IN_PROGRESS']);

function codeOf(error: GraphQLError): ErrorCode | undefined {
  if (isErrorCode(error.extensions?.code)) return error.extensions.code;
  if (error.originalError instanceof GatewayError) return error.originalError.code;
  return isDatabaseUnavailable(error.originalError) ? 'DATABASE_UNAVAILABLE' : undefined;
}

const asksToRetry = (result: ExecutionResult) => result.errors?.some((error) => askedToRetry.has(codeOf(error)!)) === true;

type Charge = { refused: ExecutionResult } | { refused?: undefined; client: string; tiers: RateLimitTier[] } | undefined;

/**
 * Per-client rate limits on operations, as the schema marks them: every operation counts against the
 * standard limit, a strict field's also against the strict one, and public fields (the health check) are
 * free. The REST door runs through this server, so a REST call and the GraphQL operation it runs are one
 * request here, and both doors share one budget. Counted before the API key is checked, so guessing keys
 * is limited too. Operations the gateway runs for itself (no client request) are not counted, and an
 * operation answered with "try again" is given back.
 */
export function useRateLimits(limits: RateLimits, clientAddress: (req: IncomingMessage) => string, logger: Logger): Plugin<GraphQLContext> {
  async function charge({ contextValue, schema, document, operationName }: ExecutionArgs): Promise<Charge> {
    const context = contextValue as GraphQLContext;
    // A forwarded operation was counted on the node the client called.
    if (!context.req || context.door.kind === 'forwarded') return undefined;
    const policies = rootFieldPolicies(schema, document, operationName);
    if (isPublicOperation(policies)) return undefined;
    const client = clientAddress(context.req);
    const tiers: RateLimitTier[] = policies.some((policy) => policy?.strictRateLimit) ? ['standard', 'strict'] : ['standard'];
    const verdicts = await Promise.all(tiers.map((tier) => limits.consume(tier, client)));
    const binding =
      verdicts.find((v) => !v.allowed) ?? verdicts.reduce((a, b) => (b.state.remainingPoints < a.state.remainingPoints ? b : a));
    // A socket has no answer to carry them.
    httpCallOf(context.door)?.answerHeaders.set(rateLimitHeaders(binding));
    return binding.allowed ? { client, tiers } : { refused: refusedWith('RATE_LIMITED', 'Too many requests') };
  }

  const giveBack = (client: string, tiers: RateLimitTier[]) =>
    Promise.all(tiers.map((tier) => limits.giveBack(tier, client))).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not give back a request the gateway asked to be repeated'),
    );

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const charged = await charge(args);
      if (charged?.refused) return setResultAndStopExecution(charged.refused);
      if (!charged) return undefined;
      return {
        // Seen with the final result, also when a later plugin answered instead (a session moving).
        onExecuteDone: async ({ result }) => {
          if (!('errors' in result) || !asksToRetry(result as ExecutionResult)) return;
          await giveBack(charged.client, charged.tiers);
        },
      };
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const charged = await charge(args);
      if (charged?.refused) setResultAndStopExecution(charged.refused);
    },
  };
}
