import type { IncomingMessage } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { clusterNamespace } from '../cluster/cluster-identity.js';
import { dashboardEndpoints } from '../dashboard/serve-dashboard.js';
import { databaseAnswers, openDatabase } from '../db/orm.js';
import { frameOf } from '../graphql/event-frame.js';
import { graphqlEndpoint } from '../graphql/graphql-over-http.js';
import { graphiqlEndpoints } from '../graphql/graphiql.js';
import { faviconEndpoints } from '../http/favicon.js';
import { attachGraphQLWs } from '../graphql/graphql-ws.js';
import { preparedOperations } from '../graphql/run-enveloped.js';
import { schema } from '../graphql/schema.js';
import { createGraphQLServer } from '../graphql/yoga.js';
import { clientAddressOf, isTrustedProxy } from '../http/client-address.js';
import { rateLimitHeaders } from '../http/rate-limits.js';
import { readinessEndpoint } from '../http/readiness.js';
import { BODY_MAX_BYTES, mediaBodyMaxBytes } from '../http/read-body.js';
import { errorAnswer } from '../http/respond.js';
import type { Logger } from '../logger.js';
import { metricsEndpoint } from '../metrics/serve-metrics.js';
import { apiDocsEndpoints } from '../rest/api-docs.js';
import { printedOpenApiDocument } from '../rest/openapi.js';
import { restEndpoints } from '../rest/rest-adapter.js';
import { restRoutes } from '../rest/routes/index.js';
import { attachRawEventStream } from '../ws/raw-event-stream.js';
import { listenHttp } from './http-server.js';
import { startHousekeeping, type Chore } from './housekeeping.js';
import { Lifecycle } from './lifecycle.js';
import { buildServices, type Gateway } from './services.js';

/** A raw WebSocket client with this much unsent is dropped rather than let it grow the gateway's memory. */
const WS_MAX_BUFFERED_BYTES = 1024 * 1024;
/** Clients of the raw stream only send pings and pongs. */
const RAW_WS_MAX_PAYLOAD = 64 * 1024;
/** graphql-ws messages carry operations and their variables, a base64 file at most. */
const GRAPHQL_WS_MAX_PAYLOAD = 1024 * 1024;
/** Open HTTP connections get this long to finish when the gateway stops. */
const DRAIN_MS = 3_000;
/** Closing a session may wait for its browser to end (whatsapp-web.js's destroy has its own 5 s limit). */
const SESSIONS_STOP_DEADLINE_MS = 8_000;

export interface RunningApp {
  url: string;
  port: number;
  services: Gateway;
}

export interface App {
  start(): Promise<RunningApp>;
  stop(): Promise<void>;
}

/**
 * The gateway as a value: built from a config, started on a port (0 for an ephemeral one), stopped
 * cleanly. Nothing opens or listens until start(); stop() undoes each step of the start in reverse.
 */
export function buildApp(config: Config, logger: Logger): App {
  const lifecycle = new Lifecycle(logger);

  async function start(): Promise<RunningApp> {
    const database = await lifecycle.step(
      'database',
      () => openDatabase(config.database, logger),
      (db) => db.close(),
    );
    const redis =
      config.cluster &&
      (await lifecycle.step(
        'redis',
        // ioredis is loaded only by a gateway that is part of a cluster.
        async () => (await import('../cluster/redis-links.js')).connectRedis(config.cluster!.redisUrl, logger),
        (links) => links.close(),
      ));
    const services = buildServices(config, logger, database, redis && { redis, namespace: await clusterNamespace(database) });
    const { metrics, bus, openSessions, storedSessions, campaigns, webhooks, eventSinks, webhookStore, webhookWorker, rateLimits } =
      services;
    const clientAddress = clientAddressOf(config.trustProxy);
    // Watching from before the session opens, so its first events are counted too.
    await lifecycle.step(
      'metrics',
      () => metrics.watch(bus),
      () => metrics.stop(),
    );
    metrics.webhookQueue(() => webhookStore.pendingCount());
    metrics.sinkQueues(() => webhookStore.sinkQueues());
    metrics.sessionStates(() => openSessions.states());
    metrics.eventQueues(() => openSessions.eventQueues());
    if (config.webhooks.configured) await webhooks.configure(config.webhooks.configured);
    if (config.webhooks.sink) await eventSinks.configure(config.webhooks.sink);
    await services.keys.load();
    if (services.channel) {
      const { keys } = services;
      services.channel.on('keys', () => {
        keys
          .load()
          .catch((error: unknown) => logger.error({ err: error }, 'could not read the API keys again after a change on another node'));
      });
      services.channel.on('webhooks', () => webhookStore.forgetEnabled());
      await services.channel.listen();
    }
    const { cluster, channel, placement } = services;
    if (cluster && channel) {
      // Stopped after the sessions close, so the others hear of their release as this node leaves.
      await lifecycle.step(
        'cluster membership',
        () => cluster.registry.heartbeat(),
        async () => {
          await cluster.registry.leave();
          channel.announce('placement');
        },
      );
    }
    await lifecycle.step(
      'housekeeping',
      () => startHousekeeping(chores(services), logger),
      (stop) => stop(),
    );
    await lifecycle.step(
      'sessions and their campaigns',
      () => storedSessions.startAll(),
      async () => {
        storedSessions.stopReopening();
        services.limits.stop();
        await campaigns.stop();
        await openSessions.closeAll();
      },
      { deadlineMs: SESSIONS_STOP_DEADLINE_MS },
    );
    if (placement) {
      await lifecycle.step(
        'session placement',
        () => placement.start(),
        () => placement.stop(),
      );
    }
    await lifecycle.step(
      'webhook deliveries',
      () => webhookWorker.start(),
      () => webhookWorker.stop(),
    );

    const yoga = createGraphQLServer(services, logger);
    const bodyLimits = { standard: BODY_MAX_BYTES, large: mediaBodyMaxBytes(config.media.maxBytes) };
    const graphqlSockets = new WebSocketServer({ noServer: true, maxPayload: GRAPHQL_WS_MAX_PAYLOAD });
    const rawSockets = new WebSocketServer({ noServer: true, maxPayload: RAW_WS_MAX_PAYLOAD });
    const identify = (key: string | null | undefined) => services.keys.identify(key);
    const graphqlWs = attachGraphQLWs(graphqlSockets, yoga, identify, logger);
    const rawStream = attachRawEventStream(
      rawSockets,
      yoga,
      {
        identify,
        sessionExists: (name) => storedSessions.exists(name),
        openSessions: () => [...openSessions.states()].map(([name]) => name),
        pingIntervalMs: config.webSocket.pingIntervalMs,
        maxBufferedBytes: WS_MAX_BUFFERED_BYTES,
        standing: async (session) => Promise.all((await openSessions.standing(session)).map((event) => frameOf(event))),
      },
      logger,
    );
    metrics.gauge(
      'waqtor_websocket_clients',
      'Connected WebSocket clients, by endpoint (graphql-ws, or the raw event stream)',
      'endpoint',
      () => ({
        'graphql-ws': graphqlSockets.clients.size,
        raw: rawSockets.clients.size,
      }),
    );
    /** Counts a request that checks a key outside GraphQL's plugins (an upgrade, a scrape) against the standard limit. */
    const admitByRateLimit = async (req: IncomingMessage) => {
      const verdict = await rateLimits.consume('standard', clientAddress(req));
      return verdict.allowed ? undefined : { ...errorAnswer('RATE_LIMITED', 'Too many requests'), headers: rateLimitHeaders(verdict) };
    };
    const http = await lifecycle.step(
      'http server',
      async () =>
        listenHttp(config.port, config.host, {
          endpoints: [
            readinessEndpoint({
              database: () => databaseAnswers(database),
              ...(redis && { redis: () => redis.ping() }),
            }),
            graphqlEndpoint(yoga, bodyLimits.large),
            ...graphiqlEndpoints(),
            ...faviconEndpoints(),
            metricsEndpoint(metrics, { identify, public: config.metrics.public, admit: admitByRateLimit }),
            ...apiDocsEndpoints(() => printedOpenApiDocument(restRoutes, schema, services.version.waqtor)),
            ...restEndpoints(restRoutes, schema, preparedOperations(yoga), bodyLimits, logger),
            ...(await dashboardEndpoints()),
          ],
          upgrades: { '/graphql': graphqlSockets, '/': rawSockets, '/ws': rawSockets },
          // A socket is one more request against the client's standard limit, so keys cannot be guessed there freely.
          admitUpgrade: admitByRateLimit,
          observe: (req, res, route) => metrics.observeHttp(req, res, route),
          limits: {
            ...config.http,
            unlimited: isTrustedProxy(config.trustProxy),
            refused: () => metrics.connectionsRefused.inc(),
          },
          logger,
        }),
      async (server) => {
        // Stop accepting first, then end the sockets (which the HTTP drain does not wait for), then drain.
        const closed = server.close(DRAIN_MS);
        await graphqlWs.dispose();
        await rawStream.dispose();
        graphqlSockets.close();
        rawSockets.close();
        await closed;
      },
    );
    return { url: http.url, port: http.port, services };
  }

  return { start, stop: () => lifecycle.stop() };
}

/** What housekeeping deletes, and from when: each table's retention setting. */
function chores({ config, idempotency, webhookStore, messageLog, mediaCache }: Gateway): Chore[] {
  const { webhookDeliveriesMs, messagesMs } = config.retention;
  const ago = (ms: number) => new Date(Date.now() - ms);
  return [
    { name: 'expired idempotency keys', run: () => idempotency.purgeExpired() },
    { name: 'expired media files', run: () => mediaCache.purgeExpired() },
    { name: 'ended webhook deliveries', run: () => webhookStore.purgeFinished(ago(webhookDeliveriesMs)) },
    ...(messagesMs === undefined ? [] : [{ name: 'message records', run: () => messageLog.purgeBefore(ago(messagesMs)) }]),
  ];
}
