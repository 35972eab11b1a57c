import { describe, expect, it } from 'vitest';
import { createCampaignInput } from '../../../src/campaigns/campaign-inputs.js';
import { personalise } from '../../../src/campaigns/personalise.js';

describe('personalise', () => {
  it('fills every {{name}}, with or without spaces inside the braces', () => {
    expect(personalise('Hi {{name}}, {{ name }}! Code {{code}}', { name: 'Ann', code: '7' })).toEqual({
      ok: true,
      text: 'Hi Ann, Ann! Code 7',
    });
  });

  it('names each placeholder without a value once, and leaves text without placeholders alone', () => {
    expect(personalise('{{a}} {{b}} {{a}}', {})).toEqual({ ok: false, missing: ['a', 'b'] });
    expect(personalise('50% off {not a placeholder}', {})).toEqual({ ok: true, text: '50% off {not a placeholder}' });
  });
});

describe('createCampaignInput', () => {
  it('keeps the first of a chat named twice, and stores a text only when it differs from the message', () => {
    const parsed = createCampaignInput.parse({
      name: ' Sale ',
      message: 'Hi {{name}}',
      recipients: [
        { phone: '966501234567', vars: { name: 'Ann' } },
        { chatId: '966501234567@c.us', vars: { name: 'Again' } },
        { phone: '+966 50 765 4321', message: 'Own', vars: {} },
      ],
      scheduledAt: '2025-11-01T18:00:00+03:00',
    });
    expect(parsed.name).toBe('Sale');
    expect(parsed.scheduledAt?.toISOString()).toBe('2025-11-01T15:00:00.000Z');
    expect(parsed.recipients.map((r) => [r.recipient.chatId, r.message])).toEqual([
      ['966501234567@c.us', 'Hi Ann'],
      ['966507654321@c.us', 'Own'],
    ]);
  });

  it('lists the first ten problem recipients and counts the rest', () => {
    const recipients = Array.from({ length: 25 }, (_, i) => ({ phone: `9665012${30001 + i}` }));
    const result = createCampaignInput.safeParse({ name: 'x', message: 'Hi {{name}}', recipients });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toHaveLength(11);
    expect(messages[0]).toBe('recipients[0] (966501230001): no value for {{name}}');
    expect(messages.at(-1)).toBe('…and 15 more recipients with problems');
  });
});
