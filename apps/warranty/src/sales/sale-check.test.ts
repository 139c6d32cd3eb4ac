import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSalesRows } from '../sales-import/sales-import.rows.ts';
import { checkSale } from './sale-check.ts';

const known = (code: string) => code === 'KFR-35GW';
const sale = (overrides: Record<string, unknown> = {}) => ({
  serial: 'SN-0001',
  modelCode: 'KFR-35GW',
  channel: 'store',
  invoiceDate: '2026-03-01',
  priceFen: 199_900,
  ...overrides,
});
const faultsOf = (overrides: Record<string, unknown>) => {
  const checked = checkSale(sale(overrides), known);
  return checked.ok ? [] : checked.faults.map((f) => f.field);
};

describe('checkSale: the one check of a sale', () => {
  it('passes a valid sale, delivered at midnight in China on the invoice day, with its documents defaulted', () => {
    expect(checkSale(sale({ deliveredAt: '2026-02-28T16:00:00Z', paidFen: 199_900 }), known)).toEqual({
      ok: true,
      sale: { ...sale(), deliveredAt: '2026-02-28T16:00:00Z', paidFen: 199_900, documents: {} },
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['delivered the evening before the invoice day in China', { deliveredAt: '2026-02-28T15:59:59Z' }, ['deliveredAt']],
    ['installed before the invoice', { installedOn: '2026-02-28' }, ['installedOn']],
    ['paid more than the price', { paidFen: 199_901 }, ['paidFen']],
    ['an unknown model', { modelCode: 'XYZ-1' }, ['modelCode']],
    ['a serial starting with a dash', { serial: '-SN' }, ['serial']],
    ['year 0000, which Postgres cannot store', { invoiceDate: '0000-01-01' }, ['invoiceDate']],
    [
      'a delivery whose date in China is in 2101',
      { invoiceDate: '2026-03-01', deliveredAt: '2100-12-31T16:00:00Z' },
      ['deliveredAt'],
    ],
    ['an invoice dated in the future (China Standard Time)', { invoiceDate: '2100-12-31' }, ['invoiceDate']],
    ['a channel not in the list', { channel: 'shop' }, ['channel']],
    ['a price in yuan with decimals', { priceFen: 1999.5 }, ['priceFen']],
    [
      'several faults, each named once in field order',
      { priceFen: -1, serial: '', modelCode: 'NOPE' },
      ['serial', 'modelCode', 'priceFen'],
    ],
    [
      'nothing at all',
      { serial: undefined, modelCode: undefined, channel: undefined, invoiceDate: undefined, priceFen: undefined },
      ['serial', 'modelCode', 'channel', 'invoiceDate', 'priceFen'],
    ],
  ])('refuses %s', (_, overrides, fields) => {
    expect(faultsOf(overrides)).toEqual(fields);
  });

  it('a sales file row and the same sale sent to the API get the same verdict', () => {
    const text = fc.oneof(
      fc.constantFrom(
        '',
        'SN-1',
        '-SN',
        'SN.1',
        'KFR-35GW',
        'store',
        'Online',
        '2026-03-01',
        '2026-02-29',
        '1899-12-31',
        '0',
        '-1',
        '1.5',
        '199900',
        '2026-03-01T08:00:00+08:00',
        '2026-02-28T23:00:00+08:00',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.record({
          serial: text,
          model_code: text,
          channel: text,
          invoice_date: text,
          delivered_at: text,
          installed_on: text,
          price_fen: text,
          paid_fen: text,
        }),
        (row) => {
          const file = validateSalesRows([{ row: 1, invoice: '', voucher: '', ...row }], new Set(['KFR-35GW']));
          // The API takes values, not text: send what the file's text reads as, where it reads as anything.
          const fen = (t: string) => (t === '' ? undefined : /^-?\d+$/.test(t) ? Number(t) : t);
          const given = (t: string) => (t === '' ? undefined : t);
          const api = checkSale(
            {
              serial: given(row.serial),
              modelCode: given(row.model_code),
              channel: given(row.channel.toLowerCase()),
              invoiceDate: given(row.invoice_date),
              deliveredAt: given(row.delivered_at),
              installedOn: given(row.installed_on),
              priceFen: fen(row.price_fen),
              paidFen: fen(row.paid_fen),
            },
            known,
          );
          expect(file.ok.length === 1).toBe(api.ok);
        },
      ),
    );
  });
});
