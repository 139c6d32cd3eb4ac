import type { RateCardVersion } from './rate-card.ts';

export const rateCardView = (v: RateCardVersion & { publishedBy?: string }) => ({
  rateCardVersionId: v.id,
  effectiveFrom: v.effectiveFrom,
  card: v.card,
});
