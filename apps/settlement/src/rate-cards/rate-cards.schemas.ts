import { z } from 'zod';
import { calendarDateSchema, idSchema, mutationInput } from '../shared/fields.ts';
import { rateCardSchema } from './rate-card.ts';

export const publishRateCardInput = mutationInput({
  /** The CST business date from which work is paid by this card; never before today. */
  effectiveFrom: calendarDateSchema,
  card: rateCardSchema,
});

export const getRateCardInput = z.union([
  z.object({ rateCardVersionId: idSchema }),
  /** The card in force on a CST business date. */
  z.object({ inForceOn: calendarDateSchema }),
]);

export const listRateCardsInput = z
  .object({ limit: z.number().int().min(1).max(100).default(20) })
  .default({ limit: 20 });
