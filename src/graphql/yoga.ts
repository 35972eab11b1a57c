import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { HOP_HEADER } from '../cluster/hop-marker.js';
import { clientAddressOf } from '../http/client-address.js';
import type { Credential } from '../keys/key-service.js';
import type { Logger } from '../logger.js';
import type { GraphQLContext, GraphQLServices } from './context.js';
import type { AnswerHeaders } from '../http/answer-headers.js';
import { httpCallOf, httpCallOfRequest, type Door } from './http-call.js';
import { graphiqlPage } from './graphiql.js';
import { createErrorMasker } from './mask-error.js';
import { useApiKeyAuth } from './plugins/api-key-auth.js';
import { useErrorCodes } from './plugins/error-codes.js';
import { useIdempotency } from './plugins/idempotency.js';
import { useNulRefusal } from './plugins/nul-refusal.js';
import { useOperationMetrics } from './plugins/operation-metrics.js';
import { useRateLimits } from './plugins/rate-limits.js';
import { useSessionAccess } from './plugins/session-access.js';
import { useSessionForwarding } from './plugins/session-forwarding.js';
import { schema } from './schema.js';

export type GraphQLServer = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/**
 * Limits that refuse an abusive document while it is validated, before anything runs. The depth limit
 * covers introspection too (a nested `__type { fields { type { fields …` query is the classic bomb) and
 * sits just above what GraphiQL's own introspection query needs.
 */
export const queryLimits = {
  maxDepth: { n: 15, ignoreIntrospection: false, flattenFragments: true },
  costLimit: { maxCost: 5_000 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 2_000 },
  blockFieldSuggestion: { enabled: false },
} as const;

/** The GraphQL server: one plugin stack for HTTP and, through getEnveloped, for graphql-ws. */
export function createGraphQLServer(services: GraphQLServices, logger: Logger): GraphQLServer {
  const log = logger.child({ component: 'graphql' });
  const answerHeadersOf = new WeakMap<Request, AnswerHeaders>();
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: {
      title: 'WaQtor GraphQL',
      headers: JSON.stringify({ 'X-API-Key': 'your API key' }, null, 2),
      defaultQuery: '# Put your API key in the Headers tab below, then run:\n{\n  clientStatus { status ready state message }\n}\n',
    },
    renderGraphiQL: graphiqlPage,
    maskedErrors: { maskError: createErrorMasker(log) },
    // yoga reports every error a client caused at its error level; unexpected ones are logged by the masker.
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.debug(args.map(String).join(' ')),
      warn: (...args) => log.debug(args.map(String).join(' ')),
      error: (...args) => log.debug(args.map(String).join(' ')),
    },
    // A socket door brings its caller, identified when it connected; over HTTP the request's key says who
    // calls, or, for an operation another node forwarded, that node's signed word. A door that reads the
    // Node request itself (REST, a plain /graphql POST) brings its call; for a request yoga answers, the
    // call is read here, and its answer headers kept for onResponse.
    context: (initial): GraphQLContext => {
      const door = initial.door as Door | undefined;
      if (door?.kind === 'socket') return { services, door, credential: initial.credential as Credential };
      const given = door && httpCallOf(door);
      if (door && given) return { services, door, credential: services.keys.identify(given.apiKey) };
      const { request, params } = initial;
      const call = httpCallOfRequest(request);
      answerHeadersOf.set(request, call.answerHeaders);
      const hop = services.cluster && request.headers.get(HOP_HEADER);
      if (hop) {
        const caller = services.cluster?.hops.read(hop, params.query ?? '');
        return {
          services,
          door: { kind: 'forwarded', call },
          credential: caller ? { ok: true, caller } : { ok: false, reason: 'invalid' },
        };
      }
      return { services, door: { kind: 'yoga', call }, credential: services.keys.identify(call.apiKey) };
    },
    plugins: [
      EnvelopArmorPlugin(queryLimits),
      // Counted before the key is checked, so guessing keys is rate limited as well.
      useRateLimits(services.rateLimits, clientAddressOf(services.config.trustProxy), log),
      useApiKeyAuth(),
      // Before anything reads the store with what the operation was given.
      useNulRefusal(),
      // After the key check: only a caller with a key learns which sessions exist.
      useSessionAccess(),
      // After the key check: a refused request claims no idempotency key.
      useIdempotency(services.idempotency, log),
      // After the idempotency key is claimed: a forwarded send's answer is kept for its repeats like any other.
      useSessionForwarding(),
      useErrorCodes(),
      useOperationMetrics(services.metrics),
      {
        onResponse({ request, response }) {
          for (const [name, value] of Object.entries(answerHeadersOf.get(request)?.toRecord() ?? {})) response.headers.set(name, value);
        },
      },
    ],
  });
}
