import { proxyActivities } from '@temporalio/workflow';
import type { PolicyActivities } from '../approvals/approval-policy.contracts.ts';
import { ApprovalDesk } from '../approvals/approval-step.ts';
import { Timeline } from '../approvals/timeline.ts';
import { refusalIn } from '../service-calls/refused.ts';
import { serviceCallOptions } from '../service-calls/service-call-options.ts';
import type { QuotaOverrunActivities } from './quota-overrun-approval.activities.ts';
import type { QuotaOverrunInput, QuotaOverrunResult } from './quota-overrun-approval.contracts.ts';
import { quotaOverrunSubject } from './quota-overrun-subject.ts';

const settlement = proxyActivities<QuotaOverrunActivities & PolicyActivities>(serviceCallOptions);

/**
 * A settlement line held beyond its provider's monthly budget (额度管控): a manager decides it in the
 * approvals inbox — reminded before the deadline, escalated up the chain when it passes — and the
 * settlement service releases the line (the provider is owed it) or refuses it.
 */
export async function quotaOverrunApproval(input: QuotaOverrunInput): Promise<QuotaOverrunResult> {
  const timeline = new Timeline('checking');
  const desk = new ApprovalDesk(timeline);
  let decidedBy: string | null = null;
  try {
    const policy = await settlement.loadApprovalPolicy('quota_overrun');
    timeline.note('check', 'over the monthly budget', {
      detail: `${input.usedFen} + ${input.amountFen} fen > ${input.budgetFen} fen (${input.period})`,
    });

    timeline.stage = 'awaiting_approval';
    const decision = await desk.decide({
      step: 'approval',
      subject: quotaOverrunSubject(input),
      policy: policy.approval,
      startLevel: 1,
      excludedDeciders: [],
    });
    decidedBy = decision.decidedBy.sub;
    const release = decision.decision === 'approve';
    const verdict = release ? 'approved' : 'rejected';
    const byWhom = `${decision.decidedBy.role} ${decision.decidedBy.sub}, level ${decision.level}`;
    timeline.stage = release ? 'releasing' : 'refusing';
    await settlement.decideQuotaLine({
      lineId: input.lineId,
      decision: release ? 'release' : 'refuse',
      reason: `${verdict} in the approvals inbox by ${byWhom}${decision.comment ? `: ${decision.comment}` : ''}`,
    });
    const outcome = release ? 'released' : 'refused';
    timeline.note(release ? 'release' : 'refuse', outcome, { decidedBy: decision.decidedBy });
    timeline.stage = outcome;
    return { outcome, decidedBy, ...(release ? {} : { reason: decision.comment }) };
  } catch (error) {
    const refusal = refusalIn(error);
    if (refusal === null) throw error;
    timeline.note('stopped', 'refused by the settlement service', { detail: refusal });
    timeline.stage = 'stopped';
    return { outcome: 'stopped', decidedBy, reason: refusal };
  }
}
