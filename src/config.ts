import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { defaultDriver, driverKinds } from './domain/driver-kinds.js';
import { parseTrustProxy } from './http/client-address.js';
import { normalizePhoneNumber } from './domain/phone-number.js';
import { webhookEvents, webhookSecret, webhookUrl } from './domain/webhook-settings.js';

const integer = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const flag = (name: string) => z.stringbool({ error: `${name} must be true or false` });

const DAY_MS = 24 * 60 * 60_000;

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every setting the gateway reads, with its default. `.env.example` documents each one; keep them in step.
 */
const environmentSchema = z
  .object({
    API_KEY: z
      .string({ error: 'API_KEY is required: set it in .env to a long random secret (e.g. `openssl rand -hex 32`)' })
      .trim()
      .min(1, 'API_KEY is required: set it in .env to a long random secret (e.g. `openssl rand -hex 32`)'),
    PORT: integer('PORT', 0, 65535).default(8080),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}` }).default('info'),
    TEST_PHONE_NUMBER: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return undefined;
        const result = normalizePhoneNumber(value);
        if (!result.ok) {
          ctx.addIssue({ code: 'custom', message: `TEST_PHONE_NUMBER: ${result.error}` });
          return z.NEVER;
        }
        return result.recipient;
      }),
    DATABASE_PATH: z.string().trim().min(1).default('./runtime/db/waqtor.db'),
    DATABASE_URL: z
      .string()
      .trim()
      .optional()
      .refine(
        (value) => !value || /^postgres(ql)?:\/\//.test(value),
        'DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite at DATABASE_PATH)',
      ),
    WHATSAPP_DRIVER: z.enum(driverKinds, { error: `WHATSAPP_DRIVER must be one of ${driverKinds.join(', ')}` }).optional(),
    WHATSAPP_SESSION_PATH: z.string().trim().min(1).default('./runtime/session'),
    WHATSAPP_LOGIN_STORE: z.enum(['database', 'files'], { error: 'WHATSAPP_LOGIN_STORE must be database or files' }).optional(),
    CHROME_PATH: z.string().trim().min(1).optional(),
    WWEBJS_WEB_VERSION: z.string().trim().min(1).optional(),
    WWEBJS_INIT_TIMEOUT_MS: integer('WWEBJS_INIT_TIMEOUT_MS', 1000).default(120_000),
    WWEBJS_READY_TIMEOUT_MS: integer('WWEBJS_READY_TIMEOUT_MS', 1000).default(120_000),
    WWEBJS_LIVENESS_INTERVAL_MS: integer('WWEBJS_LIVENESS_INTERVAL_MS', 1000).default(30_000),
    WWEBJS_RESTART_BASE_MS: integer('WWEBJS_RESTART_BASE_MS', 100).default(2_000),
    WWEBJS_RESTART_MAX_MS: integer('WWEBJS_RESTART_MAX_MS', 100).default(300_000),
    WWEBJS_ON_CONFLICT: z.enum(['takeover', 'yield'], { error: 'WWEBJS_ON_CONFLICT must be takeover or yield' }).default('takeover'),
    SANDBOX_AUTO_LINK_MS: integer('SANDBOX_AUTO_LINK_MS', -1).optional(),
    SANDBOX_ACK_DELAY_MS: integer('SANDBOX_ACK_DELAY_MS', 0).default(1000),
    SANDBOX_LATENCY_MS: integer('SANDBOX_LATENCY_MS', 0).default(0),
    SANDBOX_QR_REFRESH_MS: integer('SANDBOX_QR_REFRESH_MS', 1000).default(30_000),
    SANDBOX_OUTBOX_PATH: z.string().trim().min(1).optional(),
    MEDIA_MAX_BYTES: integer('MEDIA_MAX_BYTES', 1).default(16 * 1024 * 1024),
    MEDIA_TIMEOUT_MS: integer('MEDIA_TIMEOUT_MS', 100).default(30_000),
    MEDIA_MAX_REDIRECTS: integer('MEDIA_MAX_REDIRECTS', 0, 20).default(5),
    MEDIA_ALLOW_PRIVATE_URLS: flag('MEDIA_ALLOW_PRIVATE_URLS').default(false),
    MEDIA_CACHE_PATH: z.string().trim().min(1).default('./runtime/media'),
    MEDIA_CACHE_TTL_MS: integer('MEDIA_CACHE_TTL_MS', 1000).default(24 * 60 * 60_000),
    BULK_MAX_RECIPIENTS: integer('BULK_MAX_RECIPIENTS', 1).default(1000),
    BULK_DELAY_MIN_MS: integer('BULK_DELAY_MIN_MS', 0).default(1000),
    BULK_DELAY_MAX_MS: integer('BULK_DELAY_MAX_MS', 0).default(3000),
    CAMPAIGN_DELAY_MIN_MS: integer('CAMPAIGN_DELAY_MIN_MS', 0).default(20_000),
    CAMPAIGN_DELAY_MAX_MS: integer('CAMPAIGN_DELAY_MAX_MS', 0).default(60_000),
    CAMPAIGN_MAX_PER_HOUR: integer('CAMPAIGN_MAX_PER_HOUR', 0).default(60),
    CAMPAIGN_MAX_PER_DAY: integer('CAMPAIGN_MAX_PER_DAY', 0).default(250),
    CAMPAIGN_SCHEDULER_INTERVAL_MS: integer('CAMPAIGN_SCHEDULER_INTERVAL_MS', 100).default(5_000),
    OPTOUT_KEYWORDS: z
      .string()
      .default('STOP, UNSUBSCRIBE')
      .transform((value) =>
        value
          .split(',')
          .map((keyword) => keyword.trim())
          .filter(Boolean),
      ),
    IDEMPOTENCY_TTL_MS: integer('IDEMPOTENCY_TTL_MS', 1000).default(24 * 60 * 60_000),
    METRICS_PUBLIC: flag('METRICS_PUBLIC').default(false),
    WEBHOOK_URL: webhookUrl.optional(),
    WEBHOOK_EVENTS: z
      .string()
      .default('*')
      .transform((value) =>
        value
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      )
      .pipe(webhookEvents),
    WEBHOOK_SECRET: webhookSecret.optional(),
    WEBHOOK_TIMEOUT_MS: integer('WEBHOOK_TIMEOUT_MS', 100).default(10_000),
    WEBHOOK_ALLOW_PRIVATE_URLS: flag('WEBHOOK_ALLOW_PRIVATE_URLS').default(false),
    WEBHOOK_RETENTION_DAYS: integer('WEBHOOK_RETENTION_DAYS', 1).default(7),
    MESSAGE_RETENTION_DAYS: integer('MESSAGE_RETENTION_DAYS', 0).default(90),
    WEBHOOK_RETRY_BASE_MS: integer('WEBHOOK_RETRY_BASE_MS', 10).default(5_000),
    WEBHOOK_RETRY_MAX_MS: integer('WEBHOOK_RETRY_MAX_MS', 10).default(60 * 60_000),
    WEBHOOK_MAX_AGE_MS: integer('WEBHOOK_MAX_AGE_MS', 100).default(24 * 60 * 60_000),
    RATE_LIMIT_STANDARD_MAX: integer('RATE_LIMIT_STANDARD_MAX', 1).default(100),
    RATE_LIMIT_STANDARD_WINDOW_MS: integer('RATE_LIMIT_STANDARD_WINDOW_MS', 100).default(15 * 60_000),
    RATE_LIMIT_STRICT_MAX: integer('RATE_LIMIT_STRICT_MAX', 1).default(10),
    RATE_LIMIT_STRICT_WINDOW_MS: integer('RATE_LIMIT_STRICT_WINDOW_MS', 100).default(60 * 60_000),
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
    REDIS_URL: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^rediss?:\/\//.test(value), 'REDIS_URL must be a redis:// or rediss:// URL'),
    NODE_ID: z
      .string()
      .trim()
      .max(200, 'NODE_ID must be at most 200 characters')
      .regex(/^[\w.:@ ()-]+$/, 'NODE_ID may hold letters, digits, spaces and . : @ ( ) - _')
      .optional(),
    CLUSTER_ADVERTISE_URL: z
      .string()
      .trim()
      .optional()
      .refine(
        (value) => !value || /^https?:\/\/[^/]+\/?$/.test(value),
        'CLUSTER_ADVERTISE_URL must be the http(s)://host:port where the other nodes reach this one, with no path',
      ),
    NODE_MAX_SESSIONS: integer('NODE_MAX_SESSIONS', 1).default(50),
    SESSION_LEASE_TTL_MS: integer('SESSION_LEASE_TTL_MS', 1000).default(30_000),
    CLUSTER_SECRET: z.string().trim().min(16, 'CLUSTER_SECRET must be at least 16 characters (e.g. `openssl rand -hex 32`)').optional(),
  })
  .refine((env) => env.BULK_DELAY_MIN_MS <= env.BULK_DELAY_MAX_MS, {
    message: 'BULK_DELAY_MIN_MS must not be greater than BULK_DELAY_MAX_MS',
    path: ['BULK_DELAY_MIN_MS'],
  })
  .refine((env) => env.CAMPAIGN_DELAY_MIN_MS <= env.CAMPAIGN_DELAY_MAX_MS, {
    message: 'CAMPAIGN_DELAY_MIN_MS must not be greater than CAMPAIGN_DELAY_MAX_MS',
    path: ['CAMPAIGN_DELAY_MIN_MS'],
  })
  .refine((env) => !env.WEBHOOK_URL || env.WEBHOOK_SECRET, {
    message: 'WEBHOOK_SECRET is required with WEBHOOK_URL: the key its deliveries are signed with (e.g. `openssl rand -hex 32`)',
    path: ['WEBHOOK_SECRET'],
  })
  .refine((env) => env.WEBHOOK_RETRY_BASE_MS <= env.WEBHOOK_RETRY_MAX_MS, {
    message: 'WEBHOOK_RETRY_BASE_MS must not be greater than WEBHOOK_RETRY_MAX_MS',
    path: ['WEBHOOK_RETRY_BASE_MS'],
  })
  .refine((env) => !env.REDIS_URL || env.DATABASE_URL, {
    message:
      'REDIS_URL needs DATABASE_URL: the nodes of a cluster share their state in PostgreSQL (unset REDIS_URL to run one gateway on SQLite)',
    path: ['REDIS_URL'],
  })
  .refine((env) => !env.REDIS_URL || env.CLUSTER_ADVERTISE_URL, {
    message:
      'CLUSTER_ADVERTISE_URL is required in cluster mode (DATABASE_URL and REDIS_URL set): the http://host:port the other nodes reach this one at',
    path: ['CLUSTER_ADVERTISE_URL'],
  })
  .refine((env) => !env.REDIS_URL || env.CLUSTER_SECRET, {
    message:
      'CLUSTER_SECRET is required in cluster mode (DATABASE_URL and REDIS_URL set): the same long random secret on every node (e.g. `openssl rand -hex 32`)',
    path: ['CLUSTER_SECRET'],
  })
  .refine((env) => env.REDIS_URL || (!env.CLUSTER_ADVERTISE_URL && !env.CLUSTER_SECRET), {
    message: 'CLUSTER_ADVERTISE_URL and CLUSTER_SECRET only apply in cluster mode: set REDIS_URL (and DATABASE_URL), or unset them',
    path: ['CLUSTER_ADVERTISE_URL'],
  })
  .refine((env) => env.WWEBJS_RESTART_BASE_MS <= env.WWEBJS_RESTART_MAX_MS, {
    message: 'WWEBJS_RESTART_BASE_MS must not be greater than WWEBJS_RESTART_MAX_MS',
    path: ['WWEBJS_RESTART_BASE_MS'],
  });

function toConfig(env: z.output<typeof environmentSchema>) {
  return {
    apiKey: env.API_KEY,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    testRecipient: env.TEST_PHONE_NUMBER,
    database: env.DATABASE_URL
      ? ({ kind: 'postgresql', url: env.DATABASE_URL } as const)
      : ({ kind: 'sqlite', path: env.DATABASE_PATH } as const),
    whatsapp: {
      driver: env.WHATSAPP_DRIVER ?? defaultDriver,
      driverChosenByDefault: env.WHATSAPP_DRIVER === undefined,
      sessionPath: env.WHATSAPP_SESSION_PATH,
      // A cluster keeps logins where every node reads them, unless the session folder itself is shared.
      loginStore: env.WHATSAPP_LOGIN_STORE ?? (env.REDIS_URL ? 'database' : 'files'),
      chromePath: env.CHROME_PATH,
      webVersion: env.WWEBJS_WEB_VERSION,
    },
    wwebjs: {
      initTimeoutMs: env.WWEBJS_INIT_TIMEOUT_MS,
      readyTimeoutMs: env.WWEBJS_READY_TIMEOUT_MS,
      livenessIntervalMs: env.WWEBJS_LIVENESS_INTERVAL_MS,
      livenessTimeoutMs: Math.min(env.WWEBJS_LIVENESS_INTERVAL_MS, 15_000),
      // Leaves room, within the 10 s shutdown deadline, to kill what destroy() did not close.
      destroyTimeoutMs: 5_000,
      restart: { baseMs: env.WWEBJS_RESTART_BASE_MS, maxMs: env.WWEBJS_RESTART_MAX_MS },
      onConflict: env.WWEBJS_ON_CONFLICT,
    },
    sandbox: {
      autoLinkMs: env.SANDBOX_AUTO_LINK_MS !== undefined && env.SANDBOX_AUTO_LINK_MS >= 0 ? env.SANDBOX_AUTO_LINK_MS : undefined,
      ackDelayMs: env.SANDBOX_ACK_DELAY_MS,
      latencyMs: env.SANDBOX_LATENCY_MS,
      qrRefreshMs: env.SANDBOX_QR_REFRESH_MS,
      sentLogPath: env.SANDBOX_OUTBOX_PATH,
    },
    media: {
      maxBytes: env.MEDIA_MAX_BYTES,
      timeoutMs: env.MEDIA_TIMEOUT_MS,
      maxRedirects: env.MEDIA_MAX_REDIRECTS,
      allowPrivateUrls: env.MEDIA_ALLOW_PRIVATE_URLS,
    },
    mediaCache: { path: env.MEDIA_CACHE_PATH, ttlMs: env.MEDIA_CACHE_TTL_MS },
    campaigns: {
      pacing: { delayMinMs: env.CAMPAIGN_DELAY_MIN_MS, delayMaxMs: env.CAMPAIGN_DELAY_MAX_MS },
      caps: { perHour: env.CAMPAIGN_MAX_PER_HOUR, perDay: env.CAMPAIGN_MAX_PER_DAY },
      schedulerIntervalMs: env.CAMPAIGN_SCHEDULER_INTERVAL_MS,
      optOutKeywords: env.OPTOUT_KEYWORDS,
      bulk: { maxRecipients: env.BULK_MAX_RECIPIENTS, delayMinMs: env.BULK_DELAY_MIN_MS, delayMaxMs: env.BULK_DELAY_MAX_MS },
    },
    idempotency: { ttlMs: env.IDEMPOTENCY_TTL_MS },
    retention: {
      webhookDeliveriesMs: env.WEBHOOK_RETENTION_DAYS * DAY_MS,
      // 0 keeps message records for ever.
      messagesMs: env.MESSAGE_RETENTION_DAYS > 0 ? env.MESSAGE_RETENTION_DAYS * DAY_MS : undefined,
    },
    metrics: { public: env.METRICS_PUBLIC },
    webhooks: {
      configured:
        env.WEBHOOK_URL && env.WEBHOOK_SECRET
          ? { url: env.WEBHOOK_URL, events: env.WEBHOOK_EVENTS, secret: env.WEBHOOK_SECRET }
          : undefined,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      allowPrivateUrls: env.WEBHOOK_ALLOW_PRIVATE_URLS,
      retry: { baseMs: env.WEBHOOK_RETRY_BASE_MS, maxMs: env.WEBHOOK_RETRY_MAX_MS, maxAgeMs: env.WEBHOOK_MAX_AGE_MS },
    },
    rateLimits: {
      standard: { max: env.RATE_LIMIT_STANDARD_MAX, windowMs: env.RATE_LIMIT_STANDARD_WINDOW_MS },
      strict: { max: env.RATE_LIMIT_STRICT_MAX, windowMs: env.RATE_LIMIT_STRICT_WINDOW_MS },
    },
    trustProxy: env.TRUST_PROXY,
    webSocket: { pingIntervalMs: env.WS_PING_INTERVAL_MS },
    http: {
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      // A request's whole body never gets less time than its headers.
      requestTimeoutMs: Math.max(env.HTTP_REQUEST_TIMEOUT_MS, env.HTTP_HEADERS_TIMEOUT_MS),
      maxConnectionsPerClient: env.HTTP_MAX_CONNECTIONS_PER_CLIENT,
    },
    sessions: { leaseTtlMs: env.SESSION_LEASE_TTL_MS },
    /** Unset: the host and pid name this process, as they do its other leases. */
    nodeId: env.NODE_ID,
    cluster:
      env.REDIS_URL && env.DATABASE_URL && env.CLUSTER_ADVERTISE_URL && env.CLUSTER_SECRET
        ? {
            redisUrl: env.REDIS_URL,
            advertiseUrl: env.CLUSTER_ADVERTISE_URL.replace(/\/$/, ''),
            maxSessions: env.NODE_MAX_SESSIONS,
            secret: env.CLUSTER_SECRET,
          }
        : undefined,
  };
}

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` (when present) under the process environment: a variable set in the environment wins. */
export function readEnvironment(envFile = '.env', processEnv: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  return { ...fromFile, ...processEnv };
}

/** Validates the environment; throws a ConfigError listing every problem, never echoing a value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const blanksAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = environmentSchema.safeParse(blanksAsUnset);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => describeIssue(issue)));
  }
  return toConfig(parsed.data);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.');
  return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
}
