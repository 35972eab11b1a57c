import { z } from 'zod';
import { integer } from './env-values.js';

const DAY_MS = 24 * 60 * 60_000;

/** The database (SQLite by default, PostgreSQL with DATABASE_URL) and how long it keeps what ended. */
export const storeConfig = z
  .object({
    DATABASE_PATH: z.string().trim().min(1).default('./runtime/db/waqtor.db'),
    DATABASE_URL: z
      .string()
      .trim()
      .optional()
      .refine(
        (value) => !value || /^postgres(ql)?:\/\//.test(value),
        'DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite at DATABASE_PATH)',
      ),
    WEBHOOK_RETENTION_DAYS: integer('WEBHOOK_RETENTION_DAYS', 1).default(7),
    MESSAGE_RETENTION_DAYS: integer('MESSAGE_RETENTION_DAYS', 0).default(90),
  })
  .transform((env) => ({
    database: env.DATABASE_URL
      ? ({ kind: 'postgresql', url: env.DATABASE_URL } as const)
      : ({ kind: 'sqlite', path: env.DATABASE_PATH } as const),
    retention: {
      webhookDeliveriesMs: env.WEBHOOK_RETENTION_DAYS * DAY_MS,
      // 0 keeps message records for ever.
      messagesMs: env.MESSAGE_RETENTION_DAYS > 0 ? env.MESSAGE_RETENTION_DAYS * DAY_MS : undefined,
    },
  }));
