import { z } from 'zod';
import { fenSchema, idSchema, mutationInput, periodSchema, providerListInput, reasonSchema } from '../shared/fields.ts';
import { statementStates } from './statement-states.ts';

export const closePeriodInput = mutationInput({ period: periodSchema });
export const periodInput = z.object({ period: periodSchema });

export const statementActionInput = mutationInput({ statementId: idSchema });

export const disputeStatementInput = mutationInput({
  statementId: idSchema,
  lines: z
    .array(
      z.object({
        lineId: idSchema,
        reason: reasonSchema,
        /** What the provider says it is owed beyond the line. */ claimedFen: fenSchema.min(
          1,
          'must claim at least 1 fen',
        ),
      }),
    )
    .min(1, 'at least one line is disputed')
    .max(200)
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, 'each line once'),
});

export const resolveDisputeInput = mutationInput({
  statementId: idSchema,
  disputeId: idSchema,
  /** What finance grants of the claim: 0 refuses it, the whole claim accepts it. */
  grantedFen: fenSchema,
  resolution: reasonSchema,
});

export const getStatementInput = z.object({ statementId: idSchema });

export const listStatementsInput = providerListInput({
  period: periodSchema.optional(),
  state: z.enum(statementStates).optional(),
});
