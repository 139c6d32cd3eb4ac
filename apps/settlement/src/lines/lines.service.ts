import { inTransaction, type Kysely } from '@sanbao/db';
import { canSee, conflict, listFilter, notFound, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { postTransfer } from '../ledger/post-transfers.ts';
import { providerBooks } from '../ledger/provider-books.ts';
import { settlementPostings } from '../ledger/settlement-postings.ts';
import { rateCardInForce, rateCardVersionsByIds } from '../rate-cards/rate-cards.repository.ts';
import { noCardInForce } from '../rate-cards/rate-cards.service.ts';
import type { SettlementDatabase } from '../schema.ts';
import { explainLine } from './explain-line.ts';
import { computeLine, type LineInputs } from './line-computation.ts';
import { insertLine, lineById, lineOfClaim, linesPage, type StoredLine } from './lines.repository.ts';
import { lineStatusOf, lineView } from './lines.view.ts';
import { moneyStatusOf } from '../ledger/hold-status.ts';
import { lockQuota, quotaOf, usedInPeriod } from '../quota/quota.repository.ts';
import { startQuotaOverrunApproval, type QuotaOverrun } from '../quota/quota-approval-workflow.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import { periodBounds, periodOf } from '../statements/period.ts';

type Db = Kysely<SettlementDatabase>;

export interface ClaimCompletion extends LineInputs {
  claimId: string;
  providerId: string;
  completedOn: string;
  modelCode?: string | undefined;
  partCode?: string | undefined;
}

const sameWork = (line: StoredLine, c: ClaimCompletion) =>
  line.providerId === c.providerId &&
  line.businessDate === c.completedOn &&
  line.serviceType === c.serviceType &&
  line.operationCode === c.operationCode &&
  line.category === c.category &&
  line.grade === c.grade &&
  line.region === c.region &&
  line.oneWayMeters === c.oneWayMeters &&
  line.partsCostFen === c.partsCostFen;

/** Lines with their status, read from the ledger. */
export async function linesWithStatus(db: Db, lines: readonly StoredLine[]) {
  const money = await moneyStatusOf(
    db,
    lines.flatMap((l) => (l.transferId === null ? [] : [l.transferId])),
  );
  return lines.map((l) => lineView(l, lineStatusOf(l.transferId === null ? undefined : money.get(l.transferId))));
}

/** A second posting for a claim returns the first line; the same claim with other work is a CONFLICT. */
async function alreadyPosted(db: Db, line: StoredLine, completion: ClaimCompletion) {
  if (!sameWork(line, completion))
    throw conflict(`claim ${completion.claimId} was already settled as line ${line.id} with other inputs`);
  return { ...(await linesWithStatus(db, [line]))[0]!, alreadyPosted: true };
}

/**
 * The claim workflow's settlement hook: one line per claim, computed from the rate card in force on the
 * claim's completion date, stored with its inputs, and accrued in the ledger (warranty expense owed to
 * the provider) in the same transaction. Posting a claim again returns its line. A line that takes the
 * provider beyond its monthly budget is held (a pending transfer) and, in the same transaction, sent to
 * a manager's decision in the approvals inbox (the workflow outbox).
 */
export async function postLineForClaim(deps: Pick<SettlementDeps, 'db'>, completion: ClaimCompletion) {
  return inTransaction(deps.db, async (trx) => {
    const existing = await lineOfClaim(trx, completion.claimId);
    if (existing) return alreadyPosted(trx, existing, completion);
    const version = await rateCardInForce(trx, completion.completedOn);
    if (!version) throw noCardInForce('completedOn', completion.completedOn);
    const { claimId, providerId, completedOn, modelCode, partCode, ...inputs } = completion;
    const computation = computeLine(version, inputs);
    let transferId: number | null = null;
    let overrun: QuotaOverrun | null = null;
    if (computation.amountFen > 0) {
      const quota = await quotaOf(trx, providerId);
      if (quota) {
        const period = periodOf(completedOn);
        const { first, last } = periodBounds(period);
        await lockQuota(trx, providerId, period);
        const usedFen = await usedInPeriod(trx, providerId, first, last);
        if (usedFen + computation.amountFen > quota.monthlyBudgetFen)
          overrun = {
            lineId: 0,
            claimId,
            providerId,
            period,
            amountFen: computation.amountFen,
            budgetFen: quota.monthlyBudgetFen,
            usedFen,
          };
      }
      const books = await providerBooks(trx, providerId);
      // Keyed by the claim: a concurrent posting of the same claim waits here, then replays this transfer.
      const transfer = await postTransfer(trx, {
        kind: overrun ? 'pending' : 'posted',
        idempotencyKey: `line:${claimId}`,
        reference: `claim:${claimId}`,
        description: `settlement line for claim ${claimId}`,
        legs: settlementPostings.lineAccrual(books, computation.amountFen),
      });
      transferId = transfer.id;
    }
    const line = await insertLine(trx, {
      claimId,
      providerId,
      businessDate: completedOn,
      inputs,
      computation,
      transferId,
      modelCode,
      partCode,
    });
    if (!line) return alreadyPosted(trx, (await lineOfClaim(trx, claimId))!, completion);
    if (overrun) await startQuotaOverrunApproval(trx, { ...overrun, lineId: line.id });
    return { ...(await linesWithStatus(trx, [line]))[0]!, alreadyPosted: false };
  });
}

async function visibleLine(db: Db, user: AuthUser, lineId: number) {
  const line = await lineById(db, lineId);
  if (!line || !canSee(tenancyOf(user), line)) throw notFound('settlement line');
  return line;
}

/** Recomputes a line from its stored inputs and its own rate-card version, to the fen, with the formula. */
export async function explainLineById(db: Db, user: AuthUser, lineId: number) {
  const line = await visibleLine(db, user, lineId);
  const version = (await rateCardVersionsByIds(db, [line.rateCardVersionId])).get(line.rateCardVersionId)!;
  const { recomputed, reproduces } = explainLine(line, version);
  return {
    line: (await linesWithStatus(db, [line]))[0]!,
    rateCard: { rateCardVersionId: version.id, effectiveFrom: version.effectiveFrom },
    recomputedFen: recomputed.amountFen,
    reproduces,
    formula: recomputed.components.map((c) => `${c.kind}: ${c.formula} = ${c.amountFen} fen`),
    components: recomputed.components,
    rounding: recomputed.rounding,
    notes: recomputed.notes,
  };
}

export async function listLines(
  db: Db,
  user: AuthUser,
  input: {
    providerId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  const { providerId } = listFilter(user, input);
  const rows = await linesPage(db, { ...input, providerId });
  return { lines: await linesWithStatus(db, rows), nextBeforeId: rows.length === input.limit ? rows.at(-1)!.id : null };
}
