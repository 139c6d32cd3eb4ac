import type { Kysely } from '@sanbao/db';
import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { serialSchema } from '../shared/fields.ts';
import { recordRepairInput, recordReplacementInput } from './history.schemas.ts';
import { recordRepair, recordReplacement, serviceHistory } from './history.service.ts';

/** Service history per unit: repairs and replacements, which the rules count. */
export function createHistoryRouter({ db }: { db: Kysely<WarrantyDatabase> }) {
  const recorders = mutationProcedure(db)('provider', 'manager', 'admin', 'system');
  return router({
    recordRepair: recorders
      .input(recordRepairInput)
      .mutation(({ ctx, input }) => recordRepair(ctx.db, input, ctx.user)),
    recordReplacement: recorders
      .input(recordReplacementInput)
      .mutation(({ ctx, input }) => recordReplacement(ctx.db, input, ctx.user)),
    forUnit: authedProcedure
      .input(z.object({ serial: serialSchema }))
      .query(({ ctx, input }) => serviceHistory(db, input.serial, ctx.user)),
  });
}
