import type { IncomingMessage } from 'node:http';
import type { ExecutionResult } from 'graphql';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { ADMIN, ALL_SESSIONS, hears, mayUseSession, notAuthorized, type Caller } from '../domain/caller.js';
import { DEFAULT_SESSION, quotedSessionName } from '../domain/session-name.js';
import { apiKeyError, apiKeyFromNodeRequest } from '../http/api-key.js';
import { closeReason } from '../http/close-reason.js';
import type { Credential } from '../keys/key-service.js';
import { EVENT_FRAMES, frameOfResult, type EventFrame } from '../graphql/event-frame.js';
import type { GraphQLServer } from '../graphql/yoga.js';
import type { Logger } from '../logger.js';
import type { Door } from '../graphql/http-call.js';

/** What the documented close of a refused socket says: policy violation. */
const POLICY_VIOLATION = 1008;

export interface RawEventStreamOptions {
  identify: (key: string | null) => Credential;
  sessionExists: (name: string) => Promise<boolean>;
  /** The sessions open now, whose standing a client of `*` is told. */
  openSessions: () => Iterable<string>;
  pingIntervalMs: number;
  /** A client whose unsent frames pass this is dropped, so one slow reader cannot grow the gateway's memory. */
  maxBufferedBytes: number;
  /**
   * The frames a client that connects now needs before the live stream (the QR to scan, or `ready`), so
   * one that arrives late learns where the session stands instead of waiting for the next change.
   */
  standing: (session: string) => Promise<EventFrame[]>;
}

interface Client {
  caller: Caller;
  /** The session it listens to, or `*`: every session its key may use. */
  listened: string;
  /** Pings sent since the client last showed it was alive. */
  missedPings: number;
  /** Live frames held back while the client's standing frames are read, so they arrive after them, in order. */
  held?: string[];
}

const now = () => new Date().toISOString();
const frame = (event: string, data: unknown) => JSON.stringify({ event, data });
const sessionFrame = ({ event, session, data }: EventFrame) => JSON.stringify({ event, session, data });

/**
 * The raw WebSocket stream on `/` and `/ws`: `{event, session, data}` frames for the gateway's events. It
 * is one subscriber of the schema's `events` subscription on every session, whose frames are serialised
 * once and fanned out to each client that listens to the frame's session (`?session=NAME`, `default` when
 * not given, or `*` for every session its key may use). The key comes as `?apiKey=` (or the X-API-Key
 * header); a socket without a known one, or whose key may not use the session, gets an `auth_failed` frame
 * and is closed with 1008.
 */
export function attachRawEventStream(wss: WebSocketServer, yoga: GraphQLServer, options: RawEventStreamOptions, logger: Logger) {
  const log = logger.child({ component: 'raw-ws' });
  const clients = new Map<WebSocket, Client>();

  function broadcast(next: EventFrame) {
    const text = sessionFrame(next);
    for (const [socket, client] of clients) {
      if (!hears(client.caller, client.listened, next.session)) continue;
      if (client.held) {
        client.held.push(text);
        continue;
      }
      if (socket.readyState !== socket.OPEN) continue;
      if (socket.bufferedAmount > options.maxBufferedBytes) {
        log.warn({ bufferedBytes: socket.bufferedAmount }, 'dropping a WebSocket client that does not keep up with the event stream');
        clients.delete(socket);
        socket.terminate();
        continue;
      }
      socket.send(text);
    }
  }

  async function catchUp(socket: WebSocket, client: Client) {
    try {
      const sessions = client.listened === ALL_SESSIONS ? [...options.openSessions()] : [client.listened];
      for (const session of sessions.filter((name) => hears(client.caller, client.listened, name))) {
        for (const standing of await options.standing(session)) socket.send(sessionFrame(standing));
      }
    } catch (error) {
      log.warn({ err: error }, 'could not tell a new WebSocket client where the session stands');
    }
    const held = client.held ?? [];
    client.held = undefined;
    for (const text of held) if (socket.readyState === socket.OPEN) socket.send(text);
  }

  function onMessage(socket: WebSocket, client: Client, raw: RawData) {
    client.missedPings = 0;
    let message: unknown;
    try {
      message = JSON.parse(raw.toString());
    } catch {
      return;
    }
    if ((message as { event?: unknown })?.event === 'ping') socket.send(JSON.stringify({ event: 'pong', timestamp: now() }));
  }

  function refuse(socket: WebSocket, event: string, error: string, message?: string) {
    socket.send(frame(event, { error, ...(message !== undefined && { message }), timestamp: now() }));
    socket.close(POLICY_VIOLATION, closeReason(error));
  }

  /** Admits the client once its session is known to exist, holding what is published meanwhile. */
  async function admit(socket: WebSocket, client: Client) {
    const { listened } = client;
    if (listened !== ALL_SESSIONS && listened !== DEFAULT_SESSION && !(await options.sessionExists(listened).catch(() => false))) {
      clients.delete(socket);
      refuse(socket, 'error', `Session "${quotedSessionName(listened)}" not found`);
      return;
    }
    await catchUp(socket, client);
  }

  wss.on('connection', (socket: WebSocket, req: IncomingMessage) => {
    const credential = options.identify(apiKeyFromNodeRequest(req));
    if (!credential.ok) {
      refuse(socket, 'auth_failed', apiKeyError(credential.reason).message);
      return;
    }
    const listened = new URL(req.url ?? '/', 'http://gateway').searchParams.get('session') || DEFAULT_SESSION;
    const { caller } = credential;
    if (listened !== ALL_SESSIONS && !mayUseSession(caller, listened)) {
      const error = notAuthorized(caller);
      refuse(socket, 'auth_failed', error.message, error.hint);
      return;
    }
    const client: Client = { caller, listened, missedPings: 0, held: [] };
    clients.set(socket, client);
    void admit(socket, client);
    // Either answer proves the client alive: the documented {event:"pong"} frame, or the protocol-level
    // pong that browsers and WebSocket libraries send by themselves, so documented clients that never
    // answer pings by hand are not cut off.
    socket.on('pong', () => (client.missedPings = 0));
    socket.on('message', (raw) => onMessage(socket, client, raw));
    socket.on('close', () => clients.delete(socket));
    socket.on('error', (error) => log.debug({ err: error }, 'WebSocket client error'));
  });

  const pinger = setInterval(() => {
    const ping = JSON.stringify({ event: 'ping', timestamp: now() });
    for (const [socket, client] of clients) {
      if (client.missedPings >= 2) {
        log.info('terminating a WebSocket client that missed two pings');
        clients.delete(socket);
        socket.terminate();
        continue;
      }
      client.missedPings += 1;
      socket.send(ping);
      socket.ping();
    }
  }, options.pingIntervalMs);
  pinger.unref();

  let events: AsyncIterableIterator<ExecutionResult> | undefined;
  const streaming = (async () => {
    // The gateway's own subscriber: already authenticated, and not a client the rate limits count.
    const enveloped = yoga.getEnveloped({
      door: { kind: 'socket' } satisfies Door,
      credential: { ok: true, caller: ADMIN } satisfies Credential,
    });
    const document = enveloped.parse(EVENT_FRAMES);
    const result = await enveloped.subscribe({
      schema: enveloped.schema,
      document,
      variableValues: { session: ALL_SESSIONS },
      contextValue: await enveloped.contextFactory(),
    });
    if (!(Symbol.asyncIterator in result)) throw new Error(`the events subscription failed: ${JSON.stringify(result)}`);
    events = result as AsyncIterableIterator<ExecutionResult>;
    for await (const item of events) {
      const next = frameOfResult(item);
      if (next) broadcast(next);
      else log.error({ errors: item.errors }, 'the events subscription sent no event');
    }
  })().catch((error: unknown) => log.error({ err: error }, 'the raw WebSocket event stream stopped'));

  return {
    async dispose() {
      clearInterval(pinger);
      await events?.return?.();
      await streaming;
      for (const socket of clients.keys()) socket.terminate();
      clients.clear();
    },
  };
}
