import { maxAmountFen } from '@sanbao/money';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSalesCsv, salesCsvColumns, type SalesCsvRecord } from './sales-import.csv.ts';
import { chinaDateOf, salesChannels, validateSalesRows, type SaleRow } from './sales-import.rows.ts';
import { csvFieldsOf, toSalesCsv } from './sales-import.test-support.ts';

const dayMs = 86_400_000;
const lastInstant = Date.parse('2999-12-31T00:00:00Z');

const calendarDay = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Model codes as the catalogue might spell them: any text, including commas, quotes and line breaks. */
const modelCode = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }).filter((s) => s.trim() === s && s.length > 0);

const sale: fc.Arbitrary<Omit<SaleRow, 'row'>> = calendarDay.chain((invoiceDate) => {
  const chinaMidnight = Date.parse(`${invoiceDate}T00:00:00+08:00`);
  const invoiceDay = Date.parse(`${invoiceDate}T00:00:00Z`);
  return fc.integer({ min: 0, max: maxAmountFen }).chain((priceFen) => fc.record({
    serial: fc.stringMatching(/^[A-Za-z0-9\-_/]{1,64}$/),
    modelCode,
    channel: fc.constantFrom(...salesChannels),
    invoiceDate: fc.constant(invoiceDate),
    deliveredAt: fc.option(
      fc.integer({ min: chinaMidnight, max: Math.min(chinaMidnight + 1000 * dayMs, lastInstant) }).map((ms) => new Date(ms).toISOString()),
    ),
    installedOn: fc.option(fc.integer({ min: 0, max: 1000 }).map((days) => new Date(Math.min(invoiceDay + days * dayMs, lastInstant)).toISOString().slice(0, 10))),
    priceFen: fc.constant(priceFen),
    // What was actually paid never exceeds the invoice price (A4 refunds the smaller of the two).
    paidFen: fc.option(fc.integer({ min: 0, max: priceFen })),
    documents: fc.record({ invoice: fc.boolean(), voucher: fc.boolean() }, { requiredKeys: [] }),
  }));
});

describe('sales file round trip (property)', () => {
  it('any valid sales, written as CSV, read back and validated, come out unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(sale, { selector: (s) => s.serial, minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 4096 }), async (sales, sliceBytes) => {
        const rows: SaleRow[] = sales.map((s, i) => ({ ...s, row: i + 1 }));
        const parsed = await parseSalesCsv(toSalesCsv(rows.map(csvFieldsOf)), { sliceBytes });
        expect(parsed.errors).toEqual([]);
        const { ok, errors } = validateSalesRows(parsed.records, new Set(rows.map((r) => r.modelCode)));
        expect(errors).toEqual([]);
        expect(ok).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all parses to records or faults, never a crash', async () => {
    const line = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', ',', '\n', '\r\n', 'x"y')), { maxLength: 8 }).map((parts) => parts.join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.boolean(), async (lines, withHeader) => {
        const csv = [...(withHeader ? ['serial,model_code,channel,invoice_date,price_fen'] : []), ...lines].join('\n');
        const { records, errors, rowCount } = await parseSalesCsv(csv, { sliceBytes: 7 });
        expect(records.length + errors.length).toBeGreaterThan(0);
        expect(records.length).toBeLessThanOrEqual(rowCount);
      }),
    );
  });

  it('chinaDateOf agrees with shifting the instant by eight hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1899-01-01T00:00:00Z'), max: lastInstant }), (ms) => {
        expect(chinaDateOf(new Date(ms).toISOString())).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('any text at all is either a sale or a fault naming its row and a column — never a crash', () => {
    const anyRecord = fc.record(Object.fromEntries(salesCsvColumns.map((c) => [c, fc.string({ maxLength: 30 })])) as Record<(typeof salesCsvColumns)[number], fc.Arbitrary<string>>);
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 10 }), (texts) => {
        const records: SalesCsvRecord[] = texts.map((t, i) => ({ ...t, row: i + 1 }));
        const { ok, errors } = validateSalesRows(records, new Set(['M1']));
        const faulty = new Set(errors.map((e) => e.row));
        expect(ok.length + faulty.size).toBe(records.length);
        for (const e of errors) expect([...salesCsvColumns, '(row)']).toContain(e.field);
      }),
    );
  });
});
