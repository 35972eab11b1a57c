import { GraphQLError, type ExecutionResult } from 'graphql';
import { databaseUnavailable, errorTable, GatewayError, isDatabaseUnavailable, isErrorCode, type ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Gives every error leaving the schema an `extensions.code` from the error table. Domain errors keep their
 * message; GraphQL's own (syntax, validation, variable coercion, query limits) are the client's input;
 * a database that does not answer is DATABASE_UNAVAILABLE, for the client to retry; anything else is an
 * unexpected failure: logged here, and shown to the client only as "Internal server error".
 */
export function createErrorMasker(logger: Logger) {
  return (error: unknown): GraphQLError => {
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    let original = graphQLError ? graphQLError.originalError : error;
    if (!(original instanceof GatewayError) && isDatabaseUnavailable(original)) {
      logger.warn({ reason: (original as Error).message, path: graphQLError?.path?.join('.') }, 'the database did not answer');
      original = databaseUnavailable(original);
    }
    if (original instanceof GatewayError) {
      const extensions = {
        ...(original.fields.length > 0 && { fields: original.fields }),
        ...(original.uncertain && { uncertain: true }),
        ...(original.hint !== undefined && { hint: original.hint }),
        ...(original.retryAfterSeconds !== undefined && { retryAfter: original.retryAfterSeconds }),
      };
      return withCode(graphQLError, original.message, original.code, extensions);
    }
    if (graphQLError && (!original || original instanceof GraphQLError)) return withTableCode(graphQLError);
    logger.error({ err: original, path: graphQLError?.path?.join('.') }, 'unexpected error in a resolver');
    return withCode(graphQLError, 'Internal server error', 'INTERNAL');
  };
}

/** GraphQL's own errors carry no code, or codes of yoga's (GRAPHQL_VALIDATION_FAILED…): the input was wrong. */
export function withTableCode(error: GraphQLError): GraphQLError {
  return isErrorCode(error.extensions.code) ? error : withCode(error, readableCoercionError(error.message), 'BAD_USER_INPUT');
}

const coercionError = /^Variable "\$(\w+)" got invalid value .*?(?: at "\1(?:\.([^"]+)|(\[[^"]+))")?; (.*)$/s;
const nullVariable = /^Variable "\$(\w+)" of non-null type "[^"]+" must not be null\.$/;

/** GraphQL's words for a value of the wrong type, and the plain words a client is told instead. */
const plainReasons: Array<[RegExp, (field: string, ...found: string[]) => string]> = [
  [/^Expected non-nullable type "[^"]+" not to be null\.$/, (field) => `${field} is required`],
  [/^Field "(\w+)" of required type "[^"]+" was not provided\.$/, (field, name) => `${field ? `${field}.` : ''}${name} is required`],
  [
    /^(?:String|ID) cannot represent (?:a non string )?value: (.*)$/s,
    (field, value) => `${field} must be text (a JSON string), not ${value}`,
  ],
  [/^Int cannot represent non-integer value: (.*)$/s, (field, value) => `${field} must be a whole number, not ${value}`],
  [
    /^Int cannot represent non 32-bit signed integer value: (.*)$/s,
    (field, value) => `${field} must be a whole number from -2147483648 to 2147483647, not ${value}`,
  ],
  [/^Float cannot represent non numeric value: (.*)$/s, (field, value) => `${field} must be a number, not ${value}`],
  [/^JSONObject cannot represent non-object value: (.*)$/s, (field, value) => `${field} must be a JSON object, not ${value}`],
  [/^Boolean cannot represent a non boolean value: (.*)$/s, (field, value) => `${field} must be true or false, not ${value}`],
  [
    /^Field "(\w+)" is not defined by type "[^"]+"\.(.*)$/s,
    (field, name, more) => `${field ? `${field}.` : ''}${name} is not a field here.${more}`,
  ],
];

/**
 * A variable that does not fit its type is named by the field it went wrong at, as a client wrote it
 * (`phone must be text…`), not by the operation's variables, which a REST client never sees, and in plain
 * words rather than GraphQL's type names.
 */
export function readableCoercionError(message: string): string {
  const missing = nullVariable.exec(message);
  if (missing) return `${missing[1]} is required`;
  const match = coercionError.exec(message);
  if (!match) return message;
  const [, variable, path, index, reason] = match;
  // A field of the `input` object is named without it: `phone`, not `input.phone`.
  const field = path ?? (index ? `${variable}${index}` : variable === 'input' ? '' : variable!);
  for (const [pattern, plain] of plainReasons) {
    const found = pattern.exec(reason!);
    if (found) return plain(field, ...found.slice(1));
  }
  return `${field || variable}: ${reason}`;
}

/**
 * What a plugin answers when it refuses an operation before it runs: one coded error, with its HTTP status
 * and, where the table's is too general, a hint of its own.
 */
export function refusedWith(code: ErrorCode, message: string, hint?: string): ExecutionResult {
  const extensions = { code, ...(hint !== undefined && { hint }), http: { status: errorTable[code].status } };
  return { errors: [new GraphQLError(message, { extensions })] };
}

/** The same error without yoga's HTTP status hint, which means nothing on a socket. */
export function withoutHttpHint(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

function withCode(source: GraphQLError | undefined, message: string, code: ErrorCode, more: Record<string, unknown> = {}): GraphQLError {
  const http = source?.extensions.http;
  return new GraphQLError(message, {
    nodes: source?.nodes,
    source: source?.source,
    positions: source?.positions,
    path: source?.path,
    extensions: { code, ...more, ...(http && { http }) },
  });
}
