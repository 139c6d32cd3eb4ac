import type { Selectable } from '@sanbao/db';
import type { PartsDatabase } from '../schema.ts';

type StateChangeRow = Pick<
  Selectable<PartsDatabase['auditTrail']>,
  'fromState' | 'toState' | 'actor' | 'actorRole' | 'reason' | 'at'
>;

/** One line of an entity's history, as the `history` queries return it. */
export const stateChangeView = (r: StateChangeRow) => ({
  fromState: r.fromState,
  toState: r.toState,
  actor: r.actor,
  actorRole: r.actorRole,
  reason: r.reason,
  at: r.at.toISOString(),
});
