import { defaultFieldResolver, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ALL_SESSIONS, mayUseSession, notAuthorized, type Caller } from '../../domain/caller.js';
import { DEFAULT_SESSION, quotedSessionName } from '../../domain/session-name.js';
import { notFound } from '../../errors.js';
import { callerOf, type GraphQLContext } from '../context.js';
import { operationRoot, sessionOfField, type FieldPolicy } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

/**
 * Before an operation runs, each root field it selects is checked against the caller: a session-scoped
 * field (one that names its session) needs a key that may use that session, anything else but the public
 * fields and introspection needs the admin key (FORBIDDEN, naming what the key may use). A session named
 * that does not exist is NOT_FOUND on the fields that name it; only a subscription may name `*`, every
 * session the key may use.
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
    const unknown = new Set<string>();
    for (const session of named) {
      if (session !== DEFAULT_SESSION && !(await context.services.storedSessions.exists(session))) unknown.add(session);
    }
    if (unknown.size === 0) return undefined;
    // A subscription listens to what it names, so it cannot start, and a REST route's path names nothing; a
    // GraphQL query or mutation answers each field on an unknown session with NOT_FOUND, the others as usual.
    if (operation.operation === 'subscription' || context.door.kind === 'rest')
      return refusedWith('NOT_FOUND', sessionNotFound([...unknown][0]!).message);
    context.unknownSessions = unknown;
    return undefined;
  }
  return refusingOperations(refusal);
}

const sessionNotFound = (session: string) => notFound(`Session "${quotedSessionName(session)}" not found`);

/**
 * Makes every session-scoped root field of queries and mutations answer NOT_FOUND, as a field error with its
 * path, for a session the access check found unknown, before its arguments are validated or anything runs.
 */
export function refuseUnknownSessions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const argument = (field.extensions.policy as FieldPolicy | undefined)?.sessionArgument ?? 'session';
      if (!field.args.some((candidate) => candidate.name === argument)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context: GraphQLContext, info) => {
        const session = args[argument];
        if (typeof session === 'string' && context.unknownSessions?.has(session)) throw sessionNotFound(session);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

function forbidden(caller: Caller): ExecutionResult {
  const error = notAuthorized(caller);
  return refusedWith(error.code, error.message, error.hint);
}
