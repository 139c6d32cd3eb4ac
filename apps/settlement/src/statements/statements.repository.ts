import { sql, type Kysely, type Selectable } from '@sanbao/db';
import type { SettlementDatabase, StatementDisputeTable, StatementItemTable, StatementTable } from '../schema.ts';

type Db = Kysely<SettlementDatabase>;
export type StatementRow = Selectable<StatementTable>;
export type StatementItemRow = Selectable<StatementItemTable>;
export type StatementDisputeRow = Selectable<StatementDisputeTable>;

/** Serializes closings of one period: the second waits, then finds the statements made. */
export async function lockPeriod(db: Db, period: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`settlement-period:${period}`}, 0))`.execute(db);
}

/** Chargebacks held on a return deadline, recorded on or before a date and still open. */
export async function heldDeductionsUpTo(db: Db, end: string): Promise<{ id: number; transferId: number }[]> {
  const { rows } = await sql<{ id: number; transferId: number }>`
    select d.id, d.transfer_id from deductions d join ledger_transfers t on t.id = d.transfer_id
    where d.business_date <= ${end} and t.kind = 'pending'
      and not exists (select 1 from ledger_transfers r where r.pending_transfer_id = t.id)
    order by d.id`.execute(db);
  return rows;
}

/** Money recorded on or before the date, posted in the ledger, and on no statement yet. */
const candidates = (end: string) => sql`
  select l.provider_id, 'line'::text as kind, l.id as line_id, null::bigint as deduction_id, l.amount_fen
  from settlement_lines l join ledger_transfers t on t.id = l.transfer_id
  where l.business_date <= ${end}
    and not exists (select 1 from statement_items i where i.line_id = l.id)
    and (t.kind = 'posted' or exists (select 1 from ledger_transfers r where r.pending_transfer_id = t.id and r.kind = 'post_pending'))
  union all
  select d.provider_id, case when d.kind = 'recredit' then 'credit' else 'deduction' end, null, d.id, d.amount_fen
  from deductions d join ledger_transfers t on t.id = d.transfer_id
  where d.business_date <= ${end}
    and not exists (select 1 from statement_items i where i.deduction_id = d.id)
    and (t.kind in ('posted', 'reversal') or (t.kind = 'pending' and exists (select 1 from ledger_transfers r where r.pending_transfer_id = t.id and r.kind = 'post_pending')))`;

/**
 * Opens a draft statement for every provider with money waiting and no statement for the period yet,
 * numbered from the sequence, and puts that money on it. Totals are filled in by the caller.
 */
export async function openStatementsWithItems(
  db: Db,
  input: { period: string; end: string; monthKey: string; vatRateBp: number },
): Promise<number[]> {
  // The money waiting is read once, into a table of this transaction that the planner has statistics for.
  await sql`create temp table close_candidates on commit drop as ${candidates(input.end)}`.execute(db);
  await sql`analyze close_candidates`.execute(db);
  const { rows } = await sql<{ id: number }>`
    insert into statements (number, provider_id, period, state, lines_fen, deductions_fen, net_before_vat_fen, vat_rate_bp, vat_fen, net_payable_fen)
    select 'ST-' || ${input.monthKey} || '-' || lpad(n::text, greatest(6, length(n::text)), '0'), provider_id, ${input.period}, 'draft', 0, 0, 0, ${input.vatRateBp}, 0, 0
    from (
      select provider_id, nextval('statement_number_seq') as n from (
        select distinct c.provider_id from close_candidates c
        where not exists (select 1 from statements s where s.provider_id = c.provider_id and s.period = ${input.period})
        order by c.provider_id
      ) p
    ) numbered
    returning id`.execute(db);
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    await sql`analyze statements`.execute(db);
    await sql`
      insert into statement_items (statement_id, kind, line_id, deduction_id, amount_fen)
      select s.id, c.kind, c.line_id, c.deduction_id, c.amount_fen
      from close_candidates c join statements s on s.provider_id = c.provider_id and s.period = ${input.period}
      where s.id = any(${ids}::bigint[])`.execute(db);
  }
  await sql`drop table close_candidates`.execute(db);
  return ids;
}

/**
 * The part of a statement's deductions still sitting on the chargeback receivable (chargebacks and SLA
 * penalties): approval sets it off against the payable. A duplicate claim's reversal has already left the payable.
 */
export async function receivableDeductionsOf(db: Db, statementId: number): Promise<number> {
  const { rows } = await sql<{ fen: string }>`
    select coalesce(sum(i.amount_fen), 0)::text as fen from statement_items i join deductions d on d.id = i.deduction_id
    where i.statement_id = ${statementId} and i.kind = 'deduction' and d.kind in ('chargeback', 'sla_penalty')`.execute(
    db,
  );
  return Number(rows[0]!.fen);
}

/** Σ owed to and Σ owed by the provider, per statement. */
export async function itemSums(
  db: Db,
  statementIds: readonly number[],
): Promise<Map<number, { owedFen: number; deductedFen: number }>> {
  if (statementIds.length === 0) return new Map();
  const { rows } = await sql<{ statementId: number; owedFen: string; deductedFen: string }>`
    select s.id as statement_id,
      coalesce(sum(i.amount_fen) filter (where i.kind <> 'deduction'), 0)::text as owed_fen,
      coalesce(sum(i.amount_fen) filter (where i.kind = 'deduction'), 0)::text as deducted_fen
    from unnest(${[...statementIds]}::bigint[]) as s(id) left join statement_items i on i.statement_id = s.id
    group by s.id`.execute(db);
  return new Map(rows.map((r) => [r.statementId, { owedFen: Number(r.owedFen), deductedFen: Number(r.deductedFen) }]));
}

export async function setTotals(
  db: Db,
  id: number,
  totals: Pick<StatementRow, 'linesFen' | 'deductionsFen' | 'netBeforeVatFen' | 'vatFen' | 'netPayableFen'>,
): Promise<void> {
  await db
    .updateTable('statements')
    .set({ ...totals, updatedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function statementById(
  db: Db,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<StatementRow | null> {
  let q = db.selectFrom('statements').selectAll().where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) ?? null;
}

export async function statementsByIds(db: Db, ids: readonly number[]): Promise<StatementRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('statements').selectAll().where('id', 'in', ids).orderBy('providerId').execute();
}

export async function statementsOfPeriod(db: Db, period: string): Promise<StatementRow[]> {
  return db.selectFrom('statements').selectAll().where('period', '=', period).orderBy('providerId').execute();
}

export async function moveStatement(
  db: Db,
  id: number,
  change: Partial<Pick<StatementRow, 'state' | 'issuedOn' | 'approvedOn' | 'paidFen'>>,
): Promise<StatementRow> {
  return db
    .updateTable('statements')
    .set({ ...change, updatedAt: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One more reminder to answer the statement, at `at`. */
export async function recordReminder(db: Db, id: number, at: Date): Promise<StatementRow> {
  return db
    .updateTable('statements')
    .set({ remindedAt: at, reminderCount: sql`reminder_count + 1`, updatedAt: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function statementsPage(
  db: Db,
  filter: {
    providerId?: string | undefined;
    period?: string | undefined;
    state?: StatementRow['state'] | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
): Promise<StatementRow[]> {
  let q = db.selectFrom('statements').selectAll();
  if (filter.providerId !== undefined) q = q.where('providerId', '=', filter.providerId);
  if (filter.period !== undefined) q = q.where('period', '=', filter.period);
  if (filter.state !== undefined) q = q.where('state', '=', filter.state);
  if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}

export async function itemsOf(db: Db, statementId: number): Promise<StatementItemRow[]> {
  return db.selectFrom('statementItems').selectAll().where('statementId', '=', statementId).orderBy('id').execute();
}

export async function insertItem(db: Db, item: Omit<StatementItemTable, 'id' | 'createdAt'>): Promise<void> {
  await db.insertInto('statementItems').values(item).execute();
}

export async function disputesOf(db: Db, statementId: number): Promise<StatementDisputeRow[]> {
  return db.selectFrom('statementDisputes').selectAll().where('statementId', '=', statementId).orderBy('id').execute();
}

export async function insertDispute(
  db: Db,
  dispute: Omit<
    StatementDisputeTable,
    'id' | 'createdAt' | 'resolvedAt' | 'grantedFen' | 'resolution' | 'resolvedBy' | 'status'
  >,
): Promise<StatementDisputeRow> {
  return db
    .insertInto('statementDisputes')
    .values({ ...dispute, status: 'open', grantedFen: null, resolution: null, resolvedBy: null, resolvedAt: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function resolveDisputeRow(
  db: Db,
  id: number,
  resolution: { grantedFen: number; resolution: string; resolvedBy: string },
): Promise<StatementDisputeRow> {
  return db
    .updateTable('statementDisputes')
    .set({ ...resolution, status: 'resolved', resolvedAt: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
