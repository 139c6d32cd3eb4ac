import { createHash } from 'node:crypto';
import { todayInChina } from '@sanbao/calendar';
import { inTransaction, type Kysely } from '@sanbao/db';
import { badRequest, canSee, conflict, listFilter, notFound, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { moneyStatusOf } from '../ledger/hold-status.ts';
import { postTransfer } from '../ledger/post-transfers.ts';
import { providerBooks } from '../ledger/provider-books.ts';
import { settlementPostings } from '../ledger/settlement-postings.ts';
import { lineById } from '../lines/lines.repository.ts';
import type { SettlementDatabase } from '../schema.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import type { ChargebackEvent } from './chargeback-outbox.ts';
import {
  deductionOfClaim,
  deductionsBySourceEvents,
  deductionsPage,
  insertDeduction,
  type DeductionRow,
} from './deductions.repository.ts';
import { deductionView } from './deductions.view.ts';

type Db = Kysely<SettlementDatabase>;

/** A part charged as "not back" may still arrive: the charge is held until the period closes, and its arrival voids it. */
const heldReasons = new Set(['missing', 'not_returned']);

const ackKeyOf = (eventIds: readonly number[]) =>
  `settlement-ack-${createHash('sha256').update(eventIds.join(',')).digest('hex').slice(0, 32)}`;

async function withStatus(db: Db, rows: DeductionRow[]) {
  const status = await moneyStatusOf(
    db,
    rows.map((r) => r.transferId),
  );
  return rows.map((r) => deductionView(r, status.get(r.transferId)!));
}

async function recordEvent(
  db: Db,
  event: ChargebackEvent,
  recordedBy: string,
  known: Map<number, DeductionRow>,
): Promise<DeductionRow | null> {
  if (known.has(event.eventId)) return null;
  const books = await providerBooks(db, event.providerId);
  const base = {
    providerId: event.providerId,
    businessDate: event.businessDate,
    sourceEventId: event.eventId,
    claimId: null,
    recordedBy,
  };
  if (event.kind === 'chargeback') {
    if (event.amountFen <= 0) throw new Error(`chargeback event ${event.eventId} charges ${event.amountFen} fen`);
    const held = heldReasons.has(event.reason);
    const transfer = await postTransfer(db, {
      kind: held ? 'pending' : 'posted',
      idempotencyKey: `chargeback:${event.eventId}`,
      reference: `chargeback-event:${event.eventId}`,
      description: `chargeback for return tag ${event.returnTagId} (${event.reason})`,
      legs: settlementPostings.chargeback(books, event.amountFen),
    });
    const row = await insertDeduction(db, {
      ...base,
      kind: 'chargeback',
      amountFen: event.amountFen,
      reason: event.reason,
      transferId: transfer.id,
      recreditsDeductionId: null,
    });
    if (row) known.set(event.eventId, row);
    return row;
  }
  // A reversal: the part came back after all. A held charge is voided; a posted one is credited back to
  // the payable (its receivable stays charged until a statement sets it off, so the two net to nothing).
  const charged =
    event.reversesEventId === null
      ? undefined
      : (known.get(event.reversesEventId) ??
        (await deductionsBySourceEvents(db, [event.reversesEventId])).get(event.reversesEventId));
  if (!charged)
    throw new Error(
      `reversal event ${event.eventId} reverses event ${event.reversesEventId}, which settlement never recorded`,
    );
  const status = (await moneyStatusOf(db, [charged.transferId])).get(charged.transferId);
  const transfer =
    status === 'held'
      ? await postTransfer(db, {
          kind: 'void_pending',
          idempotencyKey: `recredit:${event.eventId}`,
          pendingTransferId: charged.transferId,
          reference: `chargeback-event:${event.eventId}`,
        })
      : await postTransfer(db, {
          kind: 'posted',
          idempotencyKey: `recredit:${event.eventId}`,
          reference: `chargeback-event:${event.eventId}`,
          description: `re-credit: the part of return tag ${event.returnTagId} arrived`,
          legs: settlementPostings.lineAccrual(books, charged.amountFen),
        });
  const row = await insertDeduction(db, {
    ...base,
    kind: 'recredit',
    amountFen: charged.amountFen,
    reason: `part arrived: ${event.reason} charge reversed`,
    transferId: transfer.id,
    recreditsDeductionId: charged.id,
  });
  if (row) known.set(event.eventId, row);
  return row;
}

/**
 * Takes the parts service's pending chargeback events, in id order, into the ledger (one deduction per
 * event, ever), then acknowledges them once this transaction has committed. Events recorded by an
 * earlier import whose acknowledgement was lost are acknowledged again under the same key, so the parts
 * service sees each acknowledgement once.
 */
export async function importChargebacks(
  deps: SettlementDeps,
  input: { maxEvents: number },
  recordedBy: string,
  afterCommit: (work: () => void) => void,
) {
  const { db, chargebackOutbox } = deps;
  return inTransaction(db, async (trx) => {
    const recorded: DeductionRow[] = [];
    const acknowledge: number[] = [];
    let afterId: number | undefined;
    while (acknowledge.length < input.maxEvents) {
      const page = await chargebackOutbox.pending({
        limit: Math.min(500, input.maxEvents - acknowledge.length),
        ...(afterId === undefined ? {} : { afterId }),
      });
      if (page.length === 0) break;
      const known = await deductionsBySourceEvents(
        trx,
        page.map((e) => e.eventId),
      );
      for (const event of page) {
        const row = await recordEvent(trx, event, recordedBy, known);
        if (row) recorded.push(row);
        acknowledge.push(event.eventId);
      }
      afterId = page.at(-1)!.eventId;
    }
    if (acknowledge.length)
      afterCommit(() => deps.background.run(() => chargebackOutbox.acknowledge(acknowledge, ackKeyOf(acknowledge))));
    return { recorded: await withStatus(trx, recorded), acknowledging: acknowledge };
  });
}

/** A penalty for a claim completed after its SLA: fen per day late up to the cap, at most once per claim. */
export async function recordSlaPenalty(
  deps: SettlementDeps,
  input: { claimId: string; providerId: string; businessDate: string; daysLate: number },
  recordedBy: string,
) {
  const { fenPerDay, capFen } = deps.slaPenalty;
  const amountFen = Math.min(input.daysLate * fenPerDay, capFen);
  if (amountFen <= 0)
    throw badRequest('daysLate', 'SLA penalties are turned off (SLA_PENALTY_FEN_PER_DAY or SLA_PENALTY_CAP_FEN is 0)');
  return inTransaction(deps.db, async (trx) => {
    const existing = await deductionOfClaim(trx, input.claimId, 'sla_penalty');
    if (existing) {
      if (existing.providerId !== input.providerId || existing.amountFen !== amountFen)
        throw conflict(`claim ${input.claimId} already carries an SLA penalty of ${existing.amountFen} fen`);
      return (await withStatus(trx, [existing]))[0]!;
    }
    const books = await providerBooks(trx, input.providerId);
    const transfer = await postTransfer(trx, {
      kind: 'posted',
      idempotencyKey: `sla-penalty:${input.claimId}`,
      reference: `claim:${input.claimId}`,
      description: `SLA penalty: ${input.daysLate} day(s) late × ${fenPerDay} fen, capped at ${capFen} fen`,
      legs: settlementPostings.chargeback(books, amountFen),
    });
    const row = await insertDeduction(trx, {
      providerId: input.providerId,
      kind: 'sla_penalty',
      amountFen,
      businessDate: input.businessDate,
      sourceEventId: null,
      claimId: input.claimId,
      reason: `completed ${input.daysLate} day(s) after its SLA`,
      transferId: transfer.id,
      recreditsDeductionId: null,
      recordedBy,
    });
    return (await withStatus(trx, [row!]))[0]!;
  });
}

/** A claim settled twice: the duplicate line's accrual is reversed in the ledger, once. */
export async function reverseDuplicateLine(
  deps: SettlementDeps,
  input: { lineId: number; duplicateOfClaimId: string; reason: string },
  recordedBy: string,
) {
  return inTransaction(deps.db, async (trx) => {
    const line = await lineById(trx, input.lineId);
    if (!line) throw notFound('settlement line');
    if (line.claimId === input.duplicateOfClaimId)
      throw badRequest('duplicateOfClaimId', 'a claim cannot duplicate itself');
    const existing = await deductionOfClaim(trx, line.claimId, 'duplicate_reversal');
    if (existing) return (await withStatus(trx, [existing]))[0]!;
    if (line.transferId === null)
      throw badRequest('lineId', `line ${line.id} paid nothing: there is nothing to reverse`);
    const transfer = await postTransfer(trx, {
      kind: 'reversal',
      idempotencyKey: `duplicate:${line.id}`,
      reversesTransferId: line.transferId,
      reference: `claim:${line.claimId}`,
      description: `claim ${line.claimId} duplicates ${input.duplicateOfClaimId}: ${input.reason}`,
    });
    const row = await insertDeduction(trx, {
      providerId: line.providerId,
      kind: 'duplicate_reversal',
      amountFen: line.amountFen,
      businessDate: todayInChina(deps.clock()),
      sourceEventId: null,
      claimId: line.claimId,
      reason: `duplicates claim ${input.duplicateOfClaimId}: ${input.reason}`,
      transferId: transfer.id,
      recreditsDeductionId: null,
      recordedBy,
    });
    return (await withStatus(trx, [row!]))[0]!;
  });
}

export async function listDeductions(
  db: Db,
  user: AuthUser,
  input: { providerId?: string | undefined; beforeId?: number | undefined; limit: number },
) {
  const { providerId } = listFilter(user, input);
  const rows = await deductionsPage(db, { ...input, providerId });
  const views = await withStatus(db, rows);
  return {
    deductions: views.filter((d) => canSee(tenancyOf(user), d)),
    nextBeforeId: rows.length === input.limit ? rows.at(-1)!.id : null,
  };
}
