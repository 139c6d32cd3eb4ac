import type { Kysely } from '@sanbao/db';
import type { Selectable } from '@sanbao/db';
import type { DeductionTable, SettlementDatabase } from '../schema.ts';

type Db = Kysely<SettlementDatabase>;

const columns = [
  'id',
  'providerId',
  'kind',
  'amountFen',
  'businessDate',
  'sourceEventId',
  'claimId',
  'reason',
  'transferId',
  'recreditsDeductionId',
] as const;
export type DeductionRow = Pick<Selectable<DeductionTable>, (typeof columns)[number]>;

/** Null when the event or (claim, kind) was already recorded. */
export async function insertDeduction(
  db: Db,
  row: Omit<DeductionTable, 'id' | 'createdAt'>,
): Promise<DeductionRow | null> {
  return (
    (await db
      .insertInto('deductions')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .returning(columns)
      .executeTakeFirst()) ?? null
  );
}

export async function deductionsBySourceEvents(
  db: Db,
  eventIds: readonly number[],
): Promise<Map<number, DeductionRow>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db.selectFrom('deductions').select(columns).where('sourceEventId', 'in', eventIds).execute();
  return new Map(rows.map((r) => [r.sourceEventId!, r]));
}

export async function deductionOfClaim(
  db: Db,
  claimId: string,
  kind: DeductionTable['kind'],
): Promise<DeductionRow | null> {
  return (
    (await db
      .selectFrom('deductions')
      .select(columns)
      .where('claimId', '=', claimId)
      .where('kind', '=', kind)
      .executeTakeFirst()) ?? null
  );
}

export async function deductionsPage(
  db: Db,
  filter: { providerId?: string | undefined; beforeId?: number | undefined; limit: number },
): Promise<DeductionRow[]> {
  let q = db.selectFrom('deductions').select(columns);
  if (filter.providerId !== undefined) q = q.where('providerId', '=', filter.providerId);
  if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}
