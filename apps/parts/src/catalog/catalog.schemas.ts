import { z } from 'zod';
import { fenSchema, modelCodeSchema, mutationInput, partCodeSchema, textSchema } from '../shared/fields.ts';

const partClassSchema = z.string().trim().min(1, 'is required').max(40);

/** A CSV file as text: 10k parts or 50k BOM lines are a few megabytes. */
export const importCsvInput = mutationInput({ csv: z.string().min(1, 'is required').max(20_000_000) });

export const upsertPartInput = mutationInput({
  code: partCodeSchema,
  nameZh: textSchema(200),
  nameEn: textSchema(200),
  unitCostFen: fenSchema,
  partClass: partClassSchema,
  returnable: z.boolean(),
  supersededBy: partCodeSchema.nullable().default(null),
});

export const setReturnRuleInput = mutationInput({
  partClass: partClassSchema,
  rule: z.enum(['all', 'sample', 'above_value', 'none']),
  sampleEvery: z.number().int().min(1).max(10_000).optional(),
  minValueFen: fenSchema.optional(),
  dueDays: z.number().int().min(1).max(365),
}).superRefine((input, ctx) => {
  if (input.rule === 'sample' && input.sampleEvery === undefined)
    ctx.addIssue({ code: 'custom', path: ['sampleEvery'], message: 'is required for the sample rule' });
  if (input.rule !== 'sample' && input.sampleEvery !== undefined)
    ctx.addIssue({ code: 'custom', path: ['sampleEvery'], message: 'only applies to the sample rule' });
  if (input.rule === 'above_value' && input.minValueFen === undefined)
    ctx.addIssue({ code: 'custom', path: ['minValueFen'], message: 'is required for the above_value rule' });
  if (input.rule !== 'above_value' && input.minValueFen !== undefined)
    ctx.addIssue({ code: 'custom', path: ['minValueFen'], message: 'only applies to the above_value rule' });
});

export const partCodeInput = z.object({ code: partCodeSchema });

export const searchPartsInput = z.object({
  text: z.string().trim().max(100).optional(),
  partClass: partClassSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  afterCode: partCodeSchema.optional(),
});

export const bomInput = z.object({ modelCode: modelCodeSchema });
