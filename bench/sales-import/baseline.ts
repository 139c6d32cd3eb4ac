// Baseline: the same rows written straight into sold_units with multi-row INSERTs (one array parameter
// per column, in chunks of the size the service commits), on a raw `pg` pool — the database's own rate
// for this table, with no CSV parsing, validation, progress records or HTTP.
import type pg from 'pg';
import type { BenchSale } from './sales.ts';

const INSERT = `
  insert into sold_units (serial, model_code, channel, invoice_date, delivered_at, installed_on, price_fen, paid_fen, documents, registered_by)
  select s.serial, s.model_code, s.channel, s.invoice_date, s.delivered_at, s.installed_on, s.price_fen, s.paid_fen,
         jsonb_strip_nulls(jsonb_build_object('invoice', s.invoice, 'voucher', s.voucher)), 'bench'
  from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::timestamptz[], $6::date[], $7::int8[], $8::int8[], $9::boolean[], $10::boolean[])
    as s(serial, model_code, channel, invoice_date, delivered_at, installed_on, price_fen, paid_fen, invoice, voucher)
  on conflict (serial) do nothing`;

/** Inserts `sales` in chunks, each in its own transaction; returns the rows inserted. */
export async function insertRaw(pool: pg.Pool, sales: readonly BenchSale[], chunkSize: number): Promise<number> {
  let inserted = 0;
  for (let from = 0; from < sales.length; from += chunkSize) {
    const chunk = sales.slice(from, from + chunkSize);
    const column = <T>(pick: (sale: BenchSale) => T) => chunk.map(pick);
    const result = await pool.query(INSERT, [
      column((s) => s.serial),
      column((s) => s.modelCode),
      column((s) => s.channel),
      column((s) => s.invoiceDate),
      column((s) => s.deliveredAt),
      column((s) => s.installedOn),
      column((s) => s.priceFen),
      column((s) => s.paidFen),
      column((s) => s.invoice),
      column((s) => s.voucher),
    ]);
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}
