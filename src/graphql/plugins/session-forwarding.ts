import { print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { retryAfterSeconds, sessionMoving, type SessionRoute } from '../../cluster/session-router.js';
import { GatewayError } from '../../errors.js';
import { requireCaller, type ClusterServices, type GraphQLContext } from '../context.js';
import { httpCallOf } from '../http-call.js';
import { operationRoot, sessionOfField } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';
import { resultFromJson, type JsonResult } from '../result-from-json.js';

/** yoga's parser cache hands out the same document for the same query, so each is printed once. */
const printed = new WeakMap<DocumentNode, string>();
const textOf = (document: DocumentNode) => printed.get(document) ?? printed.set(document, print(document)).get(document)!;

/**
 * In a cluster, an operation that needs a session's driver, or stops what runs with it, on a session that
 * another node runs, is run there: forwarded once, for the caller this node identified, and its result
 * answered as the owner gave it. A session between owners is SESSION_MOVING, with Retry-After, for the
 * fields that need its driver. Everything else (a session's record, its campaigns' and webhooks' rows,
 * admin operations) needs only the database and runs here, as do subscriptions, which hear every node
 * through the bus.
 */
export function useSessionForwarding(): Plugin<GraphQLContext> {
  async function decide(args: ExecutionArgs, cluster: ClusterServices): Promise<ExecutionResult | undefined> {
    const context = args.contextValue as GraphQLContext;
    const { operation, fields } = operationRoot(args.schema, args.document, args.operationName);
    if (!operation || operation.operation === 'subscription') return undefined;
    const named: Array<{ session: string; needsDriver: boolean }> = [];
    for (const field of fields) {
      if (!field.definition || !(field.policy?.needsDriver || field.policy?.onOwner)) continue;
      const session = sessionOfField(field, operation, args.variableValues ?? {});
      if (typeof session === 'string') named.push({ session, needsDriver: field.policy?.needsDriver === true });
    }
    if (context.door.kind === 'forwarded') {
      // Sent here as the owner; a session that left this node meanwhile is moving again, and the client retries.
      const gone = named.find(({ session, needsDriver }) => needsDriver && !cluster.router.isOpenHere(session));
      if (gone) throw sessionMoving(gone.session, cluster.router.leaseTtlMs);
      return undefined;
    }
    const routes: Array<{ session: string; route: SessionRoute; needsDriver: boolean }> = [];
    for (const { session, needsDriver } of named) routes.push({ session, route: await cluster.router.route(session), needsDriver });
    if (routes.length === 0 || routes.some(({ route }) => route.kind === 'here')) return undefined;
    const moving = routes.find(({ route, needsDriver }) => route.kind === 'moving' && needsDriver);
    if (moving) throw sessionMoving(moving.session, cluster.router.leaseTtlMs);
    const owners = new Set(routes.map(({ route }) => (route.kind === 'owner' ? route.url : undefined)));
    const [first] = routes;
    if (owners.size !== 1 || first?.route.kind !== 'owner') return undefined;
    const result = await cluster.router.forward(
      first.session,
      first.route,
      { query: textOf(args.document), variables: args.variableValues ?? undefined, operationName: args.operationName },
      requireCaller(context),
    );
    return resultFromJson(result as JsonResult);
  }

  const moving = ({ door, services }: GraphQLContext) => {
    if (services.cluster)
      httpCallOf(door)?.answerHeaders.set({ 'Retry-After': String(retryAfterSeconds(services.cluster.router.leaseTtlMs)) });
  };

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GraphQLContext;
      const { cluster } = context.services;
      if (!cluster) return;
      try {
        const result = await decide(args, cluster);
        if (!result) return;
        // The owner let the session go meanwhile: the client hears when to retry, as from this node.
        if (result.errors?.some((error) => error.extensions.code === 'SESSION_MOVING')) moving(context);
        setResultAndStopExecution(result);
      } catch (error) {
        if (!(error instanceof GatewayError)) throw error;
        if (error.code === 'SESSION_MOVING') moving(context);
        setResultAndStopExecution(refusedWith(error.code, error.message, error.hint));
      }
    },
  };
}
