import { cstDateOf } from '@sanbao/calendar';
import type { SalesChannel } from '@sanbao/warranty-rules';
import { z } from 'zod';
import { codeSchema, daySchema, fenSchema, instantSchema, pastDaySchema, serialSchema } from '../shared/fields.ts';

/** The channels a unit is sold through; the no-reason return rules depend on it. */
export const salesChannels = ['store', 'online', 'tv', 'phone', 'mail'] as const satisfies readonly SalesChannel[];
// Compile-time: the list names every channel the rules engine knows.
const _everyChannelListed: readonly (typeof salesChannels)[number][] = [] as SalesChannel[];

export const documentsSchema = z
  .object({
    invoice: z.boolean(),
    voucher: z.boolean(),
    voucherModelMatches: z.boolean(),
    voucherAltered: z.boolean(),
    otherProofOfPurchase: z.boolean(),
  })
  .partial();

/** The fields of a sale, as the API takes them and as a CSV row becomes once its text is read. */
export const saleFields = {
  serial: serialSchema,
  modelCode: codeSchema,
  channel: z.enum(salesChannels, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `${String(issue.input) || '(empty)'} is not a channel; use ${salesChannels.join(', ')}`,
  }),
  invoiceDate: pastDaySchema,
  deliveredAt: instantSchema.optional(),
  installedOn: daySchema.optional(),
  priceFen: fenSchema,
  paidFen: fenSchema.optional(),
  documents: documentsSchema.default({}),
};
const saleSchema = z.object(saleFields);

export type Sale = z.infer<typeof saleSchema>;
export type SaleField = keyof Sale;
export interface SaleFault {
  field: SaleField;
  message: string;
}
export type SaleCheck = { ok: true; sale: Sale } | { ok: false; faults: SaleFault[] };

const fieldOrder = Object.keys(saleFields) as SaleField[];
const requiredWhenMissing = (issue: z.core.$ZodRawIssue) => (issue.input === undefined ? 'is required' : undefined);

function fieldFaults(issues: readonly z.core.$ZodIssue[]): SaleFault[] {
  const faults = new Map<SaleField, string>();
  for (const issue of issues) {
    const field = issue.path[0] as SaleField;
    if (!faults.has(field)) faults.set(field, issue.message);
  }
  return [...faults].map(([field, message]) => ({ field, message }));
}

/** Rules across fields: nothing happens to a unit before it was invoiced (dates compared in China). */
function crossFieldFaults(sale: Sale): SaleFault[] {
  const faults: SaleFault[] = [];
  if (sale.deliveredAt && cstDateOf(sale.deliveredAt) < sale.invoiceDate) {
    faults.push({
      field: 'deliveredAt',
      message: `delivered on ${cstDateOf(sale.deliveredAt)} (China time), before the invoice date ${sale.invoiceDate}`,
    });
  }
  if (sale.installedOn && sale.installedOn < sale.invoiceDate) {
    faults.push({
      field: 'installedOn',
      message: `installed on ${sale.installedOn}, before the invoice date ${sale.invoiceDate}`,
    });
  }
  if (sale.paidFen !== undefined && sale.paidFen > sale.priceFen) {
    faults.push({
      field: 'paidFen',
      message: `paid ${sale.paidFen} fen is more than the invoice price ${sale.priceFen} fen`,
    });
  }
  return faults;
}

/**
 * The one check of a sale, for `sales.register` and for every row of a sales file: each field by its
 * schema, the model against the catalogue, then the rules across fields. Each faulty field is named
 * once, in the order of `saleFields`. Pure: the caller says which models exist.
 */
export function checkSale(candidate: unknown, isKnownModel: (modelCode: string) => boolean): SaleCheck {
  const parsed = saleSchema.safeParse(candidate, { error: requiredWhenMissing });
  const faults = parsed.success ? [] : fieldFaults(parsed.error.issues);
  const modelCode = parsed.success ? parsed.data.modelCode : (candidate as { modelCode?: unknown } | null)?.modelCode;
  if (
    typeof modelCode === 'string' &&
    !faults.some((f) => f.field === 'modelCode') &&
    !isKnownModel(modelCode.trim())
  ) {
    faults.push({ field: 'modelCode', message: `${modelCode.trim()} is not a known product model` });
  }
  if (parsed.success && faults.length === 0) faults.push(...crossFieldFaults(parsed.data));
  if (parsed.success && faults.length === 0) return { ok: true, sale: parsed.data };
  return { ok: false, faults: faults.sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field)) };
}
