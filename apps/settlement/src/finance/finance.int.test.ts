import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, type SettlementHarness } from '../../test/settlement-harness.ts';
import { claimCompletion, startWithDemoCard, statementUpTo } from '../../test/settlement-world.ts';

let h: SettlementHarness;

beforeAll(async () => {
  h = await startWithDemoCard(inject('postgresAdminUrl'));
});

afterAll(async () => {
  await h?.close();
});

describe('finance views, a page at a time', () => {
  it('payable per provider, cost per claim by category, model and part, chargebacks by month, aging', async () => {
    for (const [providerId, modelCode, partCode, category, operationCode] of [
      ['SP-F1', 'KFR-35', 'CMP-101', 'AC', 'R-COMPRESSOR'],
      ['SP-F1', 'KFR-35', 'PCB-7', 'AC', 'R-COMPRESSOR'],
      ['SP-F2', 'LED-55', 'PCB-7', 'TV', 'R-PCB-REPLACE'],
      ['SP-F3', 'LED-55', 'PCB-7', 'TV', 'R-DIAG'],
    ] as const) {
      await h.system.lines.postForClaim.mutate(
        claimCompletion(providerId, '2026-10-20', { modelCode, partCode, category, operationCode }),
      );
    }
    h.outbox.add({
      providerId: 'SP-F1',
      returnTagId: 1,
      kind: 'chargeback',
      reason: 'failed_inspection',
      amountFen: 4_000,
      reversesEventId: null,
      businessDate: '2026-10-05',
    });
    h.outbox.add({
      providerId: 'SP-F2',
      returnTagId: 2,
      kind: 'chargeback',
      reason: 'wrong_part',
      amountFen: 1_000,
      reversesEventId: null,
      businessDate: '2026-11-05',
    });
    await h.system.deductions.importChargebacks.mutate({ idempotencyKey: key() });

    const first = await h.finance.finance.payables.query({ limit: 2 });
    const second = await h.finance.finance.payables.query({ limit: 2, afterProviderId: first.next! });
    expect([...first.rows, ...second.rows].map((r) => r.providerId)).toEqual(['SP-F1', 'SP-F2', 'SP-F3']);
    expect(second.next).toBeNull();
    // AC compressor: 6000 fen/h × 150 min = 15 000 + travel 2250 + handling 3654 + fixed 3000 = 23 904.
    expect(first.rows[0]!.owedFen).toBe(2 * 23_904);

    const byModel = await h.finance.finance.costPerClaim.query({ by: 'model', from: '2026-10-01', to: '2026-10-31' });
    expect(byModel.rows).toEqual([
      { key: 'KFR-35', claims: 2, totalFen: 2 * 23_904, averageFen: 23_904 },
      { key: 'LED-55', claims: 2, totalFen: 17_904 + 11_404, averageFen: 14_654 },
    ]);
    const byPart = await h.finance.finance.costPerClaim.query({
      by: 'part',
      from: '2026-10-01',
      to: '2026-10-31',
      limit: 1,
    });
    expect(byPart).toEqual({
      rows: [{ key: 'CMP-101', claims: 1, totalFen: 23_904, averageFen: 23_904 }],
      next: 'CMP-101',
    });
    expect(
      (await h.finance.finance.costPerClaim.query({ by: 'category', from: '2026-10-01', to: '2026-10-31' })).rows.map(
        (r) => [r.key, r.claims],
      ),
    ).toEqual([
      ['AC', 2],
      ['TV', 2],
    ]);

    const months = await h.finance.finance.chargebacksOverTime.query({ from: '2026-01-01', to: '2026-12-31' });
    expect(months.rows.map((r) => [r.period, r.chargebacks, r.chargebackFen])).toEqual([
      ['2026-10', 1, 4_000],
      ['2026-11', 1, 1_000],
    ]);

    const { statementId } = await statementUpTo(h, await h.provider('SP-F4'), 'SP-F4', 'approved');
    const statement = await h.finance.statements.get.query({ statementId });
    const aging = await h.finance.finance.aging.query({ asOf: '2027-03-01' });
    expect(aging.rows.find((r) => r.providerId === 'SP-F4')).toMatchObject({
      statements: 1,
      over90Fen: statement.netPayableFen,
      days0to30Fen: 0,
    });
    const later = await h.finance.finance.aging.query({ asOf: statement.approvedOn! });
    expect(later.rows.find((r) => r.providerId === 'SP-F4')).toMatchObject({ days0to30Fen: statement.netPayableFen });
    await expect((await h.provider('SP-F1')).finance.payables.query({})).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });
});
