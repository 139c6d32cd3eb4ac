import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure, trpcError } from '../testing/fake-trpc.ts';
import { createOldPartReturnActivities } from './old-part-return.activities.ts';

const env = activityEnvFor('return-tag:5');

describe('old part return activities', () => {
  it('declares a tag overdue once per workflow: the key derives from the workflow id', async () => {
    const declareOverdue = fakeProcedure(() => ({
      status: 'overdue',
      chargeback: { kind: 'chargeback' as const, reason: 'not_returned' },
    }));
    const activities = createOldPartReturnActivities({ log: quietLog, parts: { returns: { declareOverdue } } });
    await expect(env.run(activities.declareReturnOverdue, 5)).resolves.toEqual({
      status: 'overdue',
      chargedBack: true,
    });
    await env.run(activities.declareReturnOverdue, 5);
    expect(declareOverdue.calls).toEqual([
      { idempotencyKey: 'return-tag:5:declare-overdue', tagId: 5 },
      { idempotencyKey: 'return-tag:5:declare-overdue', tagId: 5 },
    ]);
  });

  it('a tag that moved before its due date is a non-retryable refusal', async () => {
    const declareOverdue = fakeProcedure((): never => {
      throw trpcError('PRECONDITION_FAILED', 'RT-1 is due on 2026-11-29; it is not overdue until the day after');
    });
    const activities = createOldPartReturnActivities({ log: quietLog, parts: { returns: { declareOverdue } } });
    await expect(env.run(activities.declareReturnOverdue, 5)).rejects.toMatchObject({
      type: 'PRECONDITION_FAILED',
      nonRetryable: true,
    });
  });
});
