import { addMonths, todayInChina } from '@sanbao/calendar';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, proxyActivities, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import type { PolicyActivities } from '../approvals/approval-policy.contracts.ts';
import { serviceCallOptions } from '../service-calls/service-call-options.ts';
import {
  settlementCycleWorkflowId,
  type SettlementMonthInput,
  type SettlementMonthResult,
} from './settlement-cycle.contracts.ts';
import { settlementCycle } from './settlement-cycle.workflow.ts';

const policies = proxyActivities<PolicyActivities>(serviceCallOptions);

/** The month before the one `day` (a CST date) falls in, 'YYYY-MM'. */
export const periodBefore = (day: string) => addMonths(day, -1).slice(0, 7);

/**
 * The monthly schedule's run: starts the cycle of the month just ended (CST) — or of the month named —
 * under the current `settlement_period` policy, with the id of that month, and leaves it running. A month
 * whose cycle was already started is not started again.
 */
export async function settlementMonth(input: SettlementMonthInput = {}): Promise<SettlementMonthResult> {
  const period = input.period ?? periodBefore(todayInChina(new Date(Date.now())));
  const cycleWorkflowId = settlementCycleWorkflowId(period);
  const { version, timings, approval } = await policies.loadApprovalPolicy('settlement_period');
  const result = { period, cycleWorkflowId, policyVersion: version };
  try {
    await startChild(settlementCycle, {
      workflowId: cycleWorkflowId,
      args: [{ period, timings, approval }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    return { ...result, started: true };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { ...result, started: false };
    throw error;
  }
}
