import { isDay } from '@sanbao/calendar';
import { parseYuan } from '@sanbao/money';

/** The columns of a bank or payment file, CSV or XLSX, in the header row; order free, extra columns ignored. */
export const paymentFileColumns = [
  'bank_reference',
  'value_date',
  'payee_account',
  'payee_name',
  'amount_yuan',
  'remittance',
] as const;
export type PaymentFileColumn = (typeof paymentFileColumns)[number];

export interface PaymentRow {
  /** The row's number in the file, the header being row 1. */
  row: number;
  bankReference: string | null;
  valueDate: string;
  payeeAccount: string | null;
  payeeName: string | null;
  amountFen: number;
  remittanceText: string;
}

export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** Where each column sits in the header row; a missing required column is an error on row 1. */
export function readHeader(
  cells: readonly string[],
): { columns: Map<PaymentFileColumn, number> } | { errors: RowError[] } {
  const columns = new Map<PaymentFileColumn, number>();
  cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase() as PaymentFileColumn;
    if (paymentFileColumns.includes(name) && !columns.has(name)) columns.set(name, i);
  });
  const missing = (['value_date', 'amount_yuan'] as const).filter((c) => !columns.has(c));
  if (missing.length)
    return { errors: missing.map((c) => ({ row: 1, field: c, message: `the header has no ${c} column` })) };
  return { columns };
}

const optional = (text: string | undefined, max: number) => {
  const value = (text ?? '').trim();
  if (value.length > max) throw new RangeError(`at most ${max} characters`);
  return value === '' ? null : value;
};

/** One data row, checked field by field: the payment, or every problem it has, named by row and column. */
export function readPaymentRow(
  row: number,
  cells: readonly string[],
  columns: Map<PaymentFileColumn, number>,
): PaymentRow | RowError[] {
  const errors: RowError[] = [];
  const cell = (c: PaymentFileColumn) => (columns.has(c) ? cells[columns.get(c)!] : undefined);
  const field = <T>(c: PaymentFileColumn, read: (text: string | undefined) => T): T | undefined => {
    try {
      return read(cell(c));
    } catch (error) {
      errors.push({ row, field: c, message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };
  const valueDate = field('value_date', (text) => {
    const day = (text ?? '').trim();
    if (!isDay(day)) throw new RangeError(`not a date 'YYYY-MM-DD': "${day}"`);
    return day;
  });
  const amountFen = field('amount_yuan', (text) => {
    const fen = parseYuan(text ?? '');
    if (fen <= 0) throw new RangeError('a payment is a positive amount');
    if (fen > 1e13) throw new RangeError('above 100 billion yuan');
    return fen;
  });
  const bankReference = field('bank_reference', (t) => optional(t, 80));
  const payeeAccount = field('payee_account', (t) => optional(t, 60));
  const payeeName = field('payee_name', (t) => optional(t, 200));
  const remittanceText = field('remittance', (t) => optional(t, 500) ?? '');
  if (errors.length) return errors;
  return {
    row,
    bankReference: bankReference!,
    valueDate: valueDate!,
    payeeAccount: payeeAccount!,
    payeeName: payeeName!,
    amountFen: amountFen!,
    remittanceText: remittanceText!,
  };
}
