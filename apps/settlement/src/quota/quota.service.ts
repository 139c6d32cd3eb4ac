import { inTransaction, type Kysely, recordStateChanges } from '@sanbao/db';
import { canSee, listFilter, notFound, preconditionFailed, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { moneyStatusOf } from '../ledger/hold-status.ts';
import { postTransfer } from '../ledger/post-transfers.ts';
import { lineById, type StoredLine } from '../lines/lines.repository.ts';
import { lineStatusOf, lineView } from '../lines/lines.view.ts';
import type { SettlementDatabase } from '../schema.ts';
import { periodBounds } from '../statements/period.ts';
import { decisionOf, heldLineIds, insertDecision, quotaOf, upsertQuota, usedInPeriod } from './quota.repository.ts';

type Db = Kysely<SettlementDatabase>;

export async function setQuota(db: Db, user: AuthUser, input: { providerId: string; monthlyBudgetFen: number }) {
  await upsertQuota(db, { ...input, setBy: user.sub });
  return { providerId: input.providerId, monthlyBudgetFen: input.monthlyBudgetFen };
}

/** The provider's budget and what its lines of the month use of it (held lines included). */
export async function getQuota(db: Db, user: AuthUser, input: { providerId: string; period: string }) {
  const { providerId } = listFilter(user, input);
  const { first, last } = periodBounds(input.period);
  const [quota, usedFen] = await Promise.all([quotaOf(db, providerId!), usedInPeriod(db, providerId!, first, last)]);
  return {
    providerId: input.providerId,
    period: input.period,
    monthlyBudgetFen: quota?.monthlyBudgetFen ?? null,
    usedFen,
  };
}

/**
 * A manager's decision on a line held over quota: released posts its hold (the provider is owed it),
 * refused voids it. Once per line.
 */
export async function decideHeldLine(
  db: Db,
  user: AuthUser,
  lineId: number,
  decision: 'released' | 'refused',
  reason: string,
) {
  return inTransaction(db, async (trx) => {
    const line = await lineById(trx, lineId);
    if (!line || !canSee(tenancyOf(user), line)) throw notFound('settlement line');
    const status =
      line.transferId === null ? undefined : (await moneyStatusOf(trx, [line.transferId])).get(line.transferId);
    const decided = await decisionOf(trx, lineId);
    if (status !== 'held' || decided)
      throw preconditionFailed(
        `line ${lineId} is not waiting for a quota decision (${decided?.decision ?? lineStatusOf(status)})`,
      );
    const transfer = await postTransfer(trx, {
      kind: decision === 'released' ? 'post_pending' : 'void_pending',
      idempotencyKey: `quota-decision:${lineId}`,
      pendingTransferId: line.transferId!,
      reference: `claim:${line.claimId}`,
    });
    await insertDecision(trx, { lineId, decision, reason, decidedBy: user.sub, transferId: transfer.id });
    await recordStateChanges(trx, [
      {
        entity: 'settlement_line',
        entityId: lineId,
        fromState: 'held_over_quota',
        toState: decision,
        actor: user.sub,
        actorRole: user.role,
        reason,
      },
    ]);
    return lineView(line, decision === 'released' ? 'posted' : 'refused');
  });
}

export async function heldLines(db: Db, input: { providerId?: string | undefined; limit: number }) {
  const ids = await heldLineIds(db, input.providerId, input.limit);
  const lines = (await Promise.all(ids.map((id) => lineById(db, id)))).filter((l): l is StoredLine => l !== null);
  return { lines: lines.map((l) => lineView(l, 'held_over_quota')) };
}
