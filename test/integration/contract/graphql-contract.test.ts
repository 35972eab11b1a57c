import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLOutputType,
  type IntrospectionQuery,
} from 'graphql';
import { describe, it } from 'vitest';
import { errorTable } from '../../../src/errors.js';
import { fromGraphQLType, hostileValue, type KnownValues } from '../../utils/contract-inputs.js';
import { CONTRACT_RUNS, CONTRACT_SEED, endContractRun, Findings, knownValues, watchCost } from '../../utils/contract-run.js';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';

/** An answer slower than this is a finding: the gateway is stuck on that input. */
const ANSWER_WITHIN_MS = 10_000;

/** A Node stack frame, `at fn (file.js:1:2)`, which no answer may carry. */
const STACK_FRAME = /\bat \S+ \(?[^\s()]+:\d+:\d+\)?/;

/** How one generated request departs from what the schema asks for, if it does. */
type Mode = 'valid' | 'variable' | 'missing' | 'extra' | 'key';

interface Case {
  mode: Mode;
  variables: Record<string, unknown>;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: unknown; path?: unknown; extensions?: { code?: unknown } }>;
}

/** What a field's answer is asked for: its leaves two levels down, and the type's name where there are none. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isAbstractType(named) || depth >= 2 || !isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => {
      const inner = selectionOf(field.type, depth + 1);
      return `${field.name} ${inner}`.trim();
    });
  return `{ __typename ${fields.join(' ')} }`;
}

/** The operation that calls one root field with every argument as a variable of its own type. */
function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind} Contract${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
}

function caseOf(field: GraphQLField<unknown, unknown>, known: KnownValues): fc.Arbitrary<Case> {
  // An argument with a default (the session) is mostly left out, as clients do.
  const valueOf = (arg: GraphQLArgument) =>
    arg.defaultValue === undefined
      ? fromGraphQLType(arg.type, known, arg.name)
      : fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fromGraphQLType(arg.type, known, arg.name) });
  const valid = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg)])));
  const names = field.args.map((arg) => arg.name);
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name);
  const modes: Mode[] = ['valid', 'valid', 'valid', 'key', 'extra'];
  if (names.length > 0) modes.push('variable', 'variable');
  if (required.length > 0) modes.push('missing');
  return fc
    .record({
      mode: fc.constantFrom(...modes),
      variables: valid,
      name: fc.constantFrom(...(names.length > 0 ? names : ['none'])),
      dropped: fc.constantFrom(...(required.length > 0 ? required : ['none'])),
      hostile: hostileValue,
    })
    .map(({ mode, variables, name, dropped, hostile }): Case => {
      if (mode === 'variable') return { mode, variables: { ...variables, [name]: hostile } };
      if (mode === 'missing') return { mode, variables: Object.fromEntries(Object.entries(variables).filter(([key]) => key !== dropped)) };
      if (mode === 'extra') return { mode, variables: { ...variables, notDeclared: hostile } };
      return { mode, variables };
    });
}

/** The problem with an answer, or undefined when it is one the GraphQL over HTTP rules and the error table allow. */
function problemOf(status: number, text: string): string | undefined {
  if (status >= 500 && status !== 503) return `status ${status}`;
  if (STACK_FRAME.test(text)) return 'a stack trace in the body';
  let body: GraphQLAnswer;
  try {
    body = JSON.parse(text) as GraphQLAnswer;
  } catch {
    return `a body that is not JSON: ${text.slice(0, 200)}`;
  }
  if (body.data === undefined && !body.errors?.length) return 'neither data nor errors';
  for (const error of body.errors ?? []) {
    if (typeof error.message !== 'string' || error.message === '') return `an error without a message: ${JSON.stringify(error)}`;
    const code = error.extensions?.code;
    if (typeof code !== 'string') return `an error without a code: ${JSON.stringify(error).slice(0, 200)}`;
    if (code === 'INTERNAL') return `INTERNAL: ${error.message}`;
    if (!(code in errorTable) && !code.startsWith('GRAPHQL_') && code !== 'BAD_REQUEST') return `a code not in the table: ${code}`;
  }
  if (status === 200 && body.data === null && body.errors?.some((error) => Array.isArray(error.path)))
    return 'a field error that nulled the whole answer';
  return undefined;
}

describe('the GraphQL contract', () => {
  it('answers every query and mutation field, with valid and hostile variables, with data or coded errors, never INTERNAL', async ({
    annotate,
  }) => {
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const introspection = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const schema = buildClientSchema(((await introspection.json()) as { data: IntrospectionQuery }).data);
    const known = await knownValues(gateway);
    const findings = new Findings();
    const fields = (['query', 'mutation'] as const).flatMap((kind) =>
      Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).map((field) => ({ kind, field })),
    );
    // What ends the session or its link would leave the rest with nothing to act on: it runs last.
    const last = (name: string) => /^(deleteSession|stopSession|logout|sandboxDisconnect)$/.test(name);
    fields.sort((a, b) => Number(last(a.field.name)) - Number(last(b.field.name)));
    let requests = 0;
    const cost = watchCost();

    for (const [index, { kind, field }] of fields.entries()) {
      const query = operationOf(kind, field);
      const cases = fc.sample(caseOf(field, known), { numRuns: CONTRACT_RUNS, seed: CONTRACT_SEED + index });
      for (const test of cases) {
        const body = JSON.stringify({ query, variables: test.variables });
        const where = `${field.name} [${test.mode}] ${body.slice(query.length + 24, query.length + 144)}`;
        requests++;
        const response = await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(test.mode !== 'key' && { 'x-api-key': TEST_API_KEY }) },
          body,
          signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
        }).catch((error: Error) => error);
        if (response instanceof Error) {
          findings.add(where, `no answer (${String((response.cause as Error | undefined)?.message ?? response.message)})`);
          continue;
        }
        const text = await response.text();
        const problem = problemOf(response.status, text);
        if (problem) findings.add(where, problem);
        if (test.mode === 'key' && response.status !== 401 && !field.name.match(/^(health|version)$/))
          findings.add(where, `without a key: ${response.status}`);
      }
    }

    await endContractRun(gateway, {
      summary: `GraphQL contract: ${requests} requests over ${fields.length} fields`,
      findings,
      cost,
      annotate,
    });
  }, 240_000);
});
