/**
 * A statement's life: draft → issued → confirmed by the provider (or automatically after N days without
 * an answer) | disputed (per line, with a reason) → approved by finance → paid → reconciled. A disputed
 * statement is approved once finance has resolved every disputed line with adjusting transfers.
 */
export const statementStates = ['draft', 'issued', 'confirmed', 'disputed', 'approved', 'paid', 'reconciled'] as const;
export type StatementState = (typeof statementStates)[number];

export const statementActions = ['issue', 'confirm', 'autoConfirm', 'dispute', 'approve', 'pay', 'reconcile'] as const;
export type StatementAction = (typeof statementActions)[number];

export type StatementActor = 'provider' | 'finance' | 'system';

interface Transition {
  from: StatementState;
  action: StatementAction;
  to: StatementState;
  by: readonly StatementActor[];
}

/** Every allowed move; anything not listed is refused. */
export const statementTransitions: readonly Transition[] = [
  { from: 'draft', action: 'issue', to: 'issued', by: ['system', 'finance'] },
  { from: 'issued', action: 'confirm', to: 'confirmed', by: ['provider'] },
  { from: 'issued', action: 'autoConfirm', to: 'confirmed', by: ['system'] },
  { from: 'issued', action: 'dispute', to: 'disputed', by: ['provider'] },
  // system: the settlement cycle carrying out finance's decision in the approvals inbox.
  { from: 'confirmed', action: 'approve', to: 'approved', by: ['finance', 'system'] },
  { from: 'disputed', action: 'approve', to: 'approved', by: ['finance', 'system'] },
  { from: 'approved', action: 'pay', to: 'paid', by: ['finance', 'system'] },
  { from: 'paid', action: 'reconcile', to: 'reconciled', by: ['finance', 'system'] },
];

export type TransitionResult = { ok: true; to: StatementState } | { ok: false; reason: string };

/**
 * The state after an action, or why the action is refused. `openDisputes` counts the disputed lines
 * finance has not resolved yet: a disputed statement cannot be approved while any remain.
 */
export function nextStatementState(
  from: StatementState,
  action: StatementAction,
  actor: StatementActor,
  guards: { openDisputes?: number } = {},
): TransitionResult {
  const transition = statementTransitions.find((t) => t.from === from && t.action === action);
  if (!transition) return { ok: false, reason: `a ${from} statement cannot ${action}` };
  if (!transition.by.includes(actor))
    return { ok: false, reason: `${actor} may not ${action} a statement (only ${transition.by.join(' or ')})` };
  if (from === 'disputed' && action === 'approve') {
    if (guards.openDisputes === undefined)
      return { ok: false, reason: 'the open disputes must be counted before a disputed statement is approved' };
    if (guards.openDisputes > 0)
      return { ok: false, reason: `${guards.openDisputes} disputed line(s) are not resolved yet` };
  }
  return { ok: true, to: transition.to };
}
