import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';

/** Decides, before an operation runs, whether it is refused, and with what result. */
export type Refusal = (args: ExecutionArgs) => ExecutionResult | undefined | Promise<ExecutionResult | undefined>;

/**
 * The plugin for a check that may refuse an operation before it runs (the key, the rate limits, the
 * session): queries and mutations (onExecute) and subscriptions (onSubscribe) alike, so no door or kind of
 * operation slips past it.
 */
export function refusingOperations(refusal: Refusal): Plugin<GraphQLContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const result = await refusal(args);
      if (result) setResultAndStopExecution(result);
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const result = await refusal(args);
      if (result) setResultAndStopExecution(result);
    },
  };
}
