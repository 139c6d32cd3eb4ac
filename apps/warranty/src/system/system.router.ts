import type { Kysely } from '@sanbao/db';
import { authedProcedure, roleProcedure, router } from '@sanbao/trpc';
import { idempotent, type IdempotencyStore } from '@sanbao/trpc/idempotency';
import type { WarrantyDatabase } from '../schema.ts';
import { countServicePings, insertServicePing, readDatabaseClock } from './system.repository.ts';
import { recordPingInput } from './system.schemas.ts';

export interface SystemRouterDeps {
  db: Kysely<WarrantyDatabase>;
  idempotency: IdempotencyStore;
}

/** Liveness of the service's own data path; used by the ping workflow and the dev stack. */
export function createSystemRouter({ db, idempotency }: SystemRouterDeps) {
  return router({
    ping: authedProcedure.query(async ({ ctx }) => {
      const clock = await readDatabaseClock(db);
      return { service: 'warranty', schema: clock.schema, databaseTime: clock.now.toISOString(), caller: ctx.user.role };
    }),
    recordPing: roleProcedure('admin', 'system')
      .use(idempotent(idempotency))
      .input(recordPingInput)
      .mutation(async ({ ctx, input }) => {
        const row = await insertServicePing(db, { note: input.note, sequence: input.sequence, recordedBy: ctx.user.sub });
        return { id: row.id, note: row.note, sequence: row.sequence, recordedAt: row.createdAt.toISOString() };
      }),
    pingCount: roleProcedure('admin', 'system').query(async () => ({ count: await countServicePings(db) })),
  });
}
