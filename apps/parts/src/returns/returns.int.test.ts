import { codeOf, testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, type PartsClient, type PartsHarness } from '../../test/parts-harness.ts';
import { requestUpTo, startSeededParts, world } from '../../test/parts-world.ts';
import { readBarcode } from './barcode.ts';

let h: PartsHarness;
let sp1: PartsClient;
let east: PartsClient;

beforeAll(async () => {
  ({ h, sp1, east } = await startSeededParts(inject('postgresAdminUrl'), {
    now: '2026-11-20T02:00:00Z', // 2026-11-20 10:00 in Shanghai
    stock: { [world.parts.compressor]: 50, [world.parts.board]: 50, [world.parts.fan]: 50, [world.parts.screws]: 50 },
  }));
});

afterAll(async () => {
  await h?.close();
});

const exposure = () => sp1.exposure.get.query({ providerId: world.providers.one });
/** The chargebacks and reversals of a tag, oldest first, as the service shows them. */
const eventsOfTag = async (tagId: number) => (await h.manager.returns.getTag.query({ tagId })).chargebacks;

type Tag = Awaited<ReturnType<typeof sp1.returns.getTag.query>>;
let compressorTags: Tag[] = [];
let boardTag: Tag;

describe('old-part return lifecycle on a real database', () => {
  it('consumption tags each unit its class rule wants back, with due dates; exposure moves from issued to awaiting return', async () => {
    const before = await exposure();
    const r = await requestUpTo(h, sp1, 'received', {
      lines: [
        { partCode: world.parts.oldCompressor, quantity: 3 },
        { partCode: world.parts.board, quantity: 2 },
        { partCode: world.parts.fan, quantity: 1 },
        { partCode: world.parts.screws, quantity: 4 },
      ],
    });
    const issued = 3 * world.cost.compressor + 2 * world.cost.board + world.cost.fan + 4 * world.cost.screws;
    expect((await exposure()).issuedNotConsumedFen - before.issuedNotConsumedFen).toBe(issued);

    const report = await sp1.returns.reportConsumption.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      consumedOn: '2026-11-18',
      lines: r.lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
    });
    // compressor: all, 15 days; pcb: every 2nd unit, 30 days; fan 45.00 ≤ 50.00: not above value; screws: not returnable.
    expect(report.tags.map((t) => [t.partCode, t.dueOn, t.status])).toEqual([
      [world.parts.compressor, '2026-12-03', 'awaiting_return'],
      [world.parts.compressor, '2026-12-03', 'awaiting_return'],
      [world.parts.compressor, '2026-12-03', 'awaiting_return'],
      [world.parts.board, '2026-12-18', 'awaiting_return'],
    ]);
    for (const t of report.tags) {
      expect(t.tagNumber).toMatch(/^RT-202611-\d{6}$/);
      expect(readBarcode(t.barcode)).toEqual({
        tagNumber: t.tagNumber,
        partCode: t.partCode,
        providerId: world.providers.one,
      });
      expect(t).toMatchObject({
        claimId: world.claims.covered,
        warehouseId: world.warehouses.east,
        consumedOn: '2026-11-18',
        requestNumber: r.requestNumber,
      });
    }
    compressorTags = report.tags.filter((t) => t.partCode === world.parts.compressor) as Tag[];
    boardTag = report.tags.find((t) => t.partCode === world.parts.board) as Tag;

    const after = await exposure();
    expect(after.issuedNotConsumedFen).toBe(before.issuedNotConsumedFen);
    expect(after.awaitingReturnFen - before.awaitingReturnFen).toBe(3 * world.cost.compressor + world.cost.board);
    expect(
      (await sp1.returns.tagHistory.query({ tagId: boardTag.id })).changes.map((c) => [c.fromState, c.toState]),
    ).toEqual([[null, 'awaiting_return']]);

    const token = await testTokens.provider(world.providers.one);
    const again = await h.call(
      'returns.reportConsumption',
      {
        idempotencyKey: key(),
        requestId: r.id,
        consumedOn: '2026-11-18',
        lines: [{ lineId: r.lines[0]!.id, quantity: 1 }],
      },
      token,
    );
    expect(again.status).toBe(400);
    expect(again.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['lines.0.quantity']);
    const future = await h.call(
      'returns.reportConsumption',
      {
        idempotencyKey: key(),
        requestId: r.id,
        consumedOn: '2026-11-21',
        lines: [{ lineId: r.lines[0]!.id, quantity: 1 }],
      },
      token,
    );
    expect(future.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['consumedOn']);
    const notADate = await h.call(
      'returns.reportConsumption',
      {
        idempotencyKey: key(),
        requestId: r.id,
        consumedOn: '2026-02-30',
        lines: [{ lineId: r.lines[0]!.id, quantity: 1 }],
      },
      token,
    );
    expect(notADate.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['consumedOn']);
  });

  it('sampling counts units across reports: every 2nd board comes back', async () => {
    const r = await requestUpTo(h, sp1, 'received', { lines: [{ partCode: world.parts.board, quantity: 2 }] });
    const line = r.lines[0]!;
    const third = await sp1.returns.reportConsumption.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      consumedOn: '2026-11-19',
      lines: [{ lineId: line.id, quantity: 1 }],
    });
    const fourth = await sp1.returns.reportConsumption.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      consumedOn: '2026-11-19',
      lines: [{ lineId: line.id, quantity: 1 }],
    });
    expect([third.tags.length, fourth.tags.length]).toEqual([0, 1]);
  });

  it('a return shipment: partial confirmation, a missing tag, a wrong part and a failed inspection each charge back exactly once; a late arrival is reversed', async () => {
    const [c1, c2, c3] = compressorTags as [Tag, Tag, Tag];
    const b1 = boardTag;
    const before = await exposure();

    const shipment = await sp1.returns.createShipment.mutate({
      idempotencyKey: key(),
      tagIds: [c1.id, c2.id, c3.id, b1.id],
      carrier: 'EMS',
      trackingNumber: 'EMS20261120',
    });
    expect(shipment.shipmentNumber).toMatch(/^RS-202611-\d{6}$/);
    expect(shipment.tags.map((t) => t.status)).toEqual(['in_transit', 'in_transit', 'in_transit', 'in_transit']);
    expect((await exposure()).awaitingReturnFen).toBe(before.awaitingReturnFen);

    const central = await h.warehouse(world.warehouses.central);
    expect(await codeOf(central.returns.getShipment.query({ shipmentId: shipment.id }))).toBe('NOT_FOUND');
    expect(
      await codeOf(central.returns.receiveShipment.mutate({ idempotencyKey: key(), shipmentId: shipment.id })),
    ).toBe('NOT_FOUND');
    expect((await east.returns.listShipments.query({ status: 'in_transit' })).map((s) => s.id)).toContain(shipment.id);

    expect((await east.returns.receiveShipment.mutate({ idempotencyKey: key(), shipmentId: shipment.id })).status).toBe(
      'arrived',
    );

    const firstBatch = await east.returns.confirmTags.mutate({
      idempotencyKey: key(),
      shipmentId: shipment.id,
      tags: [
        { tagId: c1.id, outcome: 'received' },
        { tagId: c2.id, outcome: 'missing', note: 'not in the box' },
      ],
    });
    expect(firstBatch.status).toBe('arrived');
    expect(firstBatch.chargebacks.map((c) => [c.returnTagId, c.kind, c.reason, c.amountFen])).toEqual([
      [c2.id, 'chargeback', 'missing', world.cost.compressor],
    ]);

    const secondBatch = await east.returns.confirmTags.mutate({
      idempotencyKey: key(),
      shipmentId: shipment.id,
      tags: [
        { tagId: c3.id, outcome: 'wrong_part', note: 'a washer motor' },
        { tagId: b1.id, outcome: 'received' },
      ],
    });
    expect(secondBatch.status).toBe('confirmed');
    expect(secondBatch.chargebacks.map((c) => [c.returnTagId, c.reason])).toEqual([[c3.id, 'wrong_part']]);
    expect(
      await codeOf(
        east.returns.confirmTags.mutate({
          idempotencyKey: key(),
          shipmentId: shipment.id,
          tags: [{ tagId: c2.id, outcome: 'missing' }],
        }),
      ),
    ).toBe('CONFLICT');

    const ok = await east.returns.recordInspection.mutate({
      idempotencyKey: key(),
      tagId: c1.id,
      outcome: 'defect_confirmed',
    });
    expect(ok).toMatchObject({ status: 'inspected', inspectionOutcome: 'defect_confirmed', chargeback: null });
    const noNote = await h.call(
      'returns.recordInspection',
      { idempotencyKey: key(), tagId: b1.id, outcome: 'no_fault_found' },
      await testTokens.warehouse(world.warehouses.east),
    );
    expect(noNote.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['note']);
    const failed = await east.returns.recordInspection.mutate({
      idempotencyKey: key(),
      tagId: b1.id,
      outcome: 'no_fault_found',
      note: 'board works on the bench',
    });
    expect(failed.chargeback).toMatchObject({
      kind: 'chargeback',
      reason: 'failed_inspection',
      amountFen: world.cost.board,
      details: { outcome: 'no_fault_found' },
    });
    expect(
      await codeOf(
        east.returns.recordInspection.mutate({ idempotencyKey: key(), tagId: b1.id, outcome: 'misuse', note: 'again' }),
      ),
    ).toBe('CONFLICT');

    expect((await eventsOfTag(c1.id)).length).toBe(0);
    expect((await eventsOfTag(c2.id)).map((e) => [e.kind, e.reason])).toEqual([['chargeback', 'missing']]);
    expect((await eventsOfTag(c3.id)).map((e) => [e.kind, e.reason])).toEqual([['chargeback', 'wrong_part']]);
    expect((await eventsOfTag(b1.id)).map((e) => [e.kind, e.reason])).toEqual([['chargeback', 'failed_inspection']]);

    const charged = await exposure();
    expect(charged.awaitingReturnFen - before.awaitingReturnFen).toBe(-(3 * world.cost.compressor + world.cost.board));
    expect(charged.openChargebacksFen - before.openChargebacksFen).toBe(2 * world.cost.compressor + world.cost.board);

    const late = await east.returns.recordLateArrival.mutate({
      idempotencyKey: key(),
      tagId: c2.id,
      note: 'came in a second parcel',
    });
    const [missingEvent] = await eventsOfTag(c2.id);
    expect(late).toMatchObject({
      status: 'received',
      chargeback: {
        kind: 'reversal',
        reason: 'missing',
        amountFen: -world.cost.compressor,
        reversesEventId: missingEvent!.eventId,
      },
    });
    expect(await codeOf(east.returns.recordLateArrival.mutate({ idempotencyKey: key(), tagId: c2.id }))).toBe(
      'CONFLICT',
    );
    expect((await exposure()).openChargebacksFen - before.openChargebacksFen).toBe(
      world.cost.compressor + world.cost.board,
    );

    await east.returns.recordInspection.mutate({ idempotencyKey: key(), tagId: c2.id, outcome: 'defect_confirmed' });
    expect((await sp1.returns.tagHistory.query({ tagId: c2.id })).changes.map((c) => c.toState)).toEqual([
      'awaiting_return',
      'in_transit',
      'missing',
      'received',
      'inspected',
    ]);
    expect((await eventsOfTag(c2.id)).map((e) => [e.kind, e.reason])).toEqual([
      ['chargeback', 'missing'],
      ['reversal', 'missing'],
    ]);
  });

  it('an overdue tag is charged back once; sent later and confirmed missing it is not charged again; its late arrival is reversed', async () => {
    const r = await requestUpTo(h, sp1, 'received', { lines: [{ partCode: world.parts.compressor, quantity: 2 }] });
    const line = r.lines[0]!;
    const [overdue] = (
      await sp1.returns.reportConsumption.mutate({
        idempotencyKey: key(),
        requestId: r.id,
        consumedOn: '2026-10-01',
        lines: [{ lineId: line.id, quantity: 1 }],
      })
    ).tags;
    const [notYetDue] = (
      await sp1.returns.reportConsumption.mutate({
        idempotencyKey: key(),
        requestId: r.id,
        consumedOn: '2026-11-19',
        lines: [{ lineId: line.id, quantity: 1 }],
      })
    ).tags;
    expect(overdue!.dueOn).toBe('2026-10-16');

    expect(await codeOf(h.system.returns.declareOverdue.mutate({ idempotencyKey: key(), tagId: notYetDue!.id }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect(await codeOf(sp1.returns.declareOverdue.mutate({ idempotencyKey: key(), tagId: overdue!.id }))).toBe(
      'FORBIDDEN',
    );

    const declared = await h.system.returns.declareOverdue.mutate({ idempotencyKey: key(), tagId: overdue!.id });
    expect(declared).toMatchObject({
      status: 'overdue',
      chargeback: { reason: 'not_returned', amountFen: world.cost.compressor },
    });
    expect(await codeOf(h.system.returns.declareOverdue.mutate({ idempotencyKey: key(), tagId: overdue!.id }))).toBe(
      'CONFLICT',
    );

    const shipment = await sp1.returns.createShipment.mutate({
      idempotencyKey: key(),
      tagIds: [overdue!.id],
      carrier: 'EMS',
      trackingNumber: 'EMS20261121',
    });
    const confirmed = await east.returns.confirmTags.mutate({
      idempotencyKey: key(),
      shipmentId: shipment.id,
      tags: [{ tagId: overdue!.id, outcome: 'missing' }],
    });
    expect(confirmed.chargebacks).toEqual([]);
    const late = await east.returns.recordLateArrival.mutate({ idempotencyKey: key(), tagId: overdue!.id });
    expect(late.chargeback).toMatchObject({ kind: 'reversal', reason: 'not_returned' });
    expect((await eventsOfTag(overdue!.id)).map((e) => [e.kind, e.reason, e.amountFen])).toEqual([
      ['chargeback', 'not_returned', world.cost.compressor],
      ['reversal', 'not_returned', -world.cost.compressor],
    ]);
  });

  it('warehouse staff scan labels and work their own queue of parts awaiting inspection', async () => {
    const queue = await east.returns.listTags.query({ status: 'received' });
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((t) => t.warehouseId === world.warehouses.east)).toBe(true);
    const central = await h.warehouse(world.warehouses.central);
    expect(await central.returns.listTags.query({ status: 'received' })).toEqual([]);

    const scanned = await east.returns.lookupTag.query({ barcode: queue[0]!.barcode });
    expect(scanned.id).toBe(queue[0]!.id);
    const misread = queue[0]!.barcode.replace('RT-', 'RX-');
    expect(await codeOf(east.returns.lookupTag.query({ barcode: misread }))).toBe('BAD_REQUEST');
  });

  it('settlement reads the chargeback outbox in order and acknowledges each event once', async () => {
    const { events } = await h.system.chargebacks.pending.query({ limit: 100 });
    expect(events.map((e) => [e.kind, e.reason])).toEqual([
      ['chargeback', 'missing'],
      ['chargeback', 'wrong_part'],
      ['chargeback', 'failed_inspection'],
      ['reversal', 'missing'],
      ['chargeback', 'not_returned'],
      ['reversal', 'not_returned'],
    ]);
    expect(events.map((e) => e.eventId)).toEqual([...events.map((e) => e.eventId)].sort((a, b) => a - b));
    expect(events.every((e) => e.businessDate === '2026-11-20' && e.providerId === world.providers.one)).toBe(true);

    const beforeAck = await exposure();
    const firstTwo = events.slice(0, 2).map((e) => e.eventId);
    expect(await h.system.chargebacks.acknowledge.mutate({ idempotencyKey: key(), eventIds: firstTwo })).toEqual({
      acknowledged: firstTwo,
      alreadyAcknowledged: [],
    });
    expect(await h.system.chargebacks.acknowledge.mutate({ idempotencyKey: key(), eventIds: firstTwo })).toEqual({
      acknowledged: [],
      alreadyAcknowledged: firstTwo,
    });
    expect((await h.system.chargebacks.pending.query({ limit: 100 })).events.map((e) => e.eventId)).toEqual(
      events.slice(2).map((e) => e.eventId),
    );
    // The acknowledged missing chargeback was already reversed; the wrong part's leaves exposure now.
    expect(beforeAck.openChargebacksFen - (await exposure()).openChargebacksFen).toBe(world.cost.compressor);

    const unknown = await h.call(
      'chargebacks.acknowledge',
      { idempotencyKey: key(), eventIds: [999_999] },
      await testTokens.role('system'),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['eventIds.0']);
    expect(await codeOf(sp1.chargebacks.pending.query({ limit: 10 }))).toBe('FORBIDDEN');
  });
});
