import { roleProcedure, router } from '@sanbao/trpc';
import { z } from 'zod';
import type { SettlementDeps } from '../settlement-deps.ts';
import { calendarDateSchema, periodSchema, tenantIdSchema } from '../shared/fields.ts';
import { agingPage, chargebacksByMonthPage, costPerClaimPage, payablesPage } from './finance.repository.ts';

const finance = roleProcedure('finance', 'admin', 'manager');
const limit = z.number().int().min(1).max(500).default(100);

/** Finance's views, each a page at a time, the cursor being the last key of the page before. */
export function createFinanceRouter({ db }: SettlementDeps) {
  const page = <T>(rows: T[], size: number, keyOf: (row: T) => string) => ({
    rows,
    next: rows.length === size ? keyOf(rows.at(-1)!) : null,
  });
  return router({
    payables: finance
      .input(z.object({ afterProviderId: tenantIdSchema.optional(), limit }).default({ limit: 100 }))
      .query(async ({ input }) => page(await payablesPage(db, input), input.limit, (r) => r.providerId)),
    aging: finance
      .input(z.object({ asOf: calendarDateSchema, afterProviderId: tenantIdSchema.optional(), limit }))
      .query(async ({ input }) => page(await agingPage(db, input), input.limit, (r) => r.providerId)),
    chargebacksOverTime: finance
      .input(
        z.object({
          from: calendarDateSchema,
          to: calendarDateSchema,
          providerId: tenantIdSchema.optional(),
          afterPeriod: periodSchema.optional(),
          limit,
        }),
      )
      .query(async ({ input }) => page(await chargebacksByMonthPage(db, input), input.limit, (r) => r.period)),
    costPerClaim: finance
      .input(
        z.object({
          by: z.enum(['category', 'model', 'part']),
          from: calendarDateSchema,
          to: calendarDateSchema,
          afterKey: z.string().max(40).optional(),
          limit,
        }),
      )
      .query(async ({ input }) => page(await costPerClaimPage(db, input), input.limit, (r) => r.key)),
  });
}
