import { todayInChina } from '@sanbao/calendar';
import { codeOf, testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, type PartsClient, type PartsHarness } from '../../test/parts-harness.ts';
import {
  receiveStock,
  requestUpTo,
  shipping,
  startSeededParts,
  upsertProvider,
  world,
} from '../../test/parts-world.ts';

// The harness runs no relay: the outbox rows each mutation wrote stay for the test to read.
let h: PartsHarness;
let sp1: PartsClient;

beforeAll(async () => {
  ({ h, sp1 } = await startSeededParts(inject('postgresAdminUrl'), {
    stock: { [world.parts.compressor]: 50 },
  }));
});

afterAll(async () => {
  await h?.close();
});

const outboxOf = (workflowId: string) =>
  h.db
    .selectFrom('workflowOutbox')
    .select(['kind', 'workflowType', 'signalName', 'args', 'state'])
    .where('workflowId', '=', workflowId)
    .orderBy('id')
    .execute();

describe('the parts service tells the approval workflows, through its outbox', () => {
  it('a submitted request starts partsRequestApproval with its id and who submitted it; shipment and receipts signal it', async () => {
    const r = await requestUpTo(h, sp1, 'shipped', { lines: [{ partCode: world.parts.compressor, quantity: 2 }] });
    await sp1.requests.recordReceipt.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      lines: [{ lineId: r.lines[0]!.id, quantity: 1 }],
    });
    await sp1.requests.recordReceipt.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      lines: [{ lineId: r.lines[0]!.id, quantity: 1 }],
    });
    expect(await outboxOf(`parts-request:${r.id}`)).toEqual([
      {
        kind: 'start',
        workflowType: 'partsRequestApproval',
        signalName: null,
        args: [{ requestId: r.id, requestedBy: `user-${world.providers.one}` }],
        state: 'pending',
      },
      {
        kind: 'signal',
        workflowType: null,
        signalName: 'shipped',
        args: [{ carrier: '顺丰', trackingNumber: 'SF1234567890' }],
        state: 'pending',
      },
      {
        kind: 'signal',
        workflowType: null,
        signalName: 'received',
        args: [{ fullyReceived: false }],
        state: 'pending',
      },
      { kind: 'signal', workflowType: null, signalName: 'received', args: [{ fullyReceived: true }], state: 'pending' },
    ]);
  });

  it('a refused change writes nothing to the outbox', async () => {
    const r = await requestUpTo(h, sp1, 'submitted', {
      purpose: 'stock',
      lines: [{ partCode: world.parts.fan, quantity: 1 }],
    });
    expect(await codeOf(sp1.requests.submit.mutate({ idempotencyKey: key(), requestId: r.id }))).toBe('CONFLICT');
    expect(
      await codeOf(h.system.requests.markShipped.mutate({ idempotencyKey: key(), requestId: r.id, ...shipping })),
    ).toBe('CONFLICT');
    expect((await outboxOf(`parts-request:${r.id}`)).map((row) => row.kind)).toEqual(['start']);
  });

  it('stock received in a warehouse signals stockArrived to the approved requests there that need that part, and only those', async () => {
    const waiting = await requestUpTo(h, sp1, 'approved', {
      purpose: 'stock',
      lines: [
        { partCode: world.parts.fan, quantity: 1 },
        { partCode: world.parts.board, quantity: 1 },
      ],
    });
    const otherPart = await requestUpTo(h, sp1, 'approved', {
      purpose: 'stock',
      lines: [{ partCode: world.parts.board, quantity: 1 }],
    });
    const notYetApproved = await requestUpTo(h, sp1, 'submitted', {
      purpose: 'stock',
      lines: [{ partCode: world.parts.fan, quantity: 1 }],
    });
    const otherWarehouse = await requestUpTo(h, sp1, 'draft', {
      purpose: 'stock',
      lines: [{ partCode: world.parts.fan, quantity: 1 }],
    });
    await h.db
      .updateTable('partsRequests')
      .set({ warehouseId: world.warehouses.central, status: 'approved' })
      .where('id', '=', otherWarehouse.id)
      .execute();

    await receiveStock(h, world.warehouses.east, world.parts.fan, 5);
    const signals = async (id: number) =>
      (await outboxOf(`parts-request:${id}`)).filter((row) => row.kind === 'signal');
    expect(await signals(waiting.id)).toEqual([
      {
        kind: 'signal',
        workflowType: null,
        signalName: 'stockArrived',
        args: [{ warehouseId: world.warehouses.east, partCodes: [world.parts.fan] }],
        state: 'pending',
      },
    ]);
    expect(await signals(otherPart.id)).toEqual([]);
    expect(await signals(notYetApproved.id)).toEqual([]);
    expect(await signals(otherWarehouse.id)).toEqual([]);
  });

  it('each return tag issued starts oldPartReturn; shipment, confirmation, late arrival and inspection signal it', async () => {
    const r = await requestUpTo(h, sp1, 'received', { lines: [{ partCode: world.parts.compressor, quantity: 2 }] });
    const consumedOn = todayInChina(new Date());
    const { tags } = await sp1.returns.reportConsumption.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      consumedOn,
      lines: [{ lineId: r.lines[0]!.id, quantity: 2 }],
    });
    const [back, lost] = tags;
    const east = await h.warehouse(world.warehouses.east);
    for (const tag of tags) {
      expect(await outboxOf(`return-tag:${tag.id}`)).toEqual([
        {
          kind: 'start',
          workflowType: 'oldPartReturn',
          signalName: null,
          args: [{ tagId: tag.id, tagNumber: tag.tagNumber, providerId: world.providers.one, dueOn: tag.dueOn }],
          state: 'pending',
        },
      ]);
    }
    const shipment = await sp1.returns.createShipment.mutate({
      idempotencyKey: key(),
      tagIds: [back!.id, lost!.id],
      carrier: 'EMS',
      trackingNumber: 'EMS1',
    });
    await east.returns.confirmTags.mutate({
      idempotencyKey: key(),
      shipmentId: shipment.id,
      tags: [
        { tagId: back!.id, outcome: 'received' },
        { tagId: lost!.id, outcome: 'missing' },
      ],
    });
    await east.returns.recordInspection.mutate({ idempotencyKey: key(), tagId: back!.id, outcome: 'defect_confirmed' });
    await east.returns.recordLateArrival.mutate({
      idempotencyKey: key(),
      tagId: lost!.id,
      note: 'found in a second parcel',
    });

    const signals = async (id: number) =>
      (await outboxOf(`return-tag:${id}`)).flatMap((row) =>
        row.kind === 'signal' ? [[row.signalName, row.args]] : [],
      );
    expect(await signals(back!.id)).toEqual([
      ['shipped', [{ shipmentId: shipment.id }]],
      ['partReceived', [{ outcome: 'received' }]],
      ['inspected', [{ outcome: 'defect_confirmed' }]],
    ]);
    expect(await signals(lost!.id)).toEqual([
      ['shipped', [{ shipmentId: shipment.id }]],
      ['partReceived', [{ outcome: 'missing' }]],
      ['partReceived', [{ outcome: 'received', late: true }]],
    ]);
  });
});

describe('an over-credit request decided in the approvals inbox', () => {
  it('the approval workflow (system) approves it for the manager named in decidedBy, and the audit trail names that manager', async () => {
    await upsertProvider(h, world.providers.two, { grade: 'C', creditLimitFen: 30_000 });
    const sp2 = await h.provider(world.providers.two);
    await requestUpTo(h, sp2, 'submitted', {
      claimId: world.claims.otherProviders,
      lines: [{ partCode: world.parts.compressor, quantity: 1 }],
    });
    const over = await requestUpTo(h, sp2, 'submitted', {
      claimId: world.claims.otherProviders,
      lines: [{ partCode: world.parts.compressor, quantity: 1 }],
    });
    expect(over.overCreditLimit).toBe(true);

    // Without a manager's decision the workflow may not approve it; a manager may not speak for another.
    expect(await codeOf(h.system.requests.approve.mutate({ idempotencyKey: key(), requestId: over.id }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect(
      await codeOf(
        h.manager.requests.approve.mutate({
          idempotencyKey: key(),
          requestId: over.id,
          decidedBy: { sub: 'manager-9', role: 'manager' },
        }),
      ),
    ).toBe('BAD_REQUEST');
    const notAManager = await h.call(
      'requests.approve',
      { idempotencyKey: key(), requestId: over.id, decidedBy: { sub: 'clerk-1', role: 'provider' } },
      await testTokens.role('system'),
    );
    expect(notAManager.status).toBe(400);
    expect(notAManager.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['decidedBy.role']);
    expect((await sp2.requests.get.query({ requestId: over.id })).status).toBe('submitted');

    const approved = await h.system.requests.approve.mutate({
      idempotencyKey: key(),
      requestId: over.id,
      reason: 'long-standing provider',
      decidedBy: { sub: 'manager-7', role: 'manager' },
    });
    expect(approved.status).toBe('approved');
    const history = await sp2.requests.history.query({ requestId: over.id });
    expect(history.changes.at(-1)).toMatchObject({
      toState: 'approved',
      actor: 'manager-7',
      actorRole: 'manager',
      reason: 'long-standing provider; delivered by user-system',
    });
  });
});
