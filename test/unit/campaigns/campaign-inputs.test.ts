import { describe, expect, it } from 'vitest';
import { createCampaignInput, MAX_PERSONALISED_CHARACTERS } from '../../../src/campaigns/campaign-inputs.js';
import { personalise } from '../../../src/campaigns/personalise.js';

describe('personalise', () => {
  it('fills every {{name}}, with or without spaces inside the braces', () => {
    expect(personalise('Hi {{name}}, {{ name }}! Code {{code}}', { name: 'Ann', code: '7' }, 100)).toEqual({
      ok: true,
      text: 'Hi Ann, Ann! Code 7',
    });
  });

  it('names each placeholder without a value once, and leaves text without placeholders alone', () => {
    expect(personalise('{{a}} {{b}} {{a}}', {}, 100)).toEqual({ ok: false, missing: ['a', 'b'], tooLong: false });
    expect(personalise('50% off {not a placeholder}', {}, 100)).toEqual({ ok: true, text: '50% off {not a placeholder}' });
  });

  it('refuses a text that would pass its bound before building it: a placeholder repeated with a long value', () => {
    expect(personalise('{{a}}'.repeat(13_000), { a: 'x'.repeat(65_536) }, 65_536)).toEqual({ ok: false, missing: [], tooLong: true });
    expect(personalise('{{a}}{{a}}', { a: 'xy' }, 4)).toEqual({ ok: true, text: 'xyxy' });
    expect(personalise('{{a}}{{a}}', { a: 'xyz' }, 5)).toMatchObject({ ok: false, tooLong: true });
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

  it('refuses a campaign whose personalised texts would together pass their bound, once they pass it', () => {
    const recipients = Array.from({ length: 600 }, (_, i) => ({ phone: `96650${1_000_000 + i}`, vars: { n: String(i) } }));
    const result = createCampaignInput.safeParse({ name: 'x', message: `${'x'.repeat(59_990)}{{n}}`, recipients });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      `The personalised messages come to more than ${MAX_PERSONALISED_CHARACTERS} characters in all: split the recipients over several campaigns, or shorten the message`,
    ]);
  });
});
