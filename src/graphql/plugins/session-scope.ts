import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_SESSION } from '../../domain/session-name.js';
import type { GraphQLContext } from '../context.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

/**
 * An operation on a session other than `default` (a REST route under `/api/sessions/:session/…`) is
 * refused with NOT_FOUND when no such session exists. Checked after the key, so a caller without one
 * learns nothing of which sessions exist.
 */
export function useSessionScope(): Plugin<GraphQLContext> {
  async function refusal({ contextValue }: ExecutionArgs): Promise<ExecutionResult | undefined> {
    const { session, services } = contextValue as GraphQLContext;
    if (session === DEFAULT_SESSION || (await services.sessionAdmin.exists(session))) return undefined;
    return refusedWith('NOT_FOUND', `Session "${session}" not found`);
  }
  return refusingOperations(refusal);
}
