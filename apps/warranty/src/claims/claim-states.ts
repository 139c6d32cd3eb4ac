/** A claim's states, in the order of its life. */
export const claimStates = [
  'opened',
  'adjudicated',
  'remedy_chosen',
  'awaiting_approval',
  'in_progress',
  'completed',
  'rejected',
  'cancelled',
] as const;
export type ClaimState = (typeof claimStates)[number];

/** The claim's life: opened → adjudicated → remedy chosen → awaiting approval → in progress → completed. */
export const claimTransitions: Record<ClaimState, readonly ClaimState[]> = {
  opened: ['adjudicated', 'cancelled'],
  adjudicated: ['adjudicated', 'remedy_chosen', 'rejected', 'cancelled'],
  remedy_chosen: ['awaiting_approval', 'in_progress', 'cancelled'],
  awaiting_approval: ['in_progress', 'rejected', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  rejected: [],
  cancelled: [],
};

export const canMove = (from: ClaimState, to: ClaimState) => claimTransitions[from].includes(to);

export const isFinal = (state: ClaimState) => claimTransitions[state].length === 0;
