import { proxyActivities, sleep } from '@temporalio/workflow';
import { ApprovalDesk } from '../approvals/approval-step.ts';
import type { InboxSubject } from '../approvals/approval.contracts.ts';
import { nowIso, Timeline } from '../approvals/timeline.ts';
import { refusalIn } from '../service-calls/refused.ts';
import type { SettlementCycleActivities } from './settlement-cycle.activities.ts';
import type { CycleStatement, SettlementCycleInput, SettlementCycleResult } from './settlement-cycle.contracts.ts';

const settlement = proxyActivities<SettlementCycleActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const awaitingAnswer = (s: CycleStatement) => s.state === 'issued';
const unresolved = (s: CycleStatement) => s.state === 'issued' || (s.state === 'disputed' && s.openDisputes > 0);

/**
 * A month's settlement: close the period, issue the statements, remind the providers still silent,
 * confirm for them once the confirmation window passes, wait for finance to resolve every dispute, then
 * for finance's approval in the inbox; approved statements are ready for payment.
 */
export async function settlementCycle(input: SettlementCycleInput): Promise<SettlementCycleResult> {
  const timeline = new Timeline('closing');
  const desk = new ApprovalDesk(timeline);
  const { period, timings } = input;
  const result: SettlementCycleResult = {
    outcome: 'stopped',
    period,
    readyForPayment: [],
    autoConfirmed: [],
    approvedBy: null,
  };
  try {
    const close = timeline.begin('close');
    const statements = (await settlement.closeSettlementPeriod(period)).filter(
      (s) => s.state === 'draft' || s.state === 'issued',
    );
    const ids = statements.map((s) => s.statementId);
    timeline.end(close, `${ids.length} statement(s)`);
    if (ids.length === 0) return { ...result, outcome: 'nothing_to_settle' };

    timeline.stage = 'issuing';
    await settlement.issueStatements(ids);
    timeline.note('issue', 'issued', { detail: statements.map((s) => s.number).join(', ') });

    timeline.stage = 'awaiting_confirmation';
    const deadline = Date.now() + timings.confirmWithinMs;
    timeline.deadline = new Date(deadline).toISOString();
    if (timings.reminderLeadMs > 0 && timings.reminderLeadMs < timings.confirmWithinMs) {
      await sleep(timings.confirmWithinMs - timings.reminderLeadMs);
      const silent = (await settlement.statementStates(ids)).filter(awaitingAnswer);
      if (silent.length) {
        await settlement.remindProviders({ period, statements: silent });
        timeline.note('remind', `${silent.length} reminded`, {
          remindedAt: nowIso(),
          detail: silent.map((s) => s.number).join(', '),
        });
      }
    }
    const left = deadline - Date.now();
    if (left > 0) await sleep(left);
    const silent = (await settlement.statementStates(ids)).filter(awaitingAnswer).map((s) => s.statementId);
    result.autoConfirmed = silent.length ? await settlement.autoConfirmStatements(silent) : [];
    timeline.note('confirm', `${result.autoConfirmed.length} confirmed without an answer`);
    timeline.deadline = null;

    timeline.stage = 'resolving_disputes';
    const disputes = timeline.begin('disputes');
    let states = await settlement.statementStates(ids);
    while (states.some(unresolved)) {
      disputes.detail = states
        .filter(unresolved)
        .map((s) => `${s.number}: ${s.openDisputes} open`)
        .join(', ');
      await sleep(timings.disputePollMs);
      states = await settlement.statementStates(ids);
    }
    timeline.end(disputes, 'resolved');

    timeline.stage = 'awaiting_approval';
    const subject: InboxSubject = {
      requestType: 'settlement_period',
      reference: `settlement ${period}`,
      summary: `${ids.length} statement(s) of ${period} to approve for payment`,
    };
    const decision = await desk.decide({
      step: 'approval',
      subject,
      policy: input.approval,
      startLevel: 1,
      excludedDeciders: [],
    });
    if (decision.decision === 'reject') {
      timeline.stage = 'rejected';
      return { ...result, outcome: 'rejected', reason: decision.comment };
    }
    result.approvedBy = decision.decidedBy.sub;
    timeline.stage = 'approving';
    result.readyForPayment = await settlement.approveStatements(ids);
    timeline.note('approve', `${result.readyForPayment.length} ready for payment`, { decidedBy: decision.decidedBy });
    timeline.stage = 'ready_for_payment';
    return { ...result, outcome: 'ready_for_payment' };
  } catch (error) {
    const refusal = refusalIn(error);
    if (refusal === null) throw error;
    timeline.note('stopped', 'refused by the settlement service', { detail: refusal });
    timeline.stage = 'stopped';
    return { ...result, outcome: 'stopped', reason: refusal };
  }
}
