import { daysBetween, todayInChina } from '@sanbao/calendar';
import { inTransaction, type Updateable } from '@sanbao/db';
import { preconditionFailed } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import type { PartsDeps } from '../parts-deps.ts';
import type { ReturnTagTable } from '../schema.ts';
import type { TagEvent } from './return-states.ts';
import type { inspectionInput, lateArrivalInput } from './returns.schemas.ts';
import { findTags, type ReturnTagRow } from './returns.repository.ts';
import { loadVisibleTag } from './returns.service.ts';
import { tagView } from './returns.view.ts';
import { applyTagEvent } from './tag-events.ts';

interface Outcome {
  event: TagEvent;
  reason?: string | undefined;
  changes?: Updateable<ReturnTagTable>;
}

/**
 * One event on one visible tag, locked, in one transaction, dated today in China: the outcome is read
 * from the tag as it stands. Answers the tag as it now stands, with the chargeback the event made.
 */
async function onTag(
  deps: PartsDeps,
  user: AuthUser,
  tagId: number,
  outcomeOf: (tag: ReturnTagRow, now: Date, today: string) => Outcome,
) {
  const now = deps.clock();
  const businessDate = todayInChina(now);
  return inTransaction(deps.db, async (trx) => {
    const tag = await loadVisibleTag(trx, user, tagId, true);
    const { event, ...options } = outcomeOf(tag, now, businessDate);
    const result = await applyTagEvent(trx, user, tag, event, { ...options, businessDate, field: 'tagId' });
    const [after] = await findTags(trx, [result.tagId]);
    return { ...tagView(after!), chargeback: result.chargeback };
  });
}

/** A part reported missing, or overdue, turns up at the warehouse after all: its chargeback is reversed. */
export async function recordLateArrival(deps: PartsDeps, user: AuthUser, input: z.infer<typeof lateArrivalInput>) {
  return onTag(deps, user, input.tagId, (_tag, now) => ({
    event: { kind: 'arrived_late' },
    reason: input.note,
    changes: { confirmedAt: now },
  }));
}

/** The factory's verdict on a returned part; anything but a confirmed defect is charged back. */
export async function recordInspection(deps: PartsDeps, user: AuthUser, input: z.infer<typeof inspectionInput>) {
  return onTag(deps, user, input.tagId, (_tag, now) => ({
    event: { kind: 'inspected', outcome: input.outcome },
    reason: input.note,
    changes: { inspectionOutcome: input.outcome, inspectedAt: now },
  }));
}

/** For the return workflow's due-date timer: a part not sent back by its due date is charged back. */
export async function declareOverdue(deps: PartsDeps, user: AuthUser, tagId: number) {
  return onTag(deps, user, tagId, (tag, _now, today) => {
    if (tag.status === 'awaiting_return' && daysBetween(tag.dueOn, today) <= 0)
      throw preconditionFailed(`${tag.tagNumber} is due on ${tag.dueOn}; it is not overdue until the day after`);
    return { event: { kind: 'declared_overdue' }, reason: `due on ${tag.dueOn}` };
  });
}
