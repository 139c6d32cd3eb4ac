import { addDays, todayInChina } from '@sanbao/calendar';
import type { Kysely } from '@sanbao/db';
import type { ExceptionItem as SupervisedItem } from '@sanbao/workflows/contracts';
import type { WarrantyDatabase } from '../schema.ts';

/** Something gone wrong, for the exceptions supervision. */
export type ExceptionItem = SupervisedItem<'claim_overdue' | 'repair_over_15_days' | 'repair_over_30_days'>;

const limit = 500;
const openStates = ['opened', 'adjudicated', 'remedy_chosen', 'awaiting_approval', 'in_progress'] as const;
/** The contract's thresholds for a repair still running: 15 days, then 30. */
export const repairThresholdDays = [15, 30] as const;

export async function warrantyExceptions(
  db: Kysely<WarrantyDatabase>,
  now: Date,
  claimOpenSeconds: number,
): Promise<ExceptionItem[]> {
  const raisedBefore = new Date(now.getTime() - claimOpenSeconds * 1000);
  const claims = await db
    .selectFrom('claims')
    .select(['id', 'claimNo', 'providerId', 'state', 'raisedAt'])
    .where('state', 'in', openStates)
    .where('raisedAt', '<', raisedBefore)
    .orderBy('raisedAt')
    .limit(limit)
    .execute();
  const today = todayInChina(now);
  const repairs = await db
    .selectFrom('repairs')
    .innerJoin('soldUnits', 'soldUnits.id', 'repairs.unitId')
    .select(['repairs.id', 'repairs.providerId', 'repairs.sentOn', 'soldUnits.serial'])
    .where('repairs.completedOn', 'is', null)
    .where('repairs.sentOn', '<=', addDays(today, -repairThresholdDays[0]))
    .orderBy('repairs.sentOn')
    .limit(limit)
    .execute();
  return [
    ...claims.map((c) => ({
      itemKey: `claim:${c.id}:open`,
      kind: 'claim_overdue' as const,
      reference: c.claimNo,
      providerId: c.providerId,
      summary: `claim ${c.claimNo} is ${c.state}, raised ${c.raisedAt.toISOString()}`,
      since: c.raisedAt.toISOString(),
    })),
    ...repairs.flatMap((r) =>
      repairThresholdDays
        .filter((days) => r.sentOn <= addDays(today, -days))
        .map((days) => ({
          itemKey: `repair:${r.id}:${days}d`,
          kind: `repair_over_${days}_days` as ExceptionItem['kind'],
          reference: `${r.serial} repair ${r.id}`,
          providerId: r.providerId,
          summary: `repair of ${r.serial} sent on ${r.sentOn} is still running past ${days} days`,
          since: r.sentOn,
        })),
    ),
  ];
}
