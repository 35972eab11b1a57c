import { describe, expect, it } from 'vitest';
import { judge, retryAfterMs } from '../../../src/webhooks/retry-policy.js';

const policy = { baseMs: 5_000, maxMs: 3_600_000, maxAgeMs: 24 * 3_600_000 };
const created = new Date('2026-11-25T00:00:00Z');
const now = new Date('2026-11-25T00:01:00Z');
const waitOf = (verdict: ReturnType<typeof judge>) => (verdict.kind === 'retry' ? verdict.at.getTime() - now.getTime() : NaN);

describe('the webhook retry policy', () => {
  it('takes any 2xx as delivered', () => {
    for (const statusCode of [200, 201, 204, 299]) expect(judge({ statusCode }, 1, created, now, policy)).toEqual({ kind: 'delivered' });
  });

  it('retries timeouts, connection errors, 408, 429 and 5xx; gives up on other answers at once', () => {
    for (const statusCode of [408, 429, 500, 502, 503, 504]) expect(judge({ statusCode }, 1, created, now, policy).kind).toBe('retry');
    expect(judge({ error: 'could not connect: ECONNREFUSED', retryable: true }, 1, created, now, policy).kind).toBe('retry');
    for (const statusCode of [301, 400, 401, 403, 404, 410, 422]) {
      expect(judge({ statusCode }, 1, created, now, policy)).toEqual({
        kind: 'dead',
        reason: `HTTP ${statusCode}: not retried`,
        expired: false,
      });
    }
    expect(judge({ error: 'a private address', retryable: false }, 1, created, now, policy)).toEqual({
      kind: 'dead',
      reason: 'a private address: not retried',
      expired: false,
    });
  });

  it('waits a random time up to base·2^(attempt-1) (full jitter), capped at the max', () => {
    expect(waitOf(judge({ statusCode: 500 }, 1, created, now, policy, () => 0))).toBe(0);
    expect(waitOf(judge({ statusCode: 500 }, 1, created, now, policy, () => 0.9999999999))).toBe(5_000);
    expect(waitOf(judge({ statusCode: 500 }, 4, created, now, policy, () => 0.5))).toBe(20_000);
    expect(waitOf(judge({ statusCode: 500 }, 30, created, now, policy, () => 0.9999999999))).toBe(3_600_000);
    expect(waitOf(judge({ statusCode: 500 }, 5000, created, now, policy, () => 0.9999999999))).toBe(3_600_000);
  });

  it("honours the receiver's Retry-After, within the cap", () => {
    expect(waitOf(judge({ statusCode: 429, retryAfterMs: 120_000 }, 1, created, now, policy))).toBe(120_000);
    expect(waitOf(judge({ statusCode: 503, retryAfterMs: 86_400_000 }, 1, created, now, policy))).toBe(3_600_000);
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 00:02:00 GMT', now.getTime())).toBe(60_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });

  it('gives up on a delivery whose next try would fall past the max age', () => {
    const old = new Date(now.getTime() - policy.maxAgeMs + 1_000);
    expect(judge({ statusCode: 500 }, 20, old, now, policy, () => 0).kind).toBe('retry');
    expect(judge({ statusCode: 500 }, 20, old, now, policy, () => 0.5)).toEqual({
      kind: 'dead',
      reason: 'HTTP 500: still failing after the maximum age (WEBHOOK_MAX_AGE_MS)',
      expired: true,
    });
  });
});
