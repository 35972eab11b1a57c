import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { CampaignService } from './campaigns/campaign-service.js';
import type { Config } from './config.js';
import { createDashboard } from './dashboard/serve-dashboard.js';
import { openDatabase, type Database } from './db/orm.js';
import { EventBus } from './events.js';
import { IdempotencyStore } from './idempotency/idempotency-store.js';
import { GatewayMetrics } from './metrics/gateway-metrics.js';
import { createRouteLabeler } from './metrics/route-label.js';
import { createMetricsEndpoint } from './metrics/serve-metrics.js';
import { attachGraphQLWs } from './graphql/graphql-ws.js';
import { schema } from './graphql/schema.js';
import { graphqlOverHttp } from './graphql/graphql-over-http.js';
import { createGraphQLServer } from './graphql/yoga.js';
import type { Logger } from './logger.js';
import { MessageLog } from './messaging/message-log.js';
import { MessagingService } from './messaging/messaging-service.js';
import { BODY_MAX_BYTES, mediaBodyMaxBytes } from './http/read-body.js';
import { createApiDocs } from './rest/api-docs.js';
import { printedOpenApiDocument } from './rest/openapi.js';
import { createRestAdapter } from './rest/rest-adapter.js';
import { restRoutes } from './rest/routes/index.js';
import type { Services } from './services.js';
import { leaseOwnerId } from './db/lease-owner.js';
import { asTransaction } from './db/transaction.js';
import { SessionLease } from './sessions/session-lease.js';
import { SessionManager } from './sessions/session-manager.js';
import { readVersionInfo } from './version.js';
import { attachRawEventStream } from './ws/raw-event-stream.js';
import { frameOf } from './graphql/event-frame.js';
import { createDriver } from './whatsapp/create-driver.js';
import { WebhookPoster } from './webhooks/post-webhook.js';
import { WebhookOutbox } from './webhooks/webhook-outbox.js';
import { WebhookService } from './webhooks/webhook-service.js';
import { WebhookStore } from './webhooks/webhook-store.js';
import { WebhookWorker } from './webhooks/webhook-worker.js';
import { DEFAULT_SESSION } from './domain/session-name.js';

/** How long a session lease lasts without renewal; a crashed gateway's session is free again after it. */
const SESSION_LEASE_TTL_MS = 30_000;
/** A raw WebSocket client with this much unsent is dropped rather than let it grow the gateway's memory. */
const WS_MAX_BUFFERED_BYTES = 1024 * 1024;
/** Clients of the raw stream only send pings and pongs. */
const RAW_WS_MAX_PAYLOAD = 64 * 1024;
/** How a running idempotent request keeps its key; a repeat takes it over this long after its process died. */
const IDEMPOTENCY_LEASE_MS = 60_000;
/** Expired idempotency keys are deleted this often. */
const IDEMPOTENCY_PURGE_INTERVAL_MS = 60 * 60_000;
/** Open HTTP connections get this long to finish when the gateway stops. */
const DRAIN_MS = 3_000;

export interface RunningApp {
  url: string;
  port: number;
  services: Services;
}

export interface App {
  start(): Promise<RunningApp>;
  stop(): Promise<void>;
}

/**
 * The gateway as a value: built from a config, started on a port (0 for an ephemeral one), stopped
 * cleanly. Nothing opens or listens until start().
 */
export function buildApp(config: Config, logger: Logger): App {
  let database: Database | undefined;
  let sessions: SessionManager | undefined;
  let campaigns: CampaignService | undefined;
  let server: Server | undefined;
  let wss: WebSocketServer | undefined;
  let graphqlWs: ReturnType<typeof attachGraphQLWs> | undefined;
  let rawWss: WebSocketServer | undefined;
  let rawEvents: ReturnType<typeof attachRawEventStream> | undefined;
  let idempotencyPurge: NodeJS.Timeout | undefined;
  let metrics: GatewayMetrics | undefined;
  let webhookWorker: WebhookWorker | undefined;

  async function start(): Promise<RunningApp> {
    database = await openDatabase(config.database, logger);
    const bus = new EventBus();
    const gatewayMetrics = (metrics = new GatewayMetrics());
    // Watching from before the session opens, so its first events are counted too.
    gatewayMetrics.watch(bus);
    const messages = new MessageLog(database);
    const webhookStore = new WebhookStore(database);
    const outbox = new WebhookOutbox(database, webhookStore, async (event) => (await frameOf(event)).data);
    bus.addRecorder((event, transaction) => outbox.record(event, transaction));
    const version = readVersionInfo();
    const owner = leaseOwnerId();
    webhookWorker = new WebhookWorker({
      store: webhookStore,
      poster: new WebhookPoster({ timeoutMs: config.webhooks.timeoutMs, allowPrivateUrls: config.webhooks.allowPrivateUrls }),
      policy: config.webhooks.retry,
      owner,
      session: DEFAULT_SESSION,
      userAgent: `WaQtor-Webhook/${version.waqtor}`,
      bus,
      metrics: gatewayMetrics,
      logger,
    });
    const webhooks = new WebhookService(webhookStore, webhookWorker, { allowPrivateUrls: config.webhooks.allowPrivateUrls }, logger);
    if (config.webhooks.configured) await webhooks.configure(config.webhooks.configured);
    gatewayMetrics.webhookQueue(() => webhookStore.pendingCount());
    sessions = new SessionManager({
      createDriver: (session) => createDriver(config, session, logger),
      lease: new SessionLease(database, owner, SESSION_LEASE_TTL_MS),
      bus,
      logger,
    });
    const openSessions = sessions;
    gatewayMetrics.sessionStates(() => openSessions.states());
    // Each event is recorded for webhooks before it is published; an ack in the transaction that stores it.
    sessions.addEventStore((_session, event) =>
      event.event === 'message_ack' ? messages.applyAck(event.data.id, event.data.ack, (em) => bus.record(event, asTransaction(em))) : bus.record(event),
    );
    const messaging = new MessagingService(
      sessions,
      messages,
      {
        media: config.media,
        testRecipient: config.testRecipient,
      },
      gatewayMetrics,
      logger,
    );
    campaigns = new CampaignService(database, sessions, messaging, messages, bus, config.campaigns, logger);
    const idempotency = new IdempotencyStore(database, { ttlMs: config.idempotency.ttlMs, leaseMs: IDEMPOTENCY_LEASE_MS });
    idempotencyPurge = setInterval(() => {
      idempotency.purgeExpired().catch((error: unknown) => logger.warn({ err: error }, 'could not delete expired idempotency keys'));
    }, IDEMPOTENCY_PURGE_INTERVAL_MS);
    idempotencyPurge.unref();
    const services: Services = { config, sessions, messaging, messages, campaigns, idempotency, metrics: gatewayMetrics, webhooks, bus, version };
    await sessions.open(DEFAULT_SESSION);
    await campaigns.start(DEFAULT_SESSION);
    webhookWorker.start();

    const yoga = createGraphQLServer(services, logger);
    const bodyLimits = { standard: BODY_MAX_BYTES, large: mediaBodyMaxBytes(config.media.maxBytes) };
    const rest = createRestAdapter(restRoutes, schema, (request, serverContext) => yoga.fetch(request, serverContext), bodyLimits, logger);
    const graphql = graphqlOverHttp(yoga, bodyLimits.large);
    const docs = createApiDocs(printedOpenApiDocument(restRoutes, schema, services.version.waqtor));
    const dashboard = await createDashboard();
    const metricsEndpoint = createMetricsEndpoint(gatewayMetrics, { apiKey: config.apiKey, public: config.metrics.public });
    const routeLabel = createRouteLabeler(
      restRoutes.map((r) => r.path),
      ['/', '/graphql', '/metrics', '/api/docs', '/api/openapi.json'],
    );
    server = createServer((req, res) => {
      gatewayMetrics.observeHttp(req, res, routeLabel(pathOf(req)));
      route(req, res, graphql, [metricsEndpoint, docs, rest, dashboard]).catch((error: unknown) => {
        logger.error({ err: error, path: pathOf(req) }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { success: false, error: 'Internal server error', message: 'The error was logged; try again' });
        else res.destroy();
      });
    });
    wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
    graphqlWs = attachGraphQLWs(wss, yoga, config.apiKey, logger);
    rawWss = new WebSocketServer({ noServer: true, maxPayload: RAW_WS_MAX_PAYLOAD });
    rawEvents = attachRawEventStream(
      rawWss,
      yoga,
      { apiKey: config.apiKey, pingIntervalMs: config.webSocket.pingIntervalMs, maxBufferedBytes: WS_MAX_BUFFERED_BYTES },
      logger,
    );
    const socketServers: Record<string, WebSocketServer> = { '/graphql': wss, '/': rawWss, '/ws': rawWss };
    const [graphqlClients, rawClients] = [wss.clients, rawWss.clients];
    gatewayMetrics.gauge('waqtor_websocket_clients', 'Connected WebSocket clients, by endpoint (graphql-ws, or the raw event stream)', 'endpoint', () => ({
      'graphql-ws': graphqlClients.size,
      raw: rawClients.size,
    }));
    server.on('upgrade', (req, socket, head) => {
      const target = socketServers[pathOf(req)];
      if (target) target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
      else socket.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return { url: `http://${host}:${port}`, port, services };
  }

  async function stop(): Promise<void> {
    clearInterval(idempotencyPurge);
    const closing = server ? new Promise((resolve) => server!.close(resolve)) : Promise.resolve();
    await graphqlWs?.dispose();
    await rawEvents?.dispose();
    wss?.close();
    rawWss?.close();
    server?.closeIdleConnections();
    const drain = setTimeout(() => server?.closeAllConnections(), DRAIN_MS);
    await closing;
    clearTimeout(drain);
    await campaigns?.stop();
    await sessions?.closeAll();
    await webhookWorker?.stop();
    metrics?.stop();
    await database?.close();
  }

  return { start, stop };
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://gateway').pathname;
}

/** Answers a request it knows, else returns false to leave it to the next. */
type OptionalHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

async function route(req: IncomingMessage, res: ServerResponse, graphql: ReturnType<typeof graphqlOverHttp>, handlers: OptionalHandler[]): Promise<void> {
  if (pathOf(req) === '/graphql') {
    await graphql(req, res);
    return;
  }
  for (const handle of handlers) if (await handle(req, res)) return;
  sendJson(res, 404, { success: false, error: 'Not found', message: `No route for ${req.method} ${pathOf(req)}` });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
