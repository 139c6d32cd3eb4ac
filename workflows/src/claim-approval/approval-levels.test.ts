import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalsNeeded } from './approval-levels.ts';

const policy = { managerThresholdFen: 100_000, secondLevelThresholdFen: 500_000 };

describe('approvalsNeeded', () => {
  it.each<[string, number, 0 | 1 | 2]>([
    ['refund', 99_999, 0],
    ['refund', 100_000, 1],
    ['refund', 499_999, 1],
    ['refund', 500_000, 2],
    ['replace', 120_000, 1],
    ['replace', 900_000, 2],
    ['no_reason_return', 100_000, 1],
    ['repair', 900_000, 0],
    ['replace_part', 900_000, 0],
  ])('%s worth %i fen needs %i approvals', (remedy, value, needed) => {
    expect(approvalsNeeded(remedy, value, policy)).toBe(needed);
  });

  it('never needs fewer approvals for a dearer remedy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('refund', 'replace', 'repair'),
        fc.nat(2_000_000),
        fc.nat(2_000_000),
        (remedy, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(approvalsNeeded(remedy, low, policy)).toBeLessThanOrEqual(approvalsNeeded(remedy, high, policy));
        },
      ),
    );
  });
});
