import { z } from 'zod';
import {
  levelSchema,
  mutationInput,
  pageSchema,
  providerIdSchema,
  requestTypeSchema,
  taskIdSchema,
  taskStateSchema,
} from '../shared/fields.ts';

export const listInboxInput = z.object({
  type: requestTypeSchema.optional(),
  /** Defaults to the open decisions. */
  state: taskStateSchema.default('pending'),
  overdue: z.boolean().optional(),
  level: levelSchema.optional(),
  providerId: providerIdSchema.optional(),
  ...pageSchema,
});

export const decideInput = mutationInput({
  taskId: taskIdSchema,
  decision: z.enum(['approve', 'reject']),
  /** Required for a rejection (the workflow's validator says so too). */
  comment: z.string().trim().max(1000).default(''),
});
