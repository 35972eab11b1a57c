import type { ConnectionState } from '../generated/graphql';

/** The documented connection states (API reference, `state_change`), in words a person reads. */
export const connectionStateMeanings: Record<ConnectionState, string> = {
  CONFLICT: 'WhatsApp is open on another computer, so this session is paused.',
  CONNECTED: 'Connected: messages can be sent and received.',
  DEPRECATED_VERSION: 'This WhatsApp Web version is outdated; update the gateway.',
  OPENING: 'Starting the connection to WhatsApp…',
  PAIRING: 'Waiting for the QR code to be scanned.',
  PROXYBLOCK: 'WhatsApp blocked the connection through this proxy.',
  SMB_TOS_BLOCK: 'This business number was blocked by WhatsApp (terms of service).',
  TIMEOUT: 'The connection timed out; reconnecting.',
  TOS_BLOCK: 'This number was blocked by WhatsApp (terms of service).',
  UNLAUNCHED: 'WhatsApp has not been started yet.',
  UNPAIRED: 'Not linked to a phone: scan the QR code.',
  UNPAIRED_IDLE: 'Not linked to a phone, and idle: scan the QR code.',
};
