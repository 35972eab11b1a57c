import { describe, expect, it } from 'vitest';
import { SentLog, type DeliveredMessage } from '../../../../src/whatsapp/sandbox/sent-log.js';

const message = (index: number, body: string): DeliveredMessage => ({
  id: `true_966501234567@c.us_${index}_out`,
  session: 'default',
  chatId: '966501234567@c.us',
  to: '966501234567',
  kind: 'text',
  body,
  timestamp: index,
  ack: 1,
});

describe('the sandbox sent log', () => {
  it('keeps the newest messages in memory, fewer of them when their texts are long, and finds each it keeps', async () => {
    const log = new SentLog();
    for (let index = 0; index < 300; index++) await log.append(message(index, 'x'.repeat(65_536)));
    const kept = log.entries();
    // 300 texts of 65,536 characters are over 16 Mi characters: the oldest went.
    expect(kept.length).toBe(256);
    expect([kept[0]!.timestamp, kept.at(-1)!.timestamp]).toEqual([44, 299]);
    expect(log.find(message(43, '').id)).toBeUndefined();
    expect(log.find(message(299, '').id)?.timestamp).toBe(299);
  });
});
