import type { Kysely } from '@sanbao/db';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';
import { insertRateCardVersion } from '../rate-cards/rate-cards.repository.ts';
import type { SettlementDatabase } from '../schema.ts';

/** Two versions of the demo card: this year's, and next year's with labor 10 % dearer. Loading twice adds nothing. */
export async function loadDemoRateCards(db: Kysely<SettlementDatabase>): Promise<number> {
  const nextYear = {
    ...demoRateCard,
    laborRates: demoRateCard.laborRates.map((r) => ({ ...r, fenPerHour: Math.round(r.fenPerHour * 1.1) })),
  };
  let added = 0;
  for (const [effectiveFrom, card] of [
    ['2026-01-01', demoRateCard],
    ['2027-01-01', nextYear],
  ] as const) {
    if (await insertRateCardVersion(db, { effectiveFrom, card, publishedBy: 'demo-seed' })) added++;
  }
  return added;
}
