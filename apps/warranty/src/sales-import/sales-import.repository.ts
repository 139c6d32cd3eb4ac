import { sql, type Kysely, type Selectable, type Transaction } from '@sanbao/db';
import type { ImportError, SalesImportTable, WarrantyDatabase } from '../schema.ts';
import type { SaleRow } from './sales-import.rows.ts';

type Db = Kysely<WarrantyDatabase> | Transaction<WarrantyDatabase>;
export type SalesImportRow = Selectable<SalesImportTable>;

const now = sql<Date>`now()`;

/** Creates the batch of a file seen for the first time; undefined when that file already has one. */
export async function insertSalesImportIfNew(
  db: Db,
  batch: { fileSha256: string; fileName: string; startedBy: string },
) {
  return db
    .insertInto('salesImports')
    .values({
      ...batch,
      status: 'validating',
      totalRows: 0,
      processedRows: 0,
      insertedRows: 0,
      skippedRows: 0,
      errors: '[]',
    })
    .onConflict((oc) => oc.column('fileSha256').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findSalesImportByFile(db: Db, fileSha256: string) {
  return db.selectFrom('salesImports').selectAll().where('fileSha256', '=', fileSha256).executeTakeFirstOrThrow();
}

export async function findSalesImport(db: Db, id: number) {
  return db.selectFrom('salesImports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listRecentSalesImports(
  db: Db,
  { limit, beforeId }: { limit: number; beforeId?: number | undefined },
) {
  let query = db.selectFrom('salesImports').selectAll().orderBy('id', 'desc').limit(limit);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  return query.execute();
}

/**
 * Takes over a batch to run it again: one that failed, or one left unfinished by a process that died
 * (no progress for `stalledAfterSeconds`). Undefined when it is neither, or someone else took it first.
 * Counters are kept: the run resumes after the rows already committed.
 */
export async function reopenSalesImport(db: Db, id: number, stalledAfterSeconds: number) {
  return db
    .updateTable('salesImports')
    .set({ status: 'validating', errors: '[]', completedAt: null, updatedAt: now })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'failed'),
        eb.and([
          eb('status', 'in', ['validating', 'importing']),
          eb('updatedAt', '<', sql<Date>`now() - make_interval(secs => ${stalledAfterSeconds})`),
        ]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

export async function markSalesImportRejected(db: Db, id: number, totalRows: number, errors: ImportError[]) {
  return db
    .updateTable('salesImports')
    .set({ status: 'rejected', totalRows, errors: JSON.stringify(errors), completedAt: now, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markSalesImportImporting(db: Db, id: number, totalRows: number) {
  return db
    .updateTable('salesImports')
    .set({ status: 'importing', totalRows, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function recordSalesImportProgress(db: Db, id: number, chunk: { processed: number; inserted: number }) {
  return db
    .updateTable('salesImports')
    .set((eb) => ({
      processedRows: eb('processedRows', '+', chunk.processed),
      insertedRows: eb('insertedRows', '+', chunk.inserted),
      skippedRows: eb('skippedRows', '+', chunk.processed - chunk.inserted),
      updatedAt: now,
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markSalesImportCompleted(db: Db, id: number) {
  return db
    .updateTable('salesImports')
    .set({ status: 'completed', completedAt: now, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markSalesImportFailed(db: Db, id: number, errors: ImportError[]) {
  return db
    .updateTable('salesImports')
    .set({ status: 'failed', errors: JSON.stringify(errors), updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Which of these model codes the catalogue knows. */
export async function findKnownModelCodes(db: Db, modelCodes: readonly string[]): Promise<Set<string>> {
  if (!modelCodes.length) return new Set();
  const rows = await db
    .selectFrom('productModels')
    .select('modelCode')
    .where('modelCode', '=', sql<string>`any(${[...modelCodes]}::text[])`)
    .execute();
  return new Set(rows.map((r) => r.modelCode));
}

/**
 * Registers one chunk of sales in one statement (one array parameter per column). A serial that is
 * already registered is left as it is; returns how many rows were inserted.
 */
export async function insertSoldUnits(
  db: Db,
  sales: readonly SaleRow[],
  by: { importId: number; registeredBy: string },
): Promise<number> {
  const column = <T>(pick: (sale: SaleRow) => T) => sales.map(pick);
  const { rows } = await sql<{ inserted: number }>`
    with inserted as (
      insert into sold_units (serial, model_code, channel, invoice_date, delivered_at, installed_on, price_fen, paid_fen, documents, import_id, registered_by)
      select s.serial, s.model_code, s.channel, s.invoice_date, s.delivered_at, s.installed_on, s.price_fen, s.paid_fen,
             jsonb_strip_nulls(jsonb_build_object('invoice', s.invoice, 'voucher', s.voucher)), ${by.importId}::bigint, ${by.registeredBy}::text
      from unnest(
        ${column((s) => s.serial)}::text[],
        ${column((s) => s.modelCode)}::text[],
        ${column((s) => s.channel)}::text[],
        ${column((s) => s.invoiceDate)}::date[],
        ${column((s) => s.deliveredAt)}::timestamptz[],
        ${column((s) => s.installedOn)}::date[],
        ${column((s) => s.priceFen)}::int8[],
        ${column((s) => s.paidFen)}::int8[],
        ${column((s) => s.documents.invoice ?? null)}::boolean[],
        ${column((s) => s.documents.voucher ?? null)}::boolean[]
      ) as s(serial, model_code, channel, invoice_date, delivered_at, installed_on, price_fen, paid_fen, invoice, voucher)
      on conflict (serial) do nothing
      returning 1
    )
    select count(*)::int as inserted from inserted`.execute(db);
  return rows[0]?.inserted ?? 0;
}
