import type { Kysely } from '@sanbao/db';
import type { ChargebackOutbox } from './deductions/chargeback-outbox.ts';
import type { SettlementDatabase } from './schema.ts';
import type { BackgroundWork } from './shared/background-work.ts';

/** The penalty for a claim completed after its SLA: fen per day late, up to a cap per claim (0 turns them off). */
export interface SlaPenaltyTerms {
  fenPerDay: number;
  capFen: number;
}

/** What every feature of the service is built from; tests pass their own. */
export interface SettlementDeps {
  /** The pool; a mutation's resolver passes its transaction instead (`{ ...deps, db: ctx.db }`). */
  db: Kysely<SettlementDatabase>;
  /** Now, for business dates; injected so tests can move time. */
  clock: () => Date;
  /** The parts service's chargeback outbox: deductions for unreturned or failed-inspection parts. */
  chargebackOutbox: ChargebackOutbox;
  /** VAT on a statement's net, in basis points. */
  vatRateBp: number;
  slaPenalty: SlaPenaltyTerms;
  /** Work started after a commit (acknowledging the outbox); tests wait for it. */
  background: BackgroundWork;
}
