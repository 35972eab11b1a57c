/**
 * The one error table of the gateway. Services throw GatewayError; each door maps the code at its edge
 * from this table alone (GraphQL `extensions.code`, the REST status and envelope, the OpenAPI document,
 * the raw socket's frames), so a door never invents its own errors and a stack trace never reaches a client.
 *
 * - `status`: the HTTP status of the REST answer;
 * - `hint`: the REST envelope's `message`, what the client can do about it;
 * - `described`: how the OpenAPI document describes an answer with this status.
 */
export const errorTable = {
  BAD_USER_INPUT: {
    status: 400,
    hint: 'Check the request against the API reference',
    described: 'The request is invalid; `error` says what is wrong',
  },
  UNAUTHENTICATED: {
    status: 401,
    hint: 'Provide API key in X-API-Key header or apiKey query parameter',
    described: 'Missing or invalid API key',
  },
  FORBIDDEN: { status: 403, hint: 'This API key may not do that', described: 'API key not authorized' },
  NOT_FOUND: { status: 404, hint: 'Check the id or the route', described: 'Not found' },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    hint: 'Retry with the same Idempotency-Key in a moment to get its answer',
    described: 'A request with this Idempotency-Key is still running; retry with the same key in a moment',
  },
  PAYLOAD_TOO_LARGE: { status: 413, hint: 'Send a smaller body', described: 'Request body too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    hint: 'Send the body as JSON, with Content-Type: application/json',
    described: 'The body is not JSON (its Content-Type says otherwise)',
  },
  IDEMPOTENCY_CONFLICT: {
    status: 422,
    hint: 'Use a new Idempotency-Key for a different request',
    described: 'The Idempotency-Key was used for a different request',
  },
  RATE_LIMITED: {
    status: 429,
    hint: 'You have exceeded the rate limit. Please try again later.',
    described: 'Rate limit exceeded; see the RateLimit-* and Retry-After headers',
  },
  ACCOUNT_LIMITED: {
    status: 429,
    hint: 'WhatsApp limits this account: write to people who wrote to it, or wait for the limit to end (Retry-After, when WhatsApp gave one)',
    described: 'WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends',
  },
  INTERNAL: { status: 500, hint: 'The error was logged; try again', described: 'Internal server error' },
  UPSTREAM_FAILED: { status: 502, hint: 'WhatsApp or the media host refused; see error', described: 'WhatsApp or the media host refused' },
  CLIENT_NOT_READY: { status: 503, hint: 'Please scan QR code first', described: 'WhatsApp client not ready' },
  SESSION_MOVING: {
    status: 503,
    hint: 'Retry after the Retry-After header',
    described: 'The session is moving to another node of the cluster; retry after Retry-After',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    hint: `The gateway's database cannot be reached; retry after the Retry-After header`,
    described: `The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After`,
  },
} as const satisfies Record<string, { status: number; hint: string; described: string }>;

export type ErrorCode = keyof typeof errorTable;

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in errorTable;

/** The code an HTTP status stands for, for documents organised by status. */
export const codeOfStatus = (status: number): ErrorCode | undefined =>
  (Object.keys(errorTable) as ErrorCode[]).find((code) => errorTable[code].status === status);

/** One problem with an input, at the path of the field it concerns (`["input", "phone"]`). */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

export class GatewayError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; fields?: FieldProblem[]; uncertain?: boolean; hint?: string; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = 'GatewayError';
    this.fields = options?.fields ?? [];
    this.uncertain = options?.uncertain ?? false;
    this.hint = options?.hint;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  /** When trying again can succeed, where that is known: an HTTP answer carries it as `Retry-After`. */
  readonly retryAfterSeconds: number | undefined;

  /** What the client can do about it, when the table's hint for the code is not specific enough. */
  readonly hint: string | undefined;

  /** Which fields were wrong, for clients that show each problem beside its field. */
  readonly fields: FieldProblem[];

  /**
   * The failure came after the message may have left (the connection dropped during the send): it must not
   * be sent again, and the answer is kept for a retry with the same idempotency key.
   */
  readonly uncertain: boolean;
}

export const badInput = (message: string, fields?: FieldProblem[]) => new GatewayError('BAD_USER_INPUT', message, { fields });
export const notFound = (message: string) => new GatewayError('NOT_FOUND', message);
export const clientNotReady = () => new GatewayError('CLIENT_NOT_READY', 'WhatsApp client not ready');
export const sendMayHaveLeft = (cause?: unknown) =>
  new GatewayError('UPSTREAM_FAILED', 'The connection dropped during the send; it may have been delivered', { cause, uncertain: true });
export const upstreamFailed = (message: string, cause?: unknown) => new GatewayError('UPSTREAM_FAILED', message, { cause });

/** How long a client is told to wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Failures that say the database cannot answer now, rather than that the statement was wrong: the
 * connection refused, reset, timed out or cut; the server shutting down, starting or read-only; SQLite busy,
 * locked, full or failing to read or write. Matched on the error and its causes, since the ORM, the query
 * builder and the driver each wrap the one before.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
  'EROFS',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_PROTOCOL',
]);
/**
 * PostgreSQL's SQLSTATE classes and codes for the same: connection exceptions (08), insufficient resources
 * (53), operator intervention (57: shutting down, starting up, a cancelled statement), system errors (58),
 * and a read-only transaction (25006, a standby or a read-only server).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57|58)...$|^25006$/;
/**
 * Messages of the same failures where the driver gives no code. Knex swallows the error of a transaction's
 * BEGIN that met a dropped connection and refuses the statements after it as "already complete", so that
 * refusal means the connection was lost: statements inside a transaction never complete it themselves.
 */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Transaction query already complete|Timeout acquiring a connection|Client has encountered a connection error|connection timeout|Query read timeout|Unable to acquire a connection|database is locked|disk is full|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 6; depth += 1) {
    const { code, name } = current as Error & { code?: unknown };
    if (current instanceof GatewayError) return current.code === 'DATABASE_UNAVAILABLE';
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (name === 'KnexTimeoutError' || UNAVAILABLE_MESSAGE.test(current.message)) return true;
    current = current.cause ?? (current as { previous?: unknown }).previous;
  }
  return false;
}

/** The coded error a client sees for a failure of the database to answer; the failure itself goes only to the log. */
export const databaseUnavailable = (cause?: unknown) =>
  new GatewayError('DATABASE_UNAVAILABLE', 'The database cannot be reached', {
    cause,
    hint: `The gateway's database cannot be reached; retry in ${DATABASE_RETRY_AFTER_SECONDS} s`,
  });
