import { sql, type Kysely } from '@sanbao/db';
import type { LineDecisionTable, SettlementDatabase } from '../schema.ts';

type Db = Kysely<SettlementDatabase>;

export async function quotaOf(
  db: Db,
  providerId: string,
): Promise<{ providerId: string; monthlyBudgetFen: number } | null> {
  return (
    (await db
      .selectFrom('providerQuotas')
      .select(['providerId', 'monthlyBudgetFen'])
      .where('providerId', '=', providerId)
      .executeTakeFirst()) ?? null
  );
}

export async function upsertQuota(
  db: Db,
  quota: { providerId: string; monthlyBudgetFen: number; setBy: string },
): Promise<void> {
  await db
    .insertInto('providerQuotas')
    .values(quota)
    .onConflict((oc) =>
      oc
        .column('providerId')
        .doUpdateSet({ monthlyBudgetFen: quota.monthlyBudgetFen, setBy: quota.setBy, updatedAt: sql`now()` }),
    )
    .execute();
}

/** Serializes postings against one provider's budget for one month. */
export async function lockQuota(db: Db, providerId: string, period: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`settlement-quota:${providerId}:${period}`}, 0))`.execute(
    db,
  );
}

/** Σ of the provider's lines in a month that were posted or still wait for a decision (refused ones are gone). */
export async function usedInPeriod(db: Db, providerId: string, first: string, last: string): Promise<number> {
  const { rows } = await sql<{ fen: string }>`
    select coalesce(sum(l.amount_fen), 0)::text as fen from settlement_lines l
    where l.provider_id = ${providerId} and l.business_date between ${first} and ${last}
      and not exists (select 1 from line_decisions d where d.line_id = l.id and d.decision = 'refused')`.execute(db);
  return Number(rows[0]!.fen);
}

export async function insertDecision(db: Db, decision: Omit<LineDecisionTable, 'decidedAt'>): Promise<void> {
  await db.insertInto('lineDecisions').values(decision).execute();
}

export async function decisionOf(db: Db, lineId: number) {
  return (
    (await db
      .selectFrom('lineDecisions')
      .select(['lineId', 'decision', 'reason', 'decidedBy'])
      .where('lineId', '=', lineId)
      .executeTakeFirst()) ?? null
  );
}

/** Lines held over quota with no decision yet, oldest first. */
export async function heldLineIds(db: Db, providerId: string | undefined, limit: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select l.id from settlement_lines l join ledger_transfers t on t.id = l.transfer_id
    where t.kind = 'pending' and not exists (select 1 from line_decisions d where d.line_id = l.id)
      ${providerId === undefined ? sql`` : sql`and l.provider_id = ${providerId}`}
    order by l.id limit ${limit}`.execute(db);
  return rows.map((r) => r.id);
}
