import { connectionStateMeanings, type ConnectionState } from './connection-states.js';

export interface ClientStatus {
  status: 'connected' | 'disconnected';
  ready: boolean;
  state: ConnectionState;
  message: string;
}

/** What the documented status route reports for a connection state. */
export function describeClientStatus(state: ConnectionState): ClientStatus {
  const ready = state === 'CONNECTED';
  return { status: ready ? 'connected' : 'disconnected', ready, state, message: connectionStateMeanings[state] };
}
