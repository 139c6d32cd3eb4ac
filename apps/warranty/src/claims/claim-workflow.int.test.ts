import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, roleClients, startWarranty, type WarrantyHarness } from '../../test/warranty-harness.ts';
import { catalogueModel, openQualityClaim, recordTwoFailedRepairs, sellUnit } from './claim-fixtures.test-support.ts';

// The harness runs no relay: the outbox rows each mutation wrote stay for the test to read.
let w: WarrantyHarness;
let admin: ReturnType<WarrantyHarness['client']>;
let provider: ReturnType<WarrantyHarness['client']>;
let manager: ReturnType<WarrantyHarness['client']>;

beforeAll(async () => {
  w = await startWarranty(inject('postgresAdminUrl'));
  ({ admin, manager, provider } = await roleClients(w));
  await catalogueModel(admin);
});
afterAll(() => w?.stop());

const outboxOf = (claimId: number) =>
  w.db
    .selectFrom('workflowOutbox')
    .select(['kind', 'workflowType', 'signalName', 'args', 'state'])
    .where('workflowId', '=', `claim:${claimId}`)
    .orderBy('id')
    .execute();

/** A TV that failed two repairs: the decision offers a free replacement and a depreciated refund. */
async function claimAfterTwoFailedRepairs(serial: string, sale: { priceFen: number; paidFen?: number }) {
  await sellUnit(admin, serial, sale);
  await recordTwoFailedRepairs(manager, serial);
  return openQualityClaim(provider, serial, '2024-06-09T10:00:00+08:00', { performanceFault: true });
}

describe('the warranty service tells claimApproval, through its outbox', () => {
  it('a chosen replacement starts claimApproval valued at the price paid, asked by whoever opened the claim; completion signals it', async () => {
    const claim = await claimAfterTwoFailedRepairs('TV55X-W001', { priceFen: 300_000 });
    expect(await outboxOf(claim.id)).toEqual([]);
    await provider.claims.chooseRemedy.mutate({ idempotencyKey: key(), claimId: claim.id, remedy: 'replace' });
    await manager.claims.requestApproval.mutate({ idempotencyKey: key(), claimId: claim.id });
    await manager.claims.approve.mutate({ idempotencyKey: key(), claimId: claim.id });
    // The provider reports the work done: the claim's workflow posts the settlement line from it.
    const work = { serviceType: 'C', operationCode: 'R-PCB-REPLACE', oneWayMeters: 23_400, partsCostFen: 0 } as const;
    await provider.claims.complete.mutate({ idempotencyKey: key(), claimId: claim.id, work });

    const rows = await outboxOf(claim.id);
    expect(rows.map(({ args: _, ...row }) => row)).toEqual([
      { kind: 'start', workflowType: 'claimApproval', signalName: null, state: 'pending' },
      { kind: 'signal', workflowType: null, signalName: 'claimCompleted', state: 'pending' },
    ]);
    expect(rows[0]!.args).toEqual([
      { claimId: claim.id, claimNo: claim.claimNo, remedy: 'replace', valueFen: 300_000, requestedBy: 'user-SP-001' },
    ]);
    expect(rows[1]!.args).toEqual([{ completedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), work }]);
  });

  it('a chosen refund is valued at the refund the decision offers; a refused choice writes nothing', async () => {
    const claim = await claimAfterTwoFailedRepairs('TV55X-W002', { priceFen: 300_000 });
    const refund = claim.adjudication!.decision.remedies.find((r) => r.kind === 'refund')!;
    await expect(
      provider.claims.chooseRemedy.mutate({ idempotencyKey: key(), claimId: claim.id, remedy: 'courtesy_car' }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
    expect(await outboxOf(claim.id)).toEqual([]);

    await provider.claims.chooseRemedy.mutate({ idempotencyKey: key(), claimId: claim.id, remedy: 'refund' });
    const [start] = await outboxOf(claim.id);
    expect(start!.args).toEqual([
      {
        claimId: claim.id,
        claimNo: claim.claimNo,
        remedy: 'refund',
        valueFen: refund.refundFen,
        requestedBy: 'user-SP-001',
      },
    ]);
    expect(refund.refundFen).toBeLessThan(300_000);
  });
});
