import type { Logger } from '@sanbao/logger';
import type { Candidate } from '../approvals/approval.contracts.ts';
import type { ApprovalsClient } from '../approvals/inbox.activities.ts';
import { callService } from '../service-calls/business-refusal.ts';
import { exceptionTaskId, type ExceptionItem } from './exceptions-scan.contracts.ts';

interface Query<I, O> {
  query(input: I): Promise<O>;
}

/** The parts service's internal `supervision.exceptions`: requests stuck in a state, tags past due without a chargeback. */
export interface PartsSupervisionClient {
  supervision: { exceptions: Query<{ requestStuckSeconds: number }, ExceptionItem[]> };
}

/** The warranty service's internal `supervision.exceptions`: claims open too long, repairs past 15 and 30 days. */
export interface WarrantySupervisionClient {
  supervision: { exceptions: Query<{ claimOpenSeconds: number }, ExceptionItem[]> };
}

export interface ExceptionsScanActivityDeps {
  log: Logger;
  parts: PartsSupervisionClient;
  warranty: WarrantySupervisionClient;
  approvals: ApprovalsClient;
}

export interface SyncExceptionTasksInput {
  items: ExceptionItem[];
  /** The scan's workflow id: part of each call's idempotency key. */
  scanId: string;
  /** Workflow time, so a retried activity sends the same values under the same keys. */
  openedAt: string;
  dueAt: string;
  candidate: Candidate;
}

export function createExceptionsScanActivities({ log, parts, warranty, approvals }: ExceptionsScanActivityDeps) {
  return {
    async findExceptionItems(thresholds: {
      claimOpenSeconds: number;
      requestStuckSeconds: number;
    }): Promise<ExceptionItem[]> {
      const [fromParts, fromWarranty] = await Promise.all([
        callService('parts supervision.exceptions', () =>
          parts.supervision.exceptions.query({ requestStuckSeconds: thresholds.requestStuckSeconds }),
        ),
        callService('warranty supervision.exceptions', () =>
          warranty.supervision.exceptions.query({ claimOpenSeconds: thresholds.claimOpenSeconds }),
        ),
      ]);
      return [...fromParts, ...fromWarranty];
    },

    /** Opens an exception task for each item not yet raised, and closes the open ones whose item moved. */
    async syncExceptionTasks({
      items,
      scanId,
      openedAt,
      dueAt,
      candidate,
    }: SyncExceptionTasksInput): Promise<{ opened: number; closed: number }> {
      const openBefore = new Set(
        await callService('tasks.openExceptions', () => approvals.tasks.openExceptions.query()),
      );
      let opened = 0;
      for (const item of items) {
        const taskId = exceptionTaskId(item.itemKey);
        if (openBefore.has(taskId)) continue;
        const task = {
          taskId,
          workflowId: scanId,
          requestType: 'exception' as const,
          reference: item.reference,
          summary: item.summary,
          providerId: item.providerId,
          step: item.kind,
          level: 1,
          candidate,
          openedAt,
          dueAt,
        };
        const row = (await callService('tasks.open', () =>
          approvals.tasks.open.mutate({ idempotencyKey: `${scanId}:open:${taskId}`, task }),
        )) as { state?: string; workflowId?: string };
        if (row.workflowId === scanId) opened++;
      }
      const current = new Set(items.map((i) => exceptionTaskId(i.itemKey)));
      let closed = 0;
      for (const taskId of openBefore) {
        if (current.has(taskId)) continue;
        await callService('tasks.close', () =>
          approvals.tasks.close.mutate({ idempotencyKey: `${scanId}:close:${taskId}`, taskId, state: 'closed' }),
        );
        closed++;
      }
      if (opened || closed)
        log.info({ scanId, opened, closed, found: items.length }, 'exceptions supervision: inbox updated');
      return { opened, closed };
    },
  };
}

export type ExceptionsScanActivities = ReturnType<typeof createExceptionsScanActivities>;
