import type { Kysely } from '@sanbao/db';
import { internalProcedure, router } from '@sanbao/trpc';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { warrantyExceptions } from './supervision.repository.ts';

/** Internal: the exceptions supervision (a scheduled workflow) asks what has gone wrong. */
export function createSupervisionRouter({
  db,
  clock = () => new Date(),
}: {
  db: Kysely<WarrantyDatabase>;
  clock?: () => Date;
}) {
  return router({
    exceptions: internalProcedure
      .input(
        z.object({
          claimOpenSeconds: z
            .number()
            .int()
            .min(1)
            .max(366 * 24 * 3600),
        }),
      )
      .query(({ input }) => warrantyExceptions(db, clock(), input.claimOpenSeconds)),
  });
}
