import type { Kysely } from '@sanbao/db';
import { roleProcedure, router } from '@sanbao/trpc';
import { ENGINE_VERSION } from '@sanbao/warranty-rules';
import { z } from 'zod';
import { claimReportSchema } from '../claims/claims.schemas.ts';
import { decide, factsFor } from '../claims/claims.service.ts';
import type { WarrantyDatabase } from '../schema.ts';
import { serialSchema } from '../shared/fields.ts';

/** "Check first": the decision for a serial and a problem, nothing stored. One database round trip. */
export function createEligibilityRouter({ db }: { db: Kysely<WarrantyDatabase> }) {
  return router({
    check: roleProcedure('provider', 'manager', 'admin', 'system')
      .input(z.object({ serial: serialSchema, claim: claimReportSchema }))
      .query(async ({ input }) => {
        const { facts, policy } = await factsFor(db, input.serial, input.claim);
        return {
          serial: input.serial,
          decision: decide(facts),
          engineVersion: ENGINE_VERSION,
          policy: { categoryCode: policy.categoryCode, version: policy.version },
        };
      }),
  });
}
