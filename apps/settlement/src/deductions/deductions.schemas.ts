import { z } from 'zod';
import {
  calendarDateSchema,
  codeSchema,
  idSchema,
  mutationInput,
  providerListInput,
  reasonSchema,
  tenantIdSchema,
} from '../shared/fields.ts';

export const importChargebacksInput = mutationInput({
  /** Events taken per call; the rest wait for the next import. */
  maxEvents: z.number().int().min(1).max(5000).default(1000),
});

export const recordSlaPenaltyInput = mutationInput({
  claimId: codeSchema,
  providerId: tenantIdSchema,
  /** The CST business date the claim was completed. */
  businessDate: calendarDateSchema,
  /** Whole days the claim was completed after its SLA. */
  daysLate: z.number().int().min(1).max(3650),
});

export const reverseDuplicateInput = mutationInput({
  lineId: idSchema,
  /** The claim this one duplicates. */
  duplicateOfClaimId: codeSchema,
  reason: reasonSchema,
});

export const listDeductionsInput = providerListInput({});
