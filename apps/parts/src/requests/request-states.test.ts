import fc from 'fast-check';
import { DomainError } from '@sanbao/trpc';
import { describe, expect, it } from 'vitest';
import {
  canTake,
  isFullyReceived,
  nextRequestStatus,
  requestStatuses,
  terminalRequestStatuses,
  type RequestAction,
  type RequestStatus,
} from './request-states.ts';

const actions: RequestAction[] = ['submit', 'approve', 'reject', 'reserve', 'ship', 'receive', 'close', 'cancel'];

describe('parts request states', () => {
  it('follows the happy path draft → … → closed, with partial receipt', () => {
    let s: RequestStatus = 'draft';
    for (const a of ['submit', 'approve', 'reserve', 'ship'] as const) s = nextRequestStatus(s, a);
    expect(s).toBe('shipped');
    s = nextRequestStatus(s, 'receive', false);
    expect(s).toBe('partially_received');
    s = nextRequestStatus(s, 'receive', true);
    expect(s).toBe('received');
    expect(nextRequestStatus(s, 'close')).toBe('closed');
  });

  it.each([
    ['draft', 'approve'],
    ['submitted', 'reserve'],
    ['approved', 'ship'],
    ['shipped', 'cancel'],
    ['rejected', 'approve'],
    ['closed', 'receive'],
    ['cancelled', 'submit'],
  ] as const)('refuses %s → %s with a CONFLICT', (from, action) => {
    expect(() => nextRequestStatus(from, action)).toThrow(DomainError);
    try {
      nextRequestStatus(from, action);
    } catch (error) {
      expect((error as DomainError).code).toBe('CONFLICT');
    }
  });

  it('terminal states have no way out, and every other state has one', () => {
    for (const s of requestStatuses) {
      const exits = actions.filter((a) => canTake(s, a));
      expect(exits.length === 0).toBe(terminalRequestStatuses.includes(s));
    }
  });

  it('every state is reachable from draft and every reachable path ends in a terminal state', () => {
    const seen = new Set<RequestStatus>(['draft']);
    const queue: RequestStatus[] = ['draft'];
    while (queue.length) {
      const s = queue.shift()!;
      for (const a of actions.filter((x) => canTake(s, x))) {
        for (const next of a === 'receive'
          ? [nextRequestStatus(s, a, false), nextRequestStatus(s, a, true)]
          : [nextRequestStatus(s, a)]) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...requestStatuses].sort());
  });

  it('random walks never leave the set of states and stop only at terminal states', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actions), fc.boolean()), { maxLength: 40 }), (steps) => {
        let s: RequestStatus = 'draft';
        for (const [a, full] of steps) if (canTake(s, a)) s = nextRequestStatus(s, a, full);
        expect(requestStatuses).toContain(s);
        if (actions.every((a) => !canTake(s, a))) expect(terminalRequestStatuses).toContain(s);
      }),
    );
  });

  it('is fully received when every line has all its quantity', () => {
    expect(
      isFullyReceived([
        { quantity: 2, quantityReceived: 2 },
        { quantity: 1, quantityReceived: 1 },
      ]),
    ).toBe(true);
    expect(isFullyReceived([{ quantity: 2, quantityReceived: 1 }])).toBe(false);
  });
});
