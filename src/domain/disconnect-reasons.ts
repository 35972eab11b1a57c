/** Why a session dropped; the first four are whatsapp-web.js's own reasons. */
export const disconnectReasons = ['LOGOUT', 'CONFLICT', 'TIMEOUT', 'NAVIGATION', 'BROWSER_CLOSED', 'TOS_BLOCK', 'PROXYBLOCK'] as const;
export type DisconnectReason = (typeof disconnectReasons)[number];

/** WhatsApp refused this account or its route for good: restarting would only be refused again. */
export const terminalReasons: ReadonlySet<DisconnectReason> = new Set(['TOS_BLOCK', 'PROXYBLOCK']);
