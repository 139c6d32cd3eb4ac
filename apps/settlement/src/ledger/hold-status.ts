import type { Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../schema.ts';
import { followUpsOf, transfersByIds } from './ledger.repository.ts';

/** posted: money moved (directly, or a hold later posted); held: a pending transfer still open; voided: a hold let go. */
export type MoneyStatus = 'posted' | 'held' | 'voided';

/** What became of each transfer: read from the ledger, never stored twice. */
export async function moneyStatusOf(
  db: Kysely<SettlementDatabase>,
  transferIds: readonly number[],
): Promise<Map<number, MoneyStatus>> {
  const ids = [...new Set(transferIds)];
  const transfers = await transfersByIds(db, ids);
  const pendingIds = transfers.filter((t) => t.kind === 'pending').map((t) => t.id);
  const resolutions = new Map(
    (await followUpsOf(db, pendingIds))
      .filter((f) => f.pendingTransferId !== null)
      .map((f) => [f.pendingTransferId!, f.kind]),
  );
  return new Map(
    transfers.map((t) => {
      if (t.kind !== 'pending') return [t.id, 'posted'] as const;
      const resolution = resolutions.get(t.id);
      return [
        t.id,
        resolution === 'post_pending' ? 'posted' : resolution === 'void_pending' ? 'voided' : 'held',
      ] as const;
    }),
  );
}
