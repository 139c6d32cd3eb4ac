import { daysBetween, todayInChina } from '@sanbao/calendar';
import { inTransaction, type Kysely } from '@sanbao/db';
import { preconditionFailed } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import type { PartsDeps } from '../parts-deps.ts';
import type { PartsDatabase } from '../schema.ts';
import type { inspectionInput, lateArrivalInput } from './returns.schemas.ts';
import { findTags } from './returns.repository.ts';
import { loadVisibleTag } from './returns.service.ts';
import { tagView } from './returns.view.ts';
import { applyTagEvent } from './tag-events.ts';

async function afterEvent(trx: Kysely<PartsDatabase>, result: Awaited<ReturnType<typeof applyTagEvent>>) {
  const [tag] = await findTags(trx, [result.tagId]);
  return { ...tagView(tag!), chargeback: result.chargeback };
}

/** A part reported missing, or overdue, turns up at the warehouse after all: its chargeback is reversed. */
export async function recordLateArrival(deps: PartsDeps, user: AuthUser, input: z.infer<typeof lateArrivalInput>) {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const tag = await loadVisibleTag(trx, user, input.tagId, true);
    return afterEvent(
      trx,
      await applyTagEvent(
        trx,
        user,
        tag,
        { kind: 'arrived_late' },
        { businessDate: todayInChina(now), field: 'tagId', reason: input.note, changes: { confirmedAt: now } },
      ),
    );
  });
}

/** The factory's verdict on a returned part; anything but a confirmed defect is charged back. */
export async function recordInspection(deps: PartsDeps, user: AuthUser, input: z.infer<typeof inspectionInput>) {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const tag = await loadVisibleTag(trx, user, input.tagId, true);
    const result = await applyTagEvent(
      trx,
      user,
      tag,
      { kind: 'inspected', outcome: input.outcome },
      {
        businessDate: todayInChina(now),
        field: 'tagId',
        reason: input.note,
        changes: { inspectionOutcome: input.outcome, inspectedAt: now },
      },
    );
    return afterEvent(trx, result);
  });
}

/** For the return workflow's due-date timer: a part not sent back by its due date is charged back. */
export async function declareOverdue(deps: PartsDeps, user: AuthUser, tagId: number) {
  const today = todayInChina(deps.clock());
  return inTransaction(deps.db, async (trx) => {
    const tag = await loadVisibleTag(trx, user, tagId, true);
    if (tag.status === 'awaiting_return' && daysBetween(tag.dueOn, today) <= 0) {
      throw preconditionFailed(`${tag.tagNumber} is due on ${tag.dueOn}; it is not overdue until the day after`);
    }
    return afterEvent(
      trx,
      await applyTagEvent(
        trx,
        user,
        tag,
        { kind: 'declared_overdue' },
        { businessDate: today, field: 'tagId', reason: `due on ${tag.dueOn}` },
      ),
    );
  });
}
