import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { withTableCode } from '../mask-error.js';

/**
 * Errors that never reach a resolver (a syntax error, an unknown field, a query over the limits) bypass
 * masking; this gives them a code from the error table too, so every error a client sees has one.
 */
export function useErrorCodes(): Plugin {
  const recode = (result: ExecutionResult): ExecutionResult =>
    result.errors?.length ? { ...result, errors: result.errors.map(withTableCode) } : result;
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(recode));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(recode(result as ExecutionResult));
    },
  };
}
