import type { DecideInput, OpenTask } from './approval.contracts.ts';

/** The open task plus what the validator needs to know about it (never sent to the inbox). */
export interface PendingDecision extends OpenTask {
  /** The requester and anyone who approved an earlier level of this request. */
  excludedDeciders: readonly string[];
  /** Set once a decision was accepted: the task takes no second one. */
  decided: boolean;
}

/**
 * Why a decision cannot be accepted, or null when it can. Pure and deterministic: it runs as the
 * Update's validator, so a refused decision leaves no trace in the workflow's history.
 */
export function refusalOf(pending: PendingDecision | null, input: DecideInput): string | null {
  if (!input || typeof input.taskId !== 'string') return 'taskId is required';
  if (!pending || pending.taskId !== input.taskId) return `task ${input.taskId} is not open for a decision`;
  if (pending.decided) return `task ${input.taskId} is already decided`;
  if (input.decision !== 'approve' && input.decision !== 'reject') return "decision must be 'approve' or 'reject'";
  const decider = input.decidedBy;
  if (!decider?.sub || !decider.role) return 'decidedBy needs the caller’s sub and role';
  if (decider.role !== pending.candidateRole) {
    return `level ${pending.level} is decided by the ${pending.candidateRole} role, not ${decider.role}`;
  }
  if (decider.sub === input.requestedBy || pending.excludedDeciders.includes(decider.sub)) {
    return `${decider.sub} raised or already approved this request and cannot decide it`;
  }
  if (input.decision === 'reject' && !input.comment?.trim()) return 'a rejection needs a comment';
  return null;
}
