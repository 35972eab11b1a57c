import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ALL_SESSIONS, mayUseSession, notAuthorized, type Caller } from '../../domain/caller.js';
import { DEFAULT_SESSION } from '../../domain/session-name.js';
import { callerOf, type GraphQLContext } from '../context.js';
import { operationRoot, sessionOfField } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

/**
 * Before an operation runs, each root field it selects is checked against the caller: a session-scoped
 * field (one that names its session) needs a key that may use that session, anything else but the public
 * fields and introspection needs the admin key (FORBIDDEN, naming what the key may use). Then every session
 * named must exist (NOT_FOUND); only a subscription may name `*`, every session the key may use.
 */
export function useSessionAccess(): Plugin<GraphQLContext> {
  async function refusal({
    contextValue,
    schema,
    document,
    operationName,
    variableValues,
  }: ExecutionArgs): Promise<ExecutionResult | undefined> {
    const context = contextValue as GraphQLContext;
    const caller = callerOf(context);
    // No caller: a public operation, which names no session.
    if (!caller) return undefined;
    const { operation, fields } = operationRoot(schema, document, operationName);
    if (!operation) return undefined;
    const named = new Set<string>();
    for (const field of fields) {
      if (!field.definition || field.policy?.public || field.node.name.value.startsWith('__')) continue;
      const session = sessionOfField(field, operation, variableValues ?? {});
      if (field.policy?.anyKey) {
        // The gateway's own facts: any key may read them, from any session's prefix that exists.
        if (typeof session === 'string') named.add(session);
        continue;
      }
      if (session === undefined || session === null) {
        // An admin operation; or a session that cannot be read, which the execution refuses in its turn.
        if (caller.kind !== 'admin') return forbidden(caller);
        continue;
      }
      if (field.policy?.adminOnly && caller.kind !== 'admin') return forbidden(caller);
      if (session === ALL_SESSIONS && operation.operation === 'subscription') continue;
      if (!mayUseSession(caller, session)) return forbidden(caller);
      named.add(session);
    }
    for (const session of named) {
      if (session !== DEFAULT_SESSION && !(await context.services.sessionAdmin.exists(session))) {
        return refusedWith('NOT_FOUND', `Session "${session}" not found`);
      }
    }
    return undefined;
  }
  return refusingOperations(refusal);
}

function forbidden(caller: Caller): ExecutionResult {
  const error = notAuthorized(caller);
  return refusedWith(error.code, error.message, error.hint);
}
