import { sql } from '@sanbao/db';
import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, startPartsHarness, type PartsClient, type PartsHarness } from '../../test/parts-harness.ts';
import { receiveStock, seedWorld, world } from '../../test/parts-world.ts';

let h: PartsHarness;
let sp1: PartsClient;

beforeAll(async () => {
  h = await startPartsHarness(inject('postgresAdminUrl'));
  await seedWorld(h);
  sp1 = await h.provider(world.providers.one);
});

afterAll(async () => {
  await h?.close();
});

/** Every balance row against the sum of its ledger: they must agree everywhere. */
async function ledgerDisagreements() {
  const { rows } = await sql<{ warehouseId: string; partId: number }>`
    select b.warehouse_id, b.part_id
    from stock_balances b
    left join (
      select warehouse_id, part_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved
      from stock_movements group by warehouse_id, part_id
    ) m using (warehouse_id, part_id)
    where coalesce(m.on_hand, 0) <> b.on_hand or coalesce(m.reserved, 0) <> b.reserved
  `.execute(h.db);
  return rows;
}

async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, j) => make(start + j)))));
  }
  return out;
}

describe('stock on a real database', () => {
  it('200 concurrent reservations of a part with 50 available: exactly 50 succeed, stock never below zero, the ledger adds up', async () => {
    const part = world.parts.fan;
    await receiveStock(h, world.warehouses.east, part, 50);
    const requests = await inBatches(200, 25, async () => {
      const r = await sp1.requests.create.mutate({
        idempotencyKey: key(),
        purpose: 'stock',
        lines: [{ partCode: part, quantity: 1 }],
      });
      await sp1.requests.submit.mutate({ idempotencyKey: key(), requestId: r.id });
      await h.system.requests.approve.mutate({ idempotencyKey: key(), requestId: r.id });
      return r.id;
    });

    // Watch the balance row and its ledger from another connection for the whole burst, both read by one
    // statement (one snapshot): a balance written outside the ledger's transaction would show a gap.
    let watching = true;
    const seen: { onHand: number; reserved: number; ledgerOnHand: number; ledgerReserved: number }[] = [];
    const watcher = (async () => {
      while (watching) {
        const { rows } = await sql<{ onHand: number; reserved: number; ledgerOnHand: number; ledgerReserved: number }>`
          select b.on_hand, b.reserved,
                 (select coalesce(sum(on_hand_delta), 0)::int from stock_movements m where m.warehouse_id = b.warehouse_id and m.part_id = b.part_id) as ledger_on_hand,
                 (select coalesce(sum(reserved_delta), 0)::int from stock_movements m where m.warehouse_id = b.warehouse_id and m.part_id = b.part_id) as ledger_reserved
          from stock_balances b
          where b.warehouse_id = ${world.warehouses.east} and b.part_id = (select id from parts where code = ${part})`.execute(
          h.db,
        );
        seen.push(rows[0]!);
      }
    })();

    const east = await h.warehouse(world.warehouses.east);
    const results = await Promise.allSettled(
      requests.map((requestId, i) =>
        (i % 2 ? h.system : east).requests.reserve.mutate({ idempotencyKey: key(), requestId }),
      ),
    );
    watching = false;
    await watcher;

    const succeeded = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(succeeded).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const r of refused) expect(r.reason).toMatchObject({ data: { code: 'CONFLICT' } });

    expect(await h.manager.stock.balance.query({ warehouseId: world.warehouses.east, partCode: part })).toEqual({
      warehouseId: world.warehouses.east,
      partCode: part,
      onHand: 50,
      reserved: 50,
      available: 0,
    });
    // (Never negative and never over-reserved are the table's CHECKs; these can fail.)
    expect(seen.length).toBeGreaterThan(0);
    for (const [i, b] of seen.entries()) {
      // On hand stays 50 (only reservations run), and the balance equals its ledger in every snapshot.
      expect(b).toEqual({ onHand: 50, reserved: b.ledgerReserved, ledgerOnHand: 50, ledgerReserved: b.ledgerReserved });
      if (i > 0) expect(b.reserved).toBeGreaterThanOrEqual(seen[i - 1]!.reserved);
    }
    const statuses = await h.db.selectFrom('partsRequests').select('status').where('id', 'in', requests).execute();
    expect(statuses.filter((s) => s.status === 'reserved')).toHaveLength(50);
    expect(statuses.filter((s) => s.status === 'approved')).toHaveLength(150);
    const reservations = await h.db
      .selectFrom('stockMovements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'reservation')
      .where('partsRequestId', 'in', requests)
      .executeTakeFirstOrThrow();
    expect(Number(reservations.n)).toBe(50);
    expect(await ledgerDisagreements()).toEqual([]);

    // Ship some and cancel others concurrently: the ledger still adds up to on-hand.
    const reserved = requests.filter((_, i) => results[i]!.status === 'fulfilled');
    await Promise.all([
      ...reserved.slice(0, 20).map((requestId) =>
        h.system.requests.markShipped.mutate({
          idempotencyKey: key(),
          requestId,
          carrier: 'EMS',
          trackingNumber: `E${requestId}`,
        }),
      ),
      ...reserved
        .slice(20, 30)
        .map((requestId) =>
          h.manager.requests.cancel.mutate({ idempotencyKey: key(), requestId, reason: 'provider changed its mind' }),
        ),
    ]);
    expect(await h.manager.stock.balance.query({ warehouseId: world.warehouses.east, partCode: part })).toMatchObject({
      onHand: 30,
      reserved: 20,
      available: 10,
    });
    const totals = await h.db
      .selectFrom('stockMovements')
      .select([sql<number>`sum(on_hand_delta)::int`.as('onHand'), sql<number>`sum(reserved_delta)::int`.as('reserved')])
      .where('warehouseId', '=', world.warehouses.east)
      .where('partId', '=', sql<number>`(select id from parts where code = ${part})`)
      .executeTakeFirstOrThrow();
    expect(totals).toEqual({ onHand: 30, reserved: 20 });
    expect(await ledgerDisagreements()).toEqual([]);
  });

  it('warehouse staff record receipts, scrap and adjustments in their own warehouse only; stock never goes negative', async () => {
    const east = await h.warehouse(world.warehouses.east);
    const central = await h.warehouse(world.warehouses.central);
    const part = world.parts.board;
    const receipt = await east.stock.recordMovement.mutate({
      idempotencyKey: key(),
      warehouseId: world.warehouses.east,
      partCode: part,
      kind: 'receipt',
      quantity: 5,
    });
    expect(receipt).toMatchObject({ onHand: 5, reserved: 0, available: 5 });
    const scrapTooMuch = east.stock.recordMovement.mutate({
      idempotencyKey: key(),
      warehouseId: world.warehouses.east,
      partCode: part,
      kind: 'scrap',
      quantity: 6,
      note: 'water damage',
    });
    await expect(scrapTooMuch).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
    const down = await east.stock.recordMovement.mutate({
      idempotencyKey: key(),
      warehouseId: world.warehouses.east,
      partCode: part,
      kind: 'adjustment',
      quantity: -2,
      note: 'stock count',
    });
    expect(down).toMatchObject({ onHand: 3 });
    const noStockYet = central.stock.recordMovement.mutate({
      idempotencyKey: key(),
      warehouseId: world.warehouses.central,
      partCode: part,
      kind: 'scrap',
      quantity: 1,
      note: 'x',
    });
    await expect(noStockYet).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
    const elsewhere = central.stock.recordMovement.mutate({
      idempotencyKey: key(),
      warehouseId: world.warehouses.east,
      partCode: part,
      kind: 'receipt',
      quantity: 1,
    });
    await expect(elsewhere).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await expect(
      central.stock.balance.query({ warehouseId: world.warehouses.east, partCode: part }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });

    const token = await testTokens.warehouse(world.warehouses.east);
    const zero = await h.call(
      'stock.recordMovement',
      { idempotencyKey: key(), warehouseId: world.warehouses.east, partCode: part, kind: 'receipt', quantity: 0 },
      token,
    );
    expect(zero.status).toBe(400);
    expect(zero.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['quantity']);
    const noNote = await h.call(
      'stock.recordMovement',
      { idempotencyKey: key(), warehouseId: world.warehouses.east, partCode: part, kind: 'adjustment', quantity: 3 },
      token,
    );
    expect(noNote.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['note']);
    const reservation = await h.call(
      'stock.recordMovement',
      { idempotencyKey: key(), warehouseId: world.warehouses.east, partCode: part, kind: 'reservation', quantity: 1 },
      token,
    );
    expect(reservation.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['kind']);

    // Even a write that bypasses the service cannot leave a negative balance.
    await expect(sql`update stock_balances set on_hand = -1`.execute(h.db)).rejects.toThrow(/check constraint/);
    expect(await ledgerDisagreements()).toEqual([]);
  });
});
