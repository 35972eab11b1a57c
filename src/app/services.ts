import { BulkSendService } from '../campaigns/bulk-send-service.js';
import { CampaignAnnouncer } from '../campaigns/campaign-announcer.js';
import { CampaignRunners } from '../campaigns/campaign-runners.js';
import { CampaignService } from '../campaigns/campaign-service.js';
import { CampaignStore } from '../campaigns/campaign-store.js';
import { OptOutList } from '../campaigns/opt-out-list.js';
import { OptOutService } from '../campaigns/opt-out-service.js';
import { SendCaps } from '../campaigns/send-caps.js';
import type { Config } from '../config.js';
import { leaseOwnerId } from '../db/lease-owner.js';
import type { Database } from '../db/orm.js';
import { EventBus } from '../events.js';
import { frameOf } from '../graphql/event-frame.js';
import type { GraphQLServices } from '../graphql/context.js';
import { RateLimits } from '../http/rate-limits.js';
import { IdempotencyStore } from '../idempotency/idempotency-store.js';
import { ApiKeyStore } from '../keys/api-key-store.js';
import { KeyService } from '../keys/key-service.js';
import type { Logger } from '../logger.js';
import { MessageLog } from '../messaging/message-log.js';
import { MessagingService } from '../messaging/messaging-service.js';
import { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { SessionLease } from '../sessions/session-lease.js';
import { SessionManager } from '../sessions/session-manager.js';
import { SessionService } from '../sessions/session-service.js';
import { SessionStore } from '../sessions/session-store.js';
import { readVersionInfo } from '../version.js';
import { WebhookPoster } from '../webhooks/webhook-poster.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { WebhookService } from '../webhooks/webhook-service.js';
import { WebhookStore } from '../webhooks/webhook-store.js';
import { WebhookWorker } from '../webhooks/webhook-worker.js';
import { createDriver } from '../whatsapp/create-driver.js';

/** How long a session lease lasts without renewal; a crashed gateway's session is free again after it. */
const SESSION_LEASE_TTL_MS = 30_000;
/** How a running idempotent request keeps its key; a repeat takes it over this long after its process died. */
const IDEMPOTENCY_LEASE_MS = 60_000;

/** The services the API sees, and the parts only the composition root wires and starts. */
export interface Gateway extends GraphQLServices {
  database: Database;
  outbox: WebhookOutbox;
  webhookWorker: WebhookWorker;
  webhookStore: WebhookStore;
}

/**
 * The object graph: every service, built on an open database. Building opens, starts and subscribes to
 * nothing; the event pipeline connects them and the lifecycle starts them.
 */
export function buildServices(config: Config, logger: Logger, database: Database): Gateway {
  const bus = new EventBus();
  const metrics = new GatewayMetrics();
  const version = readVersionInfo();
  const owner = leaseOwnerId();
  const messages = new MessageLog(database);
  const sessions = new SessionManager({
    createDriver: (session, settings) => createDriver(config, session, settings, logger),
    lease: new SessionLease(database, owner, SESSION_LEASE_TTL_MS),
    bus,
    logger,
  });
  const messaging = new MessagingService(sessions, messages, { media: config.media, testRecipient: config.testRecipient }, metrics, logger);

  const campaignStore = new CampaignStore(database);
  const webhookStore = new WebhookStore(database);
  const optOutList = new OptOutList(database, config.campaigns.optOutKeywords);
  const announcer = new CampaignAnnouncer(campaignStore, bus);
  const runners = new CampaignRunners({
    store: campaignStore,
    optOuts: optOutList,
    caps: new SendCaps(campaignStore, config.campaigns.caps),
    messaging,
    sessions,
    announcer,
    logger,
    pacing: { campaign: config.campaigns.pacing, bulk: config.campaigns.bulk },
  });
  const campaigns = new CampaignService({
    store: campaignStore,
    runners,
    announcer,
    optOuts: optOutList,
    sessions,
    schedulerIntervalMs: config.campaigns.schedulerIntervalMs,
    logger,
  });
  const sessionAdmin = new SessionService({
    store: new SessionStore(database),
    manager: sessions,
    campaigns,
    purgeHistory: async (session) => {
      await campaignStore.deleteOfSession(session);
      await messages.deleteOfSession(session);
      await optOutList.deleteOfSession(session);
      for (const id of await webhookStore.hearingOnly(session)) await webhookStore.delete(id);
    },
    defaultDriver: config.whatsapp.driver,
    logger,
  });
  const keys = new KeyService({
    store: new ApiKeyStore(database),
    adminKey: config.apiKey,
    sessionExists: (name) => sessionAdmin.exists(name),
    logger,
  });
  const bulk = new BulkSendService(campaignStore, runners, sessions, { maxRecipients: config.campaigns.bulk.maxRecipients });
  const optOuts = new OptOutService(optOutList, logger);

  const outbox = new WebhookOutbox(database, webhookStore, async (event) => (await frameOf(event)).data);
  const webhookWorker = new WebhookWorker({
    store: webhookStore,
    poster: new WebhookPoster({ timeoutMs: config.webhooks.timeoutMs, allowPrivateUrls: config.webhooks.allowPrivateUrls }),
    policy: config.webhooks.retry,
    owner,
    userAgent: `WaQtor-Webhook/${version.waqtor}`,
    bus,
    metrics,
    logger,
  });
  const webhooks = new WebhookService(webhookStore, webhookWorker, { allowPrivateUrls: config.webhooks.allowPrivateUrls }, logger);
  const rateLimits = new RateLimits(config.rateLimits);
  const idempotency = new IdempotencyStore(database, { ttlMs: config.idempotency.ttlMs, leaseMs: IDEMPOTENCY_LEASE_MS });

  return {
    config,
    database,
    bus,
    metrics,
    version,
    sessions,
    sessionAdmin,
    keys,
    messages,
    messaging,
    campaigns,
    bulk,
    optOuts,
    idempotency,
    rateLimits,
    webhooks,
    webhookStore,
    outbox,
    webhookWorker,
  };
}
