import { addDays, todayInChina } from '@sanbao/calendar';
import type { Kysely } from '@sanbao/db';
import type { ExceptionItem as SupervisedItem } from '@sanbao/workflows/contracts';
import type { PartsDatabase } from '../schema.ts';

/** Something gone wrong, for the exceptions supervision. */
export type ExceptionItem = SupervisedItem<'request_stuck' | 'return_overdue_no_chargeback'>;

const limit = 500;
/** The states a request passes through on its way; it should not sit in one for long. */
const movingStates = ['submitted', 'approved', 'reserved', 'shipped', 'partially_received'] as const;

export async function partsExceptions(
  db: Kysely<PartsDatabase>,
  now: Date,
  requestStuckSeconds: number,
): Promise<ExceptionItem[]> {
  const stuckBefore = new Date(now.getTime() - requestStuckSeconds * 1000);
  const requests = await db
    .selectFrom('partsRequests')
    .select(['id', 'requestNumber', 'providerId', 'status', 'updatedAt'])
    .where('status', 'in', movingStates)
    .where('updatedAt', '<', stuckBefore)
    .orderBy('updatedAt')
    .limit(limit)
    .execute();
  // Overdue from the day after the due date; still not sent back and not charged back.
  const lastDueDay = addDays(todayInChina(now), -1);
  const tags = await db
    .selectFrom('returnTags')
    .select(['id', 'tagNumber', 'providerId', 'dueOn', 'status'])
    .where('status', 'in', ['awaiting_return', 'overdue'])
    .where('dueOn', '<=', lastDueDay)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('chargebackEvents').select('id').whereRef('chargebackEvents.returnTagId', '=', 'returnTags.id'),
        ),
      ),
    )
    .orderBy('dueOn')
    .limit(limit)
    .execute();
  return [
    ...requests.map((r) => ({
      itemKey: `parts-request:${r.id}:${r.status}`,
      kind: 'request_stuck' as const,
      reference: r.requestNumber,
      providerId: r.providerId,
      summary: `parts request ${r.requestNumber} has been ${r.status} since ${r.updatedAt.toISOString()}`,
      since: r.updatedAt.toISOString(),
    })),
    ...tags.map((t) => ({
      itemKey: `return-tag:${t.id}:overdue`,
      kind: 'return_overdue_no_chargeback' as const,
      reference: t.tagNumber,
      providerId: t.providerId,
      summary: `old part ${t.tagNumber} was due back on ${t.dueOn} and is not charged back`,
      since: t.dueOn,
    })),
  ];
}
