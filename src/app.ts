import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/orm.js';
import { EventBus } from './events/event-bus.js';
import { attachGraphQLWs } from './graphql/graphql-ws.js';
import { schema } from './graphql/schema.js';
import { createGraphQLServer } from './graphql/yoga.js';
import type { Logger } from './logger.js';
import { MessageLog } from './messaging/message-log.js';
import { MessagingService } from './messaging/messaging-service.js';
import { createRestAdapter } from './rest/rest-adapter.js';
import { restRoutes } from './rest/rest-routes.js';
import type { Services } from './services.js';
import { leaseOwnerId, SessionLease } from './sessions/session-lease.js';
import { DEFAULT_SESSION, SessionManager } from './sessions/session-manager.js';
import { readVersionInfo } from './version.js';
import { createDriver } from './whatsapp/create-driver.js';

/** How long a session lease lasts without renewal; a crashed gateway's session is free again after it. */
const SESSION_LEASE_TTL_MS = 30_000;
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
  let server: Server | undefined;
  let wss: WebSocketServer | undefined;
  let graphqlWs: ReturnType<typeof attachGraphQLWs> | undefined;

  async function start(): Promise<RunningApp> {
    database = await openDatabase(config.database, logger);
    const bus = new EventBus();
    const messages = new MessageLog(database);
    sessions = new SessionManager({
      createDriver: (session) => createDriver(config, session, logger),
      lease: new SessionLease(database, leaseOwnerId(), SESSION_LEASE_TTL_MS),
      messages,
      bus,
      logger,
    });
    const messaging = new MessagingService(
      sessions,
      messages,
      {
        media: config.media,
        testRecipient: config.testRecipient,
        bulkMaxRecipients: config.bulk.maxRecipients,
        bulkDelayMinMs: config.bulk.delayMinMs,
        bulkDelayMaxMs: config.bulk.delayMaxMs,
      },
      logger,
    );
    const services: Services = { config, sessions, messaging, messages, bus, version: readVersionInfo() };
    await sessions.open(DEFAULT_SESSION);

    const yoga = createGraphQLServer(services, logger);
    const rest = createRestAdapter(restRoutes, schema, (request) => yoga.fetch(request));
    server = createServer((req, res) => void route(req, res, yoga, rest));
    wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
    graphqlWs = attachGraphQLWs(wss, yoga, config.apiKey, logger);
    server.on('upgrade', (req, socket, head) => {
      if (pathOf(req) === '/graphql') wss!.handleUpgrade(req, socket, head, (ws) => wss!.emit('connection', ws, req));
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
    const closing = server ? new Promise((resolve) => server!.close(resolve)) : Promise.resolve();
    await graphqlWs?.dispose();
    wss?.close();
    server?.closeIdleConnections();
    const drain = setTimeout(() => server?.closeAllConnections(), DRAIN_MS);
    await closing;
    clearTimeout(drain);
    await sessions?.closeAll();
    await database?.close();
  }

  return { start, stop };
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://gateway').pathname;
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  yoga: ReturnType<typeof createGraphQLServer>,
  rest: ReturnType<typeof createRestAdapter>,
): Promise<void> {
  if (pathOf(req) === '/graphql') {
    await yoga(req, res);
    return;
  }
  if (await rest(req, res)) return;
  res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ success: false, error: 'Not found', message: `No route for ${req.method} ${pathOf(req)}` }));
}
