import { z } from 'zod';
import { parseTrustProxy } from '../http/client-address.js';
import { flag, integer } from './env-values.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** JSON lines for a log collector, or readable lines for a person at a terminal. */
const logFormats = ['json', 'pretty'] as const;
const API_KEY_REQUIRED = 'API_KEY is required: set it in .env to a long random secret (e.g. `openssl rand -hex 32`)';
/** The key `.env.example` ships with: everyone who has read that file knows it. */
const EXAMPLE_API_KEY = 'change-me-to-a-long-random-secret';

/** The HTTP server: where it listens, who may call it, and what a slow or greedy client may hold. */
export const serverConfig = z
  .object({
    API_KEY: z.string({ error: API_KEY_REQUIRED }).trim().min(1, API_KEY_REQUIRED),
    PORT: integer('PORT', 0, 65535).default(8080),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}` }).default('info'),
    LOG_FORMAT: z.enum(logFormats, { error: `LOG_FORMAT must be one of ${logFormats.join(', ')}` }).default('json'),
    IDEMPOTENCY_TTL_MS: integer('IDEMPOTENCY_TTL_MS', 1000).default(24 * 60 * 60_000),
    METRICS_PUBLIC: flag('METRICS_PUBLIC').default(false),
    TRUST_PROXY: z
      .string()
      .trim()
      .default('false')
      .transform((value, ctx) => {
        const parsed = parseTrustProxy(value);
        if ('error' in parsed) {
          ctx.addIssue({ code: 'custom', message: `TRUST_PROXY ${parsed.error}` });
          return z.NEVER;
        }
        return parsed.trust;
      }),
    WS_PING_INTERVAL_MS: integer('WS_PING_INTERVAL_MS', 100).default(30_000),
    HTTP_HEADERS_TIMEOUT_MS: integer('HTTP_HEADERS_TIMEOUT_MS', 100).default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: integer('HTTP_REQUEST_TIMEOUT_MS', 1_000).default(300_000),
    HTTP_MAX_CONNECTIONS_PER_CLIENT: integer('HTTP_MAX_CONNECTIONS_PER_CLIENT', 1).default(256),
    // A gateway started from a checkout is most often a trial on the machine at hand; the image, which
    // is made to be reached from elsewhere, sets it to false.
    TRIAL: flag('TRIAL').default(true),
  })
  .superRefine((env, ctx) => {
    if (env.API_KEY === EXAMPLE_API_KEY && !env.TRIAL) {
      ctx.addIssue({
        code: 'custom',
        path: ['API_KEY'],
        message:
          'API_KEY is still the example value from .env.example: set it to a long random secret (e.g. `openssl rand -hex 32`), or set TRIAL=true to try the gateway with it',
      });
    }
  })
  .transform((env) => ({
    apiKey: env.API_KEY,
    apiKeyIsExample: env.API_KEY === EXAMPLE_API_KEY,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    idempotency: { ttlMs: env.IDEMPOTENCY_TTL_MS },
    metrics: { public: env.METRICS_PUBLIC },
    trustProxy: env.TRUST_PROXY,
    webSocket: { pingIntervalMs: env.WS_PING_INTERVAL_MS },
    http: {
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      // A request's whole body never gets less time than its headers.
      requestTimeoutMs: Math.max(env.HTTP_REQUEST_TIMEOUT_MS, env.HTTP_HEADERS_TIMEOUT_MS),
      maxConnectionsPerClient: env.HTTP_MAX_CONNECTIONS_PER_CLIENT,
    },
  }));

/** How many requests a client may make: the standard limit, and the strict one of costly operations. */
export const limitsConfig = z
  .object({
    // A person at the dashboard (a page load is a few requests) and a client polling once a second never
    // meet it; a refused client waits at most a minute.
    RATE_LIMIT_STANDARD_MAX: integer('RATE_LIMIT_STANDARD_MAX', 1).default(300),
    RATE_LIMIT_STANDARD_WINDOW_MS: integer('RATE_LIMIT_STANDARD_WINDOW_MS', 100).default(60_000),
    RATE_LIMIT_STRICT_MAX: integer('RATE_LIMIT_STRICT_MAX', 1).default(10),
    RATE_LIMIT_STRICT_WINDOW_MS: integer('RATE_LIMIT_STRICT_WINDOW_MS', 100).default(60 * 60_000),
  })
  .transform((env) => ({
    rateLimits: {
      standard: { max: env.RATE_LIMIT_STANDARD_MAX, windowMs: env.RATE_LIMIT_STANDARD_WINDOW_MS },
      strict: { max: env.RATE_LIMIT_STRICT_MAX, windowMs: env.RATE_LIMIT_STRICT_WINDOW_MS },
    },
  }));
