import { connectionStateMeanings, type ConnectionState } from './connection-states.js';
import type { WhatsAppDialog } from './whatsapp-dialogs.js';

export interface ClientStatus {
  status: 'connected' | 'disconnected';
  ready: boolean;
  state: ConnectionState;
  message: string;
  /** The dialog WhatsApp Web shows that waits for a person (the state is ACTION_REQUIRED). */
  dialog: WhatsAppDialog | null;
}

/**
 * What the documented status route reports for a connection state; `activity` (the driver waiting to
 * reconnect, say) is more telling than the state's own meaning, so it is the message when there is one.
 */
export function describeClientStatus(state: ConnectionState, activity?: string, dialog: WhatsAppDialog | null = null): ClientStatus {
  const ready = state === 'CONNECTED';
  return { status: ready ? 'connected' : 'disconnected', ready, state, message: activity ?? connectionStateMeanings[state], dialog };
}
