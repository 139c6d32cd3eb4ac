import type { Kysely } from '@sanbao/db';
import { authedProcedure, roleProcedure, router } from '@sanbao/trpc';
import { idempotent, type IdempotencyStore } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { serialSchema } from '../shared/fields.ts';
import { recordRepairInput, recordReplacementInput } from './history.schemas.ts';
import { recordRepair, recordReplacement, serviceHistory } from './history.service.ts';

/** Service history per unit: repairs and replacements, which the rules count. */
export function createHistoryRouter({ db, idempotency }: { db: Kysely<WarrantyDatabase>; idempotency: IdempotencyStore }) {
  const recorders = roleProcedure('provider', 'manager', 'admin', 'system').use(idempotent(idempotency));
  return router({
    recordRepair: recorders.input(recordRepairInput).mutation(({ ctx, input }) => recordRepair(db, input, ctx.user)),
    recordReplacement: recorders.input(recordReplacementInput).mutation(({ ctx, input }) => recordReplacement(db, input, ctx.user)),
    forUnit: authedProcedure.input(z.object({ serial: serialSchema })).query(({ ctx, input }) => serviceHistory(db, input.serial, ctx.user)),
  });
}
