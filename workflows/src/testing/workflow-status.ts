import type { WorkflowHandle } from '@temporalio/client';
import { eventually } from '@sanbao/testing';
import {
  decideUpdate,
  statusQuery,
  type DecideInput,
  type OpenTask,
  type WorkflowStatus,
} from '../approvals/approval.contracts.ts';

export { eventually };

// What a test reads of a running workflow (its status, the task open for a decision) and how it decides.

export const statusOf = (handle: WorkflowHandle) => handle.query(statusQuery);

/** Waits until the workflow reaches `stage` and returns its status. */
export const untilStage = (handle: WorkflowHandle, stage: WorkflowStatus['stage']) =>
  eventually(
    () => statusOf(handle),
    (s) => s.stage === stage,
  );

/** Waits until the workflow has an inbox task open (at `level`, if given) and returns it. */
export async function openTaskOf(handle: WorkflowHandle, level?: number): Promise<OpenTask> {
  const status = await eventually(
    () => statusOf(handle),
    (s: WorkflowStatus) => s.openTask !== null && (level === undefined || s.openTask.level === level),
  );
  return status.openTask!;
}

export const decide = (handle: WorkflowHandle, input: DecideInput) =>
  handle.executeUpdate(decideUpdate, { args: [input] });

/** How many decisions the workflow's history shows accepted: refused ones leave no event. */
export async function acceptedUpdates(handle: WorkflowHandle): Promise<number> {
  const history = await handle.fetchHistory();
  return (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
}
