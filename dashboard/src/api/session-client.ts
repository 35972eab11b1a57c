import type { Answered, GatewayClient, Operation } from './gateway-client';

type OnSession = { session: string };

/**
 * The gateway client bound to the session the page shows: every operation gets that `session` among its
 * variables, so the panels never name it themselves, and a new session makes a new client (and the panels'
 * effects run again on it).
 */
export class SessionClient {
  constructor(
    readonly gateway: GatewayClient,
    readonly session: string,
  ) {}

  request<TResult, TVariables extends OnSession>(
    operation: Operation<TResult, TVariables>,
    variables?: Omit<TVariables, 'session'>,
  ): Promise<Answered<TResult>> {
    return this.gateway.request(operation, { ...variables, session: this.session } as TVariables);
  }

  subscribe<TResult>(operation: Operation<TResult, OnSession>, next: (data: TResult) => void): () => void {
    return this.gateway.subscribe(operation, { session: this.session }, next);
  }
}
