import { todayInChina } from '@sanbao/calendar';
import type { Kysely } from '@sanbao/db';
import { badRequest, conflict, notFound, type DomainError } from '@sanbao/trpc';
import type { SettlementDatabase } from '../schema.ts';
import type { RateCard } from './rate-card.ts';
import {
  insertRateCardVersion,
  latestRateCardVersions,
  rateCardInForce,
  rateCardVersionsByIds,
} from './rate-cards.repository.ts';
import { rateCardView } from './rate-cards.view.ts';

type Db = Kysely<SettlementDatabase>;

/**
 * Publishes a new version. It takes effect on a business date from today on, so a card never rewrites
 * what was in force for work already done; a second card for the same date is a CONFLICT.
 */
export async function publishRateCard(
  db: Db,
  input: { effectiveFrom: string; card: RateCard },
  context: { publishedBy: string; now: Date },
) {
  const today = todayInChina(context.now);
  if (input.effectiveFrom < today) throw badRequest('effectiveFrom', `cannot take effect before today (${today}, CST)`);
  const version = await insertRateCardVersion(db, { ...input, publishedBy: context.publishedBy });
  if (!version) throw conflict(`a rate card already takes effect on ${input.effectiveFrom}`);
  return rateCardView(version);
}

export async function getRateCard(db: Db, input: { rateCardVersionId: number } | { inForceOn: string }) {
  if ('rateCardVersionId' in input) {
    const version = (await rateCardVersionsByIds(db, [input.rateCardVersionId])).get(input.rateCardVersionId);
    if (!version) throw notFound('rate card version');
    return rateCardView(version);
  }
  const version = await rateCardInForce(db, input.inForceOn);
  if (!version) throw noCardInForce('inForceOn', input.inForceOn);
  return rateCardView(version);
}

export async function listRateCards(db: Db, limit: number) {
  return (await latestRateCardVersions(db, limit)).map(rateCardView);
}

export const noCardInForce = (field: string, date: string): DomainError =>
  badRequest(field, `no rate card is in force on ${date}`);
