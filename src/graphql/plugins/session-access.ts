import { GraphQLString, Kind, valueFromAST, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ALL_SESSIONS, mayUseSession, notAuthorized, type Caller } from '../../domain/caller.js';
import { DEFAULT_SESSION } from '../../domain/session-name.js';
import { callerOf, type GraphQLContext } from '../context.js';
import { operationRoot, type RootField } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

/**
 * The session a root field acts on: `undefined` when the field is not session-scoped (it has no `session`
 * argument, nor one its policy names), `null` when the value given is not a string (the execution reports
 * that), else the name. Read from the raw variables, so a session is checked even when another variable is
 * wrong: an unknown session is NOT_FOUND before any complaint about the body.
 */
function sessionNamedBy(
  field: RootField,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): string | null | undefined {
  const name = field.policy?.sessionArgument ?? 'session';
  const argument = field.definition?.args.find((candidate) => candidate.name === name);
  if (!argument) return undefined;
  const given = field.node.arguments?.find((node) => node.name.value === name)?.value;
  let value: unknown = argument.defaultValue;
  if (given?.kind === Kind.VARIABLE && !(given.name.value in variables)) {
    // A variable left out takes its definition's default, as the execution will.
    const definition = operation.variableDefinitions?.find((candidate) => candidate.variable.name.value === given.name.value);
    value = definition?.defaultValue ? valueFromAST(definition.defaultValue, GraphQLString) : null;
  } else if (given) {
    value = valueFromAST(given, GraphQLString, variables);
  }
  return typeof value === 'string' ? value : null;
}

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
      const session = sessionNamedBy(field, operation, variableValues ?? {});
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
