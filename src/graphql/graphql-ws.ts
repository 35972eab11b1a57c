import { type GraphQLError, type ExecutionArgs } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import { apiKeyError } from '../http/api-key.js';
import type { Credential } from '../keys/key-service.js';
import type { Logger } from '../logger.js';
import { createErrorMasker, withoutHttpHint } from './mask-error.js';
import type { GraphQLServer } from './yoga.js';

type EnvelopedRoot = { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };

/**
 * graphql-ws on /graphql, through yoga's own plugin stack (getEnveloped), so a subscription is parsed,
 * validated, limited, checked against the key's sessions and masked exactly as an HTTP request is. The API
 * key comes in connection_init's payload (`{apiKey}`); without a known one the socket is closed with 4401
 * and the reason.
 */
export function attachGraphQLWs(
  wss: WebSocketServer,
  yoga: GraphQLServer,
  identify: (key: string | undefined) => Credential,
  logger: Logger,
) {
  const mask = createErrorMasker(logger.child({ component: 'graphql-ws' }));
  const maskError = (error: unknown): GraphQLError => withoutHttpHint(mask(error));
  // Who each connection is, from its connection_init on.
  const credentials = new WeakMap<object, Credential>();
  return useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onConnect: (ctx) => {
        const provided = ctx.connectionParams?.apiKey;
        const credential = identify(typeof provided === 'string' ? provided : undefined);
        if (credential.ok) {
          credentials.set(ctx.extra.socket, credential);
          return true;
        }
        ctx.extra.socket.close(CloseCode.Unauthorized, apiKeyError(credential.reason).message);
        return false;
      },
      onSubscribe: async (ctx, _id, params) => {
        // The key was checked at connection_init; the upgrade request names the client for the rate limits.
        const credential = credentials.get(ctx.extra.socket);
        const enveloped = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params, credential });
        let document;
        try {
          document = enveloped.parse(params.query);
        } catch (error) {
          return [maskError(error)];
        }
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return errors.map((error: GraphQLError) => maskError(error));
        return {
          schema: enveloped.schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await enveloped.contextFactory(),
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
      },
    },
    wss,
  );
}
