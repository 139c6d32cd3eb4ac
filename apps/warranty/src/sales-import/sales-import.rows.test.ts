import { maxAmountFen } from '@sanbao/money';
import { describe, expect, it } from 'vitest';
import type { SalesCsvRecord } from './sales-import.csv.ts';
import { createSalesRowValidator, validateSalesRows } from './sales-import.rows.ts';

const models = new Set(['KFR-35GW', 'BCD-520']);

const record = (overrides: Partial<SalesCsvRecord> = {}): SalesCsvRecord => ({
  row: 1,
  serial: 'SN-0001',
  model_code: 'KFR-35GW',
  channel: 'store',
  invoice_date: '2026-03-01',
  price_fen: '199900',
  delivered_at: '',
  installed_on: '',
  paid_fen: '',
  invoice: '',
  voucher: '',
  ...overrides,
});

const check = (overrides: Partial<SalesCsvRecord>) => validateSalesRows([record(overrides)], models);

describe('validateSalesRows: one rule at a time', () => {
  it('turns a valid row into a sale', () => {
    const { ok, errors } = check({
      delivered_at: '2026-03-02T10:00:00+08:00',
      installed_on: '2026-03-05',
      paid_fen: '150000',
      invoice: 'TRUE',
      voucher: 'false',
    });
    expect(errors).toEqual([]);
    expect(ok).toEqual([
      {
        row: 1,
        serial: 'SN-0001',
        modelCode: 'KFR-35GW',
        channel: 'store',
        invoiceDate: '2026-03-01',
        deliveredAt: '2026-03-02T02:00:00.000Z',
        installedOn: '2026-03-05',
        priceFen: 199_900,
        paidFen: 150_000,
        documents: { invoice: true, voucher: false },
      },
    ]);
  });

  it('leaves empty optional fields as null and documents out', () => {
    expect(check({}).ok[0]).toMatchObject({ deliveredAt: null, installedOn: null, paidFen: null, documents: {} });
  });

  it.each<[string, Partial<SalesCsvRecord>]>([
    ['a serial of 1 character', { serial: 'A' }],
    ['a serial of 64 characters', { serial: 'A'.repeat(64) }],
    ['a serial with - _ / .', { serial: 'ab-CD_09/x.1' }],
    ...(['store', 'online', 'tv', 'phone', 'mail'] as const).map((channel): [string, Partial<SalesCsvRecord>] => [
      `channel ${channel}`,
      { channel },
    ]),
    ['channel in capitals', { channel: 'Online' }],
    ['a leap day', { invoice_date: '2024-02-29' }],
    ['the first business year', { invoice_date: '2000-01-01' }],
    [
      'delivered on the invoice day in China (00:00 CST)',
      { invoice_date: '2024-03-01', delivered_at: '2024-02-29T16:00:00Z' },
    ],
    ['delivered with a fractional second', { delivered_at: '2026-03-01T08:00:00.123+08:00' }],
    ['installed on the invoice day', { installed_on: '2026-03-01' }],
    ['price 0', { price_fen: '0' }],
    ['price at the largest amount', { price_fen: String(maxAmountFen) }],
    ['paid 0', { paid_fen: '0' }],
    ['document flags false', { invoice: 'false', voucher: 'False' }],
  ])('accepts %s', (_, overrides) => {
    const { ok, errors } = check(overrides);
    expect(errors).toEqual([]);
    expect(ok).toHaveLength(1);
  });

  it.each<[string, Partial<SalesCsvRecord>, string, string]>([
    ['an empty serial', { serial: '' }, 'serial', 'is required'],
    ['a serial of 65 characters', { serial: 'A'.repeat(65) }, 'serial', 'at most 64'],
    ['a serial with a space', { serial: 'SN 1' }, 'serial', 'may contain only'],
    ['a serial starting with a dash', { serial: '-SN1' }, 'serial', 'may contain only'],
    ['a serial starting with a dot', { serial: '.SN1' }, 'serial', 'may contain only'],
    ['a serial with Chinese characters', { serial: '序列号1' }, 'serial', 'may contain only'],
    ['an unknown model', { model_code: 'XYZ-1' }, 'model_code', 'XYZ-1 is not a known product model'],
    ['a model differing in case', { model_code: 'kfr-35gw' }, 'model_code', 'not a known product model'],
    ['an empty model', { model_code: '' }, 'model_code', 'is required'],
    ['an unknown channel', { channel: 'shop' }, 'channel', 'shop is not a channel'],
    ['an empty channel', { channel: '' }, 'channel', 'is required'],
    ['an empty invoice date', { invoice_date: '' }, 'invoice_date', 'is required'],
    ['29 February of a common year', { invoice_date: '2023-02-29' }, 'invoice_date', 'real calendar date'],
    ['31 April', { invoice_date: '2026-04-31' }, 'invoice_date', 'real calendar date'],
    ['month 13', { invoice_date: '2026-13-01' }, 'invoice_date', 'real calendar date'],
    ['a date without zero padding', { invoice_date: '2026-3-1' }, 'invoice_date', 'real calendar date'],
    ['a date with slashes', { invoice_date: '2026/03/01' }, 'invoice_date', 'real calendar date'],
    ['a date in 1999', { invoice_date: '1999-12-31' }, 'invoice_date', 'in the years 2000–2100'],
    ['a date in year 0000', { invoice_date: '0000-01-01' }, 'invoice_date', 'in the years 2000–2100'],
    ['an installation date that is not a date', { installed_on: '2026-02-30' }, 'installed_on', 'real calendar date'],
    ['a delivery time without a zone', { delivered_at: '2026-03-02T10:00:00' }, 'delivered_at', 'with a zone'],
    ['a delivery time in words', { delivered_at: 'tomorrow' }, 'delivered_at', 'with a zone'],
    [
      'a delivery in 2101 China time',
      { delivered_at: '2100-12-31T16:00:00Z' },
      'delivered_at',
      'in the years 2000–2100',
    ],
    [
      'a delivery time with an offset without colon',
      { delivered_at: '2026-03-02T10:00:00+0800' },
      'delivered_at',
      'with a zone',
    ],
    ['a delivery date only', { delivered_at: '2026-03-02' }, 'delivered_at', 'with a zone'],
    ['a delivery on 30 February', { delivered_at: '2026-02-30T10:00:00Z' }, 'delivered_at', 'with a zone'],
    [
      'delivered the evening before the invoice day in China (23:59:59 CST)',
      { invoice_date: '2024-03-01', delivered_at: '2024-02-29T15:59:59Z' },
      'delivered_at',
      'delivered on 2024-02-29 (China time), before the invoice date 2024-03-01',
    ],
    [
      'delivered before the invoice in +08:00',
      { delivered_at: '2026-02-28T23:00:00+08:00' },
      'delivered_at',
      'before the invoice date',
    ],
    [
      'installed the day before the invoice',
      { installed_on: '2026-02-28' },
      'installed_on',
      'installed on 2026-02-28, before the invoice date 2026-03-01',
    ],
    [
      'paid more than the invoice price',
      { paid_fen: '199901' },
      'paid_fen',
      'paid 199901 fen is more than the invoice price 199900 fen',
    ],
    ['an empty price', { price_fen: '' }, 'price_fen', 'is required'],
    ['a negative price', { price_fen: '-1' }, 'price_fen', 'cannot be negative'],
    ['a price with decimals', { price_fen: '1999.00' }, 'price_fen', 'whole number of fen'],
    ['a price in exponent form', { price_fen: '1e5' }, 'price_fen', 'whole number of fen'],
    ['a price with a currency sign', { price_fen: '¥100' }, 'price_fen', 'whole number of fen'],
    ['a price with a thousands separator', { price_fen: '1,000' }, 'price_fen', 'whole number of fen'],
    ['a price beyond the largest amount', { price_fen: String(maxAmountFen + 1) }, 'price_fen', 'must be at most'],
    ['a price beyond the safe integer range', { price_fen: '9007199254740992' }, 'price_fen', 'is too large'],
    ['a negative payment', { paid_fen: '-5' }, 'paid_fen', 'cannot be negative'],
    ['a payment with decimals', { paid_fen: '0.5' }, 'paid_fen', 'whole number of fen'],
    ['an invoice flag of yes', { invoice: 'yes' }, 'invoice', 'true, false or empty'],
    ['a voucher flag of 1', { voucher: '1' }, 'voucher', 'true, false or empty'],
  ])('refuses %s', (_, overrides, field, message) => {
    const { ok, errors } = check({ row: 7, ...overrides });
    expect(ok).toEqual([]);
    expect(errors).toEqual([{ row: 7, field, message: expect.stringContaining(message) as string }]);
  });
});

describe('validateSalesRows: the file as a whole', () => {
  it('names every faulty field of a row once, with its row', () => {
    const { errors } = validateSalesRows(
      [record({ row: 3, serial: '', model_code: 'NOPE', price_fen: '-1.5' })],
      models,
    );
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'serial'],
      [3, 'model_code'],
      [3, 'price_fen'],
    ]);
  });

  it('refuses a serial repeated in the same file, on the later row', () => {
    const { ok, errors } = validateSalesRows(
      [record({ row: 1 }), record({ row: 2, serial: 'OTHER' }), record({ row: 3 })],
      models,
    );
    expect(ok.map((s) => s.row)).toEqual([1, 2]);
    expect(errors).toEqual([{ row: 3, field: 'serial', message: 'SN-0001 already appears in row 1 of this file' }]);
  });

  it('remembers serials across slices checked by one validator', () => {
    const validator = createSalesRowValidator(models);
    expect(validator.check([record({ row: 1 })]).errors).toEqual([]);
    expect(validator.check([record({ row: 2 })]).errors).toEqual([
      { row: 2, field: 'serial', message: 'SN-0001 already appears in row 1 of this file' },
    ]);
  });

  it('keeps valid rows in file order and reports faulty ones', () => {
    const { ok, errors } = validateSalesRows(
      [record({ row: 1, serial: 'A' }), record({ row: 2, serial: 'B', channel: 'x' }), record({ row: 3, serial: 'C' })],
      models,
    );
    expect(ok.map((s) => s.serial)).toEqual(['A', 'C']);
    expect(errors.map((e) => e.row)).toEqual([2]);
  });
});
