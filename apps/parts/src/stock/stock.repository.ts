import { sql, type Kysely } from '@sanbao/db';
import type { PartsDatabase } from '../schema.ts';
import { onlyAdds, type MovementKind, type StockBalance, type StockEffect } from './stock-ledger.ts';

type Db = Kysely<PartsDatabase>;

export interface Movement extends StockEffect {
  warehouseId: string;
  partId: number;
  kind: MovementKind;
  partsRequestId?: number | null | undefined;
  note?: string | null | undefined;
  recordedBy: string;
}

/**
 * Moves stock: the balance row changes and the ledger row is written in the caller's transaction.
 * A movement that takes stock away is a guarded update — Postgres locks the balance row and
 * re-checks the guard after any concurrent writer commits — so concurrent reservations can never
 * take stock below zero. Returns the new balance, or null when the stock is not there.
 */
export async function applyMovement(db: Db, m: Movement): Promise<StockBalance | null> {
  let balance: StockBalance | undefined;
  if (onlyAdds(m)) {
    balance = await db
      .insertInto('stockBalances')
      .values({ warehouseId: m.warehouseId, partId: m.partId, onHand: m.onHandDelta, reserved: 0 })
      .onConflict((oc) =>
        oc
          .columns(['warehouseId', 'partId'])
          .doUpdateSet({ onHand: sql<number>`stock_balances.on_hand + excluded.on_hand`, updatedAt: sql<Date>`now()` }),
      )
      .returning(['onHand', 'reserved'])
      .executeTakeFirstOrThrow();
  } else {
    balance = await db
      .updateTable('stockBalances')
      .set({
        onHand: sql<number>`on_hand + ${m.onHandDelta}::int`,
        reserved: sql<number>`reserved + ${m.reservedDelta}::int`,
        updatedAt: sql<Date>`now()`,
      })
      .where('warehouseId', '=', m.warehouseId)
      .where('partId', '=', m.partId)
      .where(
        sql<boolean>`reserved + ${m.reservedDelta}::int >= 0 and on_hand + ${m.onHandDelta}::int >= reserved + ${m.reservedDelta}::int`,
      )
      .returning(['onHand', 'reserved'])
      .executeTakeFirst();
    if (!balance) return null;
  }
  await db
    .insertInto('stockMovements')
    .values({
      warehouseId: m.warehouseId,
      partId: m.partId,
      kind: m.kind,
      onHandDelta: m.onHandDelta,
      reservedDelta: m.reservedDelta,
      partsRequestId: m.partsRequestId ?? null,
      note: m.note ?? null,
      recordedBy: m.recordedBy,
    })
    .execute();
  return balance;
}

export async function balanceOf(db: Db, warehouseId: string, partId: number): Promise<StockBalance> {
  const row = await db
    .selectFrom('stockBalances')
    .select(['onHand', 'reserved'])
    .where('warehouseId', '=', warehouseId)
    .where('partId', '=', partId)
    .executeTakeFirst();
  return row ?? { onHand: 0, reserved: 0 };
}

export async function ledgerOf(
  db: Db,
  warehouseId: string,
  partId: number,
  page: { limit: number; beforeId?: number | undefined },
) {
  let query = db
    .selectFrom('stockMovements')
    .select(['id', 'kind', 'onHandDelta', 'reservedDelta', 'partsRequestId', 'note', 'recordedBy', 'createdAt'])
    .where('warehouseId', '=', warehouseId)
    .where('partId', '=', partId)
    .orderBy('id', 'desc')
    .limit(page.limit);
  if (page.beforeId) query = query.where('id', '<', page.beforeId);
  return query.execute();
}

/** The ledger summed: it must equal the balance row. */
export async function ledgerTotals(db: Db, warehouseId: string, partId: number): Promise<StockBalance> {
  const row = await db
    .selectFrom('stockMovements')
    .select([
      sql<number>`coalesce(sum(on_hand_delta), 0)::int`.as('onHand'),
      sql<number>`coalesce(sum(reserved_delta), 0)::int`.as('reserved'),
    ])
    .where('warehouseId', '=', warehouseId)
    .where('partId', '=', partId)
    .executeTakeFirstOrThrow();
  return row;
}
