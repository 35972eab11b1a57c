/**
 * The one error table of the gateway. Services throw GatewayError; each transport maps the code at its
 * edge (GraphQL `extensions.code`, the REST status and envelope, the raw socket's frames), so a door never
 * invents its own errors and a stack trace never reaches a client.
 */
export const errorStatus = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  IDEMPOTENCY_CONFLICT: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UPSTREAM_FAILED: 502,
  CLIENT_NOT_READY: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in errorStatus;

/** One problem with an input, at the path of the field it concerns (`["input", "phone"]`). */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

export class GatewayError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; fields?: FieldProblem[] },
  ) {
    super(message, options);
    this.name = 'GatewayError';
    this.fields = options?.fields ?? [];
  }

  /** Which fields were wrong, for clients that show each problem beside its field. */
  readonly fields: FieldProblem[];
}

export const badInput = (message: string, fields?: FieldProblem[]) => new GatewayError('BAD_USER_INPUT', message, { fields });
export const notFound = (message: string) => new GatewayError('NOT_FOUND', message);
export const clientNotReady = () => new GatewayError('CLIENT_NOT_READY', 'WhatsApp client not ready');
export const upstreamFailed = (message: string, cause?: unknown) => new GatewayError('UPSTREAM_FAILED', message, { cause });
