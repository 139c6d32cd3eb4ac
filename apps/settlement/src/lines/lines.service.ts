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
import { lineView } from './lines.view.ts';

type Db = Kysely<SettlementDatabase>;

export interface ClaimCompletion extends LineInputs {
  claimId: string;
  providerId: string;
  completedOn: string;
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

/** A second posting for a claim returns the first line; the same claim with other work is a CONFLICT. */
function alreadyPosted(line: StoredLine, completion: ClaimCompletion) {
  if (!sameWork(line, completion))
    throw conflict(`claim ${completion.claimId} was already settled as line ${line.id} with other inputs`);
  return { ...lineView(line), alreadyPosted: true };
}

/**
 * The claim workflow's settlement hook: one line per claim, computed from the rate card in force on the
 * claim's completion date, stored with its inputs, and accrued in the ledger (warranty expense owed to
 * the provider) in the same transaction. Posting a claim again returns its line.
 */
export async function postLineForClaim(db: Db, completion: ClaimCompletion) {
  return inTransaction(db, async (trx) => {
    const existing = await lineOfClaim(trx, completion.claimId);
    if (existing) return alreadyPosted(existing, completion);
    const version = await rateCardInForce(trx, completion.completedOn);
    if (!version) throw noCardInForce('completedOn', completion.completedOn);
    const { claimId, providerId, completedOn, ...inputs } = completion;
    const computation = computeLine(version, inputs);
    let transferId: number | null = null;
    if (computation.amountFen > 0) {
      const books = await providerBooks(trx, providerId);
      // Keyed by the claim: a concurrent posting of the same claim waits here, then replays this transfer.
      const transfer = await postTransfer(trx, {
        kind: 'posted',
        idempotencyKey: `line:${claimId}`,
        reference: `claim:${claimId}`,
        description: `settlement line for claim ${claimId}`,
        legs: settlementPostings.lineAccrual(books, computation.amountFen),
      });
      transferId = transfer.id;
    }
    const line = await insertLine(trx, { claimId, providerId, businessDate: completedOn, inputs, computation, transferId });
    if (!line) return alreadyPosted((await lineOfClaim(trx, claimId))!, completion);
    return { ...lineView(line), alreadyPosted: false };
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
    line: lineView(line),
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
  input: { providerId?: string | undefined; from?: string | undefined; to?: string | undefined; beforeId?: number | undefined; limit: number },
) {
  const { providerId } = listFilter(user, input);
  const rows = await linesPage(db, { ...input, providerId });
  return { lines: rows.map(lineView), nextBeforeId: rows.length === input.limit ? rows.at(-1)!.id : null };
}
