import Papa from 'papaparse';

/** Header names taken for the number column; every other column becomes a {{placeholder}} value. */
const numberHeaders = /^(phone|phone ?number|number|mobile|whatsapp|msisdn)$/i;
const chatIdHeader = /^chat ?id$/i;

/** One recipient as a CSV row gives it: a phone number or a chat id, and the row's other columns. */
export interface CsvRecipient {
  phone?: string;
  chatId?: string;
  vars?: Record<string, string>;
}

/**
 * Recipients from pasted text or a CSV file, by the same rules in the dashboard and for a CSV body sent to
 * the REST door. Without a header row, each line's first cell is the number.
 * With one (a column named phone, number, mobile… or chatId), the other columns become each recipient's
 * vars, so `{{name}}` in the message takes the `name` column.
 */
export function recipientsFromCsv(text: string): CsvRecipient[] {
  const rows = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' }).data.map((row) => row.map((cell) => cell.trim()));
  const [first, ...rest] = rows;
  if (!first) return [];
  const numberColumn = first.findIndex((cell) => numberHeaders.test(cell) || chatIdHeader.test(cell));
  if (numberColumn < 0) return rows.map(([number = '']) => ({ phone: number }));
  const isChatId = chatIdHeader.test(first[numberColumn]!);
  return rest.map((row) => {
    const number = row[numberColumn] ?? '';
    const vars: Record<string, string> = {};
    first.forEach((header, column) => {
      if (column !== numberColumn && header !== '') vars[header] = row[column] ?? '';
    });
    return { ...(isChatId ? { chatId: number } : { phone: number }), ...(Object.keys(vars).length > 0 && { vars }) };
  });
}
