import type { CampaignService } from './campaigns/campaign-service.js';
import type { Config } from './config.js';
import type { EventBus } from './events.js';
import type { IdempotencyStore } from './idempotency/idempotency-store.js';
import type { MessageLog } from './messaging/message-log.js';
import type { GatewayMetrics } from './metrics/gateway-metrics.js';
import type { MessagingService } from './messaging/messaging-service.js';
import type { SessionManager } from './sessions/session-manager.js';
import type { VersionInfo } from './version.js';
import type { WebhookService } from './webhooks/webhook-service.js';

/** What the API layer may call: services only, never a driver or the ORM directly. */
export interface Services {
  config: Config;
  sessions: SessionManager;
  messaging: MessagingService;
  messages: MessageLog;
  campaigns: CampaignService;
  idempotency: IdempotencyStore;
  metrics: GatewayMetrics;
  webhooks: WebhookService;
  bus: EventBus;
  version: VersionInfo;
}
