import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, type SettlementHarness } from '../../test/settlement-harness.ts';
import { claimCompletion, startWithDemoCard } from '../../test/settlement-world.ts';
import { balancesOf } from '../ledger/accounts.ts';
import { providerBooks } from '../ledger/provider-books.ts';
import { statementTotals } from './statement-math.ts';
import { formatStatementNumber } from './statement-number.ts';

let h: SettlementHarness;

const event = (providerId: string, change: Partial<Parameters<SettlementHarness['outbox']['add']>[0]>) =>
  h.outbox.add({
    providerId,
    returnTagId: 1,
    kind: 'chargeback',
    reason: 'failed_inspection',
    amountFen: 5_000,
    reversesEventId: null,
    businessDate: '2026-11-10',
    ...change,
  });

/** What the tables hold of statements: equal before and after means nothing was added. */
const statementRows = async () => ({
  statements: await h.db.selectFrom('statements').selectAll().orderBy('id').execute(),
  items: await h.db.selectFrom('statementItems').selectAll().orderBy('id').execute(),
  transfers: await h.db.selectFrom('ledgerTransfers').select(['id']).orderBy('id').execute(),
});

beforeAll(async () => {
  h = await startWithDemoCard(inject('postgresAdminUrl'));
});

afterAll(async () => {
  await h?.close();
});

describe('deductions and credits', () => {
  it('imports the chargeback outbox into the ledger and acknowledges each event exactly once, even when the acknowledgement is lost', async () => {
    const failed = event('SP-001', { reason: 'failed_inspection', amountFen: 5_000 });
    const missing = event('SP-001', { reason: 'missing', amountFen: 3_000 });
    const overdue = event('SP-001', { reason: 'not_returned', amountFen: 2_000 });
    h.outbox.failNextAcknowledge();
    const first = await h.system.deductions.importChargebacks.mutate({ idempotencyKey: key() });
    await h.app.background.whenIdle();
    expect(first.recorded.map((d) => [d.sourceEventId, d.status])).toEqual([
      [failed.eventId, 'posted'],
      [missing.eventId, 'held'],
      [overdue.eventId, 'held'],
    ]);
    expect([failed, missing, overdue].map((e) => h.outbox.acknowledgements(e.eventId))).toEqual([0, 0, 0]);
    // The late part of the overdue charge arrives before the period closes: its hold is voided.
    const arrived = event('SP-001', {
      kind: 'reversal',
      reason: 'not_returned',
      amountFen: -2_000,
      reversesEventId: overdue.eventId,
    });
    const second = await h.system.deductions.importChargebacks.mutate({ idempotencyKey: key() });
    const third = await h.system.deductions.importChargebacks.mutate({ idempotencyKey: key() });
    await h.app.background.whenIdle();
    expect(second.recorded.map((d) => [d.kind, d.sourceEventId])).toEqual([['recredit', arrived.eventId]]);
    expect(third).toEqual({ recorded: [], acknowledging: [] });
    expect([failed, missing, overdue, arrived].map((e) => h.outbox.acknowledgements(e.eventId))).toEqual([1, 1, 1, 1]);
    const { deductions } = await h.finance.deductions.list.query({ providerId: 'SP-001' });
    expect(deductions.find((d) => d.sourceEventId === overdue.eventId)!.status).toBe('voided');
  });

  it('SLA penalties are configured per day late, capped, once per claim', async () => {
    const penalty = (caller: SettlementHarness['system'], claimId: string, providerId: string, daysLate: number) =>
      caller.deductions.recordSlaPenalty.mutate({
        idempotencyKey: key(),
        claimId,
        providerId,
        businessDate: '2026-11-12',
        daysLate,
      });
    const late = await penalty(h.system, 'WC-LATE', 'SP-001', 3);
    expect(late.amountFen).toBe(6_000);
    const capped = await penalty(h.finance, 'WC-VERY-LATE', 'SP-002', 40);
    expect(capped.amountFen).toBe(20_000);
    const again = await penalty(h.system, 'WC-LATE', 'SP-001', 3);
    expect(again.deductionId).toBe(late.deductionId);
  });
});

describe('a month closed into statements, through dispute, resolution, approval and payment', () => {
  let statementId: number;
  let disputedLineId: number;

  it('closes November: one statement per provider; net = Σ lines − Σ deductions + VAT; closing again adds nothing', async () => {
    const lines = [];
    for (let i = 0; i < 3; i++)
      lines.push(await h.system.lines.postForClaim.mutate(claimCompletion('SP-001', `2026-11-0${i + 2}`)));
    lines.push(await h.system.lines.postForClaim.mutate(claimCompletion('SP-002', '2026-11-03')));
    const duplicate = await h.system.lines.postForClaim.mutate(claimCompletion('SP-001', '2026-11-04'));
    await h.finance.deductions.reverseDuplicate.mutate({
      idempotencyKey: key(),
      lineId: duplicate.lineId,
      duplicateOfClaimId: lines[0]!.claimId,
      reason: 'same repair entered twice',
    });
    // December money stays for December.
    await h.system.lines.postForClaim.mutate(claimCompletion('SP-001', '2026-12-01'));
    disputedLineId = lines[0]!.lineId;

    const closed = await h.finance.periods.close.mutate({ idempotencyKey: key(), period: '2026-11' });
    expect(closed.opened).toBe(2);
    expect(closed.heldChargebacksPosted).toBe(1);
    const one = closed.statements.find((s) => s.providerId === 'SP-001')!;
    statementId = one.statementId;
    expect(one.number).toMatch(/^ST-202611-\d{6}$/);
    expect([formatStatementNumber('2026-11-30', 1), formatStatementNumber('2026-11-30', 2)]).toContain(one.number);
    // SP-001: four November lines of 17 904 fen (one a duplicate); chargebacks 5000 + 3000 (the voided 2000 is not there), the SLA penalty 6000, the duplicate's reversal 17 904.
    expect(one.linesFen).toBe(4 * 17_904);
    expect(one.deductionsFen).toBe(5_000 + 3_000 + 6_000 + 17_904);
    const expected = statementTotals({
      lines: [4 * 17_904],
      deductions: [5_000, 3_000, 6_000, 17_904],
      vatRateBp: 600,
    });
    expect([one.vatFen, one.netPayableFen]).toEqual([expected.vatFen, expected.netPayableFen]);
    expect(one.netPayableFen).toBe(one.linesFen - one.deductionsFen + one.vatFen);

    const before = await statementRows();
    const again = await h.finance.periods.close.mutate({ idempotencyKey: key(), period: '2026-11' });
    expect(again.opened).toBe(0);
    expect(await statementRows()).toEqual(before);
  });

  it('the provider sees only its own statement; it disputes a line, and finance grants part of the claim with an adjusting transfer', async () => {
    const sp1 = await h.provider('SP-001');
    const sp2 = await h.provider('SP-002');
    await h.finance.statements.issue.mutate({ idempotencyKey: key(), statementId });
    await expect(sp2.statements.get.query({ statementId })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    await expect(sp2.statements.confirm.mutate({ idempotencyKey: key(), statementId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const { disputes } = await sp1.statements.dispute.mutate({
      idempotencyKey: key(),
      statementId,
      lines: [{ lineId: disputedLineId, reason: 'travel was 42 km, not 30', claimedFen: 1_800 }],
    });
    const before = await h.finance.statements.get.query({ statementId });
    expect(before.state).toBe('disputed');
    await expect(h.finance.statements.approve.mutate({ idempotencyKey: key(), statementId })).rejects.toMatchObject({
      data: { code: 'PRECONDITION_FAILED' },
    });
    const resolved = await h.finance.statements.resolve.mutate({
      idempotencyKey: key(),
      statementId,
      disputeId: disputes[0]!.disputeId,
      grantedFen: 1_200,
      resolution: 'route checked: 38 km',
    });
    expect(resolved.disputes[0]).toMatchObject({ status: 'resolved', grantedFen: 1_200 });
    expect(resolved.statement.linesFen).toBe(before.linesFen + 1_200);
    expect(resolved.statement.netPayableFen).toBe(
      statementTotals({ lines: [before.linesFen + 1_200], deductions: [before.deductionsFen], vatRateBp: 600 })
        .netPayableFen,
    );
  });

  it('finance approves and pays: the provider’s payable ends at zero and every account sums to zero', async () => {
    const approved = await h.finance.statements.approve.mutate({ idempotencyKey: key(), statementId });
    expect(approved.state).toBe('approved');
    const paid = await h.finance.statements.markPaid.mutate({ idempotencyKey: key(), statementId });
    expect([paid.state, paid.paidFen]).toEqual(['paid', approved.netPayableFen]);
    const books = await providerBooks(h.db, 'SP-001');
    const [payable, receivable] = await balancesOf(h.db, [books.payable, books.chargebackReceivable]);
    // December's line is still owed; November's statement is settled to the fen.
    expect(payable!.posted).toBe(17_904);
    expect(payable!.debitsPending + payable!.creditsPending).toBe(0);
    expect(receivable!.posted).toBe(0);
    const sums = await h.db
      .selectFrom('ledgerEntries')
      .select((eb) => [eb.fn.sum<string>('amount').as('fen'), 'side'])
      .where('effect', 'in', ['posted', 'post_pending'])
      .groupBy('side')
      .execute();
    expect(sums.find((s) => s.side === 'debit')!.fen).toBe(sums.find((s) => s.side === 'credit')!.fen);
    const history = (await (await h.provider('SP-001')).statements.get.query({ statementId })).history.map(
      (x) => x.toState,
    );
    expect(history).toEqual(['draft', 'issued', 'disputed', 'approved', 'paid']);
  });
});
