import { z } from 'zod';
import {
  instantSchema,
  levelSchema,
  mutationInput,
  providerIdSchema,
  requestTypeSchema,
  subjectSchema,
  taskIdSchema,
  textSchema,
  workflowIdSchema,
} from '../shared/fields.ts';

/** A task as an approval step opens it: the subject's facts and the level open now. */
export const taskFields = z.object({
  taskId: taskIdSchema,
  workflowId: workflowIdSchema,
  requestType: requestTypeSchema,
  reference: textSchema(100),
  summary: z.string().trim().max(1000),
  requestedBy: subjectSchema.optional(),
  providerId: providerIdSchema.optional(),
  step: textSchema(60),
  level: levelSchema,
  /** Who decides: a role, and for managers the lowest approval level that may (0: anyone of the role, as finance). */
  candidate: z.object({ role: textSchema(40), level: z.number().int('must be a whole number').min(0).max(9) }),
  openedAt: instantSchema,
  dueAt: instantSchema,
});

export const openTaskInput = mutationInput({ task: taskFields });
export const remindTaskInput = mutationInput({ taskId: taskIdSchema });
export const escalateTaskInput = mutationInput({ fromTaskId: taskIdSchema, to: taskFields });
export const closeTaskInput = mutationInput({
  taskId: taskIdSchema,
  state: z.enum(['decided', 'timed_out', 'cancelled', 'closed']),
  decision: z.enum(['approve', 'reject']).optional(),
  decidedBy: subjectSchema.optional(),
  comment: z.string().trim().max(1000).optional(),
  slaMet: z.boolean().optional(),
});
