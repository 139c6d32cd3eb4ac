import { todayInChina } from '@sanbao/calendar';
import { inTransaction, type Kysely, listStateChanges, recordStateChanges } from '@sanbao/db';
import {
  actorOf,
  badRequest,
  canSee,
  forbidden,
  listFilter,
  notFound,
  preconditionFailed,
  tenancyOf,
} from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { postTransfer, postTransfers } from '../ledger/post-transfers.ts';
import { providerBooks } from '../ledger/provider-books.ts';
import { settlementPostings } from '../ledger/settlement-postings.ts';
import type { SettlementDatabase } from '../schema.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import { allocatedTo } from '../reconciliation/reconciliation.repository.ts';
import { periodBounds } from './period.ts';
import { statementTotals } from './statement-math.ts';
import {
  nextStatementState,
  statementTransitions,
  type StatementAction,
  type StatementActor,
} from './statement-states.ts';
import {
  disputesOf,
  heldDeductionsUpTo,
  insertDispute,
  insertItem,
  itemSums,
  itemsOf,
  lockPeriod,
  moveStatement,
  openStatementsWithItems,
  receivableDeductionsOf,
  recordReminder,
  resolveDisputeRow,
  setTotals,
  statementById,
  statementsByIds,
  statementsOfPeriod,
  statementsPage,
  type StatementRow,
} from './statements.repository.ts';
import { disputeView, statementItemView, statementView } from './statements.view.ts';

type Db = Kysely<SettlementDatabase>;

const actorRoleOf = (user: AuthUser): StatementActor =>
  user.role === 'provider' ? 'provider' : user.role === 'system' ? 'system' : 'finance';

/** Σ owed and Σ deducted from the statement's items, through the one statement arithmetic. */
async function recomputeTotals(db: Db, statements: readonly Pick<StatementRow, 'id' | 'vatRateBp'>[]): Promise<void> {
  const sums = await itemSums(
    db,
    statements.map((s) => s.id),
  );
  for (const s of statements) {
    const { owedFen, deductedFen } = sums.get(s.id)!;
    const t = statementTotals({ lines: [owedFen], deductions: [deductedFen], vatRateBp: s.vatRateBp });
    await setTotals(db, s.id, {
      linesFen: t.linesFen,
      deductionsFen: t.deductionsFen,
      netBeforeVatFen: t.netBeforeVatFen,
      vatFen: t.vatFen,
      netPayableFen: t.netPayableFen,
    });
  }
}

/**
 * Closes a month: chargebacks held on a return deadline up to its last day are posted, then every
 * provider with money waiting gets one draft statement carrying it (money recorded late for an earlier
 * month lands on the next statement). Closing again adds nothing: a provider with a statement for the
 * period is skipped, and money on a statement is never taken again.
 */
export async function closePeriod(deps: SettlementDeps, period: string, user: AuthUser) {
  const { last, monthKey } = periodBounds(period);
  return inTransaction(deps.db, async (trx) => {
    await lockPeriod(trx, period);
    const held = await heldDeductionsUpTo(trx, last);
    await postTransfers(
      trx,
      held.map((d) => ({
        kind: 'post_pending' as const,
        idempotencyKey: `close:${d.id}`,
        pendingTransferId: d.transferId,
        reference: `period:${period}`,
      })),
    );
    const ids = await openStatementsWithItems(trx, { period, end: last, monthKey, vatRateBp: deps.vatRateBp });
    const opened = await statementsByIds(trx, ids);
    await recomputeTotals(trx, opened);
    await recordStateChanges(
      trx,
      opened.map((s) => ({
        entity: 'statement' as const,
        entityId: s.id,
        fromState: null,
        toState: 'draft',
        ...actorOf(user),
        reason: `period ${period} closed`,
      })),
    );
    const all = await statementsOfPeriod(trx, period);
    return { period, opened: ids.length, heldChargebacksPosted: held.length, statements: all.map(statementView) };
  });
}

/** Loads a statement the caller may act on, locked; another provider's statement is not found. */
async function actOn(db: Db, user: AuthUser, statementId: number): Promise<StatementRow> {
  const statement = await statementById(db, statementId, { forUpdate: true });
  if (!statement || !canSee(tenancyOf(user), statement)) throw notFound('statement');
  return statement;
}

async function move(
  db: Db,
  user: AuthUser,
  statement: StatementRow,
  action: StatementAction,
  change: Parameters<typeof moveStatement>[2] = {},
  guards: { openDisputes?: number } = {},
  reason?: string,
) {
  const actor = actorRoleOf(user);
  const result = nextStatementState(statement.state, action, actor, guards);
  if (!result.ok) {
    const allowed = statementTransitions.some((t) => t.from === statement.state && t.action === action);
    throw allowed &&
      !statementTransitions.some((t) => t.from === statement.state && t.action === action && t.by.includes(actor))
      ? forbidden(result.reason)
      : preconditionFailed(result.reason);
  }
  const moved = await moveStatement(db, statement.id, { ...change, state: result.to });
  await recordStateChanges(db, [
    {
      entity: 'statement',
      entityId: statement.id,
      fromState: statement.state,
      toState: result.to,
      ...actorOf(user),
      reason: reason ?? null,
    },
  ]);
  return moved;
}

export async function issueStatement(deps: SettlementDeps, user: AuthUser, statementId: number) {
  return inTransaction(deps.db, async (trx) => {
    const s = await actOn(trx, user, statementId);
    return statementView(await move(trx, user, s, 'issue', { issuedOn: todayInChina(deps.clock()) }));
  });
}

/** The provider confirms; the settlement cycle (system) confirms a statement left unanswered. */
export async function confirmStatement(deps: SettlementDeps, user: AuthUser, statementId: number) {
  return inTransaction(deps.db, async (trx) => {
    const s = await actOn(trx, user, statementId);
    const action = user.role === 'system' ? 'autoConfirm' : 'confirm';
    return statementView(
      await move(
        trx,
        user,
        s,
        action,
        {},
        {},
        action === 'autoConfirm' ? 'no answer within the confirmation period' : undefined,
      ),
    );
  });
}

/**
 * The settlement cycle reminds the provider to confirm or dispute an issued statement: the reminder is
 * recorded on the statement. A statement already answered is left as it is (the answer crossed the reminder).
 */
export async function remindStatement(deps: SettlementDeps, user: AuthUser, statementId: number) {
  return inTransaction(deps.db, async (trx) => {
    const s = await actOn(trx, user, statementId);
    return statementView(s.state === 'issued' ? await recordReminder(trx, s.id, deps.clock()) : s);
  });
}

/** The provider disputes lines of its statement: the extra it claims for each is held until finance resolves it. */
export async function disputeStatement(
  deps: SettlementDeps,
  user: AuthUser,
  input: { statementId: number; lines: { lineId: number; reason: string; claimedFen: number }[] },
) {
  return inTransaction(deps.db, async (trx) => {
    const s = await actOn(trx, user, input.statementId);
    const onStatement = new Set((await itemsOf(trx, s.id)).filter((i) => i.kind === 'line').map((i) => i.lineId));
    input.lines.forEach((l, i) => {
      if (!onStatement.has(l.lineId))
        throw badRequest(`lines.${i}.lineId`, `line ${l.lineId} is not on statement ${s.number}`);
    });
    const moved = await move(
      trx,
      user,
      s,
      'dispute',
      {},
      {},
      input.lines.map((l) => `line ${l.lineId}: ${l.reason}`).join('; '),
    );
    const books = await providerBooks(trx, s.providerId);
    for (const l of input.lines) {
      const hold = await postTransfer(trx, {
        kind: 'pending',
        idempotencyKey: `dispute:${s.id}:${l.lineId}`,
        reference: `statement:${s.number}`,
        description: `disputed line ${l.lineId}: ${l.reason}`,
        legs: settlementPostings.lineAccrual(books, l.claimedFen),
      });
      await insertDispute(trx, {
        statementId: s.id,
        lineId: l.lineId,
        reason: l.reason,
        claimedFen: l.claimedFen,
        holdTransferId: hold.id,
      });
    }
    return { statement: statementView(moved), disputes: (await disputesOf(trx, s.id)).map(disputeView) };
  });
}

/**
 * Finance resolves one disputed line: granting the whole claim posts its hold; anything less voids the
 * hold and posts what is granted as an adjusting transfer. What is granted joins the statement.
 */
export async function resolveDispute(
  deps: SettlementDeps,
  user: AuthUser,
  input: { statementId: number; disputeId: number; grantedFen: number; resolution: string },
) {
  return inTransaction(deps.db, async (trx) => {
    const s = await actOn(trx, user, input.statementId);
    if (s.state !== 'disputed') throw preconditionFailed(`statement ${s.number} is ${s.state}, not disputed`);
    const dispute = (await disputesOf(trx, s.id)).find((d) => d.id === input.disputeId);
    if (!dispute) throw notFound('dispute');
    if (dispute.status !== 'open') throw preconditionFailed(`dispute ${dispute.id} is already resolved`);
    if (input.grantedFen > dispute.claimedFen)
      throw badRequest('grantedFen', `cannot grant more than the ${dispute.claimedFen} fen claimed`);
    const whole = input.grantedFen === dispute.claimedFen;
    await postTransfer(trx, {
      kind: whole ? 'post_pending' : 'void_pending',
      idempotencyKey: `dispute-resolve:${dispute.id}`,
      pendingTransferId: dispute.holdTransferId,
      reference: `statement:${s.number}`,
    });
    if (!whole && input.grantedFen > 0) {
      await postTransfer(trx, {
        kind: 'posted',
        idempotencyKey: `dispute-adjust:${dispute.id}`,
        reference: `statement:${s.number}`,
        description: `dispute ${dispute.id} on line ${dispute.lineId}: ${input.resolution}`,
        legs: settlementPostings.lineAccrual(await providerBooks(trx, s.providerId), input.grantedFen),
      });
    }
    if (input.grantedFen > 0)
      await insertItem(trx, {
        statementId: s.id,
        kind: 'adjustment',
        lineId: null,
        deductionId: null,
        disputeId: dispute.id,
        amountFen: input.grantedFen,
      });
    await resolveDisputeRow(trx, dispute.id, {
      grantedFen: input.grantedFen,
      resolution: input.resolution,
      resolvedBy: user.sub,
    });
    await recomputeTotals(trx, [s]);
    return {
      statement: statementView((await statementById(trx, s.id))!),
      disputes: (await disputesOf(trx, s.id)).map(disputeView),
    };
  });
}

/** Finance approves: VAT on the net and the set-off of deductions are posted against the provider's payable. */
export async function approveStatement(deps: SettlementDeps, user: AuthUser, statementId: number) {
  return inTransaction(deps.db, async (trx) => {
    const s = await actOn(trx, user, statementId);
    const openDisputes = (await disputesOf(trx, s.id)).filter((d) => d.status === 'open').length;
    const moved = await move(trx, user, s, 'approve', { approvedOn: todayInChina(deps.clock()) }, { openDisputes });
    const books = await providerBooks(trx, s.providerId);
    const requests = [
      { key: `statement-vat:${s.id}`, legs: settlementPostings.statementVat(books, s.vatFen), what: 'VAT' },
      {
        key: `statement-setoff:${s.id}`,
        legs: settlementPostings.deductionSetOff(books, await receivableDeductionsOf(trx, s.id)),
        what: 'deductions set off',
      },
    ].filter((r) => r.legs.length > 0);
    await postTransfers(
      trx,
      requests.map((r) => ({
        kind: 'posted' as const,
        idempotencyKey: r.key,
        reference: `statement:${s.number}`,
        description: `${r.what} on statement ${s.number}`,
        legs: r.legs,
      })),
    );
    return statementView(moved);
  });
}

/** Finance has sent the money: the payment is posted from the payable to cash. */
export async function markStatementPaid(deps: SettlementDeps, user: AuthUser, statementId: number) {
  return inTransaction(deps.db, async (trx) => {
    const s = await actOn(trx, user, statementId);
    const moved = await move(trx, user, s, 'pay', { paidFen: Math.max(0, s.netPayableFen) });
    await postStatementPayment(trx, s);
    return statementView(moved);
  });
}

/** The payment of what is still owed on a statement, once under its key. */
export async function postStatementPayment(db: Db, s: StatementRow): Promise<void> {
  // Bank payments already matched to it left the payable when they were imported.
  const legs = settlementPostings.payment(
    await providerBooks(db, s.providerId),
    Math.max(0, s.netPayableFen - (await allocatedTo(db, s.id))),
  );
  if (legs.length === 0) return;
  await postTransfer(db, {
    kind: 'posted',
    idempotencyKey: `statement-payment:${s.id}`,
    reference: `statement:${s.number}`,
    description: `payment of statement ${s.number}`,
    legs,
  });
}

export async function getStatement(db: Db, user: AuthUser, statementId: number) {
  const s = await statementById(db, statementId);
  if (!s || !canSee(tenancyOf(user), s)) throw notFound('statement');
  const [items, disputes, history] = await Promise.all([
    itemsOf(db, s.id),
    disputesOf(db, s.id),
    listStateChanges(db, 'statement', s.id),
  ]);
  return {
    ...statementView(s),
    items: items.map(statementItemView),
    disputes: disputes.map(disputeView),
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

export async function listStatements(
  db: Db,
  user: AuthUser,
  input: {
    providerId?: string | undefined;
    period?: string | undefined;
    state?: string | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  const { providerId } = listFilter(user, input);
  const rows = await statementsPage(db, {
    ...input,
    providerId,
    state: input.state as StatementRow['state'] | undefined,
  });
  return { statements: rows.map(statementView), nextBeforeId: rows.length === input.limit ? rows.at(-1)!.id : null };
}

export async function periodStatements(db: Db, period: string) {
  return { period, statements: (await statementsOfPeriod(db, period)).map(statementView) };
}
