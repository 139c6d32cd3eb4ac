import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, type SettlementHarness } from '../../test/settlement-harness.ts';
import { claimCompletion, startWithDemoCard } from '../../test/settlement-world.ts';

let h: SettlementHarness;

beforeAll(async () => {
  h = await startWithDemoCard(inject('postgresAdminUrl'));
});

afterAll(async () => {
  await h?.close();
});

describe('quota control (额度管控)', () => {
  it('holds the lines beyond a provider’s monthly budget for a manager, who releases or refuses each once', async () => {
    // Two lines of 17 904 fen fit a budget of 40 000; the third and fourth do not.
    await h.manager.quota.set.mutate({ idempotencyKey: key(), providerId: 'SP-Q', monthlyBudgetFen: 40_000 });
    const posted = [];
    for (let i = 0; i < 4; i++)
      posted.push(await h.system.lines.postForClaim.mutate(claimCompletion('SP-Q', '2026-11-10')));
    expect(posted.map((l) => l.status)).toEqual(['posted', 'posted', 'held_over_quota', 'held_over_quota']);
    await h.app.background.whenIdle();
    expect(h.quotaOverruns.map((o) => [o.lineId, o.usedFen, o.budgetFen])).toEqual([
      [posted[2]!.lineId, 35_808, 40_000],
      [posted[3]!.lineId, 53_712, 40_000],
    ]);
    // Another month starts afresh.
    expect((await h.system.lines.postForClaim.mutate(claimCompletion('SP-Q', '2026-12-01'))).status).toBe('posted');
    expect((await h.finance.quota.held.query({ providerId: 'SP-Q' })).lines.map((l) => l.lineId)).toEqual([
      posted[2]!.lineId,
      posted[3]!.lineId,
    ]);

    const released = await h.manager.lines.release.mutate({
      idempotencyKey: key(),
      lineId: posted[2]!.lineId,
      reason: 'flood season, approved',
    });
    const refused = await h.manager.lines.refuse.mutate({
      idempotencyKey: key(),
      lineId: posted[3]!.lineId,
      reason: 'over budget',
    });
    expect([released.status, refused.status]).toEqual(['posted', 'refused']);
    await expect(
      h.manager.lines.release.mutate({ idempotencyKey: key(), lineId: posted[3]!.lineId, reason: 'changed my mind' }),
    ).rejects.toMatchObject({ data: { code: 'PRECONDITION_FAILED' } });
    const quota = await (await h.provider('SP-Q')).quota.get.query({ providerId: 'SP-Q', period: '2026-11' });
    expect(quota).toEqual({ providerId: 'SP-Q', period: '2026-11', monthlyBudgetFen: 40_000, usedFen: 3 * 17_904 });

    // The closed month carries the posted and released lines, never the refused one.
    const closed = await h.finance.periods.close.mutate({ idempotencyKey: key(), period: '2026-11' });
    expect(closed.statements.find((s) => s.providerId === 'SP-Q')!.linesFen).toBe(3 * 17_904);
  });
});
