/** WhatsApp's ack levels: -1 error, 0 pending (clock), 1 server (one tick), 2 device, 3 read, 4 played. */
export const ackStatuses = { [-1]: 'failed', 0: 'pending', 1: 'sent', 2: 'delivered', 3: 'read', 4: 'played' } as const;
export type Ack = keyof typeof ackStatuses;
/** Where a sent message stands, by its highest ack. */
export type MessageStatus = (typeof ackStatuses)[Ack];

/** What a failed message (and its campaign recipient) shows when WhatsApp gave no reason. */
export const FAILED_WITHOUT_REASON = 'WhatsApp reported the message as failed';
