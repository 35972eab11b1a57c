import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isDatabaseUnavailable } from '../../errors.js';
import { databaseRetryAfter } from '../../http/respond.js';
import type { GraphQLContext } from '../context.js';
import { httpCallOf } from '../http-call.js';
import { withTableCode } from '../mask-error.js';

/**
 * Errors that never reach a resolver (a syntax error, an unknown field, a query over the limits) bypass
 * masking; this gives them a code from the error table too, so every error a client sees has one.
 */
export function useErrorCodes(): Plugin<GraphQLContext> {
  const recode = (result: ExecutionResult): ExecutionResult =>
    result.errors?.length ? { ...result, errors: result.errors.map(withTableCode) } : result;
  return {
    // A field the database could not answer, or WhatsApp's limit with an end, tells an HTTP client when to try
    // again, whichever door it used.
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          const call = httpCallOf((args.contextValue as GraphQLContext).door);
          if (!call || !('errors' in result)) return;
          const errors = (result as ExecutionResult).errors ?? [];
          if (errors.some((error) => error.extensions.code === 'DATABASE_UNAVAILABLE' || isDatabaseUnavailable(error.originalError)))
            call.answerHeaders.set(databaseRetryAfter);
          const retryAfter = errors.map((error) => error.extensions.retryAfter).find((value) => typeof value === 'number');
          if (retryAfter !== undefined) call.answerHeaders.set({ 'Retry-After': String(retryAfter) });
        },
      };
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(recode));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(recode(result as ExecutionResult));
    },
  };
}
