import { demoRateCard } from '../src/rate-cards/demo-rate-card.ts';
import { tvRepair } from './demo-work.ts';
import {
  key,
  startSettlement,
  type SettlementClient,
  type SettlementHarness,
  type SettlementHarnessOptions,
} from './settlement-harness.ts';

type Stage = 'draft' | 'issued' | 'disputed' | 'confirmed' | 'approved' | 'paid';

let periods = 0;
let claims = 0;

/** A settlement line for a provider, paid by the demo card (17 904 fen for this work). */
export const claimCompletion = (providerId: string, completedOn: string, change: Record<string, unknown> = {}) => ({
  idempotencyKey: key('line'),
  claimId: `WC-W-${++claims}`,
  providerId,
  completedOn,
  ...tvRepair,
  ...change,
});

/** A settlement service whose demo rate card is in force from 2026-10-01, its clock at 2026-11-25. */
export async function startWithDemoCard(
  postgresAdminUrl: string,
  options: SettlementHarnessOptions = {},
): Promise<SettlementHarness> {
  const h = await startSettlement(postgresAdminUrl, options);
  h.setNow(new Date('2026-10-01T02:00:00Z'));
  await h.finance.rateCards.publish.mutate({ idempotencyKey: key(), effectiveFrom: '2026-10-01', card: demoRateCard });
  h.setNow(new Date('2026-11-25T02:00:00Z'));
  return h;
}

/** A fresh period of its own (months from 2030 on), so each statement made here is the only one it closes. */
export const freshPeriod = () => {
  const n = periods++;
  return `${2030 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

/**
 * A statement of the provider taken to a stage through the API: a line in a fresh period, the period
 * closed, then issued, disputed (one line, 1 000 fen claimed) or confirmed, approved, paid.
 */
export async function statementUpTo(
  h: SettlementHarness,
  provider: SettlementClient,
  providerId: string,
  stage: Stage,
) {
  const period = freshPeriod();
  const line = await h.system.lines.postForClaim.mutate(claimCompletion(providerId, `${period}-15`));
  const closed = await h.finance.periods.close.mutate({ idempotencyKey: key(), period });
  const statement = closed.statements.find((s) => s.providerId === providerId)!;
  const statementId = statement.statementId;
  if (stage === 'draft') return { statementId, lineId: line.lineId, disputeId: null };
  await h.finance.statements.issue.mutate({ idempotencyKey: key(), statementId });
  if (stage === 'issued') return { statementId, lineId: line.lineId, disputeId: null };
  if (stage === 'disputed') {
    const { disputes } = await provider.statements.dispute.mutate({
      idempotencyKey: key(),
      statementId,
      lines: [{ lineId: line.lineId, reason: 'travel was longer', claimedFen: 1_000 }],
    });
    return { statementId, lineId: line.lineId, disputeId: disputes[0]!.disputeId };
  }
  await provider.statements.confirm.mutate({ idempotencyKey: key(), statementId });
  if (stage === 'confirmed') return { statementId, lineId: line.lineId, disputeId: null };
  await h.finance.statements.approve.mutate({ idempotencyKey: key(), statementId });
  if (stage === 'approved') return { statementId, lineId: line.lineId, disputeId: null };
  await h.finance.statements.markPaid.mutate({ idempotencyKey: key(), statementId });
  return { statementId, lineId: line.lineId, disputeId: null };
}
