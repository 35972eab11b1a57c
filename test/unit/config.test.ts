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
  it('takes an event sink from EVENT_SINK_TYPE, EVENT_SINK_URL and EVENT_SINK_TARGET, together and of a matching scheme', () => {
    const sink = {
      API_KEY: 'k',
      EVENT_SINK_TYPE: 'amqp',
      EVENT_SINK_URL: 'amqp://user:pw@rabbit:5672/vhost',
      EVENT_SINK_TARGET: 'whatsapp',
    };
    expect(loadConfig(sink).webhooks.sink).toEqual({
      type: 'amqp',
      url: 'amqp://user:pw@rabbit:5672/vhost',
      target: 'whatsapp',
      events: ['*'],
    });
    expect(loadConfig({ API_KEY: 'k' }).webhooks.sink).toBeUndefined();
    expect(problems({ ...sink, EVENT_SINK_TARGET: '' })).toEqual([
      'EVENT_SINK_URL, EVENT_SINK_TYPE and EVENT_SINK_TARGET go together: the broker, its kind and where on it to publish',
    ]);
    expect(problems({ ...sink, EVENT_SINK_TYPE: 'mqtt' })).toEqual([
      'EVENT_SINK_URL must be a mqtt:// or mqtts:// or ws:// or wss:// URL for a mqtt sink, e.g. mqtt://user:password@mosquitto:1883',
    ]);
    expect(problems({ ...sink, EVENT_SINK_TYPE: 'kafka' })).toEqual(['EVENT_SINK_TYPE must be one of amqp, nats, mqtt']);
    expect(problems({ ...sink, EVENT_SINK_TARGET: 'a b' })).toEqual([
      'EVENT_SINK_TARGET must be an exchange name: letters, digits and . : - _, not starting with amq.',
    ]);
    expect(problems({ ...sink, EVENT_SINK_TARGET: 'amq.topic' })).toHaveLength(1);
    expect(problems({ ...sink, EVENT_SINK_TYPE: 'nats', EVENT_SINK_URL: 'nats://n:4222', EVENT_SINK_TARGET: 'a.>' })).toEqual([
      'EVENT_SINK_TARGET must be a subject prefix: tokens of letters, digits, : - _ joined by dots, e.g. waqtor.events',
    ]);
    expect(problems({ ...sink, EVENT_SINK_TYPE: 'mqtt', EVENT_SINK_URL: 'mqtt://m:1883', EVENT_SINK_TARGET: 'a/#' })).toHaveLength(1);
    expect(problems({ ...sink, EVENT_SINK_EVENTS: 'message, nonsense' })).toHaveLength(1);
  });

  it('refuses the example API_KEY unless the gateway is a trial (TRIAL=false is what the image sets)', () => {
    const example = 'change-me-to-a-long-random-secret';
    expect(problems({ API_KEY: example, TRIAL: 'false' })).toEqual([
      'API_KEY is still the example value from .env.example: set it to a long random secret (e.g. `openssl rand -hex 32`), or set TRIAL=true to try the gateway with it',
    ]);
    expect(loadConfig({ API_KEY: example })).toMatchObject({ apiKeyIsExample: true });
    expect(loadConfig({ API_KEY: example, TRIAL: 'true' })).toMatchObject({ apiKeyIsExample: true });
    expect(loadConfig({ API_KEY: 'a-secret-of-my-own', TRIAL: 'false' })).toMatchObject({ apiKeyIsExample: false });
    expect(problems({ API_KEY: example, TRIAL: 'maybe' })).toEqual(['TRIAL must be true or false']);
  });

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

  it('reports the problems of every concern in one start: a missing key does not hide the cluster settings a REDIS_URL needs', () => {
    expect(problems({ REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([
      'API_KEY is required: set it in .env to a long random secret (e.g. `openssl rand -hex 32`)',
      'REDIS_URL needs DATABASE_URL: the nodes of a cluster share their state in PostgreSQL (unset REDIS_URL to run one gateway on SQLite)',
      'CLUSTER_ADVERTISE_URL is required in cluster mode (DATABASE_URL and REDIS_URL set): the http://host:port the other nodes reach this one at',
      'CLUSTER_SECRET is required in cluster mode (DATABASE_URL and REDIS_URL set): the same long random secret on every node (e.g. `openssl rand -hex 32`)',
    ]);
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
      'BULK_DELAY_MIN_MS must not be greater than BULK_DELAY_MAX_MS',
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

describe('cluster settings', () => {
  const cluster = {
    API_KEY: 'k',
    DATABASE_URL: 'postgres://waqtor@db.internal:5432/waqtor',
    REDIS_URL: 'redis://redis.internal:6379',
    CLUSTER_ADVERTISE_URL: 'http://10.0.0.5:8080/',
    CLUSTER_SECRET: '0123456789abcdef0123',
  };

  it('turns cluster mode on with PostgreSQL and Redis, with its defaults; one gateway keeps its files', () => {
    expect(loadConfig({ ...cluster, NODE_ID: 'node-a' })).toMatchObject({
      nodeId: 'node-a',
      sessions: { leaseTtlMs: 30_000 },
      whatsapp: { loginStore: 'database' },
      cluster: { redisUrl: cluster.REDIS_URL, advertiseUrl: 'http://10.0.0.5:8080', maxSessions: 50, secret: cluster.CLUSTER_SECRET },
    });
    expect(loadConfig({ ...cluster, WHATSAPP_LOGIN_STORE: 'files' }).whatsapp.loginStore).toBe('files');
    const single = loadConfig({ API_KEY: 'k' });
    expect(single.cluster).toBeUndefined();
    expect(single.whatsapp.loginStore).toBe('files');
    expect(single.nodeId).toBeUndefined();
  });

  it('stops start-up with one line per missing or inconsistent setting', () => {
    expect(
      problems({
        API_KEY: 'k',
        REDIS_URL: cluster.REDIS_URL,
        CLUSTER_ADVERTISE_URL: cluster.CLUSTER_ADVERTISE_URL,
        CLUSTER_SECRET: cluster.CLUSTER_SECRET,
      }),
    ).toEqual([
      'REDIS_URL needs DATABASE_URL: the nodes of a cluster share their state in PostgreSQL (unset REDIS_URL to run one gateway on SQLite)',
    ]);
    expect(problems({ ...cluster, CLUSTER_ADVERTISE_URL: '', CLUSTER_SECRET: '' })).toEqual([
      'CLUSTER_ADVERTISE_URL is required in cluster mode (DATABASE_URL and REDIS_URL set): the http://host:port the other nodes reach this one at',
      'CLUSTER_SECRET is required in cluster mode (DATABASE_URL and REDIS_URL set): the same long random secret on every node (e.g. `openssl rand -hex 32`)',
    ]);
    expect(problems({ API_KEY: 'k', CLUSTER_SECRET: cluster.CLUSTER_SECRET })).toEqual([
      'CLUSTER_ADVERTISE_URL and CLUSTER_SECRET only apply in cluster mode: set REDIS_URL (and DATABASE_URL), or unset them',
    ]);
    expect(problems({ ...cluster, REDIS_URL: 'http://redis.internal' })).toEqual(['REDIS_URL must be a redis:// or rediss:// URL']);
    expect(problems({ ...cluster, CLUSTER_ADVERTISE_URL: 'http://10.0.0.5:8080/api' })).toEqual([
      'CLUSTER_ADVERTISE_URL must be the http(s)://host:port where the other nodes reach this one, with no path',
    ]);
    expect(problems({ ...cluster, CLUSTER_SECRET: 'short' })).toEqual([
      'CLUSTER_SECRET must be at least 16 characters (e.g. `openssl rand -hex 32`)',
    ]);
    expect(problems({ ...cluster, NODE_MAX_SESSIONS: '0', SESSION_LEASE_TTL_MS: '10' })).toEqual([
      'NODE_MAX_SESSIONS must be at least 1',
      'SESSION_LEASE_TTL_MS must be at least 1000',
    ]);
  });
});
