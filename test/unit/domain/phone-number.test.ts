import { describe, expect, it } from 'vitest';
import { maskChatIds, maskNumber, normalizeRecipient } from '../../../src/domain/phone-number.js';

describe('normalizeRecipient', () => {
  it.each([
    ['966501234567', '966501234567@c.us', '966501234567'],
    ['+966 50 123 4567', '966501234567@c.us', '966501234567'],
    ['00966501234567', '966501234567@c.us', '966501234567'],
    ['(966) 50-123-4567', '966501234567@c.us', '966501234567'],
    ['966501234567@c.us', '966501234567@c.us', '966501234567'],
    ['971505121583@s.whatsapp.net', '971505121583@c.us', '971505121583'],
    ['  201012345678 ', '201012345678@c.us', '201012345678'],
  ])('accepts %j as a person', (input, chatId, to) => {
    expect(normalizeRecipient(input)).toEqual({ ok: true, recipient: { chatId, to, isGroup: false } });
  });

  it('accepts a LID as a person, as it is', () => {
    expect(normalizeRecipient('123456789012345@lid')).toEqual({
      ok: true,
      recipient: { chatId: '123456789012345@lid', to: '123456789012345@lid', isGroup: false },
    });
  });

  it.each(['120363012345678901@g.us', '966501234567-1609459200@g.us'])('accepts group id %s', (id) => {
    expect(normalizeRecipient(id)).toEqual({ ok: true, recipient: { chatId: id, to: id, isGroup: true } });
  });

  it.each([
    ['', 'Phone number is required'],
    [
      '0501234567',
      'Phone number "0501234567" looks like a national number: use the international format with the country code, e.g. 966501234567',
    ],
    [
      '12345',
      'Phone number "12345" is not a valid international number: use the international format with the country code, e.g. 966501234567',
    ],
    [
      '96650123456789012',
      'Phone number "96650123456789012" is not a valid international number: use the international format with the country code, e.g. 966501234567',
    ],
    ['+966 50 abc', 'Phone number "+966 50 abc" may contain only digits, spaces and a leading +'],
    [
      'hello@example.com',
      'Chat id "hello@example.com" is not valid: use <number>@c.us (or its <id>@lid) for a person or <id>@g.us for a group',
    ],
    ['abc@lid', 'LID "abc@lid" is not valid: expected digits followed by @lid'],
    ['group@g.us', 'Group id "group@g.us" is not valid: expected digits followed by @g.us'],
  ])('refuses %j', (input, error) => {
    expect(normalizeRecipient(input)).toEqual({ ok: false, error });
  });
});

describe('masking', () => {
  it('keeps only the last four digits of a number', () => {
    expect(maskNumber('971505121583')).toBe('***1583');
    expect(maskNumber('971505121583@c.us')).toBe('***1583');
  });

  it('masks every chat id inside a text', () => {
    expect(maskChatIds('true_971505121583@c.us_3EB0_out and 120363012345678901@g.us')).toBe('true_***1583@c.us_3EB0_out and ***8901@g.us');
  });
});
