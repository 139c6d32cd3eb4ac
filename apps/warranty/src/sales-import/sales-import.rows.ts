import type { ImportError } from '../schema.ts';
import type { SalesChannel } from '@sanbao/warranty-rules';
import { checkSale, type SaleField } from '../sales/sale-check.ts';
import { salesCsvColumns, type SalesCsvColumn, type SalesCsvRecord } from './sales-import.csv.ts';

/** A sale ready to register, in the business's terms. */
export interface SaleRow {
  /** The data row of the file it came from (1-based, header not counted). */
  row: number;
  serial: string;
  modelCode: string;
  channel: SalesChannel;
  /** 'YYYY-MM-DD'. */
  invoiceDate: string;
  /** An ISO instant in UTC (`…Z`), or null when not delivered yet. */
  deliveredAt: string | null;
  installedOn: string | null;
  priceFen: number;
  paidFen: number | null;
  documents: { invoice?: boolean; voucher?: boolean };
}

export interface ValidatedSales {
  ok: SaleRow[];
  errors: ImportError[];
}

/** The column of the file each field of a sale comes from. */
const columnOf: Record<SaleField, SalesCsvColumn> = {
  serial: 'serial',
  modelCode: 'model_code',
  channel: 'channel',
  invoiceDate: 'invoice_date',
  deliveredAt: 'delivered_at',
  installedOn: 'installed_on',
  priceFen: 'price_fen',
  paidFen: 'paid_fen',
  documents: 'invoice', // the flags are read (or refused) as text; a read flag is always a valid value
};

class UnreadableText extends Error {}

/** '' means "not given". Whole fen only: no decimals, separators, currency or exponent. */
const readFen = (text: string): number | undefined => {
  if (text === '') return undefined;
  if (!/^-?\d+$/.test(text))
    throw new UnreadableText('must be a whole number of fen (no decimals, separators or currency)');
  const fen = Number(text);
  if (!Number.isSafeInteger(fen)) throw new UnreadableText('is too large');
  return fen;
};

const readFlag = (text: string): boolean | undefined => {
  const flag = text.toLowerCase();
  if (flag === '') return undefined;
  if (flag === 'true' || flag === 'false') return flag === 'true';
  throw new UnreadableText('must be true, false or empty');
};

/**
 * The CSV layer's only job: turn a row's text into the values of a sale (numbers, flags, '' as "not
 * given", channels in any case). Whether those values make a valid sale is `checkSale`'s to say.
 */
function valuesOf(record: SalesCsvRecord): { values: Record<string, unknown>; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const read = <T>(column: SalesCsvColumn, reader: (text: string) => T): T | undefined => {
    try {
      return reader(record[column]);
    } catch (error) {
      if (!(error instanceof UnreadableText)) throw error;
      errors.push({ row: record.row, field: column, message: error.message });
      return undefined;
    }
  };
  const given = (text: string) => (text === '' ? undefined : text);
  const documents: { invoice?: boolean; voucher?: boolean } = {};
  const invoice = read('invoice', readFlag);
  const voucher = read('voucher', readFlag);
  if (invoice !== undefined) documents.invoice = invoice;
  if (voucher !== undefined) documents.voucher = voucher;
  const values = {
    serial: given(record.serial),
    modelCode: given(record.model_code),
    channel: given(record.channel.toLowerCase()),
    invoiceDate: given(record.invoice_date),
    deliveredAt: given(record.delivered_at),
    installedOn: given(record.installed_on),
    priceFen: read('price_fen', readFen),
    paidFen: read('paid_fen', readFen),
    documents,
  };
  return { values, errors };
}

const csvColumnOrder = (error: ImportError) => salesCsvColumns.indexOf(error.field as SalesCsvColumn);

/** Checks rows against the business rules; remembers the serials it has seen, so a file can be checked in slices. */
export interface SalesRowValidator {
  check(records: readonly SalesCsvRecord[]): ValidatedSales;
}

/**
 * A row with any fault is left out of `ok`; each faulty field is reported once, and a serial that
 * repeats an earlier row of the same file is a fault of the later row. Pure apart from that memory.
 */
export function createSalesRowValidator(knownModels: ReadonlySet<string>): SalesRowValidator {
  const firstRowOfSerial = new Map<string, number>();
  const isKnownModel = (code: string) => knownModels.has(code);

  const checkOne = (record: SalesCsvRecord): SaleRow | ImportError[] => {
    const { values, errors } = valuesOf(record);
    const unreadable = new Set(errors.map((e) => e.field));
    const checked = checkSale(values, isKnownModel);
    if (!checked.ok) {
      for (const fault of checked.faults) {
        const field = columnOf[fault.field];
        if (!unreadable.has(field)) errors.push({ row: record.row, field, message: fault.message });
      }
    }

    const earlier = firstRowOfSerial.get(record.serial);
    if (earlier !== undefined && !errors.some((e) => e.field === 'serial')) {
      errors.push({
        row: record.row,
        field: 'serial',
        message: `${record.serial} already appears in row ${earlier} of this file`,
      });
    } else if (earlier === undefined && record.serial) {
      firstRowOfSerial.set(record.serial, record.row);
    }
    if (!checked.ok || errors.length) return errors.sort((a, b) => csvColumnOrder(a) - csvColumnOrder(b));

    const { sale } = checked;
    return {
      row: record.row,
      serial: sale.serial,
      modelCode: sale.modelCode,
      channel: sale.channel,
      invoiceDate: sale.invoiceDate,
      deliveredAt: sale.deliveredAt === undefined ? null : new Date(sale.deliveredAt).toISOString(),
      installedOn: sale.installedOn ?? null,
      priceFen: sale.priceFen,
      paidFen: sale.paidFen ?? null,
      documents: sale.documents,
    };
  };

  return {
    check(records) {
      const ok: SaleRow[] = [];
      const errors: ImportError[] = [];
      for (const record of records) {
        const verdict = checkOne(record);
        if (Array.isArray(verdict)) errors.push(...verdict);
        else ok.push(verdict);
      }
      return { ok, errors };
    },
  };
}

/** Checks a whole file's rows at once. */
export const validateSalesRows = (
  records: readonly SalesCsvRecord[],
  knownModels: ReadonlySet<string>,
): ValidatedSales => createSalesRowValidator(knownModels).check(records);
