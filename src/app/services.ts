import { BulkSendService } from '../campaigns/bulk-send-service.js';
import { CampaignAnnouncer } from '../campaigns/campaign-announcer.js';
import { CampaignRunners } from '../campaigns/campaign-runners.js';
import { CampaignService } from '../campaigns/campaign-service.js';
import { CampaignStore } from '../campaigns/campaign-store.js';
import { RecipientLedger } from '../campaigns/recipient-ledger.js';
import { OptOutList } from '../campaigns/opt-out-list.js';
import { OptOutService } from '../campaigns/opt-out-service.js';
import { SendCaps } from '../campaigns/send-caps.js';
import { ClusterChannel } from '../cluster/cluster-channel.js';
import { HopMarker } from '../cluster/hop-marker.js';
import { NodeRegistry } from '../cluster/node-registry.js';
import type { RedisLinks } from '../cluster/redis-links.js';
import { SessionPlacement } from '../cluster/session-placement.js';
import { SessionRouter } from '../cluster/session-router.js';
import type { Config } from '../config.js';
import { leaseOwnerId } from '../db/lease-owner.js';
import { waitForDatabase, type Database } from '../db/orm.js';
import { EventBus } from '../events.js';
import { frameOf } from '../graphql/event-frame.js';
import type { ClusterServices, GraphQLServices } from '../graphql/context.js';
import { RateLimits } from '../http/rate-limits.js';
import { IdempotencyStore } from '../idempotency/idempotency-store.js';
import { ApiKeyStore } from '../keys/api-key-store.js';
import { KeyService } from '../keys/key-service.js';
import type { Logger } from '../logger.js';
import { MessageLog } from '../messaging/message-log.js';
import { MessageHistory } from '../messaging/message-history.js';
import { ChatHistory } from '../messaging/chat-history.js';
import { MessagingService } from '../messaging/messaging-service.js';
import { CallAnswering } from '../messaging/call-answering.js';
import { ContactService } from '../messaging/contact-service.js';
import { GroupService } from '../messaging/group-service.js';
import { LabelService } from '../messaging/label-service.js';
import { ChannelService } from '../messaging/channel-service.js';
import { StoryService } from '../messaging/story-service.js';
import { LidPhones } from '../messaging/lid-phones.js';
import { MediaCache } from '../messaging/media/media-cache.js';
import { MediaDownloads } from '../messaging/media/media-downloads.js';
import { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { DatabaseLoginStore } from '../sessions/database-login-store.js';
import { DatabaseSandboxLogins } from '../sessions/database-sandbox-logins.js';
import { DatabaseWebVersions } from '../sessions/database-web-versions.js';
import { SessionLease } from '../sessions/session-lease.js';
import { SessionLimits } from '../sessions/session-limits.js';
import { SessionManager } from '../sessions/session-manager.js';
import { SessionStanding } from '../sessions/session-standing.js';
import { SessionService } from '../sessions/session-service.js';
import { SessionStore } from '../sessions/session-store.js';
import { readVersionInfo } from '../version.js';
import { SinkPublishers } from '../webhooks/sinks/sink-publishers.js';
import { WebhookPoster } from '../webhooks/webhook-poster.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { EventPipeline } from './event-pipeline.js';
import { EventSinkService } from '../webhooks/event-sink-service.js';
import { WebhookService } from '../webhooks/webhook-service.js';
import { WebhookStore } from '../webhooks/webhook-store.js';
import { WebhookWorker } from '../webhooks/webhook-worker.js';
import { createDriver } from '../whatsapp/create-driver.js';

/** How a running idempotent request keeps its key; a repeat takes it over this long after its process died. */
const IDEMPOTENCY_LEASE_MS = 60_000;

/** A cluster's Redis, and what its names there start with, so two clusters on one Redis never meet. */
export interface SharedRedis {
  redis: RedisLinks;
  namespace: string;
}

/** The services the API sees, and the parts only the composition root wires and starts. */
export interface Gateway extends GraphQLServices {
  database: Database;
  /** In a cluster: what the nodes tell each other, and who places the sessions. */
  channel?: ClusterChannel;
  placement?: SessionPlacement;
  outbox: WebhookOutbox;
  webhookWorker: WebhookWorker;
  webhookStore: WebhookStore;
  mediaCache: MediaCache;
}

/**
 * The object graph: every service, built on an open database, with the event pipeline that connects
 * them. Building opens, starts and subscribes to nothing; the lifecycle starts them.
 */
export function buildServices(config: Config, logger: Logger, database: Database, shared?: SharedRedis): Gateway {
  const channel = shared && new ClusterChannel(shared.redis.commands, shared.redis.control, `${shared.namespace}:cluster`, logger);
  const bus = new EventBus(shared && { target: shared.redis.eventTarget, topic: `${shared.namespace}:events` });
  // In a cluster the node's id names it in the nodes table and as the holder of its sessions' leases.
  const owner = config.nodeId ?? leaseOwnerId();
  const metrics = new GatewayMetrics(config.cluster && owner);
  const version = readVersionInfo();
  const { leaseTtlMs } = config.sessions;
  const messageLog = new MessageLog(database);
  const history = new MessageHistory(database, config.database.kind);
  const lids = new LidPhones(database, logger);
  const loginStore = config.whatsapp.loginStore === 'database' ? new DatabaseLoginStore(database, config.whatsapp.sessionPath) : undefined;
  const sandboxLogins = new DatabaseSandboxLogins(database);
  const webVersions = { wwebjs: new DatabaseWebVersions(database, 'wwebjs'), sandbox: new DatabaseWebVersions(database, 'sandbox') };
  const standing = new SessionStanding();
  const openSessions = new SessionManager({
    createDriver: (session, settings) =>
      createDriver(config, session, settings, logger, { wwebjs: loginStore, sandbox: sandboxLogins }, webVersions),
    lease: new SessionLease(database, owner, leaseTtlMs),
    standing,
    onLeaseLost: (session): Promise<void> => campaigns.stopSession(session),
    onFenced: (session) => storedSessions.reopenLater(session, leaseTtlMs / 3),
    waitForDatabase: (signal) => waitForDatabase(database, signal),
    dropped: (session, count) => metrics.eventsDropped.inc({ session }, count),
    logger,
  });
  const sessionStore = new SessionStore(database);
  const limits = new SessionLimits({
    store: sessionStore,
    isOpenHere: (session) => openSessions.isOpen(session),
    bus,
    metrics,
    logger,
    assumedMs: config.limits.assumedMs,
    pauseCampaigns: (session, reason): Promise<void> => campaigns.pauseRunning(session, reason),
    resumeCampaigns: (session): Promise<void> => campaigns.resumePaused(session),
  });
  const messaging = new MessagingService(
    openSessions,
    messageLog,
    {
      media: config.media,
      testRecipient: config.testRecipient,
      waitForDatabase: () => waitForDatabase(database),
      limits,
      sendToNewContactsWhileLimited: config.limits.sendToNewContacts,
    },
    metrics,
    logger,
    lids,
    history,
  );
  const calls = new CallAnswering(openSessions, messaging, config.calls, logger);
  const mediaCache = new MediaCache(config.mediaCache.path, config.mediaCache.ttlMs);

  const campaignStore = new CampaignStore(database);
  const ledger = new RecipientLedger(database);
  const webhookStore = new WebhookStore(database, () => channel?.announce('webhooks'));
  const optOutList = new OptOutList(database, config.campaigns.optOutKeywords);
  const announcer = new CampaignAnnouncer(campaignStore, bus);
  const runners = new CampaignRunners({
    store: campaignStore,
    ledger,
    optOutList,
    caps: new SendCaps(ledger, config.campaigns.caps),
    messaging,
    openSessions,
    announcer,
    logger,
    pacing: { campaign: config.campaigns.pacing, bulk: config.campaigns.bulk },
    waitForDatabase: (signal) => waitForDatabase(database, signal),
  });
  const campaigns = new CampaignService({
    store: campaignStore,
    ledger,
    runners,
    announcer,
    optOutList,
    openSessions,
    schedulerIntervalMs: config.campaigns.schedulerIntervalMs,
    countUnannounced: (session, moved) => {
      for (const { state } of moved) metrics.campaignRecipients.inc({ session, state });
    },
    logger,
  });
  const storedSessions = new SessionService({
    store: sessionStore,
    manager: openSessions,
    campaigns,
    limits,
    purgeHistory: async (session) => {
      await campaignStore.deleteOfSession(session);
      await messageLog.deleteOfSession(session);
      await optOutList.deleteOfSession(session);
      for (const id of await webhookStore.hearingOnly(session)) await webhookStore.delete(id);
    },
    defaultDriver: config.whatsapp.driver,
    node: owner,
    placement: channel && { wake: () => channel.announce('placement') },
    logger,
  });
  const keys = new KeyService({
    store: new ApiKeyStore(database),
    adminKey: config.apiKey,
    sessionExists: (name) => storedSessions.exists(name),
    changed: () => channel?.announce('keys'),
    logger,
  });
  const bulk = new BulkSendService(campaignStore, ledger, runners, openSessions, { maxRecipients: config.campaigns.bulk.maxRecipients });
  const optOuts = new OptOutService(optOutList, logger);

  const outbox = new WebhookOutbox(database, webhookStore, async (event) => (await frameOf(event)).data);
  bus.addRecorder((event, transaction) => history.record(event, transaction));
  bus.addRecorder((event, transaction) => outbox.record(event, transaction));
  openSessions.handEventsTo(
    new EventPipeline({ lids, messageLog, history, campaigns, bus, optOuts, storedSessions, standing, limits, calls, logger }),
  );
  const webhookWorker = new WebhookWorker({
    store: webhookStore,
    poster: new WebhookPoster({ timeoutMs: config.webhooks.timeoutMs, allowPrivateUrls: config.webhooks.allowPrivateUrls }),
    publishers: new SinkPublishers(),
    policy: config.webhooks.retry,
    owner,
    userAgent: `WaQtor-Webhook/${version.waqtor}`,
    bus,
    metrics,
    logger,
  });
  const webhooks = new WebhookService(webhookStore, webhookWorker, { allowPrivateUrls: config.webhooks.allowPrivateUrls }, logger);
  const eventSinks = new EventSinkService(webhookStore, webhookWorker, logger);
  const rateLimits = new RateLimits(config.rateLimits, shared && { client: shared.redis.commands, prefix: `${shared.namespace}:rate` });
  const idempotency = new IdempotencyStore(database, { ttlMs: config.idempotency.ttlMs, leaseMs: IDEMPOTENCY_LEASE_MS });

  let cluster: ClusterServices | undefined;
  let placement: SessionPlacement | undefined;
  if (config.cluster && channel) {
    const registry = new NodeRegistry(
      database,
      { id: owner, advertiseUrl: config.cluster.advertiseUrl, maxSessions: config.cluster.maxSessions },
      leaseTtlMs,
    );
    const hops = new HopMarker(config.cluster.secret);
    const router = new SessionRouter({ store: sessionStore, registry, hops, isOpenHere: (name) => openSessions.isOpen(name), leaseTtlMs });
    cluster = { registry, hops, router };
    placement = new SessionPlacement({
      registry,
      channel,
      unowned: () => sessionStore.unowned(),
      claim: (name) => storedSessions.runHere(name),
      leaseTtlMs,
      logger,
    });
  }

  return {
    config,
    database,
    cluster,
    channel,
    placement,
    bus,
    metrics,
    version,
    openSessions,
    storedSessions,
    limits,
    calls,
    keys,
    messageLog,
    messaging,
    contacts: new ContactService(openSessions, lids),
    groups: new GroupService(openSessions),
    labels: new LabelService(openSessions),
    channels: new ChannelService(openSessions, config.media),
    stories: new StoryService(openSessions, config.media),
    history,
    chatHistory: new ChatHistory(openSessions, history, logger),
    mediaCache,
    media: new MediaDownloads(openSessions, mediaCache),
    campaigns,
    bulk,
    optOuts,
    idempotency,
    rateLimits,
    webhooks,
    eventSinks,
    webhookStore,
    outbox,
    webhookWorker,
  };
}
