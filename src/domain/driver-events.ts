import type { Ack, MessageStatus } from './acks.js';
import type { ConnectionState } from './connection-states.js';
import type { DisconnectReason } from './disconnect-reasons.js';

export interface AccountInfo {
  wid: string;
  pushname: string;
  platform: string;
  phone: string;
}

/** The linked account as a session shows it. */
export type LinkedAccount = Pick<AccountInfo, 'wid' | 'pushname' | 'phone'>;

/** A message the linked account received (or sent from another of its devices). */
export interface InboundMessage {
  id: string;
  from: string;
  to: string;
  body: string;
  timestamp: number;
  fromMe: boolean;
  hasMedia: boolean;
  type: string;
  isGroup: boolean;
  author?: string;
  caption?: string;
  mimeType?: string;
  filename?: string;
}

/** Everything a driver reports, keyed by the documented event name. */
export interface DriverEventMap {
  qr: { qr: string };
  /** A code to type on the phone (Linked devices → Link with phone number) instead of scanning the QR. */
  pairing_code: { code: string; phone: string };
  authenticated: Record<string, never>;
  ready: { info: AccountInfo };
  disconnected: { reason: DisconnectReason };
  state_change: { state: ConnectionState; previousState: ConnectionState };
  message: InboundMessage;
  message_ack: { id: string; chatId: string; ack: Ack; status: MessageStatus };
}

export type DriverEventName = keyof DriverEventMap;
export type DriverEvent = { [K in DriverEventName]: { event: K; data: DriverEventMap[K] } }[DriverEventName];
