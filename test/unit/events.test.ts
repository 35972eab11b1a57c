import { describe, expect, it } from 'vitest';
import { eventSerializer } from '../../src/events.js';

describe('eventSerializer', () => {
  it('brings an event across nodes with its dates as dates and everything else as it was', () => {
    const event = {
      event: 'campaign_progress',
      session: 'sales',
      timestamp: new Date('2026-11-28T09:00:00.000Z'),
      data: { campaignId: 3, startedAt: new Date('2026-11-28T08:59:00.000Z'), note: { $date: 'not a date', other: 1 }, list: [1, 'two'] },
    };
    const copy = eventSerializer.parse(eventSerializer.stringify(event));
    expect(copy).toEqual(event);
    expect((copy as typeof event).timestamp).toBeInstanceOf(Date);
  });
});
