import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import { GatewayError, gatewayErrorOf } from './gateway-error';

export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/**
 * An operation's data when it had no error. The schema makes every query and mutation field nullable, so
 * that one field's error leaves the others' answers; a field without an error is never null.
 */
export type Answered<TResult> = { [Field in keyof TResult]: NonNullable<TResult[Field]> };

/** Close code of graphql-ws when connection_init carried a wrong key. */
const UNAUTHORIZED = 4401;

export interface GatewayClientEvents {
  /** The key was refused; the page asks for it again. */
  onUnauthorized(): void;
  /** Live updates are flowing (again, after a drop, when `reconnected`). */
  onLive(reconnected: boolean): void;
  onOffline(): void;
}

const socketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/** graphql-ws doubles its wait without a bound; a page open all day must notice a gateway back within this. */
const MAX_RETRY_WAIT_MS = 30_000;

const retryWait = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 1_000 * 2 ** retries) * (0.75 + Math.random() / 2)));

/**
 * The dashboard's one way to the gateway: queries and mutations over POST /graphql, live state over
 * graphql-ws on the same origin. Both carry the key, and both report a refused key the same way.
 */
export class GatewayClient {
  readonly #ws: Client;

  constructor(
    private readonly apiKey: string,
    private readonly events: GatewayClientEvents,
  ) {
    let connectedBefore = false;
    this.#ws = createClient({
      url: socketUrl(),
      connectionParams: { apiKey },
      lazy: false,
      // A page left open rides out gateway restarts and network drops; only a refused key ends it.
      retryAttempts: Number.POSITIVE_INFINITY,
      retryWait,
      shouldRetry: (event) => (event as CloseEvent | undefined)?.code !== UNAUTHORIZED,
      // A refused key is reported through `closed`; graphql-ws would also log it.
      onNonLazyError: () => undefined,
      on: {
        connected: () => {
          this.events.onLive(connectedBefore);
          connectedBefore = true;
        },
        closed: (event) => {
          if ((event as CloseEvent | undefined)?.code === UNAUTHORIZED) this.events.onUnauthorized();
          else this.events.onOffline();
        },
      },
    });
  }

  async request<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables): Promise<Answered<TResult>> {
    return requestWithKey(this.apiKey, operation, variables).catch((error: unknown) => {
      if (error instanceof GatewayError && error.code === 'UNAUTHENTICATED') this.events.onUnauthorized();
      throw error;
    });
  }

  /** Calls `next` with each event until the returned function is called. */
  subscribe<TResult, TVariables extends Record<string, unknown>>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    next: (data: TResult) => void,
  ): () => void {
    return this.#ws.subscribe<TResult>(
      { query: operation.toString(), variables },
      {
        next: (result) => {
          if (result.data) next(result.data);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  close(): void {
    disposeQuietly(this.#ws);
  }
}

export type KeyCheck = 'accepted' | 'refused' | 'unreachable';

/**
 * Tries a key by opening the live connection with it: accepted, or closed with 4401. (A refused HTTP
 * request would do as well, but the browser logs every 401 to the console as an error.)
 */
export async function checkApiKey(apiKey: string): Promise<KeyCheck> {
  let client: Client | undefined;
  const check = await new Promise<KeyCheck>((resolve) => {
    client = createClient({
      url: socketUrl(),
      connectionParams: { apiKey },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: {
        connected: () => resolve('accepted'),
        closed: (event) => resolve((event as CloseEvent | undefined)?.code === UNAUTHORIZED ? 'refused' : 'unreachable'),
      },
    });
  });
  if (client) disposeQuietly(client);
  return check;
}

/** Disposing a client whose socket was refused rejects with that close; it was handled already. */
function disposeQuietly(client: Client): void {
  void Promise.resolve(client.dispose()).catch(() => undefined);
}

async function requestWithKey<TResult, TVariables>(
  apiKey: string,
  operation: Operation<TResult, TVariables>,
  variables?: TVariables,
): Promise<Answered<TResult>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ query: operation.toString(), variables }),
    });
  } catch {
    throw new GatewayError('UNREACHABLE', 'Could not reach the gateway. Is it running?');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: Parameters<typeof gatewayErrorOf>[0][] };
  if (body.errors?.length) throw gatewayErrorOf(body.errors[0], response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL');
  if (!response.ok || !body.data)
    throw new GatewayError(response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', `The gateway answered ${response.status}`);
  return body.data as Answered<TResult>;
}
