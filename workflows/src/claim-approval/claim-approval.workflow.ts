import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { PolicyActivities } from '../approvals/approval-policy.contracts.ts';
import { ApprovalDesk } from '../approvals/approval-step.ts';
import { Timeline } from '../approvals/timeline.ts';
import { refusalIn } from '../service-calls/refused.ts';
import { serviceCallOptions } from '../service-calls/service-call-options.ts';
import { approvalsNeeded } from './approval-levels.ts';
import type { ClaimActivities } from './claim-approval.activities.ts';
import {
  claimCompletedSignal,
  type ClaimApprovalInput,
  type ClaimApprovalResult,
  type ClaimCompletion,
} from './claim-approval.contracts.ts';

const warranty = proxyActivities<ClaimActivities & PolicyActivities>(serviceCallOptions);

/**
 * A claim whose remedy is chosen: a replacement or refund above the thresholds waits for one or two
 * approvals, then the claim moves on to the work; when the work is completed the settlement hook runs.
 */
export async function claimApproval(input: ClaimApprovalInput): Promise<ClaimApprovalResult> {
  const timeline = new Timeline('checking');
  const desk = new ApprovalDesk(timeline);
  let completion = null as ClaimCompletion | null;
  setHandler(claimCompletedSignal, (reported) => void (completion = reported ?? {}));

  const { claimId } = input;
  const reference = input.claimNo ?? `claim ${claimId}`;
  const approvals: ClaimApprovalResult['approvals'] = [];
  try {
    const policy = await warranty.loadApprovalPolicy('claim');
    const needed = approvalsNeeded(input.remedy, input.valueFen, policy);
    timeline.note('check', needed === 0 ? 'no approval needed' : `${needed} approval${needed > 1 ? 's' : ''} needed`, {
      detail: `${input.remedy} worth ${input.valueFen} fen`,
    });

    if (needed === 0) {
      await warranty.moveClaim({ claimId, move: 'startWork', reason: `${input.remedy} below the approval threshold` });
    } else {
      await warranty.moveClaim({
        claimId,
        move: 'requestApproval',
        reason: `${input.remedy} worth ${input.valueFen} fen needs approval`,
      });
      timeline.stage = 'awaiting_approval';
      const excluded = input.requestedBy ? [input.requestedBy] : [];
      let nextLevel = 1;
      for (let i = 1; i <= needed; i++) {
        const decision = await desk.decide({
          step: i === 1 ? 'approval' : 'second-approval',
          subject: {
            requestType: 'claim',
            reference,
            summary: `${input.remedy} worth ${input.valueFen} fen`,
            requestedBy: input.requestedBy,
            providerId: input.providerId,
          },
          policy: policy.approval,
          startLevel: nextLevel,
          excludedDeciders: [...excluded, ...approvals.map((a) => a.by)],
        });
        const byWhom = `${decision.decidedBy.role} ${decision.decidedBy.sub}`;
        if (decision.decision === 'reject') {
          await warranty.moveClaim({
            claimId,
            move: 'reject',
            reason: `${decision.comment ?? 'rejected'} (rejected by ${byWhom})`,
          });
          timeline.stage = 'rejected';
          return { outcome: 'rejected', approvals, settlementPosted: false, reason: decision.comment };
        }
        approvals.push({ level: decision.level, by: decision.decidedBy.sub });
        // The second approval comes from above whoever gave the first (escalation may have raised it).
        nextLevel = decision.level + 1;
      }
      await warranty.moveClaim({
        claimId,
        move: 'approve',
        reason: `approved by ${approvals.map((a) => a.by).join(' and ')}`,
      });
    }

    timeline.stage = 'in_progress';
    const work = timeline.begin('work');
    await condition(() => completion !== null);
    timeline.end(work, 'completed');

    timeline.stage = 'settling';
    const { posted, skipped } = await warranty.postClaimSettlement({
      claimId,
      remedy: input.remedy,
      valueFen: input.valueFen,
      completedAt: completion!.completedAt,
      work: completion!.work,
    });
    timeline.note('settlement', posted ? 'posted' : `skipped: ${skipped ?? 'the settlement hook is off'}`);
    timeline.stage = 'completed';
    return { outcome: 'completed', approvals, settlementPosted: posted };
  } catch (error) {
    const refusal = refusalIn(error);
    if (refusal === null) throw error;
    timeline.note('stopped', 'refused by the warranty service', { detail: refusal });
    timeline.stage = 'stopped';
    return { outcome: 'stopped', approvals, settlementPosted: false, reason: refusal };
  }
}
