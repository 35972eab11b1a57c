import { describe, expect, it } from 'vitest';
import { recipientsFromCsv } from '../../../src/domain/recipients-from-csv.js';

describe('recipients from pasted text or a CSV file', () => {
  it('takes one number per line, skipping blank lines and spaces', () => {
    expect(recipientsFromCsv('966501111111\n\n  966502222222  \r\n966503333333\n')).toEqual([
      { phone: '966501111111' },
      { phone: '966502222222' },
      { phone: '966503333333' },
    ]);
  });

  it('takes the first cell of each row when there is no header row', () => {
    expect(recipientsFromCsv('966501111111,Ann\n966502222222,Bilal')).toEqual([{ phone: '966501111111' }, { phone: '966502222222' }]);
  });

  it('makes every other column of a header row a placeholder value, quoted commas included', () => {
    expect(recipientsFromCsv('name,Phone,city\nAnn,966501111111,Riyadh\n"Bilal, Jr.",966502222222,\n')).toEqual([
      { phone: '966501111111', vars: { name: 'Ann', city: 'Riyadh' } },
      { phone: '966502222222', vars: { name: 'Bilal, Jr.', city: '' } },
    ]);
  });

  it('reads a chatId column as chat ids, for groups', () => {
    expect(recipientsFromCsv('chatId\n120363000000000000@g.us')).toEqual([{ chatId: '120363000000000000@g.us' }]);
  });

  it('keeps a row without a number, so the gateway names it in its error', () => {
    expect(recipientsFromCsv('phone,name\n,Ann')).toEqual([{ phone: '', vars: { name: 'Ann' } }]);
  });

  it('gives nothing for nothing', () => {
    expect(recipientsFromCsv('  \n ')).toEqual([]);
  });
});
