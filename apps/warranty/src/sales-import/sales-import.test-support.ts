import { addDays } from '@sanbao/calendar';
import { salesChannels } from '../sales/sale-check.ts';
import { salesCsvColumns, type SalesCsvColumn } from './sales-import.csv.ts';
import type { SaleRow } from './sales-import.rows.ts';

/** Test helpers: write sales as CSV text, and make many plausible sales. */

const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export type SalesCsvFields = Record<SalesCsvColumn, string>;

export function csvFieldsOf(sale: Omit<SaleRow, 'row'>): SalesCsvFields {
  const flag = (value: boolean | undefined) => (value === undefined ? '' : String(value));
  return {
    serial: sale.serial,
    model_code: sale.modelCode,
    channel: sale.channel,
    invoice_date: sale.invoiceDate,
    price_fen: String(sale.priceFen),
    delivered_at: sale.deliveredAt ?? '',
    installed_on: sale.installedOn ?? '',
    paid_fen: sale.paidFen === null ? '' : String(sale.paidFen),
    invoice: flag(sale.documents.invoice),
    voucher: flag(sale.documents.voucher),
  };
}

export function toSalesCsv(
  rows: readonly SalesCsvFields[],
  columns: readonly SalesCsvColumn[] = salesCsvColumns,
): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quoted(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** `count` valid sales with serials `${prefix}-0000000`, `${prefix}-0000001`, … starting at `from`. */
export function generateSales(
  count: number,
  { prefix, modelCodes, from = 0 }: { prefix: string; modelCodes: readonly string[]; from?: number },
): SaleRow[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const invoiceDate = addDays('2025-01-01', n % 365);
    return {
      row: i + 1,
      serial: `${prefix}-${String(n).padStart(7, '0')}`,
      modelCode: modelCodes[n % modelCodes.length]!,
      channel: salesChannels[n % salesChannels.length]!,
      invoiceDate,
      deliveredAt: n % 3 === 0 ? null : `${addDays(invoiceDate, 1)}T02:30:00.000Z`,
      installedOn: n % 4 === 0 ? addDays(invoiceDate, 2) : null,
      priceFen: 199_900 + (n % 1000) * 100,
      paidFen: n % 5 === 0 ? null : 199_900,
      documents: n % 2 === 0 ? { invoice: true, voucher: n % 4 === 0 } : {},
    };
  });
}

export const salesCsvOf = (sales: readonly SaleRow[]) => toSalesCsv(sales.map(csvFieldsOf));
