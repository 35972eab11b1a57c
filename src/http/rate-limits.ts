import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AnswerHeaderValues } from './answer-headers.js';

export interface RateLimitPolicy {
  max: number;
  windowMs: number;
}

export interface RateLimitSettings {
  /** Every request a client makes, whichever door it came in by: an operation, or a WebSocket upgrade. */
  standard: RateLimitPolicy;
  /** Operations on fields marked `strictRateLimit`, counted on top of the standard limit. */
  strict: RateLimitPolicy;
}

export type RateLimitTier = keyof RateLimitSettings;

export interface RateLimitVerdict {
  policy: RateLimitPolicy;
  state: RateLimiterRes;
  allowed: boolean;
}

/**
 * One budget per client address and tier, shared by every door: HTTP operations and WebSocket upgrades.
 * In a cluster the counters live in Redis, so the limits hold across the nodes together; while Redis
 * cannot be reached, each node counts on its own rather than refusing everyone.
 */
export class RateLimits {
  readonly #limiters: Record<RateLimitTier, RateLimiterAbstract>;

  constructor(
    private readonly settings: RateLimitSettings,
    shared?: { client: Redis; prefix: string },
  ) {
    const limiter = (tier: RateLimitTier) => {
      const options = { points: settings[tier].max, duration: settings[tier].windowMs / 1000 };
      return shared
        ? new RateLimiterRedis({
            ...options,
            keyPrefix: `${shared.prefix}:${tier}`,
            storeClient: shared.client,
            insuranceLimiter: new RateLimiterMemory({ ...options, keyPrefix: tier }),
          })
        : new RateLimiterMemory({ ...options, keyPrefix: tier });
    };
    this.#limiters = { standard: limiter('standard'), strict: limiter('strict') };
  }

  /** Takes back one request of `client` from `tier`: one the gateway itself asked the client to repeat. */
  async giveBack(tier: RateLimitTier, client: string): Promise<void> {
    await this.#limiters[tier].reward(client, 1);
  }

  /** Counts one request of `client` against `tier`, and says whether it is within the limit. */
  async consume(tier: RateLimitTier, client: string): Promise<RateLimitVerdict> {
    try {
      return { policy: this.settings[tier], state: await this.#limiters[tier].consume(client), allowed: true };
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { policy: this.settings[tier], state: refusal, allowed: false };
      throw refusal;
    }
  }
}

/** The IETF draft's `RateLimit-*` fields (as Express's rate limiter writes them), and Retry-After once refused. */
export function rateLimitHeaders({ policy, state, allowed }: RateLimitVerdict): AnswerHeaderValues {
  const resetSeconds = String(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  return {
    'RateLimit-Policy': `${policy.max};w=${Math.ceil(policy.windowMs / 1000)}`,
    'RateLimit-Limit': String(policy.max),
    'RateLimit-Remaining': String(Math.max(0, state.remainingPoints)),
    'RateLimit-Reset': resetSeconds,
    ...(!allowed && { 'Retry-After': resetSeconds }),
  };
}
