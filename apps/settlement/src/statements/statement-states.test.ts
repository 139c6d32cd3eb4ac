import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextStatementState,
  statementActions,
  statementStates,
  type StatementAction,
  type StatementActor,
  type StatementState,
} from './statement-states.ts';

/** Every allowed move and who may make it, written out independently of `statementTransitions`. */
const moves: [StatementState, StatementAction, StatementActor[], StatementState][] = [
  ['draft', 'issue', ['system', 'finance'], 'issued'],
  ['issued', 'confirm', ['provider'], 'confirmed'],
  ['issued', 'autoConfirm', ['system'], 'confirmed'],
  ['issued', 'dispute', ['provider'], 'disputed'],
  ['confirmed', 'approve', ['finance', 'system'], 'approved'],
  ['disputed', 'approve', ['finance', 'system'], 'approved'],
  ['approved', 'pay', ['finance', 'system'], 'paid'],
  ['paid', 'reconcile', ['finance', 'system'], 'reconciled'],
];
const allowed = moves.flatMap(([from, action, actors, to]) =>
  actors.map((actor): [StatementState, StatementAction, StatementActor, StatementState] => [from, action, actor, to]),
);
const actors: StatementActor[] = ['provider', 'finance', 'system'];

describe('statement states', () => {
  it.each(allowed)('%s --%s by %s--> %s', (from, action, actor, to) => {
    expect(nextStatementState(from, action, actor, { openDisputes: 0 })).toEqual({ ok: true, to });
  });

  it('refuses every other state, action and actor (all combinations)', () => {
    let refused = 0;
    for (const from of statementStates)
      for (const action of statementActions)
        for (const actor of actors) {
          if (allowed.some(([f, a, r]) => f === from && a === action && r === actor)) continue;
          expect(nextStatementState(from, action, actor, { openDisputes: 0 })).toMatchObject({ ok: false });
          refused++;
        }
    expect(refused).toBe(statementStates.length * statementActions.length * actors.length - allowed.length);
  });

  it.each([
    [
      'the provider confirms its own statement; finance cannot confirm for it',
      'issued',
      'confirm',
      'finance',
      /finance may not confirm/,
    ],
    ['a provider cannot approve', 'confirmed', 'approve', 'provider', /provider may not approve/],
    ['a paid statement cannot be disputed', 'paid', 'dispute', 'provider', /a paid statement cannot dispute/],
  ] as const)('%s', (_label, from, action, actor, reason) => {
    expect(nextStatementState(from, action, actor, { openDisputes: 0 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(reason),
    });
  });

  it('a disputed statement is approved only when its open disputes are counted and none remain', () => {
    expect(nextStatementState('disputed', 'approve', 'finance', { openDisputes: 2 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/2 disputed line/),
    });
    expect(nextStatementState('disputed', 'approve', 'finance')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/must be counted/),
    });
    expect(nextStatementState('disputed', 'approve', 'finance', { openDisputes: 0 })).toEqual({
      ok: true,
      to: 'approved',
    });
  });

  it('any run of actions only moves forward and stops at reconciled (property)', () => {
    const rank: Record<StatementState, number> = {
      draft: 0,
      issued: 1,
      confirmed: 2,
      disputed: 2,
      approved: 3,
      paid: 4,
      reconciled: 5,
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...statementActions), fc.constantFrom(...actors))), (steps) => {
        let state: StatementState = 'draft';
        for (const [action, actor] of steps) {
          const next = nextStatementState(state, action, actor, { openDisputes: 0 });
          if (!next.ok) continue;
          expect(rank[next.to]).toBeGreaterThan(rank[state]);
          state = next.to;
        }
        if (state === 'reconciled')
          for (const action of statementActions)
            for (const actor of actors) expect(nextStatementState(state, action, actor).ok).toBe(false);
      }),
    );
  });
});
