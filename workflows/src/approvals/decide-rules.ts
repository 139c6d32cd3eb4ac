import type { DecideInput, OpenTask } from './approval.contracts.ts';

/** The open task plus what the validator needs to know about it (never sent to the inbox). */
export interface PendingDecision extends OpenTask {
  /** The requester and anyone who approved an earlier level of this request. */
  excludedDeciders: readonly string[];
  /** Set once a decision was accepted: the task takes no second one. */
  decided: boolean;
}

/**
 * Why a decision was refused, with the code the approvals service answers with: a malformed decision is
 * BAD_REQUEST, a task that is not (or no longer) open is CONFLICT, a caller who may not decide it is
 * FORBIDDEN. The validator throws it as an ApplicationFailure whose `type` is the code.
 */
export interface DecisionRefusal {
  code: 'BAD_REQUEST' | 'CONFLICT' | 'FORBIDDEN';
  message: string;
}

const refuse = (code: DecisionRefusal['code'], message: string): DecisionRefusal => ({ code, message });

/**
 * Why a decision cannot be accepted, or null when it can. Pure and deterministic: it runs as the
 * Update's validator, so a refused decision leaves no trace in the workflow's history.
 */
export function refusalOf(pending: PendingDecision | null, input: DecideInput): DecisionRefusal | null {
  if (!input || typeof input.taskId !== 'string') return refuse('BAD_REQUEST', 'taskId is required');
  if (input.decision !== 'approve' && input.decision !== 'reject')
    return refuse('BAD_REQUEST', "decision must be 'approve' or 'reject'");
  const decider = input.decidedBy;
  if (!decider?.sub || !decider.role) return refuse('BAD_REQUEST', 'decidedBy needs the caller’s sub and role');
  if (input.decision === 'reject' && !input.comment?.trim())
    return refuse('BAD_REQUEST', 'a rejection needs a comment');
  if (!pending || pending.taskId !== input.taskId)
    return refuse('CONFLICT', `task ${input.taskId} is not open for a decision`);
  if (pending.decided) return refuse('CONFLICT', `task ${input.taskId} is already decided`);
  const { candidate } = pending;
  if (decider.role !== candidate.role) {
    return refuse('FORBIDDEN', `level ${pending.level} is decided by the ${candidate.role} role, not ${decider.role}`);
  }
  if ((decider.approvalLevel ?? 0) < candidate.level) {
    return refuse(
      'FORBIDDEN',
      `level ${pending.level} needs approval level ${candidate.level}; ${decider.sub} has ${decider.approvalLevel ?? 'none'}`,
    );
  }
  if (decider.sub === input.requestedBy || pending.excludedDeciders.includes(decider.sub)) {
    return refuse('FORBIDDEN', `${decider.sub} raised or already approved this request and cannot decide it`);
  }
  return null;
}
