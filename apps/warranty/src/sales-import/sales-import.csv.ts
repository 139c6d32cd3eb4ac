import { setImmediate as nextTurn } from 'node:timers/promises';
import { parse } from 'csv-parse';
import type { ImportError } from '../schema.ts';

/**
 * The columns of a sales file, in the order we write them. The header row names them (any order,
 * case and surrounding spaces ignored); the first five are required, the rest may be left out.
 *
 * - `serial`, `model_code`, `channel` (store | online | tv | phone | mail)
 * - `invoice_date`: a calendar date `YYYY-MM-DD`
 * - `delivered_at`: an ISO instant with its zone (`2026-03-01T09:30:00+08:00` or `…Z`), or empty
 * - `installed_on`: a calendar date, or empty
 * - `price_fen`, `paid_fen`: whole numbers of fen (1 yuan = 100 fen; no decimals, no yuan column); paid may be empty
 * - `invoice`, `voucher`: `true`, `false` or empty — which documents came with the sale
 */
export const salesCsvColumns = [
  'serial',
  'model_code',
  'channel',
  'invoice_date',
  'price_fen',
  'delivered_at',
  'installed_on',
  'paid_fen',
  'invoice',
  'voucher',
] as const;
export type SalesCsvColumn = (typeof salesCsvColumns)[number];

const requiredColumns: readonly SalesCsvColumn[] = ['serial', 'model_code', 'channel', 'invoice_date', 'price_fen'];

/**
 * One data row of the file as text (trimmed; '' where empty or where an optional column is absent).
 * `row` is the 1-based number of the data row: the header is not counted, so data row 1 is the
 * second line of a file without quoted line breaks or blank lines (blank lines are skipped, not counted).
 */
export type SalesCsvRecord = { row: number } & Record<SalesCsvColumn, string>;

export interface ParsedSalesCsv {
  /** Data rows in the file, including any too malformed to become a record. */
  rowCount: number;
  records: SalesCsvRecord[];
  /** Problems with the file's shape. `row` 0 means the header or the file as a whole. */
  errors: ImportError[];
}

const isSalesColumn = (name: string): name is SalesCsvColumn => (salesCsvColumns as readonly string[]).includes(name);

function readHeader(header: string[]): { columns: SalesCsvColumn[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const columns: SalesCsvColumn[] = [];
  for (const raw of header) {
    const name = raw.trim().toLowerCase();
    if (!isSalesColumn(name))
      errors.push({ row: 0, field: raw, message: `unknown column; the columns are ${salesCsvColumns.join(', ')}` });
    else if (columns.includes(name))
      errors.push({ row: 0, field: name, message: 'column appears twice in the header' });
    else columns.push(name);
  }
  for (const name of requiredColumns) {
    if (!columns.includes(name))
      errors.push({ row: 0, field: name, message: 'required column is missing from the header' });
  }
  return { columns, errors };
}

const csvOptions = { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true } as const;

/** Turns rows of fields, header first, into records and faults. */
function createRecordCollector() {
  let columns: SalesCsvColumn[] | undefined;
  let headerFaulty = false;
  let rowCount = 0;
  const records: SalesCsvRecord[] = [];
  const errors: ImportError[] = [];
  let broken = false;
  return {
    get broken() {
      return broken;
    },
    add(fields: string[]) {
      if (!columns) {
        const header = readHeader(fields);
        columns = header.columns;
        headerFaulty = header.errors.length > 0;
        errors.push(...header.errors);
        return;
      }
      const row = ++rowCount;
      if (headerFaulty) return; // the rows can't be read: only counted
      if (fields.length !== columns.length) {
        errors.push({
          row,
          field: '(row)',
          message: `has ${fields.length} fields but the header has ${columns.length}`,
        });
        return;
      }
      const record: SalesCsvRecord = {
        row,
        serial: '',
        model_code: '',
        channel: '',
        invoice_date: '',
        price_fen: '',
        delivered_at: '',
        installed_on: '',
        paid_fen: '',
        invoice: '',
        voucher: '',
      };
      columns.forEach((column, i) => {
        record[column] = fields[i] ?? '';
      });
      records.push(record);
    },
    /** The CSV itself is broken where the parser stopped; nothing in the file is taken. */
    breakAt(error: Error & { records?: unknown }) {
      broken = true;
      // csv-parse counts the records it read before the fault, header included: the faulty data row is the next one.
      const row = typeof error.records === 'number' ? error.records : columns ? rowCount + 1 : 0;
      errors.length = 0;
      errors.push({ row, field: '(row)', message: `the file is not valid CSV here: ${error.message}` });
    },
    finish(): ParsedSalesCsv {
      if (broken) return { rowCount: 0, records: [], errors };
      if (!columns)
        return {
          rowCount: 0,
          records: [],
          errors: [{ row: 0, field: '(file)', message: 'the file is empty; it needs a header row' }],
        };
      if (headerFaulty) return { rowCount, records: [], errors };
      if (!rowCount)
        return {
          rowCount: 0,
          records: [],
          errors: [{ row: 0, field: '(file)', message: 'the file has a header but no sales rows' }],
        };
      return { rowCount, records, errors };
    },
  };
}

/**
 * Reads the file's rows as text; no business rule is checked here (see sales-import.rows.ts).
 * The text is fed to the parser a slice at a time, giving the event loop a turn between slices, so a
 * 30 MB file does not stall the service's other requests.
 */
export async function parseSalesCsv(
  csv: string,
  { sliceBytes = 128 * 1024 }: { sliceBytes?: number } = {},
): Promise<ParsedSalesCsv> {
  const collector = createRecordCollector();
  const parser = parse(csvOptions);
  parser.on('data', (fields: string[]) => collector.add(fields));
  const settled = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (error) => {
      if (!collector.broken) collector.breakAt(error);
      resolve();
    });
  });
  const bytes = Buffer.from(csv, 'utf8');
  for (let at = 0; at < bytes.length && !collector.broken; at += sliceBytes) {
    parser.write(bytes.subarray(at, at + sliceBytes));
    await nextTurn();
  }
  if (!collector.broken) parser.end();
  await settled;
  return collector.finish();
}
