import type { Kysely } from '@sanbao/db';
import { enqueueWorkflowStart } from '@sanbao/temporal';
import { workflowIds, type QuotaOverrunInput } from '@sanbao/workflows/contracts';
import type { SettlementDatabase } from '../schema.ts';

/** A line held beyond its provider's monthly budget, as the approval workflow is started with it. */
export type QuotaOverrun = QuotaOverrunInput;

/**
 * The held line goes to a manager: `quotaOverrunApproval` opens a task in the approvals inbox and
 * answers with `lines.release` or `lines.refuse`. The start is an outbox row in the transaction that
 * holds the line, so the workflow starts if and only if the line was held (the relay delivers it).
 */
export const startQuotaOverrunApproval = (trx: Kysely<SettlementDatabase>, overrun: QuotaOverrun) =>
  enqueueWorkflowStart(trx, {
    workflowType: 'quotaOverrunApproval',
    workflowId: workflowIds.quotaLine(overrun.lineId),
    args: [overrun],
  });
