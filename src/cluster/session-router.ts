import type { Caller } from '../domain/caller.js';
import { GatewayError, upstreamFailed } from '../errors.js';
import type { SessionStore } from '../sessions/session-store.js';
import { HOP_HEADER, type HopMarker } from './hop-marker.js';
import type { NodeRegistry } from './node-registry.js';

/** Where an operation on a session runs. */
export type SessionRoute =
  /** Here: the session is open on this node, or no node should run it (stopped, or unknown). */
  | { kind: 'here' }
  /** On the node that holds its lease. */
  | { kind: 'owner'; node: string; url: string }
  /** Started, but no live node holds it: it is between owners. */
  | { kind: 'moving' };

/** The operation as the owner receives it: what a GraphQL-over-HTTP client would post. */
export interface ForwardedOperation {
  query: string;
  variables: Readonly<Record<string, unknown>> | undefined;
  operationName: string | null | undefined;
}

export interface SessionRouterDeps {
  store: SessionStore;
  registry: NodeRegistry;
  hops: HopMarker;
  isOpenHere(session: string): boolean;
  leaseTtlMs: number;
}

/**
 * How long a session's owner is taken as known without asking the database again: the hot path of a
 * forwarded send, where the owner changes only when a node dies or stops.
 */
const OWNER_CACHE_MS = 1_000;

/** A forwarded send waits as long as the owner may take to send it (a media download included). */
const FORWARD_TIMEOUT_MS = 120_000;

/** Connection failures that mean the request never reached the owner, so nothing ran there. */
const NOT_REACHED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** When a client should retry a session between owners: after about a third of a lease, when the next owner has it. */
export const retryAfterSeconds = (leaseTtlMs: number) => Math.max(1, Math.ceil(leaseTtlMs / 3000));

export function sessionMoving(session: string, leaseTtlMs: number): GatewayError {
  return new GatewayError('SESSION_MOVING', `Session "${session}" is moving to another node`, {
    hint: `Retry in ${retryAfterSeconds(leaseTtlMs)} s, when the node taking it over has started it`,
  });
}

/**
 * Finds which node runs a session, and forwards an operation to it: any node answers any request, and
 * the node with the session's driver does the work.
 */
export class SessionRouter {
  /** Who ran each session lately; a node that has let it go answers SESSION_MOVING, and the entry is dropped. */
  readonly #owners = new Map<string, { route: Extract<SessionRoute, { kind: 'owner' }>; until: number }>();

  constructor(private readonly deps: SessionRouterDeps) {}

  get leaseTtlMs(): number {
    return this.deps.leaseTtlMs;
  }

  isOpenHere(session: string): boolean {
    return this.deps.isOpenHere(session);
  }

  async route(session: string): Promise<SessionRoute> {
    const { store, registry, isOpenHere } = this.deps;
    if (isOpenHere(session)) return { kind: 'here' };
    const known = this.#owners.get(session);
    if (known && known.until > Date.now()) return known.route;
    const holder = await store.holder(session);
    if (!holder || holder.owner === registry.self.id) return { kind: 'here' };
    if (holder.owner) {
      const url = await registry.addressOf(holder.owner);
      if (!url) return { kind: 'moving' };
      const route = { kind: 'owner', node: holder.owner, url } as const;
      this.#owners.set(session, { route, until: Date.now() + OWNER_CACHE_MS });
      return route;
    }
    return holder.status === 'started' ? { kind: 'moving' } : { kind: 'here' };
  }

  /**
   * Runs the operation on the owner, once, for the caller, and answers its result (parsed JSON) unchanged. An owner that
   * cannot be reached is a session moving; one that stops answering mid-way may have run it (a send may
   * have left), which the error says so that it is not retried blindly.
   */
  async forward(
    session: string,
    route: Extract<SessionRoute, { kind: 'owner' }>,
    operation: ForwardedOperation,
    caller: Caller,
  ): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(new URL('/graphql', route.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          [HOP_HEADER]: this.deps.hops.sign(caller, operation.query),
        },
        body: JSON.stringify(operation),
        signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
      });
    } catch (error) {
      this.#owners.delete(session);
      const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code;
      if (code && NOT_REACHED.has(code)) throw sessionMoving(session, this.deps.leaseTtlMs);
      throw new GatewayError('UPSTREAM_FAILED', `The node running session "${session}" stopped answering; the request may have run there`, {
        cause: error,
        uncertain: true,
      });
    }
    const text = await response.text();
    let result: { errors?: Array<{ extensions?: { code?: unknown } }> };
    try {
      result = JSON.parse(text) as typeof result;
    } catch (error) {
      throw upstreamFailed(`The node running session "${session}" answered ${response.status} without a GraphQL result`, error);
    }
    if (result.errors?.some((error) => error.extensions?.code === 'SESSION_MOVING')) this.#owners.delete(session);
    return result;
  }
}
