import type { ConnectionState } from '../whatsapp/driver.js';

export interface ClientStatus {
  status: 'connected' | 'disconnected';
  ready: boolean;
  state: ConnectionState;
  message: string;
}

const notReadyMessages: Partial<Record<ConnectionState, string>> = {
  UNLAUNCHED: 'WhatsApp client is starting.',
  OPENING: 'WhatsApp client is starting.',
  PAIRING: 'WhatsApp client is not ready. Please scan QR code.',
  UNPAIRED: 'WhatsApp client is not ready. Please scan QR code.',
  UNPAIRED_IDLE: 'WhatsApp client is not ready. Please scan QR code.',
  CONFLICT: 'WhatsApp is open on another computer; this session is paused.',
  TIMEOUT: 'WhatsApp connection timed out; reconnecting.',
  DEPRECATED_VERSION: 'WhatsApp Web version is outdated; update the gateway.',
  TOS_BLOCK: 'This number was blocked by WhatsApp (terms of service).',
  SMB_TOS_BLOCK: 'This business number was blocked by WhatsApp (terms of service).',
  PROXYBLOCK: 'WhatsApp blocked the connection through this proxy.',
};

/** What the documented status route reports for a connection state. */
export function describeClientStatus(state: ConnectionState): ClientStatus {
  if (state === 'CONNECTED') return { status: 'connected', ready: true, state, message: 'WhatsApp client is ready' };
  return { status: 'disconnected', ready: false, state, message: notReadyMessages[state] ?? 'WhatsApp client is not ready.' };
}
