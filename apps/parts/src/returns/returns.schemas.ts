import { z } from 'zod';
import {
  calendarDateSchema,
  idSchema,
  mutationInput,
  pageSchema,
  quantitySchema,
  tenantIdSchema,
  textSchema,
} from '../shared/fields.ts';
import { inspectionOutcomes, receiptOutcomes, tagStatuses } from './return-states.ts';

const noteSchema = z.string().trim().max(500).optional();
const uniqueIds = (ids: number[]) => new Set(ids).size === ids.length;

export const reportConsumptionInput = mutationInput({
  requestId: idSchema,
  /** The repair date, a CST calendar date; return due dates count from it. */
  consumedOn: calendarDateSchema,
  lines: z
    .array(z.object({ lineId: idSchema, quantity: quantitySchema }))
    .min(1, 'at least one line is required')
    .max(50),
});

export const createShipmentInput = mutationInput({
  tagIds: z.array(idSchema).min(1, 'at least one tag is required').max(200).refine(uniqueIds, 'must not repeat a tag'),
  carrier: textSchema(60),
  trackingNumber: textSchema(60).regex(/^[A-Za-z0-9-]+$/, 'letters, digits and - only'),
});

export const shipmentChangeInput = mutationInput({ shipmentId: idSchema });

export const confirmTagsInput = mutationInput({
  shipmentId: idSchema,
  tags: z
    .array(z.object({ tagId: idSchema, outcome: z.enum(receiptOutcomes), note: noteSchema }))
    .min(1, 'at least one tag is required')
    .max(200)
    .refine((tags) => uniqueIds(tags.map((t) => t.tagId)), 'must not repeat a tag'),
});

export const lateArrivalInput = mutationInput({ tagId: idSchema, note: noteSchema });

export const inspectionInput = mutationInput({
  tagId: idSchema,
  outcome: z.enum(inspectionOutcomes),
  note: noteSchema,
}).superRefine((input, ctx) => {
  if (input.outcome !== 'defect_confirmed' && !input.note)
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'is required when the inspection fails' });
});

export const tagChangeInput = mutationInput({ tagId: idSchema });

export const tagIdInput = z.object({ tagId: idSchema });
export const shipmentIdInput = z.object({ shipmentId: idSchema });

export const lookupTagInput = z
  .object({ tagNumber: textSchema(40).optional(), barcode: textSchema(200).optional() })
  .refine((l) => (l.tagNumber === undefined) !== (l.barcode === undefined), {
    message: 'give either tagNumber or barcode',
    path: ['tagNumber'],
  });

export const listTagsInput = z
  .object({
    status: z.enum(tagStatuses).optional(),
    requestId: idSchema.optional(),
    shipmentId: idSchema.optional(),
    providerId: tenantIdSchema.optional(),
    warehouseId: tenantIdSchema.optional(),
    dueBefore: calendarDateSchema.optional(),
    ...pageSchema,
  })
  .default({ limit: 50 });

export const listShipmentsInput = z
  .object({
    status: z.enum(['in_transit', 'arrived', 'confirmed']).optional(),
    providerId: tenantIdSchema.optional(),
    warehouseId: tenantIdSchema.optional(),
    ...pageSchema,
  })
  .default({ limit: 50 });
