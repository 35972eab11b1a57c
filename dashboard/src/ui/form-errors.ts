import { describeError, GatewayError } from '../api/gateway-error';

/** What a form shows after a refused submit: each problem beside its field, the rest above the button. */
export interface FormErrors {
  fields: Record<string, string>;
  general?: string | undefined;
}

export const noErrors: FormErrors = { fields: {} };

/**
 * Sorts the gateway's problems onto the form's fields. `fieldOf` names the form field for a path of the
 * input (`phone`, `recipients.3.phone`), or nothing for a problem the form shows as a whole.
 */
export function formErrorsOf(error: unknown, fieldOf: (path: string) => string | undefined): FormErrors {
  if (!(error instanceof GatewayError) || error.fields.size === 0) return { fields: {}, general: describeError(error) };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of error.fields) {
    const field = fieldOf(path);
    if (field) fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
    else general.push(message);
  }
  return { fields, general: general.length > 0 ? general.join('; ') : undefined };
}
