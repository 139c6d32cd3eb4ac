import { sql, type Kysely } from '@sanbao/db';
import type { ChargebackEventTable, PartsDatabase } from '../schema.ts';
import type { StandingChargeback } from './chargeback-rules.ts';

type Db = Kysely<PartsDatabase>;

const eventColumns = [
  'id',
  'providerId',
  'returnTagId',
  'kind',
  'reason',
  'amountFen',
  'reversesEventId',
  'businessDate',
  'details',
  'createdAt',
  'acknowledgedAt',
] as const;

/** Once per (tag, kind, reason), enforced by a unique constraint; a repeat writes nothing. */
export async function insertChargebackEvent(
  db: Db,
  event: Omit<ChargebackEventTable, 'id' | 'createdAt' | 'acknowledgedAt' | 'acknowledgedBy' | 'details'> & {
    details: Record<string, unknown>;
  },
) {
  return db
    .insertInto('chargebackEvents')
    .values({ ...event, details: JSON.stringify(event.details) })
    .onConflict((oc) => oc.columns(['returnTagId', 'kind', 'reason']).doNothing())
    .returning(eventColumns)
    .executeTakeFirst();
}

/** The tag's chargeback that no reversal has cancelled, if any. */
export async function standingChargebackOf(db: Db, returnTagId: number): Promise<StandingChargeback | null> {
  const row = await db
    .selectFrom('chargebackEvents as c')
    .select(['c.id', 'c.reason', 'c.amountFen'])
    .where('c.returnTagId', '=', returnTagId)
    .where('c.kind', '=', 'chargeback')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('chargebackEvents as r').select('r.id').whereRef('r.reversesEventId', '=', 'c.id')),
      ),
    )
    .executeTakeFirst();
  return row ?? null;
}

export async function pendingChargebackEvents(db: Db, page: { limit: number; afterId?: number | undefined }) {
  let query = db
    .selectFrom('chargebackEvents')
    .select(eventColumns)
    .where('acknowledgedAt', 'is', null)
    .orderBy('id')
    .limit(page.limit);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return query.execute();
}

export async function chargebackEventsOfTag(db: Db, returnTagId: number) {
  return db
    .selectFrom('chargebackEvents')
    .select(eventColumns)
    .where('returnTagId', '=', returnTagId)
    .orderBy('id')
    .execute();
}

export async function existingEventIds(db: Db, ids: number[]): Promise<Set<number>> {
  const rows = await db.selectFrom('chargebackEvents').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function acknowledgeEvents(db: Db, ids: number[], by: string): Promise<number[]> {
  const rows = await db
    .updateTable('chargebackEvents')
    .set({ acknowledgedAt: sql<Date>`now()`, acknowledgedBy: by })
    .where('id', 'in', ids)
    .where('acknowledgedAt', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export type ChargebackEventRow = Awaited<ReturnType<typeof pendingChargebackEvents>>[number];
