import { connectionStateMeanings, type ConnectionState } from './connection-states.js';

export interface ClientStatus {
  status: 'connected' | 'disconnected';
  ready: boolean;
  state: ConnectionState;
  message: string;
}

/**
 * What the documented status route reports for a connection state; `activity` (the driver waiting to
 * reconnect, say) is more telling than the state's own meaning, so it is the message when there is one.
 */
export function describeClientStatus(state: ConnectionState, activity?: string): ClientStatus {
  const ready = state === 'CONNECTED';
  return { status: ready ? 'connected' : 'disconnected', ready, state, message: activity ?? connectionStateMeanings[state] };
}
