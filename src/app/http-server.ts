import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import type { Endpoint } from '../http/endpoint.js';
import { errorAnswer, failureAnswer, sendJson, type JsonAnswer } from '../http/respond.js';
import { RouteTable } from '../http/route-table.js';
import type { Logger } from '../logger.js';

export interface HttpServerOptions {
  /** Every endpoint, in one table; a request none matches is a 404 in the envelope. */
  endpoints: Endpoint[];
  /** Which WebSocket server takes an upgrade, by path; an upgrade to any other path is refused. */
  upgrades: Record<string, WebSocketServer>;
  /**
   * Decides whether an upgrade may go ahead (the rate limits); an answer refuses it with that HTTP answer,
   * written before any WebSocket exists.
   */
  admitUpgrade: (req: IncomingMessage) => Promise<JsonAnswer | undefined>;
  /**
   * Called for every request before it is handled (metrics), with its route: the matched endpoint's label,
   * or `other`, so a scan of random paths cannot grow the metrics without bound.
   */
  observe: (req: IncomingMessage, res: ServerResponse, route: string) => void;
  /** What slow or greedy clients may hold. */
  limits: ConnectionLimits;
  logger: Logger;
}

export interface ConnectionLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxConnectionsPerClient: number;
  /** A peer whose connections carry many clients' requests (a proxy TRUST_PROXY believes): not limited. */
  unlimited: (peer: string) => boolean;
  /** Told of each connection closed for its address holding too many. */
  refused: () => void;
}

/**
 * Answers are compressed as the client accepts (brotli or gzip): a list of chats or campaigns is JSON that
 * shrinks to a tenth. Streams are left alone, since a compressor holds back what it has not filled a block
 * with (a subscription's events over SSE would wait), and so are files that carry their own encoding.
 */
const compressor = compression({
  filter: (req, res) => {
    const type = String(res.getHeader('content-type') ?? '');
    return !/^(text\/event-stream|multipart\/)/.test(type) && compression.filter(req, res);
  },
}) as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** A client that accepts no encoding (most API clients) costs the compressor nothing, not even its wrapping. */
function compressAnswers(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  if (req.headers['accept-encoding']) compressor(req, res, next);
  else next();
}

/** How often open connections are checked against the header and request deadlines. */
const DEADLINE_CHECK_MS = 1_000;
/** An idle kept-alive connection is closed after this long. */
const KEEP_ALIVE_MS = 5_000;

export interface HttpServer {
  url: string;
  port: number;
  /** Stops accepting, lets open requests finish for up to `drainMs`, then cuts what is left. */
  close(drainMs: number): Promise<void>;
}

/** The request's URL, parsed once for every handler after; undefined when it cannot be (`//[`). */
function urlOf(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? '/', 'http://gateway');
  } catch {
    return undefined;
  }
}

/** The gateway's one HTTP server: its request handlers and its WebSocket upgrades, listening on `port`. */
export async function listenHttp(
  port: number,
  host: string,
  { endpoints, upgrades, admitUpgrade, observe, limits, logger }: HttpServerOptions,
): Promise<HttpServer> {
  const table = new RouteTable<Endpoint>();
  for (const endpoint of endpoints) for (const method of endpoint.methods) table.add(method, endpoint.path, endpoint);
  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: KEEP_ALIVE_MS,
      connectionsCheckingInterval: DEADLINE_CHECK_MS,
    },
    (req, res) =>
      compressAnswers(req, res, () => {
        const url = urlOf(req);
        const method = req.method ?? 'GET';
        const match = url && table.find(method, url.pathname);
        const others = url && !match ? table.findAnyMethod(url.pathname) : [];
        const endpoint = match?.value ?? others[0]?.value;
        observe(req, res, endpoint ? (endpoint.label ?? endpoint.path) : 'other');
        if (!url) return void sendJson(res, errorAnswer('BAD_USER_INPUT', 'The request target is not a valid URL path'));
        if (!match) return void sendJson(res, notFound(method, url.pathname, others));
        match.value.handle({ req, res, url, params: match.params }).catch((error: unknown) => {
          logger.error({ err: error, path: url.pathname }, 'request failed');
          if (!res.headersSent) sendJson(res, failureAnswer(error));
          else res.destroy();
        });
      }),
  );
  limitConnectionsPerClient(server, limits);
  server.on('upgrade', (req, socket: Duplex, head) => {
    const target = upgrades[urlOf(req)?.pathname ?? ''];
    if (!target) return void socket.destroy();
    admitUpgrade(req)
      .then((refusal) => {
        if (refusal) refuseUpgrade(socket, refusal);
        else target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
      })
      .catch((error: unknown) => {
        logger.error({ err: error, path: urlOf(req)?.pathname }, 'upgrade failed');
        refuseUpgrade(socket, errorAnswer('INTERNAL', 'Internal server error'));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    async close(drainMs) {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      const drain = setTimeout(() => server.closeAllConnections(), drainMs);
      await closed;
      clearTimeout(drain);
    },
  };
}

/**
 * Closes a connection at once when its client address already holds the most it may, so a few thousand
 * idle or trickling sockets from one place cannot use up the gateway's file descriptors.
 */
function limitConnectionsPerClient(server: Server, limits: ConnectionLimits): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const peer = socket.remoteAddress;
    if (peer === undefined || limits.unlimited(peer)) return;
    const count = open.get(peer) ?? 0;
    if (count >= limits.maxConnectionsPerClient) {
      limits.refused();
      socket.destroy();
      return;
    }
    open.set(peer, count + 1);
    socket.once('close', () => {
      const left = (open.get(peer) ?? 1) - 1;
      if (left > 0) open.set(peer, left);
      else open.delete(peer);
    });
  });
}

/** Answers an upgrade request with a plain HTTP response on its socket, then closes it. */
function refuseUpgrade(socket: Duplex, { status, body, headers }: JsonAnswer): void {
  const text = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(text)}`,
    'Connection: close',
    ...Object.entries(headers ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${text}`);
}

/**
 * A request no endpoint answers; when the path has endpoints for other methods, the hint names them
 * (`/api/messages/send-text` also fits `/api/messages/:id`: the methods of the closest fit).
 */
function notFound(method: string, pathname: string, others: ReadonlyArray<{ method: string; params: Record<string, string> }>): JsonAnswer {
  if (others.length === 0) return errorAnswer('NOT_FOUND', 'Not found', `No route for ${method} ${pathname}`);
  const fewest = Math.min(...others.map(({ params }) => Object.keys(params).length));
  const allowed = others
    .filter(({ params }) => Object.keys(params).length === fewest)
    .map((other) => other.method)
    .join(', ');
  return errorAnswer('NOT_FOUND', 'Not found', `No route for ${method} ${pathname}; it takes ${allowed}`);
}
