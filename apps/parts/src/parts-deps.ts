import type { Kysely } from '@sanbao/db';
import type { ClaimCoverage } from './requests/claim-coverage.ts';
import type { HolidayCalendar } from './returns/holiday-calendar.ts';
import type { PartsDatabase } from './schema.ts';

/** What every feature of the service is built from; tests pass their own. */
export interface PartsDeps {
  /** The pool; a mutation's resolver passes its transaction instead (`{ ...deps, db: ctx.db }`). */
  db: Kysely<PartsDatabase>;
  /** The warranty service's answer to "is this claim covered, and for which unit?". */
  claimCoverage: ClaimCoverage;
  /** The warranty service's statutory holidays: a return due on one moves past it. */
  holidayCalendar: HolidayCalendar;
  /** Now, for business dates; injected so tests can move time. */
  clock: () => Date;
  /** Days an old part has to come back when its class has no return rule. */
  defaultReturnDueDays: number;
}
