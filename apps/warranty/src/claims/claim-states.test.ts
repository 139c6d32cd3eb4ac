import { describe, expect, it } from 'vitest';
import { canMove, claimStates, claimTransitions, isFinal, type ClaimState } from './claim-states.ts';

describe('claim states', () => {
  it.each([
    ['opened', 'adjudicated', true],
    ['adjudicated', 'remedy_chosen', true],
    ['remedy_chosen', 'awaiting_approval', true],
    ['remedy_chosen', 'in_progress', true],
    ['awaiting_approval', 'in_progress', true],
    ['awaiting_approval', 'rejected', true],
    ['in_progress', 'completed', true],
    ['opened', 'completed', false],
    ['adjudicated', 'in_progress', false],
    ['in_progress', 'cancelled', false],
    ['completed', 'cancelled', false],
    ['rejected', 'in_progress', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
  });

  it('final states go nowhere, and every state can reach a final one', () => {
    expect(claimStates.filter(isFinal).sort()).toEqual(['cancelled', 'completed', 'rejected']);
    for (const start of claimStates) {
      const seen = new Set<ClaimState>([start]);
      const queue = [start];
      while (queue.length) {
        for (const next of claimTransitions[queue.shift()!]) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect([...seen].some(isFinal), start).toBe(true);
    }
  });
});
