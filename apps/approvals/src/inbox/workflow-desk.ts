import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { conflict, DomainError, forbidden } from '@sanbao/trpc';
import {
  decideUpdate,
  statusQuery,
  type DecideInput,
  type DecideResult,
  type WorkflowStatus,
} from '@sanbao/workflows/contracts';

/** What the service asks of the waiting workflows; tests may pass their own. */
export interface WorkflowDesk {
  /**
   * Delivers a decision as the workflow's `decide` Update. `updateId` makes a retried call (after a
   * crash before our commit) get the first call's answer from Temporal instead of a second decision.
   * A refusal by the Update's validator is thrown as the domain error of the same code.
   */
  decide(workflowId: string, input: DecideInput, updateId: string): Promise<DecideResult>;
  /** The workflow's `status` while it runs; null once it is closed, unknown, or does not answer in time. */
  status(workflowId: string): Promise<WorkflowStatus | null>;
}

const refusalCodes = new Set(['BAD_REQUEST', 'CONFLICT', 'FORBIDDEN']);

/** The validator's refusal (an ApplicationFailure whose type is the code) as the same domain error. */
export function domainErrorOfRefusal(error: unknown): DomainError | null {
  if (error instanceof WorkflowNotFoundError) return conflict('the request is no longer waiting for a decision');
  if (!(error instanceof WorkflowUpdateFailedError)) return null;
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure) || !cause.type || !refusalCodes.has(cause.type)) return null;
  if (cause.type === 'FORBIDDEN') return forbidden(cause.message);
  if (cause.type === 'CONFLICT') return conflict(cause.message);
  return new DomainError('BAD_REQUEST', cause.message);
}

export function temporalWorkflowDesk(
  client: Client,
  options: { statusTimeoutMs?: number; decideTimeoutMs?: number } = {},
): WorkflowDesk {
  const statusTimeoutMs = options.statusTimeoutMs ?? 3000;
  // An Update waits for a worker to run it; without one the call (and the transaction holding the
  // inbox row) would wait with it. Past the deadline the call fails and its retry, under the same
  // Update id, gets the answer the workflow gave meanwhile.
  const decideTimeoutMs = options.decideTimeoutMs ?? 20_000;
  return {
    async decide(workflowId, input, updateId) {
      try {
        return await client.connection.withDeadline(Date.now() + decideTimeoutMs, () =>
          client.workflow.getHandle(workflowId).executeUpdate(decideUpdate, { args: [input], updateId }),
        );
      } catch (error) {
        throw domainErrorOfRefusal(error) ?? error;
      }
    },
    async status(workflowId) {
      const handle = client.workflow.getHandle(workflowId);
      try {
        return await client.connection.withDeadline(Date.now() + statusTimeoutMs, async () => {
          const described = await handle.describe();
          if (described.status.name !== 'RUNNING') return null;
          return handle.query(statusQuery);
        });
      } catch {
        return null;
      }
    },
  };
}
