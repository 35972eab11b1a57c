import { describe, expect, it } from 'vitest';
import type { GatewayEvent } from '../../../src/events.js';
import { laneOf } from '../../../src/webhooks/event-lane.js';

const at = new Date('2026-12-06T12:00:00Z');
const event = (e: Record<string, unknown>) => ({ session: 'sales', timestamp: at, ...e }) as unknown as GatewayEvent;

describe('laneOf', () => {
  it("puts a message in its chat's lane, whether it was received or sent from the phone", () => {
    const received = event({ event: 'message', data: { from: '966501234567@c.us', to: 'me@c.us', fromMe: false } });
    const sentFromPhone = event({ event: 'message', data: { from: 'me@c.us', to: '966501234567@c.us', fromMe: true } });
    expect(laneOf(received)).toBe('sales 966501234567@c.us');
    expect(laneOf(sentFromPhone)).toBe('sales 966501234567@c.us');
  });

  it("puts acks, reactions and group notices in their chat's lane, and a call in its caller's", () => {
    expect(laneOf(event({ event: 'message_ack', data: { id: 'x', chatId: '966501234567@c.us', ack: 2 } }))).toBe('sales 966501234567@c.us');
    expect(laneOf(event({ event: 'message_reaction', data: { chatId: '1203@g.us', from: 'a@c.us' } }))).toBe('sales 1203@g.us');
    expect(laneOf(event({ event: 'group_join', data: { chatId: '1203@g.us', participants: [] } }))).toBe('sales 1203@g.us');
    expect(laneOf(event({ event: 'call', data: { id: 'c', from: '966501234567@c.us' } }))).toBe('sales 966501234567@c.us');
  });

  it("puts a session's events about no chat in the session's own lane, apart from another session's", () => {
    expect(laneOf(event({ event: 'state_change', data: { state: 'CONNECTED', previousState: 'OPENING' } }))).toBe('sales');
    expect(laneOf(event({ event: 'campaign_progress', data: {} }))).toBe('sales');
    expect(laneOf({ ...event({ event: 'ready', data: {} }), session: 'support' } as GatewayEvent)).toBe('support');
  });
});
