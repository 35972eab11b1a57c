import type { IncomingMessage } from 'node:http';
import type { BulkSendService } from '../campaigns/bulk-send-service.js';
import type { CampaignService } from '../campaigns/campaign-service.js';
import type { OptOutService } from '../campaigns/opt-out-service.js';
import type { HopMarker } from '../cluster/hop-marker.js';
import type { NodeRegistry } from '../cluster/node-registry.js';
import type { SessionRouter } from '../cluster/session-router.js';
import type { Config } from '../config.js';
import type { EventBus } from '../events.js';
import type { RateLimits } from '../http/rate-limits.js';
import type { Caller } from '../domain/caller.js';
import type { Credential, KeyService } from '../keys/key-service.js';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';
import type { MessageLog } from '../messaging/message-log.js';
import type { MessagingService } from '../messaging/messaging-service.js';
import type { ContactService } from '../messaging/contact-service.js';
import type { LabelService } from '../messaging/label-service.js';
import type { ChannelService } from '../messaging/channel-service.js';
import type { StoryService } from '../messaging/story-service.js';
import type { MessageHistory } from '../messaging/message-history.js';
import type { ChatHistory } from '../messaging/chat-history.js';
import type { GroupService } from '../messaging/group-service.js';
import type { MediaDownloads } from '../messaging/media/media-downloads.js';
import type { Door } from './http-call.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import type { SessionLimits } from '../sessions/session-limits.js';
import type { CallAnswering } from '../messaging/call-answering.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { SessionService } from '../sessions/session-service.js';
import type { VersionInfo } from '../version.js';
import type { EventSinkService } from '../webhooks/event-sink-service.js';
import type { WebhookService } from '../webhooks/webhook-service.js';

/**
 * What resolvers and plugins may call: services only, never a driver or the ORM directly. The composition
 * root builds an object of this shape; the schema depends on the shape, not on the root.
 */
export interface GraphQLServices {
  config: Config;
  /** The sessions open on this node: their drivers and leases. */
  openSessions: SessionManager;
  /** Every session the gateway keeps, open here or not: created, started, stopped, deleted. */
  storedSessions: SessionService;
  /** The sessions WhatsApp limits now, among those open here. */
  limits: SessionLimits;
  calls: CallAnswering;
  keys: KeyService;
  messaging: MessagingService;
  contacts: ContactService;
  groups: GroupService;
  labels: LabelService;
  channels: ChannelService;
  stories: StoryService;
  history: MessageHistory;
  chatHistory: ChatHistory;
  media: MediaDownloads;
  messageLog: MessageLog;
  campaigns: CampaignService;
  bulk: BulkSendService;
  optOuts: OptOutService;
  idempotency: IdempotencyStore;
  rateLimits: RateLimits;
  metrics: GatewayMetrics;
  webhooks: WebhookService;
  eventSinks: EventSinkService;
  bus: EventBus;
  version: VersionInfo;
  /** Present when the gateway runs as a node of a cluster. */
  cluster?: ClusterServices;
}

/** What a node of a cluster adds: the other nodes, and the way to the one that runs a session. */
export interface ClusterServices {
  registry: NodeRegistry;
  router: SessionRouter;
  hops: HopMarker;
}

export interface GraphQLContext {
  services: GraphQLServices;
  /**
   * Who is calling: read from the request's key over HTTP; given by the door for a socket (checked at
   * connect) and for the gateway's own subscriber.
   */
  credential: Credential;
  /** The way the operation came, with what an HTTP request says beyond its operation. */
  door: Door;
  /** The Node request that reached the gateway (the upgrade request on a socket): who is calling. */
  req?: IncomingMessage;
  /** Sessions the operation names that do not exist: the fields that name them answer NOT_FOUND. */
  unknownSessions?: ReadonlySet<string>;
  /** graphql-ws's connection_init payload (`{apiKey}`), on a socket. */
  connectionParams?: Readonly<Record<string, unknown>>;
}

/** The caller of an operation, which got past the key check (a public one may have no caller). */
export function callerOf(context: GraphQLContext): Caller | undefined {
  return context.credential.ok ? context.credential.caller : undefined;
}

/** The caller of an operation that is not public, which the key check let through only with one. */
export function requireCaller(context: GraphQLContext): Caller {
  const caller = callerOf(context);
  if (!caller) throw new Error('an operation that is not public ran without a caller');
  return caller;
}
