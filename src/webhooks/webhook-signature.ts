import { createHmac, randomBytes } from 'node:crypto';

/** A new webhook's secret when none is given: 32 random bytes, prefixed so it is recognisable in a vault. */
export const generateSecret = () => `whsec_${randomBytes(32).toString('hex')}`;

/**
 * `X-WaQtor-Signature`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The timestamp is signed
 * with the body, so a receiver that also checks its age refuses a captured request replayed later.
 */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}
