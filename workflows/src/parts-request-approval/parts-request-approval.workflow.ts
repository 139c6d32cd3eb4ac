import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { PolicyActivities } from '../approvals/approval-policy.contracts.ts';
import { ApprovalDesk } from '../approvals/approval-step.ts';
import { Timeline } from '../approvals/timeline.ts';
import { refusalIn } from '../service-calls/refused.ts';
import { serviceCallOptions } from '../service-calls/service-call-options.ts';
import { autoApprovalVerdict } from './auto-approval.ts';
import type { PartsRequestActivities } from './parts-request-approval.activities.ts';
import {
  receivedSignal,
  shippedSignal,
  stockArrivedSignal,
  type PartsRequestApprovalInput,
  type PartsRequestApprovalResult,
} from './parts-request-approval.contracts.ts';

const parts = proxyActivities<PartsRequestActivities & PolicyActivities>(serviceCallOptions);

/**
 * A submitted parts request: checked, approved (automatically under the policy, or by a person through
 * the inbox), reserved — waiting in backorder until stock arrives — then shipped and received.
 */
export async function partsRequestApproval(input: PartsRequestApprovalInput): Promise<PartsRequestApprovalResult> {
  const timeline = new Timeline('checking');
  const desk = new ApprovalDesk(timeline);
  let stockArrivals = 0;
  let shipped = false;
  let fullyReceived = false;
  setHandler(stockArrivedSignal, () => void stockArrivals++);
  setHandler(shippedSignal, () => void (shipped = true));
  setHandler(receivedSignal, (receipt) => void (fullyReceived ||= receipt.fullyReceived));

  const { requestId } = input;
  let approvedBy: string | null = null;
  try {
    const policy = await parts.loadApprovalPolicy('parts_request');
    const check = timeline.begin('check');
    const facts = await parts.assessPartsRequest(requestId);
    if (facts.status !== 'submitted') {
      timeline.end(check, 'not submitted', { detail: `the request is ${facts.status}` });
      timeline.stage = 'stopped';
      return { outcome: 'stopped', approvedBy, reason: `${facts.requestNumber} is ${facts.status}, not submitted` };
    }
    const verdict = autoApprovalVerdict(facts, policy.autoApprovalLimitFen);
    timeline.end(
      check,
      verdict.auto ? 'auto-approvable' : 'needs a decision',
      verdict.auto ? {} : { detail: verdict.reasons.join('; ') },
    );

    if (verdict.auto) {
      approvedBy = 'auto';
      await parts.approvePartsRequest({
        requestId,
        reason: `auto-approved: below ${policy.autoApprovalLimitFen} fen and every check passed`,
      });
      timeline.note('approve', 'approved', { detail: 'auto-approved under the policy' });
    } else {
      timeline.stage = 'awaiting_approval';
      const requestedBy = input.requestedBy ?? facts.createdBy;
      const decision = await desk.decide({
        step: 'approval',
        subject: {
          requestType: 'parts_request',
          reference: facts.requestNumber,
          summary: verdict.reasons.join('; '),
          requestedBy,
          providerId: facts.providerId,
        },
        policy: policy.approval,
        startLevel: 1,
        excludedDeciders: [requestedBy],
      });
      const byWhom = `${decision.decidedBy.role} ${decision.decidedBy.sub}`;
      if (decision.decision === 'reject') {
        timeline.stage = 'rejecting';
        await parts.rejectPartsRequest({
          requestId,
          reason: `${decision.comment ?? 'rejected'} (rejected by ${byWhom})`,
        });
        timeline.stage = 'rejected';
        return { outcome: 'rejected', approvedBy, reason: decision.comment };
      }
      approvedBy = decision.decidedBy.sub;
      timeline.stage = 'approving';
      await parts.approvePartsRequest({
        requestId,
        reason: decision.comment ? `${decision.comment} (approved by ${byWhom})` : `approved by ${byWhom}`,
        decidedBy: { sub: decision.decidedBy.sub, role: 'manager' },
      });
    }

    timeline.stage = 'reserving';
    const reservation = timeline.begin('reserve');
    for (;;) {
      const seen = stockArrivals;
      const result = await parts.reservePartsRequest(requestId);
      if (result.reserved) break;
      timeline.stage = 'backordered';
      reservation.detail = result.shortage;
      await condition(() => stockArrivals > seen);
      timeline.stage = 'reserving';
    }
    timeline.end(reservation, 'reserved');

    timeline.stage = 'awaiting_shipment';
    const shipment = timeline.begin('shipment');
    await condition(() => shipped || fullyReceived);
    timeline.end(shipment, 'shipped');

    timeline.stage = 'awaiting_receipt';
    const receipt = timeline.begin('receipt');
    await condition(() => fullyReceived);
    timeline.end(receipt, 'received');
    timeline.stage = 'received';
    return { outcome: 'received', approvedBy };
  } catch (error) {
    const refusal = refusalIn(error);
    if (refusal === null) throw error;
    timeline.note('stopped', 'refused by the parts service', { detail: refusal });
    timeline.stage = 'stopped';
    return { outcome: 'stopped', approvedBy, reason: refusal };
  }
}
