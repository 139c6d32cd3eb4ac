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
  it('holds the lines beyond a provider’s monthly budget and starts, in the same transaction, a manager’s approval for each; the workflow releases or refuses each once', async () => {
    // Two lines of 17 904 fen fit a budget of 40 000; the third and fourth do not.
    await h.manager.quota.set.mutate({ idempotencyKey: key(), providerId: 'SP-Q', monthlyBudgetFen: 40_000 });
    const posted = [];
    for (let i = 0; i < 4; i++)
      posted.push(await h.system.lines.postForClaim.mutate(claimCompletion('SP-Q', '2026-11-10')));
    expect(posted.map((l) => l.status)).toEqual(['posted', 'posted', 'held_over_quota', 'held_over_quota']);
    // The lines within the budget start nothing; each held line starts its own quotaOverrunApproval.
    for (const line of posted.slice(0, 2)) expect(await h.workflowOutbox(`quota-line:${line.lineId}`)).toEqual([]);
    const startOf = (line: { lineId: number; claimId: string }, usedFen: number) => [
      {
        kind: 'start',
        workflowType: 'quotaOverrunApproval',
        state: 'pending',
        args: [
          {
            lineId: line.lineId,
            claimId: line.claimId,
            providerId: 'SP-Q',
            period: '2026-11',
            amountFen: 17_904,
            budgetFen: 40_000,
            usedFen,
          },
        ],
      },
    ];
    expect(await h.workflowOutbox(`quota-line:${posted[2]!.lineId}`)).toEqual(startOf(posted[2]!, 35_808));
    expect(await h.workflowOutbox(`quota-line:${posted[3]!.lineId}`)).toEqual(startOf(posted[3]!, 53_712));
    // Posting a held line's claim again returns the line and starts nothing more.
    const replayed = await h.system.lines.postForClaim.mutate({
      ...claimCompletion('SP-Q', '2026-11-10'),
      claimId: posted[3]!.claimId,
    });
    expect(replayed).toMatchObject({ lineId: posted[3]!.lineId, alreadyPosted: true });
    expect(await h.workflowOutbox(`quota-line:${posted[3]!.lineId}`)).toHaveLength(1);
    // Another month starts afresh.
    expect((await h.system.lines.postForClaim.mutate(claimCompletion('SP-Q', '2026-12-01'))).status).toBe('posted');
    expect((await h.finance.quota.held.query({ providerId: 'SP-Q' })).lines.map((l) => l.lineId)).toEqual([
      posted[2]!.lineId,
      posted[3]!.lineId,
    ]);

    // The manager decides in the approvals inbox; only the workflow (system) carries the decision out.
    await expect(
      h.manager.lines.release.mutate({ idempotencyKey: key(), lineId: posted[2]!.lineId, reason: 'flood season' }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    const released = await h.system.lines.release.mutate({
      idempotencyKey: key(),
      lineId: posted[2]!.lineId,
      reason: 'approved in the approvals inbox by manager m-1, level 1: flood season',
    });
    const refused = await h.system.lines.refuse.mutate({
      idempotencyKey: key(),
      lineId: posted[3]!.lineId,
      reason: 'rejected in the approvals inbox by manager m-1, level 1: over budget',
    });
    expect([released.status, refused.status]).toEqual(['posted', 'refused']);
    await expect(
      h.system.lines.release.mutate({ idempotencyKey: key(), lineId: posted[3]!.lineId, reason: 'changed my mind' }),
    ).rejects.toMatchObject({ data: { code: 'PRECONDITION_FAILED' } });
    const quota = await (await h.provider('SP-Q')).quota.get.query({ providerId: 'SP-Q', period: '2026-11' });
    expect(quota).toEqual({ providerId: 'SP-Q', period: '2026-11', monthlyBudgetFen: 40_000, usedFen: 3 * 17_904 });

    // The closed month carries the posted and released lines, never the refused one.
    const closed = await h.finance.periods.close.mutate({ idempotencyKey: key(), period: '2026-11' });
    expect(closed.statements.find((s) => s.providerId === 'SP-Q')!.linesFen).toBe(3 * 17_904);
  });
});
