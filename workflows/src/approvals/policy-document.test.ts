import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoLikePolicies } from '../testing/policy-documents.ts';
import { approvalOf, workflowPolicyOf } from './policy-document.ts';

describe('stored policy documents in the workflows’ shape', () => {
  it.each([
    [
      'claim',
      {
        managerThresholdFen: 100_000,
        secondLevelThresholdFen: 500_000,
        approval: { chain: [{ candidate: { role: 'manager', level: 1 }, slaMs: 60_000 }], reminderLeadMs: 0 },
      },
    ],
    ['old_part_return', { reminderLeadMs: 72 * 3_600_000, lateArrivalWaitMs: 30 * 86_400_000 }],
    [
      'exception',
      {
        approval: { chain: [{ candidate: { role: 'manager', level: 3 }, slaMs: 86_400_000 }], reminderLeadMs: 0 },
        claimOpenSeconds: 7 * 86_400,
        requestStuckSeconds: 48 * 3600,
      },
    ],
    [
      'quota_overrun',
      {
        approval: {
          chain: [
            { candidate: { role: 'manager', level: 1 }, slaMs: 24 * 3_600_000 },
            { candidate: { role: 'manager', level: 2 }, slaMs: 48 * 3_600_000 },
          ],
          reminderLeadMs: 2 * 3_600_000,
        },
      },
    ],
    [
      'settlement_period',
      {
        timings: { confirmWithinMs: 7 * 86_400_000, reminderLeadMs: 2 * 86_400_000, disputePollMs: 3_600_000 },
        approval: {
          chain: [{ candidate: { role: 'finance', level: 0 }, slaMs: 3 * 86_400_000 }],
          reminderLeadMs: 86_400_000,
        },
      },
    ],
  ] as const)('%s', (kind, expected) => {
    expect(workflowPolicyOf(kind, demoLikePolicies[kind] as never)).toEqual(expected);
  });

  it('a chain runs from its lowest level up, each decided by a manager of that level, whatever order it was stored in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 9 }),
        fc.nat({ max: 100_000 }),
        (levels, sla) => {
          const { chain } = approvalOf({
            chain: levels.map((level) => ({ level, slaSeconds: sla })),
            reminderLeadSeconds: 0,
          });
          expect(chain.map((l) => l.candidate.level)).toEqual([...levels].sort((a, b) => a - b));
          expect(chain.every((l) => l.candidate.role === 'manager' && l.slaMs === sla * 1000)).toBe(true);
        },
      ),
    );
  });
});
