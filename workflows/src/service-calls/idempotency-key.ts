import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';

/**
 * The idempotency key of one step of one workflow. Workflow ids derive from business ids, so a retried
 * activity, a replayed workflow or a second start of the same workflow all send the same key and the
 * service answers the first call's response instead of acting twice.
 */
export const stepKey = (workflowId: string, step: string) => `${workflowId}:${step}`;

/** The key of `step` for the workflow running the current activity. */
export function idempotencyKeyFor(step: string): string {
  const execution = Context.current().info.workflowExecution;
  if (!execution)
    throw ApplicationFailure.nonRetryable(
      `${step}: this activity runs only inside a workflow (its key derives from the workflow id)`,
      'NotInWorkflow',
    );
  return stepKey(execution.workflowId, step);
}
