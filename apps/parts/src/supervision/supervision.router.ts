import { internalProcedure, router } from '@sanbao/trpc';
import { z } from 'zod';
import type { PartsDeps } from '../parts-deps.ts';
import { partsExceptions } from './supervision.repository.ts';

/** Internal: the exceptions supervision (a scheduled workflow) asks what has gone wrong. */
export function createSupervisionRouter({ db, clock }: PartsDeps) {
  return router({
    exceptions: internalProcedure
      .input(
        z.object({
          requestStuckSeconds: z
            .number()
            .int()
            .min(60)
            .max(366 * 24 * 3600),
        }),
      )
      .query(({ input }) => partsExceptions(db, clock(), input.requestStuckSeconds)),
  });
}
