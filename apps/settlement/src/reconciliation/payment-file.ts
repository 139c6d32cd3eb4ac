import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type PaymentFileFormat = 'csv' | 'xlsx';

/** An XLSX cell as text: dates as their calendar day, formulas by their result, rich text joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value);
}

/**
 * The rows of a payment file, streamed: never the whole sheet in memory. Each row comes with its number
 * in the file (the header is row 1); empty rows are skipped.
 */
export async function* paymentFileRows(
  format: PaymentFileFormat,
  content: Buffer,
): AsyncGenerator<{ row: number; cells: string[] }> {
  if (format === 'csv') {
    const parser = Readable.from([content]).pipe(
      parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
    );
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      yield { row: info.lines, cells: record };
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'cache',
  }); // styles tell a date from a number
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const cells = values.slice(1).map(cellText);
      if (cells.some((c) => c.trim() !== '')) yield { row: row.number, cells };
    }
    return; // the first sheet only
  }
}
