import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { requestTypes } from '@sanbao/workflows/contracts';
import { z } from 'zod';
import { taskStates } from '../schema.ts';

/** A task id as the workflows make it (`parts-request:12:approval:L1`) or an exception's (`exception:claim-overdue:7`). */
export const taskIdSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(300)
  .regex(/^[A-Za-z0-9][A-Za-z0-9:._-]*$/, 'letters, digits and : . _ - only');
export const workflowIdSchema = taskIdSchema;
export const requestTypeSchema = z.enum(requestTypes);
export const policyKindSchema = requestTypeSchema;
export const taskStateSchema = z.enum(taskStates);
export const levelSchema = z.number().int('must be a whole number').min(1).max(9);
export const textSchema = (max: number) => z.string().trim().min(1, 'is required').max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
export const instantSchema = z.iso.datetime({ offset: true, message: 'must be an ISO instant with an offset' });
export const subjectSchema = z.string().trim().min(1).max(200);
export const providerIdSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'capital letters, digits, _ and - only');

/** Server-side pages: `page` from 1, at most 200 rows each. */
export const pageSchema = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

/** Every mutation's input carries its idempotency key. */
export const mutationInput = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ idempotencyKey: idempotencyKeySchema, ...shape });
