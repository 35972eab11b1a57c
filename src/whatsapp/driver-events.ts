import type { AccountInfo, ConnectionState } from './driver.js';

/** Why a session dropped; the first four are whatsapp-web.js's own reasons. */
export const disconnectReasons = ['LOGOUT', 'CONFLICT', 'TIMEOUT', 'NAVIGATION', 'BROWSER_CLOSED', 'TOS_BLOCK', 'PROXYBLOCK'] as const;
export type DisconnectReason = (typeof disconnectReasons)[number];

/** WhatsApp's ack levels: -1 error, 0 pending (clock), 1 server (one tick), 2 device, 3 read, 4 played. */
export const ackStatuses = { [-1]: 'failed', 0: 'pending', 1: 'sent', 2: 'delivered', 3: 'read', 4: 'played' } as const;
export type Ack = keyof typeof ackStatuses;
export type DeliveryStatus = (typeof ackStatuses)[Ack];

export interface IncomingMessage {
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
  authenticated: Record<string, never>;
  ready: { info: AccountInfo };
  disconnected: { reason: DisconnectReason };
  state_change: { state: ConnectionState; previousState: ConnectionState };
  message: IncomingMessage;
  message_ack: { id: string; chatId: string; ack: Ack; status: DeliveryStatus };
}

export type EventName = keyof DriverEventMap;
export type DriverEvent = { [K in EventName]: { event: K; data: DriverEventMap[K] } }[EventName];
