import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecideInput } from './approval.contracts.ts';
import { refusalOf, type PendingDecision } from './decide-rules.ts';

const pending: PendingDecision = {
  taskId: 'parts-request:1:approval:L1',
  step: 'approval',
  level: 1,
  candidate: { role: 'manager', level: 1 },
  openedAt: '2026-11-29T00:00:00.000Z',
  dueAt: '2026-11-29T04:00:00.000Z',
  excludedDeciders: ['provider-7'],
  decided: false,
};
const approve: DecideInput = {
  taskId: pending.taskId,
  decision: 'approve',
  comment: '',
  decidedBy: { sub: 'manager-1', role: 'manager', approvalLevel: 1 },
};

describe('refusalOf: the decide validator', () => {
  it.each<[string, PendingDecision | null, DecideInput, [string, RegExp] | null]>([
    ['a manager approving the open level-1 task', pending, approve, null],
    ['a rejection with a comment', pending, { ...approve, decision: 'reject', comment: 'not in stock plan' }, null],
    ['no step open', null, approve, ['CONFLICT', /not open/]],
    ['another task id', pending, { ...approve, taskId: 'parts-request:1:approval:L2' }, ['CONFLICT', /not open/]],
    ['a task already decided', { ...pending, decided: true }, approve, ['CONFLICT', /already decided/]],
    [
      'a decision that is neither',
      pending,
      { ...approve, decision: 'maybe' as 'approve' },
      ['BAD_REQUEST', /approve' or 'reject/],
    ],
    [
      'the wrong role',
      pending,
      { ...approve, decidedBy: { sub: 'fin-1', role: 'finance' } },
      ['FORBIDDEN', /decided by the manager role, not finance/],
    ],
    [
      'a manager without an approval level',
      pending,
      { ...approve, decidedBy: { sub: 'manager-0', role: 'manager' } },
      ['FORBIDDEN', /needs approval level 1/],
    ],
    [
      'a level-1 manager on a level-2 task',
      { ...pending, level: 2, candidate: { role: 'manager', level: 2 } },
      approve,
      ['FORBIDDEN', /needs approval level 2/],
    ],
    [
      'a level-2 manager on a level-1 task',
      pending,
      { ...approve, decidedBy: { sub: 'senior-1', role: 'manager', approvalLevel: 2 } },
      null,
    ],
    [
      'a provider',
      pending,
      { ...approve, decidedBy: { sub: 'provider-8', role: 'provider' } },
      ['FORBIDDEN', /not provider/],
    ],
    [
      'the requester (from the workflow)',
      pending,
      { ...approve, decidedBy: { sub: 'provider-7', role: 'manager', approvalLevel: 3 } },
      ['FORBIDDEN', /cannot decide/],
    ],
    [
      'the requester (from the inbox row)',
      pending,
      { ...approve, requestedBy: 'manager-1' },
      ['FORBIDDEN', /cannot decide/],
    ],
    [
      'a rejection without a comment',
      pending,
      { ...approve, decision: 'reject', comment: '  ' },
      ['BAD_REQUEST', /needs a comment/],
    ],
    [
      'no decider',
      pending,
      { ...approve, decidedBy: undefined as unknown as DecideInput['decidedBy'] },
      ['BAD_REQUEST', /sub and role/],
    ],
  ])('%s', (_name, open, input, expected) => {
    const refusal = refusalOf(open, input);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toEqual({ code: expected[0], message: expect.stringMatching(expected[1]) });
  });

  it('refuses every caller whose role is not the level’s candidate role', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.constantFrom('approve', 'reject'),
        (role, sub, decision) => {
          fc.pre(role !== pending.candidate.role);
          expect(
            refusalOf(pending, { ...approve, decision: decision as 'approve', comment: 'x', decidedBy: { sub, role } }),
          ).not.toBeNull();
        },
      ),
    );
  });

  it('refuses every excluded decider, whatever else the decision says', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { minLength: 1 }),
        fc.nat(),
        fc.string(),
        (excluded, pick, comment) => {
          const sub = excluded[pick % excluded.length]!;
          expect(
            refusalOf(
              { ...pending, excludedDeciders: excluded },
              { ...approve, comment, decidedBy: { sub, role: 'manager', approvalLevel: 3 } },
            ),
          ).not.toBeNull();
        },
      ),
    );
  });
});
