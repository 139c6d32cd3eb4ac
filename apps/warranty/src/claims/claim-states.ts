/**
 * The claim's life, state by state, in the order it is lived: opened → adjudicated → remedy chosen →
 * awaiting approval → in progress → completed (or rejected or cancelled); each state lists where it may go.
 */
const transitions = {
  opened: ['adjudicated', 'cancelled'],
  adjudicated: ['adjudicated', 'remedy_chosen', 'rejected', 'cancelled'],
  remedy_chosen: ['awaiting_approval', 'in_progress', 'cancelled'],
  awaiting_approval: ['in_progress', 'rejected', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  rejected: [],
  cancelled: [],
} as const;

export type ClaimState = keyof typeof transitions;

/** Where each state may go; the compiler checks that every target is a state. */
export const claimTransitions: Record<ClaimState, readonly ClaimState[]> = transitions;

/** Every state a claim can be in, in the order of its life (the list filter's values). */
export const claimStates = Object.keys(claimTransitions) as [ClaimState, ...ClaimState[]];

export const canMove = (from: ClaimState, to: ClaimState) => claimTransitions[from].includes(to);

export const isFinal = (state: ClaimState) => claimTransitions[state].length === 0;
