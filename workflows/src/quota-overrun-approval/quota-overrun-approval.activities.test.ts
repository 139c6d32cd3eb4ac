import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure, trpcError } from '../testing/fake-trpc.ts';
import { createQuotaOverrunActivities, type QuotaLinesClient } from './quota-overrun-approval.activities.ts';

function fakeSettlement(fail?: () => never) {
  const decision = () => fakeProcedure(() => (fail ? fail() : { status: 'posted' }));
  return { lines: { release: decision(), refuse: decision() } };
}

const env = activityEnvFor('quota-line:17');
const decideLine = (settlement: QuotaLinesClient, decision: 'release' | 'refuse', reason: string) =>
  env.run(createQuotaOverrunActivities({ log: quietLog, settlement }).decideQuotaLine, {
    lineId: 17,
    decision,
    reason,
  });

describe('quota overrun activities', () => {
  it('releases or refuses the line with a key derived from the workflow id and the decision', async () => {
    const settlement = fakeSettlement();
    await decideLine(settlement, 'release', 'approved by m-1');
    await decideLine(settlement, 'refuse', 'rejected by m-2');
    expect(settlement.lines.release.calls).toEqual([
      { idempotencyKey: 'quota-line:17:release', lineId: 17, reason: 'approved by m-1' },
    ]);
    expect(settlement.lines.refuse.calls).toEqual([
      { idempotencyKey: 'quota-line:17:refuse', lineId: 17, reason: 'rejected by m-2' },
    ]);
  });

  it('a reason longer than settlement keeps is cut to its 500 characters', async () => {
    const settlement = fakeSettlement();
    await decideLine(settlement, 'refuse', '长'.repeat(900));
    expect(settlement.lines.refuse.calls[0]!.reason).toBe('长'.repeat(500));
  });

  it('a line no longer waiting for a decision is a non-retryable failure; a service that fails stays retryable', async () => {
    const decided = fakeSettlement(() => {
      throw trpcError('PRECONDITION_FAILED', 'line 17 is not waiting for a quota decision (refused)');
    });
    await expect(decideLine(decided, 'release', 'approved')).rejects.toMatchObject({
      type: 'PRECONDITION_FAILED',
      nonRetryable: true,
    });
    const down = fakeSettlement(() => {
      throw trpcError('INTERNAL_SERVER_ERROR', 'Internal server error');
    });
    await expect(decideLine(down, 'refuse', 'over budget')).rejects.toThrow('Internal server error');
    await expect(decideLine(down, 'refuse', 'over budget')).rejects.not.toMatchObject({ nonRetryable: true });
  });
});
