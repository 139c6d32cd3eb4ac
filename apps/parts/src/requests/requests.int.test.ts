import { sql } from '@sanbao/db';
import { codeOf, testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, type PartsClient, type PartsHarness } from '../../test/parts-harness.ts';
import { requestUpTo, shipping, startSeededParts, upsertProvider, world } from '../../test/parts-world.ts';

let h: PartsHarness;
let sp1: PartsClient;
let sp2: PartsClient;
let east: PartsClient;

beforeAll(async () => {
  ({ h, sp1, sp2, east } = await startSeededParts(inject('postgresAdminUrl'), {
    stock: { [world.parts.compressor]: 20, [world.parts.board]: 20, [world.parts.screws]: 500 },
  }));
});

afterAll(async () => {
  await h?.close();
});

const balance = (partCode: string) => h.manager.stock.balance.query({ warehouseId: world.warehouses.east, partCode });

describe('parts request lifecycle on a real database', () => {
  it('draft → submitted → approved → reserved → shipped → partially received → received → closed, audited at every step', async () => {
    const before = await balance(world.parts.compressor);
    const draft = await sp1.requests.create.mutate({
      idempotencyKey: key(),
      purpose: 'warranty',
      claimId: world.claims.covered,
      lines: [
        { partCode: world.parts.oldCompressor, quantity: 2 },
        { partCode: world.parts.board, quantity: 1 },
      ],
    });
    expect(draft).toMatchObject({
      status: 'draft',
      providerId: world.providers.one,
      warehouseId: world.warehouses.east,
      serial: 'SN-35-0001',
      modelCode: world.model,
      totalValueFen: 2 * world.cost.compressor + world.cost.board,
    });
    expect(draft.requestNumber).toMatch(/^PR-\d{6}-\d{6}$/);
    // The superseded code is issued as its successor, at the successor's cost.
    expect(draft.lines[0]).toMatchObject({
      partCode: world.parts.compressor,
      requestedCode: world.parts.oldCompressor,
      unitCostFen: world.cost.compressor,
    });

    const submitted = await sp1.requests.submit.mutate({ idempotencyKey: key(), requestId: draft.id });
    expect(submitted).toMatchObject({ status: 'submitted', overCreditLimit: false, exposureAtSubmitFen: 0 });

    expect(
      (
        await h.system.requests.approve.mutate({
          idempotencyKey: key(),
          requestId: draft.id,
          reason: 'auto-approved under policy',
        })
      ).status,
    ).toBe('approved');

    expect((await east.requests.reserve.mutate({ idempotencyKey: key(), requestId: draft.id })).status).toBe(
      'reserved',
    );
    expect(await balance(world.parts.compressor)).toMatchObject({
      onHand: before.onHand,
      reserved: before.reserved + 2,
      available: before.available - 2,
    });

    const shipped = await east.requests.markShipped.mutate({
      idempotencyKey: key(),
      requestId: draft.id,
      carrier: '顺丰',
      trackingNumber: 'SF1000000001',
    });
    expect(shipped).toMatchObject({ status: 'shipped', carrier: '顺丰', trackingNumber: 'SF1000000001' });
    expect(await balance(world.parts.compressor)).toMatchObject({
      onHand: before.onHand - 2,
      reserved: before.reserved,
    });

    const [compressorLine, boardLine] = shipped.lines;
    const partial = await sp1.requests.recordReceipt.mutate({
      idempotencyKey: key(),
      requestId: draft.id,
      lines: [{ lineId: compressorLine!.id, quantity: 1 }],
    });
    expect(partial.status).toBe('partially_received');
    expect(partial.lines.map((l) => l.quantityReceived)).toEqual([1, 0]);

    const tooMany = await h.call(
      'requests.recordReceipt',
      { idempotencyKey: key(), requestId: draft.id, lines: [{ lineId: compressorLine!.id, quantity: 2 }] },
      await testTokens.provider(world.providers.one),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error!.data.fieldErrors).toEqual([
      { path: 'lines.0.quantity', message: expect.stringContaining('only 1') },
    ]);

    const received = await sp1.requests.recordReceipt.mutate({
      idempotencyKey: key(),
      requestId: draft.id,
      lines: [
        { lineId: compressorLine!.id, quantity: 1 },
        { lineId: boardLine!.id, quantity: 1 },
      ],
    });
    expect(received.status).toBe('received');

    expect((await sp1.requests.close.mutate({ idempotencyKey: key(), requestId: draft.id })).status).toBe('closed');

    const history = await sp1.requests.history.query({ requestId: draft.id });
    expect(history.changes.map((c) => [c.fromState, c.toState, c.actorRole])).toEqual([
      [null, 'draft', 'provider'],
      ['draft', 'submitted', 'provider'],
      ['submitted', 'approved', 'system'],
      ['approved', 'reserved', 'warehouse'],
      ['reserved', 'shipped', 'warehouse'],
      ['shipped', 'partially_received', 'provider'],
      ['partially_received', 'received', 'provider'],
      ['received', 'closed', 'provider'],
    ]);
    expect(history.changes[2]!.reason).toBe('auto-approved under policy');

    const ledger = await h.manager.stock.ledger.query({
      warehouseId: world.warehouses.east,
      partCode: world.parts.compressor,
      limit: 10,
    });
    expect(
      ledger.filter((m) => m.partsRequestId === draft.id).map((m) => [m.kind, m.onHandDelta, m.reservedDelta]),
    ).toEqual([
      ['shipment', -2, -2],
      ['reservation', 0, 2],
    ]);
  });

  it('the audit trail is append-only', async () => {
    await expect(sql`update audit_trail set reason = 'rewritten'`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from stock_movements`.execute(h.db)).rejects.toThrow(/append-only/);
  });

  it('cancelling a reserved request gives its stock back in the same step', async () => {
    const before = await balance(world.parts.board);
    const r = await requestUpTo(h, sp1, 'reserved', { lines: [{ partCode: world.parts.board, quantity: 3 }] });
    expect((await balance(world.parts.board)).available).toBe(before.available - 3);
    const cancelled = await sp1.requests.cancel.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      reason: 'customer fixed it himself',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(await balance(world.parts.board)).toEqual(before);
    expect(await codeOf(sp1.requests.cancel.mutate({ idempotencyKey: key(), requestId: r.id, reason: 'again' }))).toBe(
      'CONFLICT',
    );
  });

  it('a manager rejects with a reason; the reason is required', async () => {
    const r = await requestUpTo(h, sp1, 'submitted', { lines: [{ partCode: world.parts.board, quantity: 1 }] });
    const noReason = await h.call(
      'requests.reject',
      { idempotencyKey: key(), requestId: r.id },
      await testTokens.role('manager'),
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['reason']);
    const rejected = await h.manager.requests.reject.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      reason: 'duplicate of an earlier request',
    });
    expect(rejected.status).toBe('rejected');
    expect(await codeOf(h.manager.requests.approve.mutate({ idempotencyKey: key(), requestId: r.id }))).toBe(
      'CONFLICT',
    );
  });

  it('steps out of order are CONFLICTs and change nothing', async () => {
    const r = await requestUpTo(h, sp1, 'draft', { lines: [{ partCode: world.parts.board, quantity: 1 }] });
    expect(await codeOf(h.manager.requests.approve.mutate({ idempotencyKey: key(), requestId: r.id }))).toBe(
      'CONFLICT',
    );
    expect(await codeOf(h.system.requests.reserve.mutate({ idempotencyKey: key(), requestId: r.id }))).toBe('CONFLICT');
    expect(
      await codeOf(h.system.requests.markShipped.mutate({ idempotencyKey: key(), requestId: r.id, ...shipping })),
    ).toBe('CONFLICT');
    expect((await sp1.requests.get.query({ requestId: r.id })).status).toBe('draft');
  });

  it('warranty parts must be in the unit model BOM, for a covered claim of the provider', async () => {
    const token = await testTokens.provider(world.providers.one);
    const create = (input: Record<string, unknown>) =>
      h.call('requests.create', { idempotencyKey: key(), purpose: 'warranty', ...input }, token);

    const notInBom = await create({
      claimId: world.claims.covered,
      lines: [{ partCode: world.parts.unrelated, quantity: 1 }],
    });
    expect(notInBom.status).toBe(400);
    expect(notInBom.body.error!.data.fieldErrors).toEqual([
      { path: 'lines.0.partCode', message: expect.stringContaining('not in the BOM of model KFR-35GW') },
    ]);

    const unknownPart = await create({
      claimId: world.claims.covered,
      lines: [
        { partCode: world.parts.board, quantity: 1 },
        { partCode: 'NOPE-1', quantity: 1 },
      ],
    });
    expect(unknownPart.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['lines.1.partCode']);

    const sameAfterSupersession = await create({
      claimId: world.claims.covered,
      lines: [
        { partCode: world.parts.oldCompressor, quantity: 1 },
        { partCode: world.parts.compressor, quantity: 1 },
      ],
    });
    expect(sameAfterSupersession.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['lines.1.partCode']);

    const notCovered = await create({
      claimId: world.claims.notCovered,
      lines: [{ partCode: world.parts.board, quantity: 1 }],
    });
    expect(notCovered.status).toBe(400);
    expect(notCovered.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['claimId']);

    const noSuchClaim = await create({ claimId: 'C-9999', lines: [{ partCode: world.parts.board, quantity: 1 }] });
    expect(noSuchClaim.status).toBe(404);
    expect(noSuchClaim.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['claimId']);

    const noClaim = await create({ lines: [{ partCode: world.parts.board, quantity: 1 }] });
    expect(noClaim.status).toBe(400);
    expect(noClaim.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['claimId']);

    // A claim not covered by warranty can still get paid parts.
    const paid = await sp1.requests.create.mutate({
      idempotencyKey: key(),
      purpose: 'paid_repair',
      claimId: world.claims.notCovered,
      lines: [{ partCode: world.parts.unrelated, quantity: 1 }],
    });
    expect(paid.status).toBe('draft');
  });

  it('coverage is asked again at submission: a claim that lost its cover cannot be submitted', async () => {
    h.claims.put({
      claimId: 'C-1500',
      providerId: world.providers.one,
      serial: 'SN-1500',
      modelCode: world.model,
      covered: true,
    });
    const r = await requestUpTo(h, sp1, 'draft', {
      claimId: 'C-1500',
      lines: [{ partCode: world.parts.board, quantity: 1 }],
    });
    h.claims.put({
      claimId: 'C-1500',
      providerId: world.providers.one,
      serial: 'SN-1500',
      modelCode: world.model,
      covered: false,
    });
    expect(await codeOf(sp1.requests.submit.mutate({ idempotencyKey: key(), requestId: r.id }))).toBe('BAD_REQUEST');
    expect((await sp1.requests.get.query({ requestId: r.id })).status).toBe('draft');
  });

  it('bad input is a BAD_REQUEST naming the field, never a 500', async () => {
    const token = await testTokens.provider(world.providers.one);
    const cases: [unknown, string][] = [
      [
        {
          idempotencyKey: key(),
          purpose: 'warranty',
          claimId: world.claims.covered,
          lines: [{ partCode: world.parts.board, quantity: 'two' }],
        },
        'lines.0.quantity',
      ],
      [{ idempotencyKey: key(), purpose: 'warranty', claimId: world.claims.covered, lines: [] }, 'lines'],
      [{ idempotencyKey: key(), purpose: 'gift', lines: [{ partCode: world.parts.board, quantity: 1 }] }, 'purpose'],
      [
        {
          idempotencyKey: key(),
          purpose: 'stock',
          claimId: 'C-1',
          lines: [{ partCode: world.parts.board, quantity: 1 }],
        },
        'claimId',
      ],
      [
        {
          idempotencyKey: key(),
          purpose: 'stock',
          lines: [
            { partCode: world.parts.board, quantity: 1 },
            { partCode: world.parts.board, quantity: 2 },
          ],
        },
        'lines.1.partCode',
      ],
      [
        {
          idempotencyKey: key(),
          purpose: 'stock',
          warehouseId: 'WH-NOWHERE',
          lines: [{ partCode: world.parts.board, quantity: 1 }],
        },
        'warehouseId',
      ],
    ];
    for (const [input, field] of cases) {
      const res = await h.call('requests.create', input, token);
      expect([400, 404]).toContain(res.status);
      expect(res.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual([field]);
    }
    const badId = await h.call('requests.get', { requestId: -1 }, token, 'GET');
    expect(badId.status).toBe(400);
    expect(badId.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['requestId']);
  });

  it('a request past the credit limit is flagged: the system cannot auto-approve it, a manager can', async () => {
    await upsertProvider(h, world.providers.two, { grade: 'C', creditLimitFen: 50_000 });
    const within = await requestUpTo(h, sp2, 'submitted', {
      claimId: world.claims.otherProviders,
      lines: [{ partCode: world.parts.compressor, quantity: 1 }],
    });
    expect(within.overCreditLimit).toBe(false);
    // 28 000 pending + 28 000 more > 50 000: pending warranty issues count towards the limit.
    const over = await requestUpTo(h, sp2, 'submitted', {
      claimId: world.claims.otherProviders,
      lines: [{ partCode: world.parts.compressor, quantity: 1 }],
    });
    expect(over.overCreditLimit).toBe(true);

    const auto = h.system.requests.approve.mutate({ idempotencyKey: key(), requestId: over.id });
    expect(await codeOf(auto)).toBe('PRECONDITION_FAILED');
    expect(
      (
        await h.manager.requests.approve.mutate({
          idempotencyKey: key(),
          requestId: over.id,
          reason: 'long-standing provider',
        })
      ).status,
    ).toBe('approved');
    const history = await sp2.requests.history.query({ requestId: over.id });
    expect(history.changes[1]).toMatchObject({
      toState: 'submitted',
      reason: expect.stringContaining('over credit limit'),
    });
    expect(history.changes[2]).toMatchObject({ toState: 'approved', actorRole: 'manager' });
  });

  it('exposure shows received warranty parts to the provider and the manager', async () => {
    const before = await sp1.exposure.get.query({ providerId: world.providers.one });
    await requestUpTo(h, sp1, 'received', { lines: [{ partCode: world.parts.board, quantity: 2 }] });
    const after = await h.manager.exposure.get.query({ providerId: world.providers.one });
    expect(after.issuedNotConsumedFen - before.issuedNotConsumedFen).toBe(2 * world.cost.board);
    expect(after.totalFen).toBe(after.issuedNotConsumedFen + after.awaitingReturnFen + after.openChargebacksFen);
  });

  it('reserving more than is available is a CONFLICT that leaves the request approved and the ledger untouched', async () => {
    const r = await requestUpTo(h, sp1, 'approved', {
      purpose: 'stock',
      lines: [
        { partCode: world.parts.board, quantity: 1 },
        { partCode: world.parts.screws, quantity: 999 },
      ],
    });
    const movementsBefore = await h.db
      .selectFrom('stockMovements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const boardBefore = await balance(world.parts.board);
    const refused = h.system.requests.reserve.mutate({ idempotencyKey: key(), requestId: r.id });
    await expect(refused).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
      message: expect.stringContaining('insufficient stock of SCR-1'),
    });
    expect((await sp1.requests.get.query({ requestId: r.id })).status).toBe('approved');
    expect(await balance(world.parts.board)).toEqual(boardBefore);
    const movementsAfter = await h.db
      .selectFrom('stockMovements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(movementsAfter.n)).toBe(Number(movementsBefore.n));
  });

  it('warehouse staff see their own warehouse queue, providers their own requests', async () => {
    const central = await h.warehouse(world.warehouses.central);
    expect(await central.requests.list.query({})).toEqual([]);
    const queue = await east.requests.list.query({ status: 'approved' });
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((r) => r.warehouseId === world.warehouses.east && r.status === 'approved')).toBe(true);
    expect((await sp2.requests.list.query({})).every((r) => r.providerId === world.providers.two)).toBe(true);
  });
});
