import { nonNegativeFenSchema } from '@sanbao/money';
import { z } from 'zod';
import { levelSchema, mutationInput, optionalText, policyKindSchema } from '../shared/fields.ts';

/** Durations are whole seconds: production policies say hours, tests publish seconds. */
const secondsSchema = z
  .number()
  .int('must be whole seconds')
  .min(1)
  .max(366 * 24 * 3600);

/** The escalation chain, level 1 upwards: level 1 service manager, 2 senior manager, 3 head of service. */
const chainSchema = z
  .array(z.object({ level: levelSchema, slaSeconds: secondsSchema }))
  .min(1, 'needs at least one level')
  .max(9)
  .refine(
    (chain) => chain.every((l, i) => i === 0 || l.level > chain[i - 1]!.level),
    'levels must rise from one step to the next',
  );

const approvalShape = {
  chain: chainSchema,
  reminderLeadSeconds: z
    .number()
    .int()
    .min(0)
    .max(366 * 24 * 3600),
};

export const policyDocumentSchemas = {
  parts_request: z.strictObject({ autoApprovalLimitFen: nonNegativeFenSchema, ...approvalShape }),
  claim: z
    .strictObject({
      managerThresholdFen: nonNegativeFenSchema,
      secondLevelThresholdFen: nonNegativeFenSchema,
      ...approvalShape,
    })
    .refine((p) => p.secondLevelThresholdFen >= p.managerThresholdFen, {
      message: 'must be at least managerThresholdFen',
      path: ['secondLevelThresholdFen'],
    }),
  old_part_return: z.strictObject({
    reminderLeadSeconds: z
      .number()
      .int()
      .min(0)
      .max(366 * 24 * 3600),
    lateArrivalWaitSeconds: secondsSchema,
  }),
  exception: z.strictObject({
    ...approvalShape,
    claimOpenSeconds: secondsSchema,
    requestStuckSeconds: secondsSchema.min(60),
  }),
  quota_overrun: z.strictObject(approvalShape),
  // Finance approves a month's statements (one level, any finance user); providers answer within a window.
  settlement_period: z
    .strictObject({
      slaSeconds: secondsSchema,
      reminderLeadSeconds: approvalShape.reminderLeadSeconds,
      confirmWithinSeconds: secondsSchema,
      providerReminderLeadSeconds: approvalShape.reminderLeadSeconds,
      disputePollSeconds: secondsSchema.max(7 * 24 * 3600),
    })
    .refine((p) => p.providerReminderLeadSeconds < p.confirmWithinSeconds, {
      message: 'must be shorter than confirmWithinSeconds',
      path: ['providerReminderLeadSeconds'],
    }),
} as const;

export const publishPolicyInput = z.discriminatedUnion('kind', [
  mutationInput({
    kind: z.literal('parts_request'),
    document: policyDocumentSchemas.parts_request,
    note: optionalText(500),
  }),
  mutationInput({ kind: z.literal('claim'), document: policyDocumentSchemas.claim, note: optionalText(500) }),
  mutationInput({
    kind: z.literal('old_part_return'),
    document: policyDocumentSchemas.old_part_return,
    note: optionalText(500),
  }),
  mutationInput({ kind: z.literal('exception'), document: policyDocumentSchemas.exception, note: optionalText(500) }),
  mutationInput({
    kind: z.literal('quota_overrun'),
    document: policyDocumentSchemas.quota_overrun,
    note: optionalText(500),
  }),
  mutationInput({
    kind: z.literal('settlement_period'),
    document: policyDocumentSchemas.settlement_period,
    note: optionalText(500),
  }),
]);

export const currentPolicyInput = z.object({ kind: policyKindSchema });
export const listPoliciesInput = z.object({ kind: policyKindSchema.optional() });
