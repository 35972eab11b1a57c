/**
 * How an attempt ended: the receiver's status code, a broker that took the message (an event sink), or an
 * error before either.
 */
export type AttemptResult = { statusCode: number; retryAfterMs?: number } | { accepted: true } | { error: string; retryable: boolean };

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAgeMs: number;
}

export type Verdict = { kind: 'delivered' } | { kind: 'retry'; at: Date } | { kind: 'dead'; reason: string; expired: boolean };

/**
 * 2xx is delivered. Timeouts, connection errors, 408, 429 and 5xx are retried with exponential backoff and
 * full jitter (a random wait up to base·2^(attempt-1), capped), honouring a Retry-After within the cap,
 * until the delivery is older than the max age; any other answer is final at once.
 */
export function judge(
  result: AttemptResult,
  attempt: number,
  createdAt: Date,
  now: Date,
  policy: RetryPolicy,
  random = Math.random,
): Verdict {
  if ('accepted' in result || ('statusCode' in result && result.statusCode >= 200 && result.statusCode < 300)) return { kind: 'delivered' };
  const retryable =
    'error' in result ? result.retryable : result.statusCode === 408 || result.statusCode === 429 || result.statusCode >= 500;
  const failure = 'error' in result ? result.error : `HTTP ${result.statusCode}`;
  if (!retryable) return { kind: 'dead', reason: `${failure}: not retried`, expired: false };
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt - 1, 40));
  const retryAfter =
    'retryAfterMs' in result && result.retryAfterMs !== undefined ? Math.min(result.retryAfterMs, policy.maxMs) : undefined;
  const at = new Date(now.getTime() + (retryAfter ?? Math.round(random() * ceiling)));
  if (at.getTime() - createdAt.getTime() > policy.maxAgeMs)
    return { kind: 'dead', reason: `${failure}: still failing after the maximum age (WEBHOOK_MAX_AGE_MS)`, expired: true };
  return { kind: 'retry', at };
}

/** Retry-After as a wait: seconds, or an HTTP date. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
