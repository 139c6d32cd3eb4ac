import { addDays, earlierOf, fromEpochDay, toEpochDay, todayInChina } from '@sanbao/calendar';
import { maxAmountFen } from '@sanbao/money';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salesChannels } from '../sales/sale-check.ts';
import { parseSalesCsv, salesCsvColumns, type SalesCsvRecord } from './sales-import.csv.ts';
import { validateSalesRows, type SaleRow } from './sales-import.rows.ts';
import { csvFieldsOf, toSalesCsv } from './sales-import.test-support.ts';

// Invoices are dated in the business years and never in the future; later dates may run to 2100.
const lastDay = '2100-12-31';
const calendarDay = fc
  .integer({ min: toEpochDay('2000-01-01'), max: toEpochDay(todayInChina(new Date())) })
  .map(fromEpochDay);
const dayWithin = (from: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((n) => earlierOf(addDays(from, n), lastDay));
const two = (n: number) => String(n).padStart(2, '0');

/** Model codes as the catalogue spells them. */
const modelCode = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9\-_.]{0,15}$/);

const sale: fc.Arbitrary<Omit<SaleRow, 'row'>> = calendarDay.chain((invoiceDate) =>
  fc.integer({ min: 0, max: maxAmountFen }).chain((priceFen) =>
    fc.record({
      serial: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,63}$/),
      modelCode,
      channel: fc.constantFrom(...salesChannels),
      invoiceDate: fc.constant(invoiceDate),
      // Delivered on or after the invoice day, on a China wall clock; the row keeps it in UTC.
      deliveredAt: fc.option(
        fc
          .tuple(dayWithin(invoiceDate, 1000), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([day, hour, minute]) => new Date(`${day}T${two(hour)}:${two(minute)}:00+08:00`).toISOString()),
      ),
      installedOn: fc.option(dayWithin(invoiceDate, 1000)),
      priceFen: fc.constant(priceFen),
      // What was actually paid never exceeds the invoice price (A4 refunds the smaller of the two).
      paidFen: fc.option(fc.integer({ min: 0, max: priceFen })),
      documents: fc.record({ invoice: fc.boolean(), voucher: fc.boolean() }, { requiredKeys: [] }),
    }),
  ),
);

describe('sales file round trip (property)', () => {
  it('any valid sales, written as CSV, read back and validated, come out unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(sale, { selector: (s) => s.serial, minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 4096 }),
        async (sales, sliceBytes) => {
          const rows: SaleRow[] = sales.map((s, i) => ({ ...s, row: i + 1 }));
          const parsed = await parseSalesCsv(toSalesCsv(rows.map(csvFieldsOf)), { sliceBytes });
          expect(parsed.errors).toEqual([]);
          const { ok, errors } = validateSalesRows(parsed.records, new Set(rows.map((r) => r.modelCode)));
          expect(errors).toEqual([]);
          expect(ok).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any text at all parses to records or faults, never a crash', async () => {
    const line = fc
      .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', ',', '\n', '\r\n', 'x"y')), {
        maxLength: 8,
      })
      .map((parts) => parts.join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.boolean(), async (lines, withHeader) => {
        const csv = [...(withHeader ? ['serial,model_code,channel,invoice_date,price_fen'] : []), ...lines].join('\n');
        const { records, errors, rowCount } = await parseSalesCsv(csv, { sliceBytes: 7 });
        expect(records.length + errors.length).toBeGreaterThan(0);
        expect(records.length).toBeLessThanOrEqual(rowCount);
      }),
    );
  });

  it('any text at all is either a sale or a fault naming its row and a column — never a crash', () => {
    const anyRecord = fc.record(
      Object.fromEntries(salesCsvColumns.map((c) => [c, fc.string({ maxLength: 30 })])) as Record<
        (typeof salesCsvColumns)[number],
        fc.Arbitrary<string>
      >,
    );
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
