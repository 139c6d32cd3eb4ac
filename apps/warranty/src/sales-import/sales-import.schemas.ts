import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';

/** About 30 MB of CSV (≈300,000 sales rows). */
export const maxSalesCsvChars = 30 * 1024 * 1024;

export const startSalesImportInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  fileName: z.string().trim().min(1, 'fileName is required').max(255),
  csv: z.string().min(1, 'csv is empty').max(maxSalesCsvChars, 'csv must be at most 30 MB'),
});

export const salesImportStatusInput = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

export const listSalesImportsInput = z
  .object({
    limit: z.number().int().min(1).max(100).default(20),
    /** Paging: only batches older than this id. */
    beforeId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .prefault({});
