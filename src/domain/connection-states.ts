/**
 * WhatsApp Web's connection states, as whatsapp-web.js reports them, plus our own: UNLAUNCHED before start,
 * ACTION_REQUIRED while WhatsApp Web shows a dialog only a person can answer.
 */
export const connectionStates = [
  'ACTION_REQUIRED',
  'CONFLICT',
  'CONNECTED',
  'DEPRECATED_VERSION',
  'OPENING',
  'PAIRING',
  'PROXYBLOCK',
  'SMB_TOS_BLOCK',
  'TIMEOUT',
  'TOS_BLOCK',
  'UNLAUNCHED',
  'UNPAIRED',
  'UNPAIRED_IDLE',
] as const;
export type ConnectionState = (typeof connectionStates)[number];

/** The states in which the session waits for a QR code (or a pairing code) to be entered on a phone. */
export const pairingStates: readonly ConnectionState[] = ['PAIRING', 'UNPAIRED', 'UNPAIRED_IDLE'];

/**
 * Each state in words a person reads; the status route reports them as its `message` and the dashboard
 * shows them beside the state.
 */
export const connectionStateMeanings: Record<ConnectionState, string> = {
  ACTION_REQUIRED: 'WhatsApp Web shows a dialog that needs a person; the session waits until one of its buttons is pressed.',
  CONFLICT: 'WhatsApp is open on another computer; this session is paused.',
  CONNECTED: 'WhatsApp client is ready',
  DEPRECATED_VERSION: 'WhatsApp Web version is outdated; update the gateway.',
  OPENING: 'WhatsApp client is starting.',
  PAIRING: 'WhatsApp client is not ready. Please scan QR code.',
  PROXYBLOCK: 'WhatsApp blocked the connection through this proxy.',
  SMB_TOS_BLOCK: 'This business number was blocked by WhatsApp (terms of service).',
  TIMEOUT: 'WhatsApp connection timed out; reconnecting.',
  TOS_BLOCK: 'This number was blocked by WhatsApp (terms of service).',
  UNLAUNCHED: 'WhatsApp client is starting.',
  UNPAIRED: 'WhatsApp client is not ready. Please scan QR code.',
  UNPAIRED_IDLE: 'WhatsApp client is not ready. Please scan QR code.',
};
