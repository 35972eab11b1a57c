import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

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

/** One budget per client address and tier, shared by every door: HTTP operations and WebSocket upgrades. */
export class RateLimits {
  readonly #limiters: Record<RateLimitTier, RateLimiterMemory>;

  constructor(private readonly settings: RateLimitSettings) {
    this.#limiters = {
      standard: new RateLimiterMemory({
        keyPrefix: 'standard',
        points: settings.standard.max,
        duration: settings.standard.windowMs / 1000,
      }),
      strict: new RateLimiterMemory({ keyPrefix: 'strict', points: settings.strict.max, duration: settings.strict.windowMs / 1000 }),
    };
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
export function rateLimitHeaders({ policy, state, allowed }: RateLimitVerdict): Record<string, string> {
  const resetSeconds = String(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  return {
    'RateLimit-Policy': `${policy.max};w=${Math.ceil(policy.windowMs / 1000)}`,
    'RateLimit-Limit': String(policy.max),
    'RateLimit-Remaining': String(Math.max(0, state.remainingPoints)),
    'RateLimit-Reset': resetSeconds,
    ...(!allowed && { 'Retry-After': resetSeconds }),
  };
}
