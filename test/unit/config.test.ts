import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ API_KEY: 'k' });
    expect(config).toMatchObject({
      port: 8080,
      logLevel: 'info',
      database: { kind: 'sqlite', path: './runtime/db/waqtor.db' },
      whatsapp: { driver: 'wwebjs', driverChosenByDefault: true, sessionPath: './runtime/session' },
      wwebjs: {
        initTimeoutMs: 120_000,
        readyTimeoutMs: 120_000,
        livenessIntervalMs: 30_000,
        restart: { baseMs: 2_000, maxMs: 300_000 },
        onConflict: 'takeover',
      },
      media: { maxBytes: 16 * 1024 * 1024, allowPrivateUrls: false },
      webhooks: { allowPrivateUrls: false, timeoutMs: 10_000 },
      retention: { webhookDeliveriesMs: 7 * 24 * 60 * 60_000, messagesMs: 90 * 24 * 60 * 60_000 },
      campaigns: {
        pacing: { delayMinMs: 20_000, delayMaxMs: 60_000 },
        caps: { perHour: 60, perDay: 250 },
        optOutKeywords: ['STOP', 'UNSUBSCRIBE'],
        bulk: { maxRecipients: 1000 },
      },
    });
  });

  it('keeps message records for ever with MESSAGE_RETENTION_DAYS=0, and refuses a webhook retention under a day', () => {
    expect(loadConfig({ API_KEY: 'k', MESSAGE_RETENTION_DAYS: '0', WEBHOOK_RETENTION_DAYS: '30' }).retention).toEqual({
      webhookDeliveriesMs: 30 * 24 * 60 * 60_000,
      messagesMs: undefined,
    });
    expect(problems({ API_KEY: 'k', WEBHOOK_RETENTION_DAYS: '0', MESSAGE_RETENTION_DAYS: '-1' })).toEqual([
      'WEBHOOK_RETENTION_DAYS must be at least 1',
      'MESSAGE_RETENTION_DAYS must be at least 0',
    ]);
  });

  it('switches to PostgreSQL with a postgres:// DATABASE_URL and normalises the test number', () => {
    const config = loadConfig({ API_KEY: 'k', DATABASE_URL: 'postgres://u@h/db', TEST_PHONE_NUMBER: '+971 50 512 1583' });
    expect(config.database).toEqual({ kind: 'postgresql', url: 'postgres://u@h/db' });
    expect(config.testRecipient).toEqual({ chatId: '971505121583@c.us', to: '971505121583', isGroup: false });
  });

  it('lists every problem, one line each, naming what to fix', () => {
    expect(
      problems({
        PORT: 'abc',
        WHATSAPP_DRIVER: 'baileys',
        MEDIA_ALLOW_PRIVATE_URLS: 'maybe',
        BULK_DELAY_MIN_MS: '5',
        BULK_DELAY_MAX_MS: '1',
      }),
    ).toEqual([
      'API_KEY is required: set it in .env to a long random secret (e.g. `openssl rand -hex 32`)',
      'PORT must be a whole number',
      'WHATSAPP_DRIVER must be one of wwebjs, sandbox',
      'MEDIA_ALLOW_PRIVATE_URLS must be true or false',
    ]);
    expect(problems({ API_KEY: 'k', PORT: '70000' })).toEqual(['PORT must be at most 65535']);
    expect(problems({ API_KEY: 'k', BULK_DELAY_MIN_MS: '5', BULK_DELAY_MAX_MS: '1' })).toEqual([
      'BULK_DELAY_MIN_MS must not be greater than BULK_DELAY_MAX_MS',
    ]);
    expect(problems({ API_KEY: 'k', DATABASE_URL: 'mysql://x' })).toEqual([
      'DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite at DATABASE_PATH)',
    ]);
    expect(problems({ API_KEY: 'k', TEST_PHONE_NUMBER: '0501234567' })).toEqual([
      'TEST_PHONE_NUMBER: Phone number "0501234567" looks like a national number: use the international format with the country code, e.g. 966501234567',
    ]);
  });

  it('treats a blank value as unset', () => {
    expect(problems({ API_KEY: '   ' })).toEqual([
      'API_KEY is required: set it in .env to a long random secret (e.g. `openssl rand -hex 32`)',
    ]);
    expect(loadConfig({ API_KEY: 'k', PORT: '' }).port).toBe(8080);
  });
});
