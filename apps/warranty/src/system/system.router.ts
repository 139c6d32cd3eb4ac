import type { Kysely } from '@sanbao/db';
import { authedProcedure, mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { WarrantyDatabase } from '../schema.ts';
import { countServicePings, insertServicePing, readDatabaseClock } from './system.repository.ts';
import { recordPingInput } from './system.schemas.ts';

export interface SystemRouterDeps {
  db: Kysely<WarrantyDatabase>;
}

/** Liveness of the service's own data path; used by the ping workflow and the dev stack. */
export function createSystemRouter({ db }: SystemRouterDeps) {
  const mutation = mutationProcedure(db);
  return router({
    ping: authedProcedure.query(async ({ ctx }) => {
      const clock = await readDatabaseClock(db);
      return {
        service: 'warranty',
        schema: clock.schema,
        databaseTime: clock.now.toISOString(),
        caller: ctx.user.role,
      };
    }),
    recordPing: mutation('admin', 'system')
      .input(recordPingInput)
      .mutation(async ({ ctx, input }) => {
        const row = await insertServicePing(ctx.db, {
          note: input.note,
          sequence: input.sequence,
          recordedBy: ctx.user.sub,
        });
        return { id: row.id, note: row.note, sequence: row.sequence, recordedAt: row.createdAt.toISOString() };
      }),
    pingCount: roleProcedure('admin', 'system').query(async () => ({ count: await countServicePings(db) })),
  });
}
