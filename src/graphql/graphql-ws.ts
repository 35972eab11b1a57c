import { type GraphQLError, type ExecutionArgs } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, MessageType } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { apiKeyError } from '../http/api-key.js';
import { closeReason } from '../http/close-reason.js';
import type { Credential } from '../keys/key-service.js';
import type { Logger } from '../logger.js';
import { createErrorMasker, withoutHttpHint } from './mask-error.js';
import type { GraphQLServer } from './yoga.js';
import type { Door } from './http-call.js';

type EnvelopedRoot = { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
}

/** What a client may send; a server's message coming from a client is its mistake (4400), not the server's. */
const CLIENT_MESSAGES = new Set<string>([
  MessageType.ConnectionInit,
  MessageType.Ping,
  MessageType.Pong,
  MessageType.Subscribe,
  MessageType.Complete,
]);

/** How often a connection is pinged, and how long its pong may take before it is dropped. */
const KEEP_ALIVE_MS = 12_000;

/** The `type` of a frame that is a JSON object with a string type; anything else is graphql-ws's to refuse. */
function typeOf(text: string): string | undefined {
  try {
    const type = (JSON.parse(text) as { type?: unknown } | null)?.type;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

/**
 * graphql-ws on /graphql, through yoga's own plugin stack (getEnveloped), so a subscription is parsed,
 * validated, limited, checked against the key's sessions and masked exactly as an HTTP request is. The API
 * key comes in connection_init's payload (`{apiKey}`); without a known one the socket is closed with 4401
 * and the reason. The protocol server is joined to the sockets here rather than by graphql-ws's own `ws`
 * glue, so that a message only a server may send closes the socket with 4400 as the protocol says (the glue
 * answers 4500, an internal error), and a failure is logged through the gateway's logger, never printed
 * with its details or sent to the client.
 */
export function attachGraphQLWs(
  wss: WebSocketServer,
  yoga: GraphQLServer,
  identify: (key: string | undefined) => Credential,
  logger: Logger,
) {
  const log = logger.child({ component: 'graphql-ws' });
  const mask = createErrorMasker(log);
  const maskError = (error: unknown): GraphQLError => withoutHttpHint(mask(error));
  // Who each connection is, from its connection_init on.
  const credentials = new WeakMap<object, Credential>();
  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
    subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
    onConnect: (ctx) => {
      const provided = ctx.connectionParams?.apiKey;
      const credential = identify(typeof provided === 'string' ? provided : undefined);
      if (credential.ok) {
        credentials.set(ctx.extra.socket, credential);
        return true;
      }
      ctx.extra.socket.close(CloseCode.Unauthorized, closeReason(apiKeyError(credential.reason).message));
      return false;
    },
    onSubscribe: async (ctx, _id, params) => {
      // The key was checked at connection_init; the upgrade request names the client for the rate limits.
      const credential = credentials.get(ctx.extra.socket);
      const enveloped = yoga.getEnveloped({
        ...ctx,
        req: ctx.extra.request,
        socket: ctx.extra.socket,
        params,
        door: { kind: 'socket' } satisfies Door,
        credential,
      });
      let document;
      try {
        document = enveloped.parse(params.query);
        // The query limits (cost, depth, aliases) refuse by throwing from validation, not by listing.
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return errors.map((error: GraphQLError) => maskError(error));
      } catch (error) {
        return [maskError(error)];
      }
      return {
        schema: enveloped.schema,
        operationName: params.operationName,
        document,
        variableValues: params.variables,
        contextValue: await enveloped.contextFactory(),
        rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
      };
    },
    // An operation refused once it runs (a NUL, an unknown session) says so in its result's errors,
    // which carry the HTTP status meant for the other doors.
    onNext: (_ctx, _id, _params, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => withoutHttpHint(error as GraphQLError)) } : undefined,
  });
  wss.options.handleProtocols = handleProtocols;
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.on('error', (error) => log.debug({ err: error }, 'graphql-ws client error'));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, closeReason(reason ?? '')),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            const text = String(data);
            const type = typeOf(text);
            if (type !== undefined && !CLIENT_MESSAGES.has(type)) {
              socket.close(CloseCode.BadRequest, closeReason(`Unexpected message of type ${type} received`));
              return;
            }
            try {
              await handle(text);
            } catch (error) {
              log.error({ err: error }, 'a graphql-ws message could not be handled');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );
    let pongDue: NodeJS.Timeout | undefined;
    const pinger = setInterval(() => {
      if (socket.readyState !== socket.OPEN || pongDue) return;
      pongDue = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => {
        clearTimeout(pongDue);
        pongDue = undefined;
      });
      socket.ping();
    }, KEEP_ALIVE_MS);
    socket.once('close', (code, reason) => {
      clearInterval(pinger);
      clearTimeout(pongDue);
      void closed(code, String(reason));
    });
  });
  return {
    async dispose() {
      for (const socket of wss.clients) socket.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
