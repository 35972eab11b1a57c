import { DEFAULT_SESSION } from '../../src/domain/session-name.js';
import type { GatewayEvent } from '../../src/events.js';

/** The i-th inbound chat message of a bench: what a customer writing to the business raises. */
export const inboundEvent = (i: number): GatewayEvent => ({
  event: 'message',
  session: DEFAULT_SESSION,
  timestamp: new Date(),
  data: {
    id: `false_966501234567@c.us_BENCH${i}`,
    from: '966501234567@c.us',
    to: '966500000000@c.us',
    body: `Order ${i}: is it on its way?`,
    timestamp: Math.floor(Date.now() / 1000),
    fromMe: false,
    hasMedia: false,
    type: 'chat',
    isGroup: false,
  },
});
