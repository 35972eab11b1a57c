import { GraphQLError, type ExecutionResult } from 'graphql';

/** A GraphQL result as JSON carries it. */
export type JsonResult = Omit<ExecutionResult, 'errors'> & {
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
};

/**
 * A result that was JSON (kept for an idempotent repeat, or answered by the node that owns a session), its
 * errors made GraphQL errors again with their extensions, so the error masker keeps their codes.
 */
export function resultFromJson(result: JsonResult): ExecutionResult {
  if (!result.errors) return result as ExecutionResult;
  return {
    ...result,
    errors: result.errors.map(
      (error) => new GraphQLError(error.message, { ...(error.path && { path: error.path }), extensions: error.extensions ?? {} }),
    ),
  };
}
