/** An answer of the gateway's error table (extensions.code), with its problems by field when it has them. */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Field path without the argument (`phone`, `recipients.2.phone`) → what is wrong with it. */
    readonly fields: ReadonlyMap<string, string> = new Map(),
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

interface ErrorJson {
  message?: string;
  extensions?: { code?: string; fields?: Array<{ path: Array<string | number>; message: string }> };
}

export function gatewayErrorOf(error: ErrorJson | undefined, fallbackCode: string): GatewayError {
  const fields = new Map<string, string>();
  for (const problem of error?.extensions?.fields ?? []) {
    // The first element is the argument (`input`); a form knows its fields by the rest.
    const path = problem.path.slice(1).join('.');
    fields.set(path, fields.has(path) ? `${fields.get(path)}; ${problem.message}` : problem.message);
  }
  return new GatewayError(error?.extensions?.code ?? fallbackCode, error?.message ?? 'The gateway did not answer', fields);
}

/** What a person should read for an error, in words. */
export function describeError(error: unknown): string {
  if (!(error instanceof GatewayError)) return 'Could not reach the gateway. Is it running?';
  if (error.code === 'RATE_LIMITED') return `Too many requests: ${error.message}`;
  if (error.code === 'CLIENT_NOT_READY') return 'WhatsApp is not linked yet: scan the QR code first.';
  return error.message;
}
