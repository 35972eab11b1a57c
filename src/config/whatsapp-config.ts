import { z } from 'zod';
import { defaultDriver, driverKinds } from '../domain/driver-kinds.js';
import { normalizePhoneNumber } from '../domain/phone-number.js';
import { flag, integer, ordered, presence } from './env-values.js';

/** The WhatsApp drivers: which one sessions use, where logins are kept, and each driver's own settings. */
export const whatsappConfig = z
  .object({
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
    WHATSAPP_DRIVER: z.enum(driverKinds, { error: `WHATSAPP_DRIVER must be one of ${driverKinds.join(', ')}` }).optional(),
    WHATSAPP_SESSION_PATH: z.string().trim().min(1).default('./runtime/session'),
    WHATSAPP_LOGIN_STORE: z.enum(['database', 'files'], { error: 'WHATSAPP_LOGIN_STORE must be database or files' }).optional(),
    REDIS_URL: presence,
    CHROME_PATH: z.string().trim().min(1).optional(),
    WWEBJS_WEB_VERSION: z.string().trim().min(1).optional(),
    WWEBJS_VERSION_FALLBACK_AFTER: integer('WWEBJS_VERSION_FALLBACK_AFTER', 1, 100).default(3),
    WWEBJS_INIT_TIMEOUT_MS: integer('WWEBJS_INIT_TIMEOUT_MS', 1000).default(120_000),
    WWEBJS_READY_TIMEOUT_MS: integer('WWEBJS_READY_TIMEOUT_MS', 1000).default(120_000),
    WWEBJS_LIVENESS_INTERVAL_MS: integer('WWEBJS_LIVENESS_INTERVAL_MS', 1000).default(30_000),
    WWEBJS_DIALOG_CHECK_MS: integer('WWEBJS_DIALOG_CHECK_MS', 100).default(5_000),
    WWEBJS_RESTART_BASE_MS: integer('WWEBJS_RESTART_BASE_MS', 100).default(2_000),
    WWEBJS_RESTART_MAX_MS: integer('WWEBJS_RESTART_MAX_MS', 100).default(300_000),
    WWEBJS_ON_CONFLICT: z.enum(['takeover', 'yield'], { error: 'WWEBJS_ON_CONFLICT must be takeover or yield' }).default('takeover'),
    CALLS_AUTO_REJECT: flag('CALLS_AUTO_REJECT').default(false),
    CALLS_REJECT_MESSAGE: z.string().trim().max(4096, 'CALLS_REJECT_MESSAGE: at most 4096 characters').optional(),
    LIMITED_SEND_TO_NEW_CONTACTS: flag('LIMITED_SEND_TO_NEW_CONTACTS').default(false),
    LIMIT_ASSUMED_HOURS: integer('LIMIT_ASSUMED_HOURS', 1, 24 * 14).default(24),
    SANDBOX_AUTO_LINK_MS: integer('SANDBOX_AUTO_LINK_MS', -1).optional(),
    SANDBOX_ACK_DELAY_MS: integer('SANDBOX_ACK_DELAY_MS', 0).default(1000),
    SANDBOX_LATENCY_MS: integer('SANDBOX_LATENCY_MS', 0).default(0),
    SANDBOX_QR_REFRESH_MS: integer('SANDBOX_QR_REFRESH_MS', 1000).default(30_000),
    SANDBOX_OUTBOX_PATH: z.string().trim().min(1).optional(),
  })
  .refine(...ordered('WWEBJS_RESTART_BASE_MS', 'WWEBJS_RESTART_MAX_MS'))
  .transform((env) => ({
    testRecipient: env.TEST_PHONE_NUMBER,
    whatsapp: {
      driver: env.WHATSAPP_DRIVER ?? defaultDriver,
      driverChosenByDefault: env.WHATSAPP_DRIVER === undefined,
      sessionPath: env.WHATSAPP_SESSION_PATH,
      // A cluster keeps logins where every node reads them, unless the session folder itself is shared.
      loginStore: env.WHATSAPP_LOGIN_STORE ?? (env.REDIS_URL ? 'database' : 'files'),
      chromePath: env.CHROME_PATH,
    },
    calls: {
      autoReject: env.CALLS_AUTO_REJECT,
      rejectMessage: env.CALLS_REJECT_MESSAGE || undefined,
    },
    limits: {
      // While WhatsApp limits a session: whether sends (campaigns included) to people who never wrote to
      // the account are still tried, or refused at once (ACCOUNT_LIMITED) so the account does not push on.
      sendToNewContacts: env.LIMITED_SEND_TO_NEW_CONTACTS,
      // whatsapp-web.js never says when a limit ends: one with no end is taken to hold this long.
      assumedMs: env.LIMIT_ASSUMED_HOURS * 3_600_000,
    },
    wwebjs: {
      initTimeoutMs: env.WWEBJS_INIT_TIMEOUT_MS,
      readyTimeoutMs: env.WWEBJS_READY_TIMEOUT_MS,
      livenessIntervalMs: env.WWEBJS_LIVENESS_INTERVAL_MS,
      livenessTimeoutMs: Math.min(env.WWEBJS_LIVENESS_INTERVAL_MS, 15_000),
      dialogCheckMs: env.WWEBJS_DIALOG_CHECK_MS,
      webVersion: env.WWEBJS_WEB_VERSION,
      versionFallbackAfter: env.WWEBJS_VERSION_FALLBACK_AFTER,
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
  }));
