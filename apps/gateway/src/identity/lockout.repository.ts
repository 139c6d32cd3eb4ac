import { sql, type Kysely } from '@sanbao/db';
import type { IdentityDatabase } from './schema.ts';

export interface LockoutPolicy {
  /** Failed attempts within the window that lock the username. */
  maxFailures: number;
  windowSeconds: number;
  lockoutSeconds: number;
}

/**
 * Per-username lockout kept in Postgres, so it holds across restarts and across gateway processes. The
 * clock is the database's: every process agrees on when a lock ends.
 */
export function loginThrottle(db: Kysely<IdentityDatabase>, policy: LockoutPolicy) {
  return {
    /** Seconds until the username may try again, or null when it is not locked. */
    async lockedFor(username: string): Promise<number | null> {
      const row = await db
        .selectFrom('loginThrottle')
        .select(sql<number>`ceil(extract(epoch from locked_until - now()))::int`.as('seconds'))
        .where('username', '=', username)
        .where(sql<boolean>`locked_until > now()`)
        .executeTakeFirst();
      return row ? Math.max(1, row.seconds) : null;
    },

    /** Counts one failure; when it is the N-th within the window, locks the username and returns the lock's seconds. */
    async recordFailure(username: string): Promise<number | null> {
      const window = sql`make_interval(secs => ${policy.windowSeconds})`;
      const fresh = sql<boolean>`login_throttle.window_started_at <= now() - ${window}`;
      const counted = await db
        .insertInto('loginThrottle')
        .values({ username, failures: 1, windowStartedAt: sql<Date>`now()` })
        .onConflict((oc) =>
          oc.column('username').doUpdateSet({
            failures: sql<number>`case when ${fresh} then 1 else login_throttle.failures + 1 end`,
            windowStartedAt: sql<Date>`case when ${fresh} then now() else login_throttle.window_started_at end`,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      if (counted.failures < policy.maxFailures) return null;
      const locked = await db
        .updateTable('loginThrottle')
        .set({
          lockedUntil: sql<Date>`now() + make_interval(secs => ${policy.lockoutSeconds})`,
          failures: 0,
          windowStartedAt: sql<Date>`now()`,
        })
        .where('username', '=', username)
        .returning(sql<number>`ceil(extract(epoch from locked_until - now()))::int`.as('seconds'))
        .executeTakeFirst();
      return locked ? Math.max(1, locked.seconds) : policy.lockoutSeconds;
    },

    /** A successful login forgets the failures. */
    async clear(username: string): Promise<void> {
      await db.deleteFrom('loginThrottle').where('username', '=', username).execute();
    },
  };
}

export type LoginThrottle = ReturnType<typeof loginThrottle>;
