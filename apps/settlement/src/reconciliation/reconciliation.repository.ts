import { sql, type Kysely, type Selectable } from '@sanbao/db';
import type { PaymentAllocationTable, PaymentImportTable, PaymentTable, SettlementDatabase } from '../schema.ts';
import type { PayableStatement, Payee } from './match.ts';

type Db = Kysely<SettlementDatabase>;
export type PaymentRowStored = Selectable<PaymentTable>;

export async function upsertPayee(
  db: Db,
  payee: { providerId: string; accounts: string[]; names: string[] },
): Promise<void> {
  await db
    .insertInto('payees')
    .values(payee)
    .onConflict((oc) =>
      oc.column('providerId').doUpdateSet({ accounts: payee.accounts, names: payee.names, updatedAt: sql`now()` }),
    )
    .execute();
}

export async function allPayees(db: Db): Promise<Payee[]> {
  return db.selectFrom('payees').select(['providerId', 'accounts', 'names']).execute();
}

export async function insertImport(
  db: Db,
  row: Pick<PaymentImportTable, 'fileName' | 'format' | 'content' | 'importedBy'>,
): Promise<number> {
  return (
    await db
      .insertInto('paymentImports')
      .values({ ...row, status: 'queued' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function importById(db: Db, id: number) {
  return (
    (await db
      .selectFrom('paymentImports')
      .select([
        'id',
        'fileName',
        'format',
        'status',
        'rowsRead',
        'errors',
        'summary',
        'importedBy',
        'createdAt',
        'finishedAt',
      ])
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

export async function importContent(db: Db, id: number) {
  return db
    .selectFrom('paymentImports')
    .select(['content', 'format', 'importedBy'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function updateImport(
  db: Db,
  id: number,
  change: {
    status?: PaymentImportTable['status'];
    rowsRead?: number;
    errors?: string;
    summary?: string;
    finished?: boolean;
  },
): Promise<void> {
  const { finished, ...rest } = change;
  await db
    .updateTable('paymentImports')
    .set({ ...rest, ...(finished ? { finishedAt: sql<Date>`now()` } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Serializes matching: each file sees what the files before it paid. */
export async function lockReconciliation(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended('settlement-reconciliation', 0))`.execute(db);
}

/** Approved statements and those already paid or reconciled (to recognise duplicates), with what payments matched to them. */
export async function payableStatements(db: Db): Promise<(PayableStatement & { state: string })[]> {
  const { rows } = await sql<PayableStatement & { state: string; paidFen: string }>`
    select s.id, s.number, s.provider_id, s.net_payable_fen, s.approved_on, s.state,
      coalesce((select sum(a.amount_fen) from payment_allocations a where a.statement_id = s.id), 0)::text as paid_fen
    from statements s where s.state in ('approved', 'paid', 'reconciled') and s.approved_on is not null`.execute(db);
  return rows.map((r) => ({ ...r, paidFen: Number(r.paidFen) }));
}

export async function allocatedTo(db: Db, statementId: number): Promise<number> {
  const { rows } = await sql<{
    fen: string;
  }>`select coalesce(sum(amount_fen), 0)::text as fen from payment_allocations where statement_id = ${statementId}`.execute(
    db,
  );
  return Number(rows[0]!.fen);
}

export async function knownBankReferences(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('payments')
    .select('bankReference')
    .distinct()
    .where('bankReference', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.bankReference!));
}

export async function insertPayments(
  db: Db,
  rows: Omit<PaymentTable, 'id'>[],
): Promise<{ id: number; rowNumber: number }[]> {
  const out: { id: number; rowNumber: number }[] = [];
  for (let i = 0; i < rows.length; i += 2000)
    out.push(
      ...(await db
        .insertInto('payments')
        .values(rows.slice(i, i + 2000))
        .returning(['id', 'rowNumber'])
        .execute()),
    );
  return out;
}

export async function insertAllocations(db: Db, rows: PaymentAllocationTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000)
    await db
      .insertInto('paymentAllocations')
      .values(rows.slice(i, i + 5000))
      .execute();
}

export async function paymentsPage(
  db: Db,
  filter: { importId: number; outcome?: string | undefined; afterId?: number | undefined; limit: number },
): Promise<PaymentRowStored[]> {
  let q = db.selectFrom('payments').selectAll().where('importId', '=', filter.importId);
  if (filter.outcome !== undefined) q = q.where('outcome', '=', filter.outcome as PaymentTable['outcome']);
  if (filter.afterId !== undefined) q = q.where('id', '>', filter.afterId);
  return q.orderBy('id').limit(filter.limit).execute();
}

export async function allocationsOf(db: Db, paymentIds: readonly number[]) {
  if (paymentIds.length === 0) return [];
  return db
    .selectFrom('paymentAllocations as a')
    .innerJoin('statements as s', 's.id', 'a.statementId')
    .select(['a.paymentId', 'a.statementId', 's.number', 'a.amountFen'])
    .where('a.paymentId', 'in', paymentIds)
    .orderBy('a.statementId')
    .execute();
}
